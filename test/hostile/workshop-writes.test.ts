/** The workshop never writes over what it reads: customers, criteria (except by choice) and the session. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkedMain as main } from '../helpers/run-kam.js';
import type { ConfirmQuestion, InputQuestion } from '../../src/prompts/prompter.js';
import { ScriptedPrompter } from '../../src/prompts/scripted-prompter.js';
import { exampleDir, ttyIo, workshop } from '../workshop/helpers.js';

/** Enter everywhere, but first tries hostile answers to the two questions that name files to write. */
class FileAnswers extends ScriptedPrompter {
  readonly verdicts: Array<[string, true | string]> = [];
  override async input(q: InputQuestion): Promise<string> {
    if (q.id === 'review.files') for (const v of ['customers', 'kam-session', 'criteria', 'brief']) this.verdicts.push([v, q.validate!(v)]);
    if (q.id === 'review.criteriaFile') {
      for (const v of ['customers.csv', 'kam-session.json', 'criteria.csv', ' agreed.csv ']) this.verdicts.push([v, q.validate!(v)]);
      return 'agreed.csv';
    }
    return super.input(q);
  }
  override async confirm(q: ConfirmQuestion): Promise<boolean> {
    const answer = await super.confirm(q);
    return q.id === 'review.writeCriteria' ? true : answer;
  }
}

describe('workshop writes', () => {
  test('--session naming the customers file is refused before anything is written', async () => {
    const dir = exampleDir();
    const before = readFileSync(join(dir, 'customers.csv'));
    const r = await workshop(dir, {}, { session: 'customers.csv' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('kam: --session customers.csv is one of the input files; kam never writes over its inputs. Choose another output file.\n');
    expect(readFileSync(join(dir, 'customers.csv')).equals(before)).toBe(true);
  });

  test('the brief and results may not replace an input; the agreed criteria may replace criteria.csv, not the customers or the session', async () => {
    const dir = exampleDir();
    const prompter = new FileAnswers();
    const { io } = ttyIo(dir, true, prompter);
    expect(await main(['select', 'customers.csv', '--no-color'], io)).toBe(0);
    expect(prompter.verdicts).toEqual([
      ['customers.csv', 'That is the customers or the session file; choose another name.'],
      ['kam-session.json', 'That is the customers or the session file; choose another name.'],
      ['criteria.csv', true],
      [' agreed.csv ', true],
      ['customers', "customers.csv is one of kam's input files; choose another name."],
      ['kam-session', "kam-session.json is one of kam's input files; choose another name."],
      ['criteria', "criteria.csv is one of kam's input files; choose another name."],
      ['brief', true],
    ]);
    expect(readFileSync(join(dir, 'agreed.csv'), 'utf8')).toMatch(/^factor,axis,weight,/);
  });
});

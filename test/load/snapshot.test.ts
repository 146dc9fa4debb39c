/** Reading result and session files into snapshots; refusing what kam cannot read. */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { snapshotFromText } from '../../src/load/snapshot.js';
import { resultDoc } from '../helpers/snapshots.js';

const read = (doc: unknown, file = 'q.json') => snapshotFromText(typeof doc === 'string' ? doc : JSON.stringify(doc), file);
const message = (doc: unknown, file = 'q.json'): string => {
  try {
    read(doc, file);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).lines().join('\n');
  }
  throw new Error('expected an InputError');
};

describe('snapshotFromText', () => {
  it('reads a result: accounts in rank order, capacity, split, team removals', () => {
    const doc = resultDoc([
      ['b', 60, 70, 'key', true],
      ['a', 40, 40, 'opportunistic', false],
    ]);
    (doc.accounts as Array<{ rank: number }>).reverse();
    (doc.method as Record<string, unknown>).capacity = 5;
    (doc.method as Record<string, unknown>).overrides = [
      { id: 'a', action: 'remove', reason: 'exit', applied: true },
      { id: 'zz', action: 'remove', reason: 'gone', applied: false },
    ];
    const { document, snapshot } = read(doc);
    expect(document.kind).toBe('result');
    expect(snapshot.accounts.map((a) => [a.rank, a.id])).toEqual([
      [1, 'b'],
      [2, 'a'],
    ]);
    expect(snapshot).toMatchObject({ label: 'q.json', kind: 'result', capacity: 5, split: { rule: 'midpoint', attractiveness: 50, strength: 50 }, removedByTeam: ['a'] });
  });

  it("reads a session's result, and explains a session without one", () => {
    const session = { schema: 'kam/session@1', criteria: null, method: null, result: resultDoc([['a', 60, 60, 'key', true]]) };
    expect(read(session, 's.json').snapshot).toMatchObject({ kind: 'session', accounts: [{ id: 'a', quadrant: 'key' }] });
    expect(message({ ...session, result: null }, 's.json')).toBe('s.json: the session has no result yet (finish its selection step, or review its result file instead).');
  });

  it('refuses unreadable JSON, missing, unknown and future schemas, naming the file', () => {
    expect(message('{"schema": "kam/result@1",', 'bad.json')).toMatch(/^bad\.json: this is not readable JSON \(.+\); kam review reads kam\/result@1 and kam\/session@1 files\.$/);
    expect(message([1, 2])).toBe('q.json: this is not a kam result or session: it has no "schema" field (kam review reads kam/result@1 and kam/session@1 files).');
    expect(message({ schema: 'kam/result@2' })).toBe('q.json: the schema kam/result@2 is newer than this kam can read (it reads kam/result@1 and kam/session@1); upgrade kam.');
    expect(message({ schema: 'kam/session@3' })).toContain('kam/session@3 is newer');
    expect(message({ schema: 'acme/report@1' })).toBe('q.json: the schema "acme/report@1" is not one kam review reads (kam/result@1, kam/session@1).');
  });

  it('lists every malformed account field by its path', () => {
    const doc = resultDoc([
      ['a', 60, 60, 'key', true],
      ['a', 50, 50, 'key', true],
    ]);
    const accounts = doc.accounts as Array<Record<string, unknown>>;
    accounts[0].quadrant = 'top';
    accounts[1].strength = '50';
    expect(message(doc).split('\n')).toEqual([
      'q.json, field "accounts[0].quadrant": "top" is not one of key, key-development, maintenance, opportunistic.',
      'q.json, field "accounts[1].strength": must be a number.',
      'q.json, field "accounts[1].id": the account "a" appears twice.',
    ]);
  });
});

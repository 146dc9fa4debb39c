/** runWeights in-process with a scripted prompter: the terminal path without a terminal. */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/app/io.js';
import { runWeights, type WeightsFlags } from '../../src/commands/weights.js';
import type { WeightsPrompter } from '../../src/core/weights.js';
import { FIXTURES, tempDir } from '../helpers/run-kam.js';

function io(cwd: string): { io: Io; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const stdin = new PassThrough();
  stdin.end();
  return {
    io: { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, stdin, env: {}, cwd },
    out: () => out,
    err: () => err,
  };
}

const flags: WeightsFlags = { axis: 'attractiveness', format: 'table', interactive: true, color: false };

describe('runWeights with a prompter', () => {
  it('asks, lets the person revise the worst answer, then writes the consistent weights', async () => {
    const dir = tempDir();
    copyFileSync(join(FIXTURES, 'ahp/leader-criteria.csv'), join(dir, 'criteria.csv'));
    // The leader example, except Charisma vs Age answered the wrong way round (1/5 instead of 5).
    const answers: Record<string, number[]> = {
      'Experience|Education': [4],
      'Experience|Charisma': [3],
      'Experience|Age': [7],
      'Education|Charisma': [1 / 3],
      'Education|Age': [3],
      'Charisma|Age': [1 / 5, 5],
    };
    const replies: Array<'revise' | 'accept' | 'cancel'> = ['revise'];
    const worst: string[] = [];
    const prompter: WeightsPrompter = {
      compare: async (q) => answers[`${q.a}|${q.b}`].shift()!,
      inconsistent: async (r) => {
        worst.push(`${r.worst!.a}|${r.worst!.b}`);
        return replies.shift()!;
      },
    };
    const t = io(dir);
    expect(await runWeights('criteria.csv', flags, t.io, prompter)).toBe(0);
    expect(worst).toEqual(['Charisma|Age']);
    expect(t.out()).toContain('CR 0.044: consistent');
    expect(t.err()).toBe('');
    expect(readFileSync(join(dir, 'criteria.csv'), 'utf8')).toContain('Experience,attractiveness,54.76,');
  });
});

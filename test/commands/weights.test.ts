/** kam weights through main() with a scripted prompter: the terminal path without a terminal. */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/app/io.js';
import { ScriptedPrompter, type Script } from '../../src/prompts/scripted-prompter.js';
import { checkedMain as main, FIXTURES, tempDir } from '../helpers/run-kam.js';

function io(cwd: string, script: Script): { io: Io; out: () => string; err: () => string; prompter: ScriptedPrompter } {
  let out = '';
  let err = '';
  const stdin = new PassThrough();
  stdin.end();
  const prompter = new ScriptedPrompter(script);
  return {
    io: { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, stdin, env: {}, cwd, prompter },
    out: () => out,
    err: () => err,
    prompter,
  };
}

describe('kam weights with a prompter', () => {
  it('asks, lets the person change the worst answer, then writes the consistent weights', async () => {
    const dir = tempDir();
    copyFileSync(join(FIXTURES, 'ahp/leader-criteria.csv'), join(dir, 'criteria.csv'));
    // The leader example, except Charisma vs Age answered the wrong way round (1/5 instead of 5).
    const t = io(dir, { 'attractiveness.ahp.pair': [4, 3, 7, 1 / 3, 3, 1 / 5, 5], 'attractiveness.ahp.inconsistent': ['worst'] });
    expect(await main(['weights', 'criteria.csv', '--axis', 'attractiveness', '--no-color'], t.io)).toBe(0);
    expect(t.prompter.remaining).toBe(0);
    expect(t.prompter.transcript.find((l) => l.includes('disagrees most'))).toMatch(/"Charisma" against "Age" \(1\/5\) disagrees most/);
    expect(t.out()).toContain('CR 0.044: consistent');
    expect(t.err()).toBe('');
    expect(readFileSync(join(dir, 'criteria.csv'), 'utf8')).toContain('Experience,attractiveness,54.76,');
  });

  it('cancel leaves the criteria as they were (exit 130)', async () => {
    const dir = tempDir();
    copyFileSync(join(FIXTURES, 'ahp/leader-criteria.csv'), join(dir, 'criteria.csv'));
    const before = readFileSync(join(dir, 'criteria.csv'), 'utf8');
    const t = io(dir, { 'attractiveness.ahp.pair': [9, 1 / 9, 9, 9, 1 / 9, 9], 'attractiveness.ahp.inconsistent': ['cancel'] });
    expect(await main(['weights', 'criteria.csv', '--axis', 'attractiveness'], t.io)).toBe(130);
    expect(t.err()).toBe('kam: Cancelled; the criteria were not changed.\n');
    expect(readFileSync(join(dir, 'criteria.csv'), 'utf8')).toBe(before);
  });
});

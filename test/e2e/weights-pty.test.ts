/** kam weights at a real (pseudo) terminal: every pair on one screen, arrows to answer. */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pty from '@lydell/node-pty';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURES, ROOT, tempDir } from '../helpers/run-kam.js';

const DOWN = '\u001b[B';
const LEFT = '\u001b[D';
const RIGHT = '\u001b[C';

/** Runs kam in a terminal, typing each step's keys once its text has appeared on the screen. */
function session(args: string[], script: Array<{ when: string; keys: string }>): Promise<{ code: number; output: string }> {
  return new Promise((resolveRun) => {
    // schema-check: kam weights on a terminal writes criteria.csv and a table, no JSON document.
    const term = pty.spawn(process.execPath, [BIN, ...args], {
      cols: 120,
      rows: 40,
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', TERM: 'xterm' },
    });
    let output = '';
    term.onData((d) => {
      output += d;
      const next = script[0];
      if (next && output.includes(next.when)) {
        script.shift();
        setTimeout(() => term.write(next.keys), 20);
      }
    });
    term.onExit(({ exitCode }) => resolveRun({ code: exitCode, output }));
  });
}

describe('kam weights at a terminal', () => {
  it('asks the six comparisons of the Wikipedia leader example and writes its weights', async () => {
    const dir = tempDir();
    const criteria = join(dir, 'criteria.csv');
    copyFileSync(join(FIXTURES, 'ahp/leader-criteria.csv'), criteria);
    // Equal weights now, so every pair starts on "1"; ← moves the mark a step towards the left factor, → towards the right, ↓ to the next pair.
    const keys = [
      LEFT.repeat(3), // Experience vs Education: 4
      LEFT.repeat(2), // Experience vs Charisma: 3
      LEFT.repeat(6), // Experience vs Age: 7
      RIGHT.repeat(2), // Education vs Charisma: 1/3
      LEFT.repeat(2), // Education vs Age: 3
      LEFT.repeat(4), // Charisma vs Age: 5
    ].join(DOWN);
    const { code, output } = await session(['weights', criteria, '--axis', 'attractiveness'], [{ when: 'pair 1 of 6', keys: `${keys}\r` }]);
    expect(code).toBe(0);
    expect(output).toContain('pair 6 of 6');
    expect(output).toContain('Consistency ratio 0.04 (consistent');
    expect(readFileSync(criteria, 'utf8')).toContain('Experience,attractiveness,54.76,');
    expect(readFileSync(criteria, 'utf8')).toContain('Age,attractiveness,5.59,');
  });

  it('Ctrl-C cancels with exit 130 and leaves the criteria as they were', async () => {
    const dir = tempDir();
    const criteria = join(dir, 'criteria.csv');
    copyFileSync(join(FIXTURES, 'ahp/leader-criteria.csv'), criteria);
    const { code, output } = await session(['weights', criteria, '--axis', 'attractiveness'], [{ when: 'pair 1 of 6', keys: DOWN }, { when: 'pair 2 of 6', keys: '\u0003' }]);
    expect(code).toBe(130);
    expect(output).toContain('Cancelled; the criteria were not changed.');
    expect(readFileSync(criteria, 'utf8')).toBe(readFileSync(join(FIXTURES, 'ahp/leader-criteria.csv'), 'utf8'));
  });
});

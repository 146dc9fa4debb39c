/** kam weights at a real (pseudo) terminal: the comparisons asked with select prompts. */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pty from '@lydell/node-pty';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURES, ROOT, tempDir } from '../helpers/run-kam.js';

const UP = '\u001b[A';
const DOWN = '\u001b[B';

/** Runs kam in a terminal, typing each step's keys once its text has appeared on the screen. */
function session(args: string[], script: Array<{ when: string; keys: string }>): Promise<{ code: number; output: string }> {
  return new Promise((resolveRun) => {
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
    // Equal weights now, so each question starts on "1"; the list runs 9, 8, …, 2, 1, 1/2, …, 1/9.
    const { code, output } = await session(
      ['weights', criteria, '--axis', 'attractiveness'],
      [
        { when: '(1/6)', keys: `${UP.repeat(3)}\r` }, // Experience vs Education: 4
        { when: '(2/6)', keys: `${UP.repeat(2)}\r` }, // Experience vs Charisma: 3
        { when: '(3/6)', keys: `${UP.repeat(6)}\r` }, // Experience vs Age: 7
        { when: '(4/6)', keys: `${DOWN.repeat(2)}\r` }, // Education vs Charisma: 1/3
        { when: '(5/6)', keys: `${UP.repeat(2)}\r` }, // Education vs Age: 3
        { when: '(6/6)', keys: `${UP.repeat(4)}\r` }, // Charisma vs Age: 5
      ],
    );
    expect(code).toBe(0);
    expect(output).toContain('(1/6) "Experience" against "Education":');
    expect(output).toContain('CR 0.044');
    expect(readFileSync(criteria, 'utf8')).toContain('Experience,attractiveness,54.76,');
    expect(readFileSync(criteria, 'utf8')).toContain('Age,attractiveness,5.59,');
  });

  it('Ctrl-C cancels with exit 130 and leaves the criteria as they were', async () => {
    const dir = tempDir();
    const criteria = join(dir, 'criteria.csv');
    copyFileSync(join(FIXTURES, 'ahp/leader-criteria.csv'), criteria);
    const { code, output } = await session(['weights', criteria, '--axis', 'attractiveness'], [{ when: '(1/6)', keys: '\r' }, { when: '(2/6)', keys: '\u0003' }]);
    expect(code).toBe(130);
    expect(output).toContain('Cancelled; the criteria were not changed.');
    expect(readFileSync(criteria, 'utf8')).toBe(readFileSync(join(FIXTURES, 'ahp/leader-criteria.csv'), 'utf8'));
  });
});

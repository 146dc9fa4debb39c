/**
 * The workshop as a person sees it: the built binary in a pseudo-terminal at 80×24 and at
 * 120×40, its output parsed by a terminal emulator (@xterm/headless) and the SCREEN read back.
 * Every step's header is on the top line while its questions are asked; step 9 shows the four
 * quadrant names, the leading accounts and the question at once; an AHP pair fits one line;
 * a corrupt and a stale session each offer to start fresh.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ROOT, tempDir } from '../helpers/run-kam.js';
import { exampleDir, workshop } from '../workshop/helpers.js';
import { questionRow, ScreenKam } from './screen.js';

let running: ScreenKam | null = null;
afterEach(() => running?.kill());

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const QUADRANTS = ['KEY', 'KEY DEVELOPMENT', 'MAINTENANCE', 'OPPORTUNISTIC'];

describe.each([
  { cols: 80, rows: 24 },
  { cols: 120, rows: 40 },
])('the workshop at $cols×$rows', (size) => {
  test('Enter through all ten steps: every question is asked under its step header on the top line; step 9 shows matrix, list and question together', async () => {
    const dir = exampleDir();
    const k = (running = new ScreenKam(['select', 'customers.csv'], dir, size));
    const seen = new Set<number>();
    let step9: string[] | null = null;
    let last = '';
    for (let presses = 0; presses < 60; presses++) {
      const rows = await k.until((r) => questionRow(r) >= 0 || r.some((l) => l.startsWith('The workshop is done')), 'a question');
      if (rows[0].startsWith('The workshop is done')) break;
      const screen = rows.join('\n');
      if (screen === last) {
        await pause(50);
        continue;
      }
      const header = /^Step (\d+) of 10 · /.exec(rows[0]);
      expect(header, `top line of:\n${screen}`).not.toBeNull();
      const n = Number(header![1]);
      seen.add(n);
      expect(rows[0]).toMatch(/[●◉○]{10}$/);
      if (n === 9 && step9 === null) step9 = rows;
      last = screen;
      await pause(60);
      k.write('\r');
      // The next screen (or the next question) replaces this one.
      await k.until((r) => r.join('\n') !== screen, 'the next screen');
    }
    expect(await k.exit).toBe(0);
    expect([...seen].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const nine = step9!.join('\n');
    for (const q of QUADRANTS) expect(nine).toContain(q);
    expect(nine).toMatch(/1 C001 Nordhavn/);
    expect(nine).toMatch(/2 C002 Meridian/);
    expect(nine).toContain('? Change the selection?');
    expect(nine).toContain('Capacity 12: 12 places used; 1 qualifying account left out.');
    // The chart grows with the terminal: more plot rows at 40 rows than at 24.
    const plotRows = step9!.filter((r) => /^\s*(\d+)?\s*[│├]/.test(r)).length;
    expect(plotRows).toBeGreaterThanOrEqual(size.rows === 24 ? 8 : 20);
    const done = await k.screen();
    expect(done.join('\n')).toContain('Session saved to');
    const s = JSON.parse(readFileSync(join(dir, 'kam-session.json'), 'utf8'));
    expect(s.completedSteps).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  }, 120_000);
});

describe('AHP on the screen', () => {
  test('kam weights: each pair is one line at 80 columns with "pair k of n" and the consistency ratio; ←→ move the mark', async () => {
    const dir = tempDir();
    copyFileSync(join(ROOT, 'examples', 'criteria.csv'), join(dir, 'criteria.csv'));
    const k = (running = new ScreenKam(['weights', 'criteria.csv', '--axis', 'strength', '--dry-run'], dir, { cols: 80, rows: 24 }));
    const rows = await k.until((r) => r.some((l) => l.includes('pair 1 of 10')), 'the comparisons');
    const pairs = rows.filter((l) => l.includes('◀'));
    expect(pairs).toHaveLength(10); // five factors: 10 pairs, all on the screen
    for (const line of pairs) {
      expect(line).toContain('▶'); // the whole pair on one row: nothing wrapped
      expect(line).toMatch(/◀ 9 · 7 · 5 · 3 · 1 · 3 · 5 · 7 · 9 ▶|◀ .*\d.* ▶/);
    }
    expect(pairs[0]).toMatch(/Product quality ◀ .* ▶ Delivery reliabil/);
    expect(rows.join('\n')).toMatch(/Consistency ratio \d\.\d\d/);
    k.write('\u001b[B'); // down: pair 2
    await k.until((r) => r.some((l) => l.includes('pair 2 of 10')), 'pair 2');
    k.write('\u0003');
    expect(await k.exit).toBe(130);
  }, 60_000);
});

describe('a saved session that does not fit', () => {
  test('a corrupt session: one line of reason, start fresh keeps the old file as .bak', async () => {
    const dir = exampleDir();
    writeFileSync(join(dir, 'kam-session.json'), '{"schema": "kam/session@1", "answers": ');
    const k = (running = new ScreenKam(['select', 'customers.csv'], dir, { cols: 80, rows: 24 }));
    const rows = await k.until((r) => r.some((l) => l.includes('Start fresh')), 'the choice');
    const text = rows.join('\n');
    expect(text).toContain('kam-session.json cannot be read: the session file is not valid JSON');
    expect(text).toContain('Quit (nothing is changed)');
    expect(text).not.toContain('Resume anyway');
    await pause(60);
    k.write('\r');
    await k.until((r) => r[0].startsWith('Step 1 of 10'), 'step 1');
    expect(existsSync(join(dir, 'kam-session.json.bak'))).toBe(true);
    // The header is drawn before the step's prompt reads keys: a Ctrl-C in between is the
    // terminal's SIGINT (node-pty reports exit 0 with signal 2), not the prompt's cancel (130).
    await pause(60);
    k.write('\u0003');
    expect(await k.exit).toBe(130);
  }, 60_000);

  test('a session saved for other data: resume anyway, start fresh or quit, never a flood of errors', async () => {
    const dir = exampleDir();
    expect((await workshop(dir, { 'selection.change': ['add', 'keep'], 'selection.account': 'C029', 'selection.reason': 'Launch partner' })).code).toBe(0);
    // Another quarter's file: C029, whom the team added, is gone.
    const csv = readFileSync(join(dir, 'customers.csv'), 'utf8')
      .split('\n')
      .filter((l) => !l.startsWith('C029,'))
      .join('\n');
    writeFileSync(join(dir, 'customers.csv'), csv);
    const k = (running = new ScreenKam(['select', 'customers.csv'], dir, { cols: 80, rows: 24 }));
    const rows = await k.until((r) => r.some((l) => l.includes('Start fresh')), 'the choice');
    const text = rows.join('\n');
    expect(text).toContain('kam-session.json was saved for a different customers.csv');
    expect(text).toContain('1 account it names is not there');
    expect(text).toContain('Resume anyway');
    expect(rows.filter((l) => l.trim() !== '').length).toBeLessThan(12);
    k.write('\u001b[B'); // start fresh
    await pause(60);
    k.write('\r');
    await k.until((r) => r[0].startsWith('Step 1 of 10'), 'step 1');
    expect(existsSync(join(dir, 'kam-session.json.bak'))).toBe(true);
    // The header is drawn before the step's prompt reads keys: a Ctrl-C in between is the
    // terminal's SIGINT (node-pty reports exit 0 with signal 2), not the prompt's cancel (130).
    await pause(60);
    k.write('\u0003');
    expect(await k.exit).toBe(130);
  }, 60_000);
});

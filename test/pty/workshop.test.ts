/**
 * The workshop in a real pseudo-terminal (80×24, no CI): Enter through all ten steps; and
 * Ctrl-C midway, exit 130, then --resume to the end. Runs the built binary (npm run build).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { Session } from '../../src/session/schema.js';
import { exampleDir } from '../workshop/helpers.js';
import { PtyKam } from './pty-session.js';

/** The questions of each step, in order; each is answered with Enter (the default). */
const QUESTIONS: string[][] = [
  ['Which KAM objectives apply?', 'SMART statement'],
  ['Key-account managers:', 'Accounts each manager can lead:', 'Capacity 12:', 'Sales mode per quadrant:'],
  ['Members as name:role'],
  ['Channels that matter'],
  ['Segments in scope'],
  ['Where do the boundaries sit?', 'Where does high strength sit'],
  ['Attractiveness factors:', 'Weights:'],
  ['Strength factors:', 'Weights:'],
  ['Change the selection?'],
  ['Next review', 'Write the agreed criteria', 'Name of the brief'],
];

async function enterThrough(k: PtyKam, from: number, to: number): Promise<void> {
  for (let n = from; n <= to; n++) {
    await k.waitFor(`Step ${n} of 10`);
    for (const q of QUESTIONS[n - 1]) await k.enter(q);
  }
}

const session = (dir: string): Session => JSON.parse(readFileSync(join(dir, 'kam-session.json'), 'utf8')) as Session;

let running: PtyKam | null = null;
afterEach(() => running?.kill());

describe('the workshop on a real terminal', () => {
  test('Enter through all ten steps shows the table and the chart and saves the whole session', async () => {
    const dir = exampleDir();
    const k = (running = new PtyKam(['select', 'customers.csv'], dir));
    await enterThrough(k, 1, 10);
    expect(await k.exit).toBe(0);
    const text = k.text;
    expect(text).toContain('The workshop is done');
    expect(text).toMatch(/1 C001 Nordhavn Fo…\s+79\.6\s+79\.9 ✔/);
    expect(text).toContain('← higher relative strength');
    expect(text).toContain('Selected: 12 of 13 in the key quadrants (capacity 12).');
    expect(text).toMatch(/Session saved to .*kam-session\.json/);
    const s = session(dir);
    expect(s.completedSteps).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(s.result?.summary.selected).toBe(12);
    expect(s.method?.capacity).toBe(12);
  }, 120_000);

  test('Ctrl-C in step 5 exits 130 with steps 1–4 saved; --resume continues at step 5 to the end', async () => {
    const dir = exampleDir();
    const first = (running = new PtyKam(['select', 'customers.csv'], dir));
    await enterThrough(first, 1, 4);
    await first.waitFor('Step 5 of 10');
    await first.waitFor('Segments in scope');
    first.write('\u0003');
    expect(await first.exit).toBe(130);
    expect(first.text).toMatch(/cancelled at step 5; every answer so far is saved/);
    expect(session(dir).completedSteps).toEqual([1, 2, 3, 4]);

    const second = (running = new PtyKam(['select', 'customers.csv', '--resume'], dir));
    await enterThrough(second, 5, 10);
    expect(second.text).toContain('Resuming kam-session.json at step 5.');
    expect(await second.exit).toBe(0);
    expect(second.text).not.toContain('Step 4 of 10');
    const s = session(dir);
    expect(s.completedSteps).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(s.result?.accounts[0].id).toBe('C001');
  }, 120_000);
});

/**
 * The workshop with --ratings in a real pseudo-terminal (80×24): settling a disagreement with the
 * arrow keys and typed answers, and weights by pairwise comparison. Runs the built binary.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import type { Session } from '../../src/session/schema.js';
import { exampleDir } from '../workshop/helpers.js';
import { PtyKam } from './pty-session.js';

const DOWN = '\u001b[B';
let running: PtyKam | null = null;
afterEach(() => running?.kill());

test('settle C007 in step 7, weight it by AHP with Enter on every pair (the criteria weights suggest each answer), Enter through the rest', async () => {
  const dir = exampleDir();
  const k = (running = new PtyKam(['select', 'customers.csv', '--ratings', 'ratings.csv'], dir));
  const prompts: Record<number, string[]> = {
    1: ['Which KAM objectives apply?', 'SMART statement'],
    2: ['Key-account managers:', 'Accounts each manager can lead:', 'Capacity 12:', 'Sales mode per quadrant:'],
    3: ['Members as name:role'],
    4: ['Channels that matter'],
    5: ['Segments in scope'],
    6: ['Where do the boundaries sit?', 'Where does high strength sit'],
  };
  for (let n = 1; n <= 6; n++) {
    await k.waitFor(`Step ${n} of 10`);
    for (const q of prompts[n]) await k.enter(q);
  }
  await k.waitFor('Step 7 of 10');
  await k.enter('Attractiveness factors:');
  await k.waitFor('Settle a disagreement?');
  k.write(DOWN);
  await k.waitFor(/❯ C007 Grupo Alvarado Alimentos: Access to decision/);
  await k.enter('Ana 3, Ben 7, Chen 6 (spread 44 %)'); // the raters' scores of the chosen disagreement
  await k.waitFor('Agreed score for C007 Access to decision makers (1..10');
  k.write('4');
  await k.enter('4');
  await k.waitFor('Why did the team agree on it?');
  k.write('Ana met the new CEO');
  await k.enter('CEO');
  await k.enter('Settle a disagreement?');
  await k.waitFor('Weights:');
  k.write(DOWN + DOWN);
  await k.enter('Compare the factors two at a time (AHP)');
  // All 15 pairs on one screen; Enter accepts the suggestions.
  await k.enter('pair 1 of 15');
  await k.waitFor('Consistency ratio 0.01 (consistent');
  await k.enter('Weights:'); // back at the weights, now the comparisons' points: accept
  await k.waitFor('Step 8 of 10');
  for (const q of ['Strength factors:', 'Settle a disagreement?', 'Weights:', 'Change the selection?', 'Next review', 'Write the agreed criteria', 'Name of the brief']) await k.enter(q);
  expect(await k.exit).toBe(0);
  const s = JSON.parse(readFileSync(join(dir, 'kam-session.json'), 'utf8')) as Session;
  expect(s.answers.attractiveness?.settled).toEqual([expect.objectContaining({ account: 'C007', score: 4, reason: 'Ana met the new CEO' })]);
  // Each pair suggested at the step of Saaty's scale nearest the criteria weights' ratio (25, 15, 15, 10, 20, 15):
  // 25/15 → 2, 25/10 → 3, 15/20 → 1, 10/15 → 1/2 …, which the eigenvector turns into about the same weights.
  expect(s.answers.attractiveness?.ahp?.comparisons.slice(0, 5).map((c) => c.value)).toEqual([2, 2, 3, 1, 2]);
  expect(s.answers.attractiveness?.ahp?.points).toEqual([27, 16, 16, 8, 18, 15]);
  expect(s.criteria?.filter((f) => f.axis === 'attractiveness').map((f) => f.weight)).toEqual([27, 16, 16, 8, 18, 15]);
  expect(s.result?.disagreements.find((d) => d.account === 'C007')?.settled).toEqual({ score: 4, reason: 'Ana met the new CEO' });
}, 120_000);

/** Steps 7 and 8 with the team's ratings (--ratings): disagreements listed, settled or kept. */
import { describe, expect, test } from 'vitest';
import { settledScores } from '../../src/app/inputs.js';
import { ScriptedPrompter, type Script } from '../../src/prompts/scripted-prompter.js';
import { tryEvaluate, type StepEnv } from '../../src/workshop/context.js';
import { checkScore } from '../../src/workshop/ratings.js';
import { attractivenessStep, strengthStep } from '../../src/workshop/steps-factors.js';
import { stepEnv } from './helpers.js';

const withRatings = async (script: Script) => {
  const p = new ScriptedPrompter(script);
  return { p, env: await stepEnv(p, undefined, { ratings: 'ratings.csv' }) };
};
const value = (env: StepEnv, id: string, factor: string) => env.data.portfolio.values.get(factor)![env.data.portfolio.ids.indexOf(id)];
const settle = (account: string, score: string, reason?: string, axis = 'attractiveness'): Script => ({
  [`${axis}.settle`]: [account],
  [`${axis}.settle.score`]: score,
  ...(reason === undefined ? {} : { [`${axis}.settle.reason`]: reason }),
});
const ACCESS = 'Access to decision makers';

describe('step 7 with ratings', () => {
  test('lists the disagreements on the axis; Enter keeps every aggregate (one extra key press)', async () => {
    const { p, env } = await withRatings({});
    await attractivenessStep.run(env);
    expect(p.remaining).toBe(0);
    // examples/ratings.csv: two attractiveness disagreements, both on Access to decision makers (1..10, spread 4 = 44 %).
    expect(p.transcript).toContain('The raters disagree (spread ≥ 30 % of the scale) on 2 scores; the team may agree a score for any of them:');
    expect(p.transcript).toContain('? Settle a disagreement?');
    expect(p.asked.filter((id) => id === 'attractiveness.settle')).toHaveLength(1);
    expect(env.session.answers.attractiveness?.settled).toBeUndefined();
    expect(value(env, 'C007', ACCESS)).toBe(6); // the median of 3, 7, 6
  });

  test('a settled score replaces the median in the evaluation and is recorded with its reason and the raters', async () => {
    const { p, env } = await withRatings(settle('C007 Access to decision makers', '4', '  Ana met the new CEO; Ben and Chen go by last year. '));
    const before = tryEvaluate(env);
    await attractivenessStep.run(env);
    expect(p.remaining).toBe(0);
    expect(env.session.answers.attractiveness?.settled).toEqual([
      {
        account: 'C007',
        factor: ACCESS,
        competitor: null,
        score: 4,
        reason: 'Ana met the new CEO; Ben and Chen go by last year.',
        raters: [
          { rater: 'Ana', score: 3 },
          { rater: 'Ben', score: 7 },
          { rater: 'Chen', score: 6 },
        ],
      },
    ]);
    expect(value(env, 'C007', ACCESS)).toBe(4);
    expect(value(env, 'C013', ACCESS)).toBe(5); // kept: the median of 2, 6, 5
    // The disagreement stays listed, with the aggregate the raters gave and the settled score.
    const d = env.data.ratings!.outcome.disagreements.find((x) => x.account === 'C007')!;
    expect(d.score).toBe(6);
    expect(d.settled).toEqual({ score: 4, reason: 'Ana met the new CEO; Ben and Chen go by last year.' });
    // Access weighs 15 of 100 attractiveness points: 6 → 4 on 1..10 lowers u by 2/9, the score by 100 × 0.15 × 2/9 = 3.33.
    const after = tryEvaluate(env);
    if (!('ev' in before) || !('ev' in after)) throw new Error('not evaluated');
    const row = env.data.portfolio.ids.indexOf('C007'); // no segment filter: scope position = row
    expect(before.ev.attractiveness[row] - after.ev.attractiveness[row]).toBeCloseTo(100 * 0.15 * (2 / 9), 9);
    expect(settledScores(env.session)).toEqual([{ account: 'C007', factor: ACCESS, competitor: null, score: 4, reason: 'Ana met the new CEO; Ben and Chen go by last year.' }]);
  });

  test('redoing the step offers the settled score; "-" drops it and the median applies again', async () => {
    const { env } = await withRatings(settle('C007 Access to decision makers', '4', 'CEO met'));
    await attractivenessStep.run(env);
    env.p = new ScriptedPrompter(settle('C007 Access to decision makers', '-'));
    await attractivenessStep.run(env);
    expect(env.session.answers.attractiveness?.settled).toBeUndefined();
    expect(value(env, 'C007', ACCESS)).toBe(6);
  });

  test('a reason is required, and a score off the scale is refused', async () => {
    await expect(attractivenessStep.run((await withRatings(settle('C007 Access to decision makers', '4', '   '))).env)).rejects.toThrow(
      'A settled score needs a reason (it is kept in the session and the result).',
    );
    await expect(attractivenessStep.run((await withRatings(settle('C007 Access to decision makers', '11'))).env)).rejects.toThrow('11 is off the scale: type a score from 1 to 10.');
  });

  test('checkScore: numbers on a none scale, decimal comma accepted; raw factors take any number', () => {
    const scale = { min: 1, max: 5, normalize: { kind: 'none' as const } };
    expect(checkScore('4,5', scale)).toBe(true);
    expect(checkScore('5', scale)).toBe(true);
    expect(checkScore('0.5', scale)).toBe('0.5 is off the scale: type a score from 1 to 5.');
    expect(checkScore('four', scale)).toBe('Type the agreed score as a number from 1 to 5, or - to keep the aggregate.');
    expect(checkScore('120000', { min: 1, max: 10, normalize: { kind: 'minmax' } })).toBe(true);
  });
});

describe('step 8 with ratings', () => {
  test('a competitor disagreement settled changes relative strength', async () => {
    const { p, env } = await withRatings(settle('C003 Delivery reliability vs Adhesa', '9', 'Adhesa delivered every order on time this year', 'strength'));
    const before = tryEvaluate(env);
    await strengthStep.run(env);
    expect(p.transcript).toContain('The raters disagree (spread ≥ 30 % of the scale) on 6 scores; the team may agree a score for any of them:');
    const after = tryEvaluate(env);
    if (!('ev' in before) || !('ev' in after)) throw new Error('not evaluated');
    expect(after.ev.method.strength).toBe('relative');
    // C003 Delivery reliability: Polypak 8, 7 and Adhesa 9, 6 both have the median 7.5 (Adhesa, first by name, is best).
    // Settled at 9, Adhesa's u rises by 1.5/9, the relative value (u_us − u_best + 1)/2 falls by 1.5/18; Delivery weighs
    // 25 of 100 strength points: the strength falls by 100 × 0.25 × 1.5/18 = 2.083.
    const row = env.data.portfolio.ids.indexOf('C003'); // no segment filter: scope position = row
    expect(before.ev.strength[row] - after.ev.strength[row]).toBeCloseTo((100 * 0.25 * 1.5) / 18, 9);
    expect(env.session.answers.strength?.settled?.[0]).toMatchObject({ account: 'C003', factor: 'Delivery reliability', competitor: 'Adhesa', score: 9 });
  });
});

test('the report and the list name a settled score', async () => {
  const { describeDisagreement } = await import('../../src/render/ratings-lines.js');
  const { env } = await withRatings(settle('C007 Access to decision makers', '4', 'CEO met'));
  await attractivenessStep.run(env);
  const d = env.data.ratings!.outcome.disagreements.find((x) => x.account === 'C007')!;
  expect(describeDisagreement(d)).toBe('C007 Access to decision makers: Ana 3, Ben 7, Chen 6 (spread 44 %; settled at 4)');
});

/**
 * The team's ratings in the workshop (--ratings): the disagreements of steps 7 and 8, which the
 * team may settle with an agreed score and a reason; settled scores replace the aggregate in the
 * previews, step 9 and the replay.
 */
import { settledScores } from '../app/inputs.js';
import { plain } from '../i18n/numbers.js';
import type { Evaluation } from '../core/engine.js';
import { onScale } from '../core/normalize/index.js';
import { DISAGREEMENT_SHARE, ratingsReport, resolveRatings, type RatingsReport } from '../core/ratings.js';
import type { Axis, Factor } from '../core/types.js';
import { terminalSafe } from '../render/escape.js';
import { describeDisagreement, fmtRating } from '../render/ratings-lines.js';
import type { SettledRecord } from '../session/schema.js';
import { tryEvaluate, type StepEnv } from './context.js';
import { t } from '../i18n/index.js';

/** Aggregates the ratings again with the session's settled scores; the portfolio follows. */
export function refreshRatings(env: StepEnv): void {
  const r = env.data.ratings;
  if (!r) return;
  r.outcome = resolveRatings(r.unrated, r.set, r.aggregate, settledScores(env.session));
  env.data.portfolio = r.outcome.portfolio;
}

/** The ratings part of the result (disagreements with their settled scores, competitors), or undefined without ratings. */
export function workshopRatingsReport(env: Pick<StepEnv, 'data'>, ev: Evaluation): RatingsReport | undefined {
  return env.data.ratings ? ratingsReport(env.data.ratings.outcome, ev) : undefined;
}

const label = (d: { account: string; factor: string; competitor: string | null }): string =>
  `${d.account} ${d.factor}${d.competitor === null ? '' : ` vs ${d.competitor}`}`;

/** Why a typed score is not on the factor's scale (the rule of ratings.csv), or true. */
export function checkScore(text: string, f: Pick<Factor, 'min' | 'max' | 'normalize'>): true | string {
  const v = text.trim();
  if (!/^-?\d+([.,]\d+)?$/.test(v)) return t('workshop.ratings.scoreNumber', { scale: onScale(f) ? 'yes' : 'no', min: plain(f.min), max: plain(f.max) });
  const x = Number(v.replace(',', '.'));
  if (onScale(f) && (x < f.min || x > f.max)) return t('workshop.ratings.offScale', { x: plain(x), min: plain(f.min), max: plain(f.max) });
  return true;
}

/**
 * Steps 7–8: lists the disagreements on the axis's chosen factors (accounts in scope) and lets
 * the team settle any of them. `settled` is the axis's list, changed in place; `save` records it
 * in the session (then the ratings are aggregated again). Enter keeps the aggregates.
 */
export async function settleDisagreements(env: StepEnv, axis: Axis, factors: readonly Factor[], settled: SettledRecord[], save: () => void): Promise<void> {
  const r = env.data.ratings;
  if (!r) return;
  const { p } = env;
  const byName = new Map(factors.filter((f) => f.axis === axis).map((f) => [f.factor, f]));
  const out = tryEvaluate(env);
  const inScope = 'ev' in out ? new Set(out.ev.scope) : null;
  const list = r.outcome.disagreements.filter((d) => byName.has(d.factor) && (inScope === null || inScope.has(d.row)));
  if (list.length === 0) return;
  const share = Math.round(DISAGREEMENT_SHARE * 100);
  const heading = t('workshop.ratings.heading', { share, n: list.length });
  const find = (key: string) => settled.findIndex((s) => label(s) === key);
  const names = env.data.portfolio.names;
  let first = true;
  for (;;) {
    if (!first) env.screenAgain?.();
    first = false;
    p.say(heading);
    const choices = list.map((d) => {
      const s = settled[find(label(d))];
      const now = s ? t('workshop.ratings.settledAt', { score: fmtRating(s.score), reason: s.reason }) : `${t('workshop.ratings.aggregate', { aggregate: r.aggregate })} ${fmtRating(d.score)}`;
      const who = `${d.account} ${names[d.row]}: ${d.factor}${d.competitor === null ? '' : ` vs ${d.competitor}`}`;
      return { value: label(d), name: terminalSafe(`${who} (${now})`), description: terminalSafe(describeDisagreement(d)) };
    });
    const kept = list.length - list.filter((d) => find(label(d)) >= 0).length;
    const pick = await p.select<string>({
      id: `${axis}.settle`,
      message: t('workshop.ratings.question'),
      default: '',
      choices: [{ value: '', name: kept === list.length ? t('workshop.ratings.keepAll', { aggregate: r.aggregate }) : t('workshop.ratings.goOn', { kept, aggregate: r.aggregate }) }, ...choices],
    });
    if (pick === '') return;
    const d = list.find((x) => label(x) === pick)!;
    const f = byName.get(d.factor)!;
    const at = find(pick);
    const previous = at >= 0 ? settled[at] : undefined;
    const scale = onScale(f) ? `${plain(f.min)}..${plain(f.max)}` : t('workshop.ratings.rawValue');
    const typed = (await p.input({
      id: `${axis}.settle.score`,
      message: t('workshop.ratings.score', { pick: terminalSafe(pick), scale, aggregate: r.aggregate, score: fmtRating(d.score) }),
      default: previous ? fmtRating(previous.score) : '-',
      validate: (v) => (v.trim() === '-' ? true : checkScore(v, f)),
    })).trim();
    if (typed === '-') {
      if (at >= 0) settled.splice(at, 1);
    } else {
      const reason = (await p.input({
        id: `${axis}.settle.reason`,
        message: t('workshop.ratings.reason'),
        default: previous?.reason,
        validate: (v) => (v.trim() !== '' ? true : t('workshop.ratings.needReason')),
      })).trim();
      const record: SettledRecord = { account: d.account, factor: d.factor, competitor: d.competitor, score: Number(typed.replace(',', '.')), reason, raters: d.raters };
      if (at >= 0) settled[at] = record;
      else settled.push(record);
    }
    save();
    refreshRatings(env);
  }
}

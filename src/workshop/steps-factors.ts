/** Steps 7–8: choose and weight the attractiveness and relative-strength factors, with a live preview. */
import { factorRecords, realisticWeightPct } from '../core/result.js';
import { QUADRANTS, type Axis, type Factor, type Normalize } from '../core/types.js';
import { NORMALIZATIONS, simpleNormalize, type NormalizeName } from '../core/normalize/index.js';
import { DIRECTION } from '../core/vocabulary.js';
import { terminalSafe } from '../render/escape.js';
import { accountLabel } from '../core/accounts.js';
import { fit, padEnd, padStart } from '../render/text-width.js';
import { t } from '../i18n/index.js';
import { fixed } from '../i18n/numbers.js';
import { axisFactors, currentFactors, rowsLeft, tryEvaluate, type Step, type StepEnv } from './context.js';
import { toPoints } from '../core/rounding.js';
import { ahpRecord, askComparisons } from '../prompts/ahp-dialogue.js';
import { settleDisagreements } from './ratings.js';
import { quadrantWord } from './text.js';


/** A raw numeric column as a factor: the scale is the column's range, normalised as the team says. */
export function rawFactor(env: StepEnv, column: string, axis: Axis, normalize: Normalize, direction: Factor['direction'], kind: Factor['kind']): Factor {
  const values = env.data.portfolio.values.get(column)!;
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!(hi > lo)) hi = lo + 1;
  return { factor: column, axis, weight: 1, min: lo, max: hi, direction, normalize, kind, description: `The "${column}" column of the customers file.` };
}

/** The top accounts with the factors so far, one line each with both scores and the quadrant. */
export function previewLines(env: StepEnv, factors: Factor[], top = 5): string[] {
  const out = tryEvaluate(env, factors);
  if ('reason' in out) return [t('workshop.preview.notYet', { reason: out.reason })];
  const { ev } = out;
  const pf = env.data.portfolio;
  const nameW = Math.max(16, Math.min(34, env.width - 48));
  const head = `${'#'.padStart(4)} ${padEnd(t('workshop.preview.account'), nameW)} ${padStart(t('workshop.preview.attractiveness'), 14)} ${padStart(t('workshop.preview.strength'), 8)} ${t('workshop.preview.quadrant')}`;
  const lines = [env.palette.dim(head)];
  for (let r = 0; r < Math.min(top, ev.order.length); r++) {
    const p = ev.order[r];
    const q = QUADRANTS[ev.quadrant[p]];
    const row = ev.scope[p];
    const name = fit(terminalSafe(accountLabel(pf.ids[row], pf.names[row])), nameW);
    lines.push(`${String(r + 1).padStart(4)} ${name} ${fixed(ev.attractiveness[p], 1).padStart(14)} ${fixed(ev.strength[p], 1).padStart(8)} ${env.palette.quadrant(q, quadrantWord(q))}`);
  }
  return lines;
}

/** The normalisations a raw column can take: the kinds without parameters. */
const NORMALIZE_CHOICES = Object.values(NORMALIZATIONS)
  .filter((k) => k.parse === undefined)
  .map((k) => ({ value: k.name as NormalizeName, name: k.help }));

function factorStep(n: 7 | 8, axis: Axis): Step {
  return {
    n,
    key: axis,
    get title() {
      return t(`workshop.step${n}.title`);
    },
    get intro() {
      return t(`workshop.step${n}.intro`);
    },
    async run(env) {
      const { p, data, session } = env;
      const current = axisFactors(env, axis);
      const other = currentFactors(env).filter((f) => f.axis !== axis).map((f) => f.factor);
      const fromCriteria = data.criteria.filter((f) => f.axis === axis);
      const columns = data.numericColumns.filter((c) => !other.includes(c));
      const isCurrent = (name: string) => current.some((f) => f.factor === name);
      const chosen = await p.checkbox<string>({
        id: `${axis}.factors`,
        message: t('workshop.factors.question', { axis }),
        choices: [
          ...fromCriteria.map((f) => ({ value: f.factor, name: terminalSafe(f.factor), description: terminalSafe(f.description) || undefined, checked: isCurrent(f.factor) })),
          ...columns.map((c) => ({ value: c, name: t('workshop.factors.raw', { name: terminalSafe(c) }), checked: isCurrent(c) })),
        ],
        validate: (v) => (v.length > 0 ? true : t('workshop.factors.chooseOne')),
      });
      if (chosen.length > 6) p.say(t('workshop.factors.many', { n: chosen.length }));
      const factors: Factor[] = [];
      const fresh = new Set<Factor>();
      for (const name of chosen) {
        const known = current.find((f) => f.factor === name) ?? fromCriteria.find((f) => f.factor === name);
        if (known) {
          factors.push({ ...known });
          continue;
        }
        const norm = await p.select<NormalizeName>({ id: `${axis}.normalize`, message: t('workshop.factors.normalize', { name: terminalSafe(name) }), choices: NORMALIZE_CHOICES, default: 'minmax' });
        const direction = await p.select<Factor['direction']>({
          id: `${axis}.direction`,
          message: t('workshop.factors.direction', { name: terminalSafe(name) }),
          default: 'higher',
          choices: DIRECTION.values.map((v) => ({ value: v, name: DIRECTION.help[v] })),
        });
        const f = rawFactor(env, name, axis, simpleNormalize(norm), direction, 'pure');
        fresh.add(f);
        factors.push(f);
      }
      // A new raw column starts with the average weight of the others, so it neither dominates nor vanishes.
      const known = factors.filter((f) => !fresh.has(f));
      const rawWeight = known.length > 0 ? known.reduce((a, f) => a + f.weight, 0) / known.length : 1;
      for (const f of fresh) f.weight = rawWeight;
      const previous = session.answers[axis];
      const settled = (previous?.settled ?? []).filter((x) => chosen.includes(x.factor));
      let ahp = previous?.ahp;
      const save = () =>
        void (session.answers[axis] = { factors: factorRecords(factors), ...(settled.length > 0 ? { settled } : {}), ...(ahp ? { ahp } : {}) });
      save();
      await settleDisagreements(env, axis, factors, settled, save);
      let first = true;
      for (;;) {
        if (!first) env.screenAgain?.();
        first = false;
        const points = toPoints(factors.map((f) => f.weight));
        p.say([
          t('workshop.weights.heading'),
          ...factors.map(
            (f, i) =>
              `  ${t('workshop.weights.line', { points: String(points[i]).padStart(3), name: terminalSafe(f.factor) })}${axis === 'attractiveness' ? ` (${t('workshop.weights.kind', { kind: f.kind })})` : ''}`,
          ),
        ]);
        p.show(() => previewLines(env, currentFactors(env), Math.max(1, Math.min(5, rowsLeft(env, (axis === "attractiveness" ? 4 : 3) + 4)))));
        const how = await p.select<'accept' | 'edit' | 'ahp' | 'kinds'>({
          id: `${axis}.weights`,
          message: t('workshop.weights.question'),
          default: 'accept',
          choices: [
            { value: 'accept', name: t('workshop.weights.accept') },
            { value: 'edit', name: t('workshop.weights.edit') },
            ...(factors.length > 1 ? [{ value: 'ahp' as const, name: t('workshop.weights.ahp') }] : []),
            ...(axis === 'attractiveness' ? [{ value: 'kinds' as const, name: t('workshop.weights.kinds') }] : []),
          ],
        });
        if (how === 'accept') {
          // Points accepted as the comparisons gave them keep the comparisons on record.
          if (ahp && ahp.points.join() !== points.join()) ahp = undefined;
          const total = factors.reduce((a, f) => a + f.weight, 0);
          if (total > 0) for (const f of factors) f.weight = (100 * f.weight) / total;
          save();
          break;
        }
        env.screenAgain?.();
        if (how === 'kinds') {
          const realistic = await p.checkbox<string>({
            id: `${axis}.kinds`,
            message: t('workshop.weights.realistic'),
            choices: factors.map((f) => ({ value: f.factor, name: terminalSafe(f.factor), checked: f.kind === 'realistic' })),
          });
          for (const f of factors) f.kind = realistic.includes(f.factor) ? 'realistic' : 'pure';
        } else if (how === 'ahp') {
          const asked = await askComparisons(p, {
            id: `${axis}.ahp`,
            factors: factors.map((f) => f.factor),
            weights: factors.map((f) => f.weight),
            previous: previous?.ahp?.comparisons,
          });
          ahp = ahpRecord(asked.comparisons, asked.result);
          ahp.points.forEach((pts, i) => (factors[i].weight = pts));
        } else {
          ahp = undefined;
          let given = 0;
          for (let i = 0; i < factors.length; i++) {
            const last = i === factors.length - 1;
            const left = 100 - given;
            const value = await p.input({
              id: `${axis}.points`,
              message: t('workshop.weights.points', { name: terminalSafe(factors[i].factor), given, last: last ? 'yes' : 'no', left }),
              default: String(last ? left : Math.min(points[i], left)),
              validate: (v) => {
                if (!/^\d+(\.\d+)?$/.test(v.trim())) return t('workshop.weights.number');
                const x = Number(v);
                if (last && x !== left) return t('workshop.weights.reach', { left });
                return x <= left ? true : t('workshop.weights.left', { left });
              },
            });
            factors[i].weight = Number(value);
            given += Number(value);
          }
        }
        save();
      }
      return t('workshop.factors.summary', {
        n: factors.length,
        points: toPoints(factors.map((f) => f.weight)).join('/'),
        attractiveness: axis === 'attractiveness' ? 'yes' : 'no',
        realistic: fixed(realisticWeightPct(factors), 0),
      });
    },
  };
}

export const attractivenessStep = factorStep(7, 'attractiveness');

export const strengthStep = factorStep(8, 'strength');

/**
 * Steps 9–10: the decision screen (the matrix beside the top of the ranked list, the capacity
 * check, pure against realistic, one key per action), and the review, where the brief is written
 * once the date, the comparison and the settled questions are known.
 */
import { dirname, join, relative, resolve } from 'node:path';
import { isInputFile, writeAtomically } from '../app/files.js';
import { kamVersion } from '../app/version.js';
import { accountLabel } from '../core/accounts.js';
import { evaluate, type Evaluation } from '../core/engine.js';
import { Explainer } from '../core/explain.js';
import { realisticWeightPct } from '../core/result.js';
import { buildReview, movementOf, type Movement, type ReviewDocument } from '../core/review.js';
import { QUADRANT_INFO, QUADRANTS, type Override, type Quadrant } from '../core/types.js';
import { snapshotFromResult } from '../load/snapshot.js';
import type { KeyChoice, Size } from '../prompts/prompter.js';
import { terminalSafe } from '../render/escape.js';
import { explainLines } from '../render/explain.js';
import { fit, padEnd, padStart, textWidth, wrap } from '../render/text-width.js';
import { say, t } from '../i18n/index.js';
import { fixed } from '../i18n/numbers.js';
import { renderKaismChart } from '../render/kaism-chart.js';
import { movementMessages, RELEASE_GUIDANCE, RELEASE_WORD } from '../render/review/wording.js';
import { chartStyle } from '../render/style.js';
import { chartPoints } from '../render/text.js';
import { currentFactors, currentMethod, fromRecorded, toRecorded, tryEvaluate, type Step, type StepEnv } from './context.js';
import { briefSections, criteriaCsv, SELECTION_FILES, snapshot, workshopResultContext, writeSelectionFiles } from './outputs.js';
import { workshopRatingsReport } from './ratings.js';
import { addMonths, isIsoDate, num, quadrantWord, someOf } from './text.js';

/** Who set the boundaries, as the brief and the explanations say it (in the reader's language). */
export const splitSetBy = (): string => t('workshop.splitSetBy');

/** The capacity check of the selection as it stands (after the team's overrides). */
export function capacityLines(ev: Evaluation): string[] {
  const s = ev.selection;
  const places = ev.method.capacities;
  if (s.capacity === null) return [t('workshop.capacity.none', { n: num(s.qualifying), overrides: s.overrides.length > 0 ? 'yes' : 'no' })];
  const split = places ? t('workshop.capacity.places', { key: num(places.key), development: num(places['key-development']) }) : '';
  if (s.overCapacity) return [t('workshop.capacity.over', { count: num(s.count), capacity: num(s.capacity), split })];
  const cut = s.cut > 0 ? t('workshop.capacity.cut', { n: s.cut }) : '';
  return [t('workshop.capacity.used', { capacity: num(s.capacity), split, count: num(s.count), cut })];
}

const label = (env: StepEnv, ev: Evaluation, pos: number): string => {
  const pf = env.data.portfolio;
  return terminalSafe(accountLabel(pf.ids[ev.scope[pos]], pf.names[ev.scope[pos]]));
};

/** Accounts that only the realistic factors bring into (or keep out of) the selection, against pure attractiveness alone. */
export function pureComparison(env: StepEnv, ev: Evaluation): { share: number; brought: number[]; kept: number[] } | null {
  const factors = currentFactors(env);
  const share = realisticWeightPct(factors);
  const pure = factors.map((f) => (f.axis === 'attractiveness' && f.kind === 'realistic' ? { ...f, weight: 0 } : f));
  if (share === 0 || !pure.some((f) => f.axis === 'attractiveness' && f.weight > 0)) return share === 0 ? { share, brought: [], kept: [] } : null;
  let alone: Evaluation;
  try {
    alone = evaluate(env.data.portfolio, pure, currentMethod(env), env.data.ratings?.outcome.competitorBest);
  } catch {
    return null;
  }
  // Both evaluations score the same accounts in scope, in the same positions.
  const brought: number[] = [];
  const kept: number[] = [];
  for (const p of ev.order) {
    if (ev.selection.selected[p] && !alone.selection.selected[p]) brought.push(p);
    if (!ev.selection.selected[p] && alone.selection.selected[p]) kept.push(p);
  }
  return { share, brought, kept };
}

function pureLines(env: StepEnv, ev: Evaluation, width: number): string[] {
  const c = pureComparison(env, ev);
  const share = c?.share ?? realisticWeightPct(currentFactors(env));
  // The two shares are rounded as one: 32.5 % realistic shows as 33 % and 67 % pure, never 68 % (101 %).
  const shown = Number(share.toFixed(0));
  const head = t('workshop.pure.head', { share: fixed(shown, 0), pure: fixed(100 - shown, 0) });
  if (c === null) return wrap(`${head}.`, width, '  ');
  if (c.brought.length === 0 && c.kept.length === 0) return wrap(`${head}${share > 0 ? t('workshop.pure.same') : ''}.`, width, '  ');
  const names = (ps: number[]) => someOf(ps.slice(0, 3).map((p) => label(env, ev, p)), ps.length);
  const parts = [
    ...(c.brought.length > 0 ? [t('workshop.pure.brought', { names: names(c.brought) })] : []),
    ...(c.kept.length > 0 ? [t('workshop.pure.kept', { names: names(c.kept) })] : []),
  ];
  return wrap(`${head}; ${parts.join('; ')}.`, width, '  ').slice(0, 2);
}

/** The ranked list, `rows` lines at most: quadrant headings, then `rank account attr. str. ✔`. */
function listLines(env: StepEnv, ev: Evaluation, positions: readonly number[], ranks: readonly number[], width: number, rows: number): string[] {
  const rankW = String(ev.order.length).length;
  const nameW = Math.max(8, width - rankW - 15);
  const out = [env.palette.dim(`${'#'.padStart(rankW)} ${padEnd(t('workshop.decision.account'), nameW)} ${padStart(t('workshop.decision.attr'), 5)} ${padStart(t('workshop.decision.str'), 5)} ✔`)];
  let quadrant: Quadrant | null = null;
  for (let i = 0; i < positions.length && out.length < rows; i++) {
    const p = positions[i];
    const q = QUADRANTS[ev.quadrant[p]];
    if (q !== quadrant) {
      if (out.length >= rows - 1) break;
      quadrant = q;
      out.push(env.palette.quadrant(q, `${QUADRANT_INFO[q].title.toLowerCase()} (${ev.counts[q]})`));
    }
    const name = fit(label(env, ev, p), nameW);
    out.push(`${String(ranks[i]).padStart(rankW)} ${name} ${fixed(ev.attractiveness[p], 1).padStart(5)} ${fixed(ev.strength[p], 1).padStart(5)} ${ev.selection.selected[p] ? env.palette.good('✔') : ' '}`);
  }
  return out;
}

/** Rows the decision screen keeps for its question (the prompt and its key hints) and the lines under the block. */
const QUESTION_ROWS = 3;

/** The decision screen's block: the matrix with the top of the ranked list beside it (or under it on a narrow terminal). */
export function decisionLines(env: StepEnv, ev: Evaluation, size: Size, used: number): string[] {
  const under = [...capacityLines(ev), ...pureLines(env, ev, size.columns)];
  const wrapped = under.flatMap((l) => wrap(l, size.columns, '  '));
  const block = Math.max(10, size.rows - used - QUESTION_ROWS - wrapped.length - 1);
  const side = size.columns >= 80;
  const chartW = side ? (size.columns >= 110 ? Math.min(100, Math.round(size.columns * 0.58)) : 44) : size.columns;
  const listW = side ? Math.min(60, size.columns - chartW - 2) : size.columns;
  const chartRows = side ? block : Math.max(10, Math.floor(block * 0.65));
  const tallest = Math.max(5, Math.min(40, chartRows - 5));
  const strengthAxis = env.session.answers.kaism?.strengthAxis ?? env.flagsStrengthAxis;
  const points = chartPoints(env.data.portfolio, ev);
  const draw = (height: number) =>
    renderKaismChart(points, {
      width: chartW,
      height,
      split: { attractiveness: ev.split.attractiveness, strength: ev.split.strength },
      strengthAxis,
      style: chartStyle(env.palette),
      legend: false,
    });
  // The tallest chart that still shows every account by its rank (a chart of counts adds a note line).
  let chart = draw(tallest);
  for (let h = tallest - 1; chart.length > tallest + 5 && points.length <= 150 && h >= Math.max(5, tallest - 8); h--) {
    const lower = draw(h);
    if (lower.length === h + 5) chart = lower;
  }
  const order = Array.from(ev.order);
  const ranks = order.map((_, r) => r + 1);
  const legend = t('workshop.decision.legend');
  let lines: string[];
  if (side) {
    const list = listLines(env, ev, order, ranks, listW, block);
    lines = [];
    for (let i = 0; i < Math.max(chart.length, list.length); i++) lines.push(`${padEnd(chart[i] ?? '', chartW)}  ${list[i] ?? ''}`.trimEnd());
  } else {
    lines = [...chart, ...listLines(env, ev, order, ranks, listW, Math.max(3, block - chart.length))];
  }
  return [...lines, ...wrap(legend, size.columns, '  ').slice(0, 1).map(env.palette.dim), ...wrapped];
}

type Action = 'keep' | 'add' | 'remove' | 'undo' | 'list' | 'quadrant' | 'explain';

/** The explanation of one account as `kam explain` gives it, fitted to the screen. */
function explanationLines(env: StepEnv, ev: Evaluation, pos: number, size: Size): string[] {
  const pf = env.data.portfolio;
  const row = ev.scope[pos];
  const explainer = new Explainer(pf, ev, env.data.ratings?.outcome.competitorBest);
  const lines = explainLines(
    { id: pf.ids[row], name: pf.names[row], rank: ev.order.indexOf(pos) + 1, accounts: ev.order.length, quadrant: QUADRANTS[ev.quadrant[pos]], split: [] },
    explainer.explain(pos),
    size.columns,
    env.palette,
  ).filter((l) => l !== '');
  // The closing note of `kam explain` makes room for the screen's question.
  const note = lines.findIndex((l) => l.startsWith('Each factor is changed alone'));
  return (note >= 0 ? lines.slice(0, note) : lines).slice(0, Math.max(5, size.rows - 4));
}

async function showExplanation(env: StepEnv, ev: Evaluation, pos: number): Promise<void> {
  const { p } = env;
  env.screenAgain?.(false);
  p.show((size) => explanationLines(env, ev, pos, size));
  await p.keys({ id: 'selection.explained', message: t('workshop.explained.u'), choices: [], default: 'back', enterName: t('workshop.explained.back') });
}

/** The full ranked list (or one quadrant's), a page at a time; Enter on an account explains it. */
async function browse(env: StepEnv, ev: Evaluation, quadrant: Quadrant | null): Promise<void> {
  const { p } = env;
  for (;;) {
    env.screenAgain?.(false);
    const positions = Array.from(ev.order).filter((pos) => quadrant === null || QUADRANTS[ev.quadrant[pos]] === quadrant);
    const rankOf = new Map(Array.from(ev.order, (pos, r) => [pos, r + 1]));
    const rankW = String(ev.order.length).length;
    const { columns } = p.size();
    const quadrantW = Math.max(15, ...QUADRANTS.map((q) => textWidth(quadrantWord(q))));
    const nameW = Math.max(12, Math.min(50, columns - rankW - 25 - quadrantW));
    const row = (pos: number) => {
      const q = QUADRANTS[ev.quadrant[pos]];
      const name = fit(label(env, ev, pos), nameW);
      return `${String(rankOf.get(pos)).padStart(rankW)} ${name} ${fixed(ev.attractiveness[pos], 1).padStart(5)} ${fixed(ev.strength[pos], 1).padStart(5)} ${padEnd(quadrantWord(q), quadrantW)} ${ev.selection.selected[pos] ? '✔' : ' '}`;
    };
    const head = `${padEnd(t('workshop.decision.account'), nameW)} ${padStart(t('workshop.decision.attr'), 5)} ${padStart(t('workshop.decision.str'), 5)} ${padEnd(t('workshop.decision.quadrant'), quadrantW)}`;
    p.say(env.palette.dim(`  ${'#'.padStart(rankW)} ${head} ✔ ${t('workshop.decision.pages')}`));
    const pick = await p.select<number>({
      id: 'selection.list',
      message: quadrant === null ? t('workshop.list.all', { n: num(ev.order.length) }) : t('workshop.list.quadrant', { quadrant: QUADRANT_INFO[quadrant].title.toLowerCase(), n: num(positions.length) }),
      default: -1,
      choices: [{ value: -1, name: t('workshop.list.back') }, ...positions.map((pos) => ({ value: pos, name: row(pos) }))],
    });
    if (pick === -1) return;
    await showExplanation(env, ev, pick);
  }
}

export const selectionStep: Step = {
  n: 9,
  key: 'selection',
  get title() {
    return t('workshop.step9.title');
  },
  get intro() {
    return t('workshop.step9.intro');
  },
  async run(env) {
    const { p, session, data } = env;
    const prev = session.answers.selection;
    const overrides: Override[] = prev ? [...prev.overrides] : [];
    session.answers.selection = { overrides };
    let first = true;
    for (;;) {
      const out = tryEvaluate(env);
      if ('reason' in out) {
        p.say(t('workshop.selection.cannotScore', { reason: out.reason }));
        return null;
      }
      const ev: Evaluation = out.ev;
      if (!first) env.screenAgain?.();
      first = false;
      p.show((size) => decisionLines(env, ev, size, p.used()));
      const choices: KeyChoice<Action>[] = [
        { key: 'a', value: 'add', name: t('workshop.selection.key.add') },
        { key: 'r', value: 'remove', name: t('workshop.selection.key.remove') },
        ...(overrides.length > 0 ? [{ key: 'u', value: 'undo' as const, name: t('workshop.selection.key.undo') }] : []),
        { key: 'l', value: 'list', name: t('workshop.selection.key.list') },
        { key: 'q', value: 'quadrant', name: t('workshop.selection.key.quadrant') },
        { key: 'e', value: 'explain', name: t('workshop.selection.key.explain') },
      ];
      const action = await p.keys<Action>({
        id: 'selection.change',
        message: overrides.length > 0 ? t('workshop.selection.questionSoFar', { n: overrides.length }) : t('workshop.selection.question'),
        default: 'keep',
        enterName: t('workshop.selection.goOn'),
        choices,
      });
      if (action === 'keep') return t('workshop.selection.summary', { count: num(ev.selection.count), n: overrides.length });
      const pf = data.portfolio;
      if (action === 'undo') overrides.pop();
      else if (action === 'list') await browse(env, ev, null);
      else if (action === 'quadrant') {
        const q = await p.select<Quadrant>({
          id: 'selection.quadrant',
          message: t('workshop.selection.whichQuadrant'),
          choices: QUADRANTS.map((x) => ({ value: x, name: `${QUADRANT_INFO[x].title.toLowerCase()} (${ev.counts[x]})` })),
        });
        await browse(env, ev, q);
      } else if (action === 'explain') {
        const pos = await p.select<number>({
          id: 'selection.explain',
          message: t('workshop.selection.explainWhich'),
          searchable: true,
          choices: Array.from(ev.order, (c) => ({ value: c, name: label(env, ev, c) })),
        });
        await showExplanation(env, ev, pos);
      } else {
        const want = action === 'add' ? 0 : 1;
        const candidates = Array.from(ev.order).filter((pos) => ev.selection.selected[pos] === want);
        if (candidates.length === 0) {
          p.say(action === 'add' ? t('workshop.selection.allSelected') : t('workshop.selection.noneSelected'));
          continue;
        }
        const pos = await p.select<number>({
          id: 'selection.account',
          message: t('workshop.selection.which', { action }),
          searchable: true,
          choices: candidates.map((c) => ({ value: c, name: t('workshop.selection.candidate', { label: label(env, ev, c), quadrant: quadrantWord(QUADRANTS[ev.quadrant[c]]), rank: num(ev.order.indexOf(c) + 1) }) })),
        });
        const reason = await p.input({ id: 'selection.reason', message: t('workshop.selection.reason'), validate: (v) => (v.trim() !== '' ? true : t('workshop.selection.needReason')) });
        overrides.push({ id: pf.ids[ev.scope[pos]], action, reason: reason.trim() });
      }
      session.answers.selection = { overrides };
    }
  },
};

/** Who entered, who left and who should be released since the comparison, in words for the screen. */
function reviewLines(env: StepEnv, doc: ReviewDocument, width: number): string[] {
  const byId = new Map(doc.accounts.map((a) => [a.id, a]));
  const name = (id: string) => terminalSafe(accountLabel(id, byId.get(id)?.name ?? id));
  const none = t('workshop.review.none');
  const list = (ids: string[]) => (ids.length === 0 ? none : someOf(ids.slice(0, 6).map(name), ids.length));
  const lines = [
    t('workshop.review.entered', { list: list(doc.movements.entered) }),
    t('workshop.review.left', { list: list(doc.movements.left) }),
    t('workshop.review.quadrants', { list: doc.movements.quadrantChanges.length === 0 ? none : doc.movements.quadrantChanges.slice(0, 6).map((c) => `${name(c.id)} ${quadrantWord(c.from)} → ${quadrantWord(c.to)}`).join(', ') }),
  ];
  if (doc.release.length > 0) {
    lines.push(t('workshop.review.release', { list: doc.release.map((r) => `${name(r.id)} (${RELEASE_WORD[r.reason]})`).join(', ') }), t('workshop.review.releasing'));
    lines.push(...RELEASE_GUIDANCE.map((g) => `  • ${g}`));
  }
  return lines.flatMap((l) => wrap(l, width, '    '));
}

export const reviewStep: Step = {
  n: 10,
  key: 'review',
  get title() {
    return t('workshop.step10.title');
  },
  get intro() {
    return t('workshop.step10.intro');
  },
  async run(env) {
    const { p, session, data } = env;
    const prev = session.answers.review;
    const out = tryEvaluate(env);
    const against = env.compare ?? (env.previous ? { path: env.sessionFile, snapshot: env.previous } : undefined);
    // The session records the movement language-neutral, and its sentences in English (kam/session@1 is the same in every language).
    let movement: Movement[] = [];
    if (against !== undefined && 'ev' in out) {
      const now = snapshot(data, out.ev, workshopResultContext(data.inputs, session.updatedAt, kamVersion(), workshopRatingsReport(env, out.ev)));
      const current = snapshotFromResult(now as unknown as Record<string, unknown>, 'now', 'result', 'now');
      const doc = buildReview([against.snapshot, current], [], { generatedAt: '', kamVersion: '' });
      movement = movementOf(doc);
      const shown = env.compare ? env.compare.path : t('workshop.review.lastQuarter');
      p.say(t('workshop.review.since', { shown: terminalSafe(shown) }));
      p.show((size) => reviewLines(env, doc, size.columns).slice(0, Math.max(3, size.rows - p.used() - 8)));
    } else p.say(t('workshop.review.nothing'));
    const nextReview = (await p.input({
      id: 'review.nextReview',
      message: t('workshop.review.next'),
      default: prev?.nextReview ?? addMonths(env.today, 3),
      validate: (v) => (isIsoDate(v.trim()) ? true : t('workshop.review.date')),
    })).trim();
    const answer: NonNullable<typeof session.answers.review> = {
      nextReview,
      compare: env.compare ? toRecorded(env, env.compare.path) : env.previous ? toRecorded(env, env.sessionFile) : null,
      moved: movementMessages(movement).map((m) => say(m, 'en')),
      ...(movement.length > 0 ? { movement } : {}),
      criteriaWrittenTo: prev?.criteriaWrittenTo ?? null,
      outputBase: prev?.outputBase ?? session.answers.selection?.outputBase ?? null,
      written: [],
    };
    session.answers.review = answer;
    const write = await p.confirm({ id: 'review.writeCriteria', message: t('workshop.review.writeCriteria'), default: false });
    if (write) {
      // The agreed criteria may replace the criteria file they started from, never the customers or the session.
      // A criteria workbook is never written over with CSV: the default is the .csv beside it.
      const target = (await p.input({
        id: 'review.criteriaFile',
        message: t('workshop.review.criteriaFile'),
        default: data.criteriaPath === '-' ? 'criteria.csv' : data.criteriaWorkbook ? data.criteriaPath.replace(/(\.xlsx?)?$/i, '.csv') : data.criteriaPath,
        validate: (v) =>
          isInputFile(v.trim(), [data.customersPath, env.sessionFile], env.cwd)
            ? t('workshop.review.inputFile')
            : /\.xlsx?$/i.test(v.trim()) || (data.criteriaWorkbook && isInputFile(v.trim(), [data.criteriaPath], env.cwd))
              ? t('workshop.review.workbook')
              : true,
      })).trim();
      // Read with --encoding windows-1252 (say), the file gets a UTF-8 BOM: the same command reads it back right.
      const bom = data.encoding === 'utf-8' ? '' : '\ufeff';
      writeAtomically(resolve(env.cwd, target), (w) => w(`${bom}${criteriaCsv(currentFactors(env))}`));
      answer.criteriaWrittenTo = toRecorded(env, target);
    }
    const defaultBase = relative(env.cwd, join(dirname(resolve(env.cwd, data.customersPath)), 'kam-selection')) || 'kam-selection';
    const inputs = [data.customersPath, data.criteriaPath, env.sessionFile];
    const base = (await p.input({
      id: 'review.files',
      message: t('workshop.review.files'),
      default: answer.outputBase ? fromRecorded(env, answer.outputBase) : defaultBase,
      validate: (v) => {
        const b = v.trim();
        const clash = b === '-' || b === '' ? undefined : SELECTION_FILES.map(([, ext]) => `${b}${ext}`).find((f) => isInputFile(f, inputs, env.cwd));
        return clash === undefined ? true : t('workshop.review.clash', { file: clash });
      },
    })).trim();
    answer.outputBase = base === '-' || base === '' ? null : toRecorded(env, base);
    if (answer.outputBase !== null && 'ev' in out) {
      const ctx = workshopResultContext(data.inputs, session.updatedAt, kamVersion(), workshopRatingsReport(env, out.ev));
      const strengthAxis = session.answers.kaism?.strengthAxis ?? env.flagsStrengthAxis;
      const doc = { portfolio: data.portfolio, ev: out.ev, ctx, sections: briefSections(session), splitSetBy: splitSetBy() };
      answer.written = (await writeSelectionFiles(resolve(env.cwd, base), doc, strengthAxis, dirname(env.sessionFile))).map((f) => toRecorded(env, f));
    }
    return t('workshop.review.summary', { date: nextReview, n: movement.length, brief: answer.written!.length > 0 ? 'yes' : 'no' });
  },
};


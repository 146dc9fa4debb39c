/** Steps 9–10: selection and communication; review. */
import { resolve, dirname, relative, join } from 'node:path';
import { isInputFile, writeAtomically } from '../app/files.js';
import { kamVersion } from '../app/version.js';
import { accountLabel } from '../core/accounts.js';
import type { Evaluation } from '../core/engine.js';
import { realisticWeightPct } from '../core/result.js';
import { buildReview } from '../core/review.js';
import { QUADRANTS, type Override } from '../core/types.js';
import { snapshotFromResult } from '../load/snapshot.js';
import { terminalSafe } from '../render/escape.js';
import { writeReport, selectionLine } from '../render/report.js';
import { movementSentences } from '../render/review/wording.js';
import { stringSink } from '../render/sink.js';
import { currentFactors, tryEvaluate, type Step, type StepEnv } from './context.js';
import { briefSections, criteriaCsv, SELECTION_FILES, snapshot, workshopResultContext, writeSelectionFiles } from './outputs.js';
import { workshopRatingsReport } from './ratings.js';
import { addMonths, isIsoDate, plural } from './text.js';

/** The table, the chart and the quadrant lines as the report renders them. */
export function reportLines(env: StepEnv, ev: Evaluation): string[] {
  const s = stringSink();
  const strengthAxis = env.session.answers.kaism?.strengthAxis ?? env.flagsStrengthAxis;
  const ctx = { generatedAt: '', kamVersion: '', inputs: {}, ratings: workshopRatingsReport(env, ev) };
  writeReport(s.sink, { portfolio: env.data.portfolio, ev, ctx }, { width: env.width, top: 200, strengthAxis, palette: env.palette });
  return s.text().replace(/\n$/, '').split('\n');
}

function capacityLines(ev: Evaluation): string[] {
  const s = ev.selection;
  if (s.capacity === null) return ['No capacity set: every account in the key quadrants is selected.'];
  if (s.overCapacity) return [`Over capacity: ${s.count} selected for ${s.capacity} places; remove some, or find more managers.`];
  if (s.cut > 0) return [`Capacity check: ${s.qualifying} accounts qualify for ${s.capacity} places; the ${s.cut === 1 ? 'lowest-ranked one is' : `${s.cut} lowest-ranked are`} left out (add back with a reason if the team insists).`];
  return [`Capacity check: ${s.count} of ${s.capacity} places used.`];
}

export const selectionStep: Step = {
  n: 9,
  key: 'selection',
  title: 'Selection and communication',
  intro:
    'The matrix and the ranked list: key and key-development accounts up to capacity. The team may add or remove accounts, each with a reason on record. Then the brief tells the business.',
  async run(env) {
    const { p, session, data } = env;
    const prev = session.answers.selection;
    const overrides: Override[] = prev ? [...prev.overrides] : [];
    session.answers.selection = { overrides, outputBase: prev?.outputBase ?? null, written: prev?.written ?? [] };
    let out = tryEvaluate(env);
    if ('reason' in out) {
      p.say(`The accounts cannot be scored yet: ${out.reason}. Go back to steps 7 and 8.`);
      return null;
    }
    p.say(reportLines(env, out.ev));
    p.say([...capacityLines(out.ev), `Realistic factors carry ${realisticWeightPct(currentFactors(env)).toFixed(0)} % of the attractiveness weight (the higher, the more pragmatic).`]);
    for (;;) {
      const ev: Evaluation = out.ev;
      const pf = data.portfolio;
      const label = (pos: number) => `${terminalSafe(accountLabel(pf.ids[ev.scope[pos]], pf.names[ev.scope[pos]]))} (${QUADRANTS[ev.quadrant[pos]]})`;
      const action = await p.select<'keep' | 'add' | 'remove' | 'undo'>({
        id: 'selection.change',
        message: 'Change the selection?',
        default: 'keep',
        choices: [
          { value: 'keep', name: overrides.length > 0 ? `Keep it (${plural(overrides.length, 'override')})` : 'Keep it' },
          { value: 'add', name: 'Add an account' },
          { value: 'remove', name: 'Remove an account' },
          ...(overrides.length > 0 ? [{ value: 'undo' as const, name: 'Drop the last override' }] : []),
        ],
      });
      if (action === 'keep') break;
      if (action === 'undo') overrides.pop();
      else {
        const want = action === 'add' ? 0 : 1;
        const candidates = Array.from(ev.order).filter((pos) => ev.selection.selected[pos] === want);
        if (candidates.length === 0) {
          p.say(action === 'add' ? 'Every account is selected already.' : 'No account is selected.');
          continue;
        }
        const pos = await p.select<number>({ id: 'selection.account', message: action === 'add' ? 'Add which account?' : 'Remove which account?', choices: candidates.map((c) => ({ value: c, name: label(c) })) });
        const reason = await p.input({ id: 'selection.reason', message: 'Reason (kept in the brief):', validate: (v) => (v.trim() !== '' ? true : 'Every override needs a reason.') });
        overrides.push({ id: pf.ids[ev.scope[pos]], action, reason: reason.trim() });
      }
      const again = tryEvaluate(env);
      if ('ev' in again) out = again;
      p.say(selectionLine(out.ev));
    }
    const defaultBase = relative(env.cwd, join(dirname(resolve(env.cwd, data.customersPath)), 'kam-selection')) || 'kam-selection';
    const inputs = [data.customersPath, data.criteriaPath, env.sessionFile];
    const base = (await p.input({
      id: 'selection.files',
      message: 'Write the brief (.md, .html) and results (.json, .csv) as (- to skip):',
      default: prev?.outputBase ?? defaultBase,
      validate: (v) => {
        const b = v.trim();
        const clash = b === '-' || b === '' ? undefined : SELECTION_FILES.map(([, ext]) => `${b}${ext}`).find((f) => isInputFile(f, inputs, env.cwd));
        return clash === undefined ? true : `${clash} is one of kam's input files; choose another name.`;
      },
    })).trim();
    const answer = { overrides, outputBase: base === '-' || base === '' ? null : base, written: [] as string[] };
    session.answers.selection = answer;
    if (answer.outputBase !== null) {
      const ctx = workshopResultContext(data.inputs, session.updatedAt, kamVersion(), workshopRatingsReport(env, out.ev));
      const strengthAxis = session.answers.kaism?.strengthAxis ?? env.flagsStrengthAxis;
      const doc = { portfolio: data.portfolio, ev: out.ev, ctx, sections: briefSections(session) };
      answer.written = (await writeSelectionFiles(resolve(env.cwd, answer.outputBase), doc, strengthAxis, env.cwd)).map((f) => relative(env.cwd, f));
      p.say(`Wrote ${answer.written.join(', ')}.`);
    }
    return `${out.ev.selection.count} selected${overrides.length > 0 ? `, ${plural(overrides.length, 'override')}` : ''}`;
  },
};

export const reviewStep: Step = {
  n: 10,
  key: 'review',
  title: 'Review, review, review',
  intro:
    'Customers, competitors and our own capabilities change: the selection is reviewed on a date set now. With --compare FILE (an earlier session or result) kam shows who moved since.',
  async run(env) {
    const { p, session, data } = env;
    const prev = session.answers.review;
    const nextReview = (await p.input({
      id: 'review.nextReview',
      message: 'Next review (YYYY-MM-DD):',
      default: prev?.nextReview ?? addMonths(env.today, 3),
      validate: (v) => (isIsoDate(v.trim()) ? true : 'Type a date as YYYY-MM-DD.'),
    })).trim();
    const answer = { nextReview, compare: env.compare?.path ?? null, moved: [] as string[], criteriaWrittenTo: prev?.criteriaWrittenTo ?? null };
    session.answers.review = answer;
    if (env.compare !== undefined) {
      const out = tryEvaluate(env);
      if ('ev' in out) {
        const now = snapshot(data, out.ev, workshopResultContext(data.inputs, session.updatedAt, kamVersion(), workshopRatingsReport(env, out.ev)));
        const current = snapshotFromResult(now as unknown as Record<string, unknown>, 'now', 'result', 'now');
        answer.moved = movementSentences(buildReview([env.compare.snapshot, current], [], { generatedAt: '', kamVersion: '' }));
        p.say(answer.moved.length > 0 ? ['Since the last review:', ...answer.moved.map((m) => `  ${terminalSafe(m)}`)] : 'No account moved since the last review.');
      }
    }
    const write = await p.confirm({ id: 'review.writeCriteria', message: 'Write the agreed criteria to a criteria.csv?', default: false });
    if (write) {
      // The agreed criteria may replace the criteria file they started from, never the customers or the session.
      // A criteria workbook is never written over with CSV: the default is the .csv beside it.
      const target = (await p.input({
        id: 'review.criteriaFile',
        message: 'criteria file:',
        default: data.criteriaPath === '-' ? 'criteria.csv' : data.criteriaWorkbook ? data.criteriaPath.replace(/(\.xlsx?)?$/i, '.csv') : data.criteriaPath,
        validate: (v) =>
          isInputFile(v.trim(), [data.customersPath, env.sessionFile], env.cwd)
            ? 'That is the customers or the session file; choose another name.'
            : /\.xlsx?$/i.test(v.trim()) || (data.criteriaWorkbook && isInputFile(v.trim(), [data.criteriaPath], env.cwd))
              ? 'That is a workbook; the criteria are written as CSV: choose a .csv name.'
              : true,
      })).trim();
      writeAtomically(resolve(env.cwd, target), (w) => w(criteriaCsv(currentFactors(env))));
      answer.criteriaWrittenTo = target;
      p.say(`Wrote ${target}.`);
    }
    return `next review ${nextReview}${answer.moved.length > 0 ? `; ${plural(answer.moved.length, 'account')} moved` : ''}`;
  },
};

/**
 * `kam select` on a terminal: the ten-step workshop. Reads the customers, the criteria (when
 * there are some), the ratings, the saved session and the comparison through readInputs, then
 * walks the steps from the first (or, with --resume, the first unanswered one). A saved session
 * that is corrupt, or was made for other data, is offered as resume anyway / start fresh (the
 * old file kept as .bak) / quit, with its reason in one line.
 */
import { dirname } from 'node:path';
import { assertNotInput, ensureFolder } from '../app/files.js';
import { ratingsWarningMessages, readInputs } from '../app/inputs.js';
import { colorLevel, runDate, terminalWidth, type Io } from '../app/io.js';
import { paletteFor } from '../app/output.js';
import type { SelectPlan } from '../app/plan.js';
import { prompterFor } from '../app/prompter.js';
import { keepAsBackup, recordedPath, sessionText } from '../app/sessions.js';
import { CancelledError, InputError, UsageError } from '../core/errors.js';
import { snapshotFromResult } from '../load/snapshot.js';
import type { Prompter } from '../prompts/prompter.js';
import { decodeSession } from '../session/decode.js';
import { firstOpenStep, type Session } from '../session/schema.js';
import type { StepEnv, WorkshopData } from './context.js';
import { say, t, type Message } from '../i18n/index.js';
import { newSession, runSteps } from './workshop.js';

export async function runWorkshop(plan: SelectPlan, io: Io): Promise<number> {
  const prompter = await prompterFor(io);
  const file = plan.session.path;
  const opening: string[] = [];
  // A session named like one of the data files is refused before it is read.
  ensureFolder(dirname(file));
  assertNotInput(file, [plan.customers, plan.criteria, ...(plan.ratings ? [plan.ratings] : [])], io.cwd, `--session ${plan.session.shown}`);
  const corrupt = corruptSession(file, plan.session.shown);
  if (corrupt !== null) opening.push(...(await forgive(prompter, plan, corrupt, false)));
  let { data, existing, notes, compare } = await loadWorkshop(plan, io);
  const mismatch = existing ? staleSession(existing, data, plan.session.shown) : null;
  if (mismatch !== null) {
    const kept = await forgive(prompter, plan, mismatch, true);
    opening.push(...kept);
    if (kept.length > 0) ({ data, existing, notes, compare } = await loadWorkshop(plan, io));
    else if (existing) dropUnknownFactors(existing, data);
  }
  if (plan.session.resume && existing === null && opening.length === 0) throw new UsageError(t('workshop.start.noSession', { file: plan.session.shown }));
  const clock = () => runDate(io).toISOString();
  const previous = existing?.result ? snapshotFromResult(existing.result as unknown as Record<string, unknown>, plan.session.shown, 'session', plan.session.shown) : undefined;
  const session = existing ?? newSession(data, clock());
  session.inputs = data.inputs;
  const resume = plan.session.resume && existing !== null;
  if (!resume) session.completedSteps = [];
  const env: StepEnv = {
    p: prompter,
    data,
    session,
    flagsMethod: plan.method,
    flagsStrengthAxis: plan.strengthAxis,
    width: terminalWidth(io),
    palette: await paletteFor(colorLevel(io, plan.output.color)),
    today: runDate(io),
    cwd: io.cwd,
    compare,
    previous,
    sessionFile: file,
  };
  const start = resume ? (firstOpenStep(session) ?? 10) : 1;
  const lines = [...opening, ...notes.map((w) => t('workshop.start.warning', { warning: say(w) }))];
  if (resume) lines.push(t('workshop.start.resuming', { file: plan.session.shown, n: start }));
  else if (existing) lines.push(t('workshop.start.fromSaved', { file: plan.session.shown }));
  // The replay reads the same sheet of a customers workbook only when told which.
  const sheet = plan.sheet === undefined ? '' : ` --sheet ${/^[\w.-]+$/.test(plan.sheet) ? plan.sheet : `"${plan.sheet.replace(/"/g, '\\"')}"`}`;
  // …and in the same --encoding (the session does not record it).
  const encoding = plan.encoding === 'utf-8' ? '' : ` --encoding ${plan.encoding}`;
  const hint = `kam select ${plan.customers}${sheet}${encoding} --session ${plan.session.flag ?? plan.session.shown} --no-interactive`;
  await runSteps(env, start, clock, hint, lines);
  return 0;
}

/** Why the session file cannot be read, in one line; null when it reads (or there is none). */
function corruptSession(file: string, shown: string): string | null {
  const text = sessionText(file);
  if (text === null) return null;
  try {
    decodeSession(text, shown);
    return null;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const lines = e.lines();
    const more = e.problems.length - 1;
    return t('workshop.session.corrupt', { file: shown, problem: lines[0].replace(/^.*?: /, ''), more });
  }
}

/** Why a readable session does not belong to the data being opened (one line), or null when it does. */
export function staleSession(s: Session, data: WorkshopData, shown: string): string | null {
  const unknownFactors = sessionFactors(s).filter((f) => !data.portfolio.values.has(f));
  const ids = new Set(data.portfolio.ids);
  const named = new Set([...(s.answers.selection?.overrides ?? []).map((o) => o.id), ...[...(s.answers.attractiveness?.settled ?? []), ...(s.answers.strength?.settled ?? [])].map((x) => x.account)]);
  const unknownAccounts = [...named].filter((id) => !ids.has(id));
  const recorded = s.inputs.customers.sha256;
  const changed = recorded !== '' && recorded !== data.inputs.customers.sha256;
  if (!changed && unknownFactors.length === 0 && unknownAccounts.length === 0) return null;
  const parts = [
    ...(unknownFactors.length > 0
      ? [t('workshop.session.unknownFactors', { n: unknownFactors.length, file: data.customersPath, list: `${unknownFactors.slice(0, 3).join(', ')}${unknownFactors.length > 3 ? ', …' : ''}` })]
      : []),
    ...(unknownAccounts.length > 0 ? [t('workshop.session.unknownAccounts', { n: unknownAccounts.length })] : []),
  ];
  const head = t(changed ? 'workshop.session.changed' : 'workshop.session.mismatch', { session: shown, file: data.customersPath });
  return `${head}${parts.length > 0 ? `: ${parts.join('; ')}` : ''}.`;
}

function sessionFactors(s: Session): string[] {
  return [...(s.answers.attractiveness?.factors ?? []), ...(s.answers.strength?.factors ?? [])].map((f) => f.factor);
}

/** Resumed anyway: factors whose column the data lacks are left out of steps 7 and 8 (to choose again). */
function dropUnknownFactors(s: Session, data: WorkshopData): void {
  for (const axis of ['attractiveness', 'strength'] as const) {
    const a = s.answers[axis];
    if (!a) continue;
    const known = a.factors.filter((f) => data.portfolio.values.has(f.factor));
    if (known.length === a.factors.length) continue;
    if (known.some((f) => f.weight > 0)) a.factors = known;
    else delete s.answers[axis];
    s.completedSteps = s.completedSteps.filter((n) => n !== (axis === 'attractiveness' ? 7 : 8));
    delete a.ahp;
  }
}

/**
 * Asks what to do with a session that is corrupt (no resume then) or made for other data.
 * Returns the lines to show on the first screen; an empty list means "resume anyway".
 */
async function forgive(p: Prompter, plan: SelectPlan, reason: string, canResume: boolean): Promise<string[]> {
  p.screen(t('workshop.session.title'), [reason]);
  const choice = await p.select<'resume' | 'fresh' | 'quit'>({
    id: 'session.problem',
    message: t('workshop.session.question'),
    noMenu: true,
    default: canResume ? 'resume' : 'fresh',
    choices: [
      ...(canResume ? [{ value: 'resume' as const, name: t('workshop.session.resume') }] : []),
      { value: 'fresh' as const, name: t('workshop.session.fresh', { file: plan.session.shown }) },
      { value: 'quit' as const, name: t('workshop.session.quit') },
    ],
  });
  if (choice === 'quit') throw new CancelledError(t('workshop.session.unchanged', { file: plan.session.shown }));
  if (choice === 'resume') return [];
  const bak = keepAsBackup(plan.session.path);
  return [t('workshop.session.kept', { file: plan.session.shown, bak })];
}

/** What the workshop works on: the data, the saved session (if any), warnings about the ratings, the comparison. */
export async function loadWorkshop(plan: SelectPlan, io: Io): Promise<{ data: WorkshopData; existing: Session | null; notes: Message[]; compare: StepEnv['compare'] }> {
  const file = plan.session.path;
  ensureFolder(dirname(file));
  const inputs = await readInputs(
    {
      delimiter: plan.delimiter,
      encoding: plan.encoding,
      outputs: [{ path: file, flag: `--session ${plan.session.shown}` }],
      session: { path: file, shown: plan.session.shown, required: false },
      compare: plan.compare,
      criteria: { path: plan.criteria, required: false, origin: plan.criteriaOrigin },
      factors: 'criteria',
      // The ratings: --ratings, or the file the session recorded, with the team's settled scores.
      // Rating rows of accounts that left the export since the session was saved are left out, with one warning.
      ratings: { path: plan.ratings, recorded: 'session', aggregate: plan.method.aggregate ?? 'median', leftAccounts: 'with-session' },
      customers: { path: plan.customers, columns: 'all', sheet: plan.sheet },
    },
    io,
  );
  const existing = inputs.session?.session ?? null;
  // The session records its inputs relative to itself, so it replays from any folder.
  const record = (path: string) => recordedPath.toSession(file, path, io.cwd);
  const data: WorkshopData = {
    customersPath: plan.customers,
    criteriaPath: plan.criteria,
    criteriaWorkbook: inputs.criteria?.workbook ?? false,
    encoding: plan.encoding,
    portfolio: inputs.portfolio,
    criteria: inputs.factors,
    numericColumns: inputs.numericColumns,
    inputs: {
      customers: { ...inputs.customers, path: record(inputs.customers.path) },
      criteria: inputs.criteria ? { path: record(inputs.criteria.path), sha256: inputs.criteria.sha256 } : null,
      ...(inputs.ratings ? { ratings: { ...inputs.ratings.file, path: record(inputs.ratings.file.path) } } : {}),
    },
    ratings: inputs.ratings,
  };
  return { data, existing, notes: [...inputs.warnings, ...ratingsWarningMessages(existing, inputs.ratings)], compare: inputs.compare ?? undefined };
}

/**
 * `kam select` on a terminal: the ten-step workshop. Reads the customers, the criteria (when
 * there are some), the ratings, the saved session and the comparison through readInputs, then
 * walks the steps from the first (or, with --resume, the first unanswered one).
 */
import { dirname } from 'node:path';
import { ensureFolder } from '../app/files.js';
import { ratingsWarnings, readInputs } from '../app/inputs.js';
import { colorLevel, runDate, terminalWidth, type Io } from '../app/io.js';
import { paletteFor } from '../app/output.js';
import type { SelectPlan } from '../app/plan.js';
import { prompterFor } from '../app/prompter.js';
import { localizeSession } from '../app/sessions.js';
import { UsageError } from '../core/errors.js';
import { firstOpenStep, type Session } from '../session/schema.js';
import type { StepEnv, WorkshopData } from './context.js';
import { newSession, runSteps } from './workshop.js';

export async function runWorkshop(plan: SelectPlan, io: Io): Promise<number> {
  const { data, existing, notes, compare } = await loadWorkshop(plan, io);
  const file = plan.session.path;
  const clock = () => runDate(io).toISOString();
  const session = existing ?? newSession(data, clock());
  session.inputs = data.inputs;
  if (!plan.session.resume) session.completedSteps = [];
  const prompter = await prompterFor(io);
  const env: StepEnv = {
    p: prompter,
    data,
    session,
    flagsMethod: plan.method,
    flagsStrengthAxis: plan.strengthAxis,
    width: terminalWidth(io),
    palette: paletteFor(colorLevel(io, plan.output.color)),
    today: runDate(io),
    cwd: io.cwd,
    compare,
    sessionFile: file,
  };
  const start = plan.session.resume ? (firstOpenStep(session) ?? 10) : 1;
  for (const w of notes) prompter.say(`Warning: ${w}`);
  if (plan.session.resume) prompter.say(`Resuming ${file} at step ${start}.`);
  else if (existing) prompter.say(`Starting from the answers saved in ${file}: Enter keeps each one.`);
  // The replay reads the same sheet of a customers workbook only when told which.
  const sheet = plan.sheet === undefined ? '' : ` --sheet ${/^[\w.-]+$/.test(plan.sheet) ? plan.sheet : `"${plan.sheet.replace(/"/g, '\\"')}"`}`;
  const hint = `kam select ${plan.customers}${sheet} --session ${plan.session.flag ?? file} --no-interactive`;
  await runSteps(env, start, clock, hint);
  return 0;
}

/** What the workshop works on: the data, the saved session (if any), warnings about the ratings, the comparison. */
export async function loadWorkshop(plan: SelectPlan, io: Io): Promise<{ data: WorkshopData; existing: Session | null; notes: string[]; compare: StepEnv['compare'] }> {
  const file = plan.session.path;
  ensureFolder(dirname(file));
  const inputs = await readInputs(
    {
      delimiter: plan.delimiter,
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
  // The session's recorded paths are relative to it; in memory the workshop keeps them from the working folder.
  const existing = inputs.session ? localizeSession(inputs.session.session, file, io.cwd) : null;
  if (plan.session.resume && existing === null) throw new UsageError(`--resume: there is no session to resume at ${file}; start without --resume.`);
  const data: WorkshopData = {
    customersPath: plan.customers,
    criteriaPath: plan.criteria,
    criteriaWorkbook: inputs.criteria?.workbook ?? false,
    portfolio: inputs.portfolio,
    criteria: inputs.factors,
    numericColumns: inputs.numericColumns,
    inputs: { customers: inputs.customers, criteria: inputs.criteria ? { path: inputs.criteria.path, sha256: inputs.criteria.sha256 } : null, ...(inputs.ratings ? { ratings: inputs.ratings.file } : {}) },
    ratings: inputs.ratings,
  };
  return { data, existing, notes: [...inputs.warnings, ...ratingsWarnings(existing, inputs.ratings)], compare: inputs.compare ?? undefined };
}

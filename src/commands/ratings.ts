/**
 * `kam ratings template` and `kam ratings collect`: team scoring in spreadsheets. template reads
 * the customers and criteria, lays out one sheet per rater (core/rating-sheet.ts) and writes the
 * workbooks; collect reads the filled sheets back (readInputs checks every score) and writes
 * ratings.csv's long format, saying who has not rated what.
 */
import { basename, resolve } from 'node:path';
import { ensureFolder } from '../app/files.js';
import { readInputs } from '../app/inputs.js';
import { runDate, type Io } from '../app/io.js';
import { emit } from '../app/output.js';
import { t } from '../i18n/index.js';
import { plain } from '../i18n/numbers.js';
import type { RatingsCollectPlan, RatingsTemplatePlan } from '../app/plan.js';
import { ratedFactors, scoreColumns, type SheetLayout } from '../core/rating-sheet.js';
import { headerKey } from '../load/csv-reader.js';
import { terminalSafe } from '../render/escape.js';
import { coverageLines, ratingsCsv, ratingWorkbook } from '../render/rating-sheets.js';

export async function ratingsTemplate(plan: RatingsTemplatePlan, io: Io): Promise<number> {
  const inputs = await readInputs(
    {
      delimiter: plan.delimiter,
      encoding: plan.encoding,
      criteria: { path: plan.criteria, required: true },
      factors: 'criteria',
      // Only the accounts: the sheets are made for the scores the customers file lacks.
      customers: { path: plan.customers, columns: 'accounts', sheet: plan.sheet },
    },
    io,
  );
  inputs.progress.done();
  const columns = scoreColumns(ratedFactors(inputs.factors, plan.factors), plan.competitors);
  const { portfolio } = inputs;
  const layout: SheetLayout = {
    keyHeader: portfolio.headers.find((h) => headerKey(h) === 'id') ?? portfolio.headers[0],
    segment: portfolio.segments !== null,
    accounts: portfolio.ids.map((id, i) => ({ id, name: portfolio.names[i], segment: portfolio.segments ? portfolio.segments[i] : null })),
    columns,
  };
  const created = runDate(io).toISOString();
  const criteria = { path: inputs.criteria!.path, sha256: inputs.criteria!.sha256 };
  ensureFolder(resolve(io.cwd, plan.folder));
  for (const r of plan.raters) {
    const bytes = await ratingWorkbook(layout, { rater: r.rater, created, customers: inputs.customers, criteria });
    await emit({ path: r.file }, io, (out) => out(bytes));
  }
  const folder = plan.folder.replace(/\/?$/, '/');
  const names = plan.raters.map((r) => basename(r.file));
  const summary = [
    t('app.command.template.done', {
      sheets: plan.raters.length,
      shownSheets: plain(plan.raters.length),
      folder,
      names: names.join(', '),
      accounts: layout.accounts.length,
      shownAccounts: plain(layout.accounts.length),
      columns: columns.length,
      shownColumns: plain(columns.length),
      headers: columns.map((c) => c.header).join(', '),
    }),
    t('app.command.template.next', { folder }),
  ];
  await emit({ path: undefined }, io, (out) => out(`${summary.map(terminalSafe).join('\n')}\n`));
  return 0;
}

export async function ratingsCollect(plan: RatingsCollectPlan, io: Io): Promise<number> {
  const to = plan.output.path;
  const inputs = await readInputs(
    {
      outputs: to === undefined ? [] : [{ path: to, flag: `-o ${to}` }],
      encoding: plan.encoding,
      ...(plan.criteria === undefined ? { factors: 'sheets' as const } : { criteria: { path: plan.criteria, required: true }, factors: 'criteria' as const }),
      sheets: plan.sheets,
    },
    io,
  );
  const c = inputs.collected!;
  const counted = { scores: c.rows.length, shownScores: plain(c.rows.length), sheets: c.files.length, shownSheets: plain(c.files.length) };
  const report = [
    to === undefined ? t('app.command.collect.done', counted) : t('app.command.collect.done-into', { ...counted, file: to }),
    ...coverageLines(c.coverage),
  ].map(terminalSafe);
  await emit(plan.output, io, (out) => out(ratingsCsv(c.rows, c.competitors)));
  // With -o the report is the output on the terminal; else it goes beside the CSV, on standard error.
  if (to !== undefined) io.stdout.write(`${report.join('\n')}\n`);
  else for (const line of report) io.stderr.write(`kam: ${line}\n`);
  return 0;
}

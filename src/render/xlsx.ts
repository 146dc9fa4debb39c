/**
 * `--format xlsx`: the result as a workbook. Accounts in rank order (ids and names as
 * text, scores as numbers shown with two decimals and stored in full, the quadrant with a fill
 * per quadrant, selected as TRUE/FALSE), the factors and weights, the method and summary, and
 * when present the disagreements, competitor ratings, stability and explanations. Every sheet
 * has a frozen header row, an autofilter and columns as wide as their content.
 *
 * The cells are typed, so no guard against formulas is needed: text cells are never evaluated.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { InputError } from '../core/errors.js';
import { accountRecord, resultHead, type AccountRecord, type ResultContext } from '../core/result.js';
import type { Quadrant } from '../core/types.js';
import { t } from '../i18n/index.js';
import { count, plain } from '../i18n/numbers.js';
import type { ResultDocument } from './result-document.js';
import type { Sink } from './sink.js';
import { HEADER_FONT, newWorkbook, workbookBytes } from './workbook.js';

/** Rows a sheet can hold, less the header. */
export const MAX_XLSX_ROWS = 1_048_575;

/** Fill colours of the quadrants: the terminal's colours (green, yellow, cyan, magenta), made pale. */
export const QUADRANT_FILLS: Record<Quadrant, string> = {
  key: 'FFC6EFCE',
  'key-development': 'FFFFEB9C',
  maintenance: 'FFDDEBF7',
  opportunistic: 'FFF4DCEC',
};

const HEADER_FILL = 'FFD9E1F2';
const SCORE = '0.00';
const PCT = '0.0';
const BOOLEAN_FMT = '"TRUE";"TRUE";"FALSE"';

type Value = string | number | boolean | null;

interface Column {
  header: string;
  numFmt?: string;
}

/** A sheet of typed rows: header, frozen row, autofilter, widths that fit. */
function addTable(wb: Workbook, name: string, columns: Column[], rows: Value[][], style?: (row: Value[], r: number, ws: Worksheet) => void): Worksheet {
  // Printed for the meeting: landscape, as wide as the page, the header row on every page.
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  const header = ws.getRow(1);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { ...HEADER_FONT };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  });
  const widths = columns.map((c) => c.header.length + 3); // room for the filter button
  rows.forEach((values, r) => {
    const row = ws.getRow(r + 2);
    values.forEach((v, i) => {
      if (v === null) return;
      const cell = row.getCell(i + 1);
      cell.value = v;
      const fmt = columns[i].numFmt;
      if (fmt !== undefined && typeof v === 'number') cell.numFmt = fmt;
      // Excel shows a logical cell as TRUE/FALSE whatever its format; LibreOffice needs the format to.
      else if (typeof v === 'boolean') cell.numFmt = BOOLEAN_FMT;
      widths[i] = Math.max(widths[i], shownLength(v, fmt));
    });
    style?.(values, r + 2, ws);
  });
  columns.forEach((_, i) => {
    ws.getColumn(i + 1).width = Math.min(60, Math.max(6, widths[i] + 1));
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };
  return ws;
}

/** About how many characters a value takes on screen with its format. */
function shownLength(v: Value, fmt: string | undefined): number {
  if (typeof v === 'number') {
    if (fmt === SCORE) return v.toFixed(2).length;
    if (fmt === PCT) return v.toFixed(1).length;
    if (fmt === '0%') return (v * 100).toFixed(0).length + 1;
    if (fmt === '#,##0.00') return Math.round(v).toLocaleString('en').length + 3;
    return String(v).length;
  }
  if (typeof v === 'boolean') return 5;
  return v === null ? 0 : Math.max(...v.split('\n').map((l) => l.length));
}

const fill = (argb: string) => ({ type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb } });

/** `--format xlsx` (a ResultWriter, asynchronous: the workbook is built whole, then zipped). */
export async function writeResultWorkbook(out: Sink, { portfolio, ev, ctx }: ResultDocument): Promise<void> {
  if (ev.order.length > MAX_XLSX_ROWS) {
    throw new InputError({ message: t('picture.xlsx.too.many', { count: plain(ev.order.length), max: count(MAX_XLSX_ROWS) }) });
  }
  const wb = await newWorkbook(ctx.generatedAt);
  const head = resultHead(ev, ctx);
  const accounts: AccountRecord[] = [];
  for (let r = 0; r < ev.order.length; r++) accounts.push(accountRecord(portfolio, ev, r, ctx));

  accountsSheet(wb, accounts, ctx);
  addTable(
    wb,
    'Factors',
    [{ header: 'factor' }, { header: 'axis' }, { header: 'weight' }, { header: 'weight_pct', numFmt: PCT }, { header: 'min' }, { header: 'max' }, { header: 'direction' }, { header: 'normalize' }, { header: 'kind' }, { header: 'description' }],
    head.factors.map((f) => [f.factor, f.axis, f.weight, f.weightPct, f.min, f.max, f.direction, f.normalize, f.kind, f.description]),
  );
  summarySheet(wb, head);
  const ratings = ctx.ratings;
  if (ratings && ratings.disagreements.length > 0) {
    addTable(
      wb,
      'Disagreements',
      [
        { header: 'account' },
        { header: 'factor' },
        { header: 'competitor' },
        { header: 'score', numFmt: SCORE },
        { header: 'raters' },
        { header: 'spread' },
        { header: 'spread_pct', numFmt: PCT },
        { header: 'settled_score' },
        { header: 'settled_reason' },
      ],
      ratings.disagreements.map((d) => [
        d.account,
        d.factor,
        d.competitor,
        d.score,
        d.raters.map((x) => `${x.rater ?? '(anonymous)'}: ${x.score}`).join('; '),
        d.spread,
        d.spreadPct,
        d.settled?.score ?? null,
        d.settled?.reason ?? null,
      ]),
    );
  }
  const competitorRows = accounts.flatMap((a) => (a.competitors ?? []).map((c): Value[] => [a.rank, a.id, a.name, c.factor, c.best, c.bestScore, c.ourScore, c.gap]));
  if (competitorRows.length > 0) {
    addTable(
      wb,
      'Competitors',
      [{ header: 'rank' }, { header: 'id' }, { header: 'name' }, { header: 'factor' }, { header: 'best' }, { header: 'best_score' }, { header: 'our_score' }, { header: 'gap', numFmt: PCT }],
      competitorRows,
    );
  }
  if (ctx.stability) {
    addTable(
      wb,
      'Stability',
      [{ header: 'rank' }, { header: 'id' }, { header: 'name' }, { header: 'quadrant' }, { header: 'in_quadrant_pct', numFmt: PCT }, { header: 'moves_to' }, { header: 'moves_to_pct', numFmt: PCT }, { header: 'borderline' }],
      accounts.map((a) => [a.rank, a.id, a.name, a.quadrant, a.stability!.inQuadrantPct, a.stability!.movesTo, a.stability!.movesToPct, a.stability!.borderline]),
      quadrantFill(3),
    );
  }
  if (ctx.explainer) explanationsSheet(wb, accounts);
  out(await workbookBytes(wb));
}

/** Fills the quadrant cell (0-based column) of a row. */
function quadrantFill(col: number) {
  return (row: Value[], r: number, ws: Worksheet): void => {
    const q = row[col] as Quadrant;
    ws.getRow(r).getCell(col + 1).fill = fill(QUADRANT_FILLS[q]);
  };
}

function accountsSheet(wb: Workbook, accounts: AccountRecord[], ctx: ResultContext): void {
  const columns: Column[] = [
    { header: 'rank' },
    { header: 'id' },
    { header: 'name' },
    { header: 'attractiveness', numFmt: SCORE },
    { header: 'strength', numFmt: SCORE },
    { header: 'quadrant' },
    { header: 'selected' },
    { header: 'segment' },
    { header: 'revenue', numFmt: '#,##0.00' },
    { header: 'pareto' },
    { header: 'coverage_attractiveness', numFmt: '0%' },
    { header: 'coverage_strength', numFmt: '0%' },
  ];
  if (ctx.stability) columns.push({ header: 'stability_pct', numFmt: PCT }, { header: 'moves_to' }, { header: 'borderline' });
  const rows = accounts.map((a): Value[] => [
    a.rank,
    a.id,
    a.name,
    a.attractiveness,
    a.strength,
    a.quadrant,
    a.selected,
    a.segment,
    a.revenue,
    a.pareto,
    a.coverage.attractiveness,
    a.coverage.strength,
    ...(a.stability ? [a.stability.inQuadrantPct, a.stability.movesTo, a.stability.borderline] : []),
  ]);
  addTable(wb, 'Accounts', columns, rows, quadrantFill(5));
}

function summarySheet(wb: Workbook, head: ReturnType<typeof resultHead>): void {
  const m = head.method;
  const s = head.summary;
  const rows: Value[][] = [
    ['schema', head.schema],
    ['generated', head.generatedAt],
    ['kam version', head.kamVersion],
    ...Object.entries(head.inputs).flatMap(([k, f]): Value[][] => [
      [`input ${k}`, f.path],
      [`input ${k} sha256`, f.sha256],
    ]),
    ['strength', m.strength],
    ['missing values', m.missing],
    ['sort', m.sort],
    ['split', m.split.rule],
    ['attractiveness boundary', m.split.attractiveness],
    ['strength boundary', m.split.strength],
    ['capacity', m.capacity],
    ['segments', m.segments === null ? null : m.segments.join(', ')],
    ['aggregate', m.aggregate],
    ...m.overrides.map((o): Value[] => [`override ${o.action} ${o.id}`, `${o.reason}${o.applied ? '' : ' (not applied)'}`]),
    ...(m.stability
      ? ([
          ['stability runs', m.stability.runs],
          ['stability perturb', m.stability.perturb],
          ['stability score noise', m.stability.scoreNoise],
          ['stability seed', m.stability.seed],
          ['borderline below pct', m.stability.borderlinePct],
        ] as Value[][])
      : []),
    ['accounts', s.accounts],
    ...Object.entries(s.quadrants).map(([q, n]): Value[] => [`quadrant ${q}`, n]),
    ['selected', s.selected],
    ['qualifying', s.qualifying],
    ['over capacity', s.overCapacity],
    ['realistic weight pct', s.realisticWeightPct],
    ['top 20% revenue share pct', s.top20RevenueSharePct],
    ...(s.borderline !== undefined ? ([['borderline', s.borderline]] as Value[][]) : []),
    ...head.warnings.map((w): Value[] => ['warning', w]),
  ];
  addTable(wb, 'Summary', [{ header: 'item' }, { header: 'value' }], rows);
}

function explanationsSheet(wb: Workbook, accounts: AccountRecord[]): void {
  const rows: Value[][] = [];
  for (const a of accounts) {
    const e = a.explain!;
    for (const axis of ['attractiveness', 'strength'] as const) {
      const x = e[axis];
      for (const f of x.factors) {
        rows.push([a.rank, a.id, a.name, axis, x.score, x.boundary, x.margin, f.factor, f.raw, f.u, f.missing, f.weightPct, f.points, f.cross ? `${f.cross.op} ${f.cross.value}` : null]);
      }
    }
  }
  addTable(
    wb,
    'Explanations',
    [
      { header: 'rank' },
      { header: 'id' },
      { header: 'name' },
      { header: 'axis' },
      { header: 'score', numFmt: SCORE },
      { header: 'boundary', numFmt: SCORE },
      { header: 'margin', numFmt: SCORE },
      { header: 'factor' },
      { header: 'raw' },
      { header: 'u', numFmt: '0.000' },
      { header: 'missing' },
      { header: 'weight_pct', numFmt: PCT },
      { header: 'points', numFmt: SCORE },
      { header: 'crosses_when' },
    ],
    rows,
  );
}

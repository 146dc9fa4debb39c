/**
 * `--format csv --excel`: CSV for a spreadsheet rather than a program. A UTF-8 BOM
 * (so Excel reads accented names right), the list separator and decimal separator of the
 * spreadsheet's locale (`en`: `,` and `.`; `id` and `de`: `;` and `,`), CRLF line ends, and
 * every account key written as a text formula (`="00601"`), so a spreadsheet keeps `00601`,
 * `1E5` and 20-digit keys as they are instead of reading them as numbers. Other text cells are
 * guarded against formulas as in the default CSV. The default CSV is not changed by any of this.
 */
import { PARETO_CLASSES } from '../core/pareto.js';
import { accountStability } from '../core/stability.js';
import { QUADRANTS } from '../core/types.js';
import { SPREADSHEET_SEPARATORS, type SpreadsheetLocale } from '../core/vocabulary.js';
import { writeFixed9 } from './byte-rows.js';
import { CSV_COLUMNS, STABILITY_CSV_COLUMNS } from './csv-columns.js';
import { guardFormula } from './escape.js';
import type { ResultDocument } from './result-document.js';
import type { Sink } from './sink.js';

/** Excel refuses text literals longer than this in a formula. */
const FORMULA_TEXT_MAX = 255;

/** A text cell for the locale's delimiter: guarded against formulas, quoted when it must be. */
function textCell(s: string, delimiter: string): string {
  const g = guardFormula(s);
  return g.includes(delimiter) || /["\r\n]/.test(g) ? `"${g.replace(/"/g, '""')}"` : g;
}

/** A key as a text formula, which a spreadsheet shows exactly as written. */
export function keyCell(id: string, delimiter: string): string {
  if (id.length > FORMULA_TEXT_MAX || /[\r\n]/.test(id)) return textCell(id, delimiter);
  const formula = `="${id.replace(/"/g, '""')}"`;
  return `"${formula.replace(/"/g, '""')}"`;
}

const scratch = Buffer.alloc(64);

/** A number as the default CSV writes it (scores to 9 decimals), with the locale's decimal separator. */
export function numberCell(x: number, decimal: string, nineDecimals: boolean): string {
  let s: string;
  if (nineDecimals) {
    const end = writeFixed9(scratch, 0, x);
    s = end >= 0 ? scratch.toString('latin1', 0, end) : String(x);
  } else s = String(x);
  return decimal === '.' ? s : s.replace('.', decimal);
}

/** The result as CSV for a spreadsheet of `locale` (the CSV writer's `--excel` form). */
export function writeSpreadsheetCsv(out: Sink, { portfolio, ev, ctx }: ResultDocument, locale: SpreadsheetLocale): void {
  const stability = ctx.stability;
  const { delimiter: d, decimal } = SPREADSHEET_SEPARATORS[locale];
  const { ids, names, segments } = portfolio;
  const lines: string[] = [];
  const flush = () => {
    if (lines.length > 0) out(lines.join(''));
    lines.length = 0;
  };
  out(`\ufeff${[...CSV_COLUMNS, ...(stability ? STABILITY_CSV_COLUMNS : [])].join(d)}\r\n`);
  for (let r = 0; r < ev.order.length; r++) {
    const p = ev.order[r];
    const row = ev.scope[p];
    const cells = [
      String(r + 1),
      keyCell(ids[row], d),
      textCell(names[row], d),
      numberCell(ev.attractiveness[p], decimal, true),
      numberCell(ev.strength[p], decimal, true),
      QUADRANTS[ev.quadrant[p]],
      ev.selection.selected[p] === 1 ? 'true' : 'false',
      segments ? textCell(segments[row], d) : '',
      ev.pareto ? PARETO_CLASSES[ev.pareto.cls[p]] : '',
      numberCell(ev.coverage.attractiveness[p], decimal, false),
      numberCell(ev.coverage.strength[p], decimal, false),
    ];
    if (stability) {
      const a = accountStability(stability, p);
      cells.push(numberCell(a.inQuadrantPct, decimal, false), a.movesTo ?? '', String(a.borderline));
    }
    lines.push(`${cells.join(d)}\r\n`);
    if (lines.length >= 4096) flush();
  }
  flush();
}

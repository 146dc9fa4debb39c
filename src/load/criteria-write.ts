/**
 * Writing new weights into criteria.csv text: only the `weight` cells of the named factors
 * change. Every other row and column keeps its content; the delimiter, the line ending (CRLF or
 * LF), a BOM and the final newline are kept; cells are quoted only where they must be.
 */
import { InputError } from '../core/errors.js';
import { headerKey, readCsv, sniffDelimiter, stripBom, type Delimiter } from './csv-reader.js';
import { t as msg } from '../i18n/index.js';

function csvField(cell: string, delimiter: Delimiter): string {
  return cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * `weights` maps factor names (matched case-insensitively) to the text of their new weight cell.
 * `hadBom`: the file's bytes started with a byte-order mark (the text as decoded has none), so
 * the rewritten text starts with one too (U+FEFF; load/encoding.ts encodeText writes it in the
 * file's own encoding, UTF-8 or UTF-16).
 */
export function rewriteWeights(text: string, file: string, delimiterOverride: Delimiter | undefined, weights: ReadonlyMap<string, string>, hadBom = false): string {
  const bom = hadBom || text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const src = stripBom(text);
  const delimiter = delimiterOverride ?? sniffDelimiter(src);
  const eol = /\r\n/.test(src) ? '\r\n' : '\n';
  const wanted = new Map([...weights].map(([name, w]) => [headerKey(name), w]));
  const done = new Set<string>();
  const records: string[][] = [];
  let factorCol = -1;
  let weightCol = -1;
  readCsv(src, delimiter, file, (fields) => {
    if (records.length === 0) {
      const keys = fields.map(headerKey);
      factorCol = keys.indexOf('factor');
      weightCol = keys.indexOf('weight');
    } else if (factorCol >= 0 && weightCol >= 0 && fields.length > Math.max(factorCol, weightCol)) {
      const key = headerKey(fields[factorCol]);
      const w = wanted.get(key);
      if (w !== undefined && !done.has(key)) {
        fields[weightCol] = w;
        done.add(key);
      }
    }
    records.push(fields);
  });
  const missing = [...weights.keys()].filter((name) => !done.has(headerKey(name)));
  if (missing.length > 0) {
    throw new InputError({ file, message: msg('load.criteria.write-no-row', { factors: missing.map((m) => `"${m}"`).join(', ') }) });
  }
  const body = records.map((r) => r.map((c) => csvField(c, delimiter)).join(delimiter)).join(eol);
  return `${bom}${body}${/[\r\n]$/.test(src) ? eol : ''}`;
}

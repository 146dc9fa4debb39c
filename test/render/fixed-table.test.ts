/**
 * kam's fixed-width table draws exactly what cli-table3 drew under the ranked table's options
 * (it is kept as a development dependency for this oracle): same widths, cuts, padding and
 * colour codes, for any text — wide characters, emoji, combining marks, colour.
 */
import Table from 'cli-table3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixedTable, type Align } from '../../src/render/fixed-table.js';

function cliTable(widths: number[], aligns: Align[], head: string[], rows: string[][]): string {
  const table = new Table({
    head,
    colWidths: widths,
    colAligns: aligns,
    wordWrap: false,
    truncate: '…',
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0, compact: true },
    chars: {
      top: '', 'top-mid': '', 'top-left': '', 'top-right': '',
      bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
      left: '', 'left-mid': '', mid: '─', 'mid-mid': ' ', right: '', 'right-mid': '', middle: ' ',
    },
  });
  for (const r of rows) table.push(r);
  return table.toString();
}

const green = (t: string): string => `\u001b[32m${t}\u001b[39m`;
const bold = (t: string): string => `\u001b[1m${t}\u001b[22m`;
const char = fc.constantFrom('a', 'Z', ' ', '.', '…', 'é', 'e\u0301', '中', '한', 'ｱ', '😀', '👍🏽', '🇮🇩', '\u200d', '\u00ad', 'ß', 'Ω', '\u0e31');
const text = fc.array(char, { maxLength: 14 }).map((cs) => cs.join(''));
const cell = fc.oneof(text, text.map(green), text.map(bold), fc.tuple(text, text).map(([a, b]) => `${a}${green(b)}`), fc.string({ maxLength: 20 }).map((s) => s.replace(/[\u0000-\u001f\u007f]/g, '')));

describe('fixedTable', () => {
  it('draws what cli-table3 drew for the same cells', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 12 }), fc.constantFrom<Align>('left', 'right')), { minLength: 1, maxLength: 5 }),
        fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { minLength: 0, maxLength: 6 }),
        fc.array(cell, { minLength: 5, maxLength: 5 }),
        (cols, rows, head) => {
          const widths = cols.map((c) => c[0]);
          const aligns = cols.map((c) => c[1]);
          const k = cols.length;
          const h = head.slice(0, k);
          const body = rows.map((r) => r.slice(0, k));
          expect(fixedTable(cols.map(([width, align]) => ({ width, align })), h, body)).toBe(cliTable(widths, aligns, h, body));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

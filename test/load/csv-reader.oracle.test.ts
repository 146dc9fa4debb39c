/**
 * Oracle test: our RFC 4180 reader against csv-parse on generated files. Tables of arbitrary
 * strings (quotes, delimiters, CR, LF, unicode) are written as RFC 4180 with a random
 * delimiter, random line endings (per record), an optional BOM and an optional final line
 * break; both readers must return the same records.
 */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv, sniffDelimiter, type Delimiter } from '../../src/load/csv-reader.js';

const DELIMITERS: Delimiter[] = [',', ';', '\t'];
const EOLS = ['\r\n', '\n', '\r'];

/** Characters that matter to CSV, plus unicode from several planes. */
const tricky = fc.constantFrom('"', ',', ';', '\t', '\r', '\n', '\r\n', ' ', '""', '\uFEFF', 'é', '€', '😀', '中', '\u2028', '\u00a0');
const cellArb = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 3, arbitrary: fc.array(fc.oneof(tricky, fc.string({ maxLength: 3, unit: 'binary' })), { maxLength: 6 }).map((xs) => xs.join('')) },
  { weight: 1, arbitrary: fc.constant('') },
);

/** Records: arrays of one or more fields (ragged rows allowed). */
const tableArb = fc.array(fc.array(cellArb, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 });

interface Layout {
  delimiter: Delimiter;
  eols: string[];
  bom: boolean;
  finalEol: boolean;
  /** Quote a field even when it does not need it. */
  quoteAll: boolean;
}

const layoutArb = (rows: number): fc.Arbitrary<Layout> =>
  fc.record({
    delimiter: fc.constantFrom(...DELIMITERS),
    eols: fc.array(fc.constantFrom(...EOLS), { minLength: rows, maxLength: rows }),
    bom: fc.boolean(),
    finalEol: fc.boolean(),
    quoteAll: fc.boolean(),
  });

function needsQuotes(cell: string, delimiter: Delimiter): boolean {
  return cell.includes('"') || cell.includes('\r') || cell.includes('\n') || cell.includes(delimiter);
}

/**
 * RFC 4180 with the given layout. A record made of one empty field would be an empty line,
 * which both readers skip, so it is written as `""`. A leading BOM character in the very first
 * field is quoted so that it stays data and is not taken for the file's BOM.
 */
function serialise(table: string[][], layout: Layout): string {
  const { delimiter } = layout;
  const lines = table.map((record, r) =>
    record
      .map((cell, c) => {
        const lone = record.length === 1 && cell === '';
        const bomLike = r === 0 && c === 0 && cell.startsWith('\uFEFF');
        return layout.quoteAll || lone || bomLike || needsQuotes(cell, delimiter) ? `"${cell.replaceAll('"', '""')}"` : cell;
      })
      .join(delimiter),
  );
  let text = layout.bom ? '\uFEFF' : '';
  lines.forEach((line, r) => {
    text += line;
    if (r < lines.length - 1 || layout.finalEol) text += layout.eols[r];
  });
  return text;
}

function ours(text: string, delimiter: Delimiter): string[][] {
  return oursWithLines(text, delimiter).records;
}

function oursWithLines(text: string, delimiter: Delimiter): { records: string[][]; lines: number[] } {
  const records: string[][] = [];
  const lines: number[] = [];
  readCsv(text, delimiter, 'gen.csv', (fields, line) => {
    records.push(fields);
    lines.push(line);
  });
  return { records, lines };
}

/** Line breaks in `s`, CRLF counting once. */
const breaks = (s: string): number => s.match(/\r\n|\r|\n/g)?.length ?? 0;

/**
 * The line where each record starts, from what was written (csv-parse cannot be the oracle
 * here: its `info.lines` counts a quoted CRLF as two lines).
 */
function startLines(table: string[][], eols: string[]): number[] {
  let line = 1;
  return table.map((record, r) => {
    const start = line;
    line += record.reduce((sum, cell) => sum + breaks(cell), 0) + breaks(eols[r]);
    return start;
  });
}

function theirs(text: string, delimiter: Delimiter): string[][] {
  return parse(text, {
    bom: true,
    delimiter,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    record_delimiter: ['\r\n', '\n', '\r'],
  }) as string[][];
}

const caseArb = tableArb.chain((table) => layoutArb(table.length).map((layout) => ({ table, layout })));

describe('readCsv agrees with csv-parse', () => {
  it('on generated RFC 4180 files', () => {
    fc.assert(
      fc.property(caseArb, ({ table, layout }) => {
        const text = serialise(table, layout);
        const got = oursWithLines(text, layout.delimiter);
        expect(got.records).toEqual(theirs(text, layout.delimiter));
        // and both give back the table that was written, ours with the right line numbers
        expect(got.records).toEqual(table);
        expect(got.lines).toEqual(startLines(table, layout.eols));
      }),
      { numRuns: 1000 },
    );
  });

  it('on files with empty lines between records', () => {
    const arb = caseArb.chain((c) =>
      fc.array(fc.constantFrom('', '\n', '\r\n', '\r\r', '\n\n'), { minLength: c.table.length, maxLength: c.table.length }).map((gaps) => ({ ...c, gaps })),
    );
    fc.assert(
      fc.property(arb, ({ table, layout, gaps }) => {
        // extra empty lines after each record's line ending
        const eols = layout.eols.map((eol, r) => eol + gaps[r]);
        const text = serialise(table, { ...layout, eols });
        const got = oursWithLines(text, layout.delimiter);
        expect(got.records).toEqual(theirs(text, layout.delimiter));
        expect(got.lines).toEqual(startLines(table, eols));
      }),
      { numRuns: 500 },
    );
  });

  it('sniffing finds the delimiter of a file whose header has quoted names and two or more fields', () => {
    const arb = caseArb.filter(({ table }) => table[0].length >= 2);
    fc.assert(
      fc.property(arb, ({ table, layout }) => {
        const text = serialise(table, { ...layout, quoteAll: true });
        expect(sniffDelimiter(text)).toBe(layout.delimiter);
      }),
      { numRuns: 500 },
    );
  });

  it('on unquoted quotes inside fields (relaxed, kept as text)', () => {
    const arb = fc.record({
      table: fc.array(fc.array(fc.stringMatching(/^[a-z ][a-z" ]{0,5}$/), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
      delimiter: fc.constantFrom(...DELIMITERS),
    });
    fc.assert(
      fc.property(arb, ({ table, delimiter }) => {
        const text = table.map((r) => r.join(delimiter)).join('\n');
        expect(ours(text, delimiter)).toEqual(theirs(text, delimiter));
      }),
      { numRuns: 300 },
    );
  });
});

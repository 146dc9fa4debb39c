/** Making data safe for where it is shown: spreadsheets, Markdown, terminals. */

/**
 * A text cell a spreadsheet would run as a formula: starting (after any leading spaces) with
 * = + - @, or with a tab or carriage return.
 */
export function isFormulaLike(cell: string): boolean {
  const first = cell.charCodeAt(0);
  if (first === 9 || first === 13) return true;
  const t = first === 32 ? cell.trimStart() : cell;
  const c = t.charCodeAt(0);
  return c === 61 || c === 43 || c === 45 || c === 64; // = + - @
}

/** Prefixes a formula-like text cell with a single quote, as csv-stringify's escape_formulas does. */
export function guardFormula(cell: string): string {
  return isFormulaLike(cell) ? `'${cell}` : cell;
}

/** One CSV field: guarded text, quoted when it holds a comma, quote or line break. */
export function csvText(cell: string): string {
  const s = guardFormula(cell);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 34 || c === 10 || c === 13) return `"${s.replace(/"/g, '""')}"`;
  }
  return s;
}

// eslint-disable-next-line no-control-regex
// C0 and C1 controls (escape sequences), the bidirectional marks, embeddings, overrides and
// isolates (U+061C, U+200E/F, U+202A–E, U+2066–9), the line and paragraph separators and the
// interlinear annotation marks: nothing from the data may move the cursor or reorder a line.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufff9-\ufffb]/g;

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Removes the bidi controls only, from text kam has already put together and coloured (a
 * screen, a question): the last guard on the way to the terminal, whatever a step forgot.
 */
export function withoutBidi(text: string): string {
  return text.replace(BIDI, '');
}

/** Removes control characters (escape sequences, bidi overrides) so data cannot drive the terminal. */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, '').replace(/[\t\n]/g, ' ');
}

/**
 * Escapes text for a Markdown table cell or paragraph: pipes, HTML, links and bare URLs (GFM
 * autolinks), emphasis. (An entity such as `&lt;` only ever shows as a character.)
 */
export function markdownSafe(text: string): string {
  return terminalSafe(text)
    .replace(/[\\`*_{}[\]()<>#+!|~]/g, (c) => `\\${c}`)
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.');
}

/** The longest run of backticks in `text`. */
function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

/** A Markdown code span holding `text` literally, whatever backticks it contains. */
export function markdownCode(text: string): string {
  const fence = '`'.repeat(longestBacktickRun(text) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${terminalSafe(text)}${pad}${fence}`;
}

/** A fenced code block that no line of `lines` can close early. */
export function markdownFence(lines: readonly string[], info = 'text'): string[] {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(lines.join('\n')) + 1));
  return [`${fence}${info}`, ...lines, fence];
}

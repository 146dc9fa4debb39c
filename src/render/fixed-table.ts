/**
 * kam's own fixed-width table, the layout the ranked table has always had (it was drawn with
 * cli-table3 under these options: fixed column widths, no padding, no borders, one space
 * between columns, a rule of '─' under the head, cells cut with '…'): the same characters for
 * the same cells, without loading a table library on every run. Cells are single lines (user
 * text has passed terminalSafe) and may carry colour codes, which take no width.
 *
 * Widths are string-width's (East Asian wide characters and emoji take two columns), the
 * measure cli-table3 used; printable ASCII, nearly every cell, is measured by its length.
 */
import stringWidth from 'string-width';

export type Align = 'left' | 'right';

export interface FixedColumn {
  width: number;
  align: Align;
}

const ANSI = /\u001b\[(?:\d*;){0,5}\d*m/g;
const ANSI_CAPTURE = /\u001b\[((?:\d*;){0,5}\d*)m/g;

function plainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c > 126) return false;
  }
  return true;
}

/** Columns a cell takes: its widest line, colour codes left out. */
export function cellWidth(s: string): number {
  if (plainAscii(s)) return s.length;
  const lines = s.replace(ANSI, '').split('\n');
  let w = 0;
  for (const line of lines) w = Math.max(w, stringWidth(line));
  return w;
}

/** `s` in `width` columns: cut with '…' when longer, then padded on the side away from its alignment. */
export function fitCell(s: string, width: number, align: Align): string {
  const cut = truncate(s.includes('\u001b') ? closeColours(s) : s, width);
  const pad = width - cellWidth(cut);
  if (pad <= 0) return cut;
  return align === 'right' ? ' '.repeat(pad) + cut : cut + ' '.repeat(pad);
}

/** The head, a rule under it (when there are rows), and the rows, one line each. */
export function fixedTable(columns: readonly FixedColumn[], head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => columns.map((c, i) => fitCell(cells[i] ?? '', c.width, c.align)).join(' ');
  const lines = [line(head)];
  if (rows.length > 0) lines.push(columns.map((c) => '─'.repeat(c.width)).join(' '));
  for (const r of rows) lines.push(line(r));
  return lines.join('\n');
}

// Cutting a cell, colour codes kept and closed, exactly as the table has always cut it.

function truncate(s: string, width: number): string {
  if (cellWidth(s) <= width) return s;
  return `${truncateWithAnsi(s, width - 1)}…`;
}

function truncateWidth(s: string, width: number): string {
  if (s.length === cellWidth(s)) return s.substr(0, width);
  while (cellWidth(s) > width) s = s.slice(0, -1);
  return s;
}

type AnsiState = Record<string, string | boolean>;

const CODES: Record<string, { set: string; to: boolean } | { on: string; off: string }> = {};
for (const [name, on, off] of [
  ['bold', 1, 22],
  ['italics', 3, 23],
  ['underline', 4, 24],
  ['inverse', 7, 27],
  ['strikethrough', 9, 29],
] as const) {
  CODES[`\u001b[${on}m`] = { set: name, to: true };
  CODES[`\u001b[${off}m`] = { set: name, to: false };
  CODES[name] = { on: `\u001b[${on}m`, off: `\u001b[${off}m` };
}

function updateState(state: AnsiState, code: RegExpExecArray): void {
  const n = code[1] ? Number.parseInt(code[1].split(';')[0], 10) : 0;
  if ((n >= 30 && n <= 39) || (n >= 90 && n <= 97)) {
    state.lastForegroundAdded = code[0];
    return;
  }
  if ((n >= 40 && n <= 49) || (n >= 100 && n <= 107)) {
    state.lastBackgroundAdded = code[0];
    return;
  }
  if (n === 0) {
    for (const k of Object.keys(state)) delete state[k];
    return;
  }
  const info = CODES[code[0]];
  if (info && 'set' in info) state[info.set] = info.to;
}

function unwindState(state: AnsiState, s: string): string {
  const { lastBackgroundAdded: bg, lastForegroundAdded: fg } = state;
  delete state.lastBackgroundAdded;
  delete state.lastForegroundAdded;
  for (const key of Object.keys(state)) {
    const info = CODES[key];
    if (state[key] && info && 'off' in info) s += info.off;
  }
  if (bg && bg !== '\u001b[49m') s += '\u001b[49m';
  if (fg && fg !== '\u001b[39m') s += '\u001b[39m';
  return s;
}

function truncateWithAnsi(s: string, width: number): string {
  const code = new RegExp(ANSI_CAPTURE.source, 'g');
  const split = s.split(new RegExp(ANSI.source));
  let splitIndex = 0;
  let len = 0;
  let out = '';
  const state: AnsiState = {};
  while (len < width) {
    const found = code.exec(s);
    let add = split[splitIndex++];
    if (len + cellWidth(add) > width) add = truncateWidth(add, width - len);
    out += add;
    len += cellWidth(add);
    if (len < width) {
      if (!found) break; // a wide character may leave a column that cannot be filled
      out += found[0];
      updateState(state, found);
    }
  }
  return unwindState(state, out);
}

/** The colour codes a cell leaves open, closed at its end. */
function closeColours(s: string): string {
  const state: AnsiState = {};
  const code = new RegExp(ANSI_CAPTURE.source, 'g');
  for (let found = code.exec(s); found !== null; found = code.exec(s)) updateState(state, found);
  return unwindState(state, s);
}

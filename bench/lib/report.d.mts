// Types for bench/lib/report.mjs (used by test/bench).
export type Columns = ReadonlyArray<readonly [string, string]>;
export function renderTextTable(columns: Columns, rows: ReadonlyArray<Record<string, unknown>>): string;
export function renderMarkdownTable(columns: Columns, rows: ReadonlyArray<Record<string, unknown>>): string;
export function replaceSection(doc: string, name: string, body: string): string;

// Tables for the terminal and for Markdown, and the marked section of RESULTS.md that a run
// replaces. Pure (tested in test/bench/report.test.ts).

/** columns: [key, heading] pairs; rows: objects with those keys (missing cells are empty). */
export function renderTextTable(columns, rows) {
  const cells = [columns.map(([, h]) => h), ...rows.map((r) => columns.map(([k]) => String(r[k] ?? '')))];
  const widths = columns.map((_, c) => Math.max(...cells.map((row) => [...row[c]].length)));
  const line = (row) => row.map((cell, c) => cell + ' '.repeat(widths[c] - [...cell].length)).join('  ').trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export function renderMarkdownTable(columns, rows) {
  const esc = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    `| ${columns.map(([, h]) => esc(h)).join(' | ')} |`,
    `|${columns.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${columns.map(([k]) => esc(r[k])).join(' | ')} |`),
  ].join('\n');
}

/**
 * Replaces the text between `<!-- NAME:start -->` and `<!-- NAME:end -->` in `doc` with `body`
 * (the markers stay); appends the marked section when the document has none.
 */
export function replaceSection(doc, name, body) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${body.trim()}\n${end}`;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  if (i === -1 || j === -1 || j < i) return `${doc.trimEnd()}\n\n${block}\n`;
  return doc.slice(0, i) + block + doc.slice(j + end.length);
}

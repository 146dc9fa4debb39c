// The benchmark's tables and the marked section of RESULTS.md.
import { describe, expect, it } from 'vitest';
import { renderMarkdownTable, renderTextTable, replaceSection } from '../../bench/lib/report.mjs';

const COLS = [['tool', 'tool'], ['t', 'time']] as const;

describe('tables', () => {
  it('pads text columns to the widest cell (by characters) under a rule', () => {
    expect(renderTextTable(COLS, [{ tool: 'kam', t: '3.2 s' }, { tool: 'DuckDB ×', t: '' }])).toBe(
      ['tool      time', '--------  -----', 'kam       3.2 s', 'DuckDB ×'].join('\n'),
    );
  });
  it('escapes pipes in Markdown cells', () => {
    expect(renderMarkdownTable(COLS, [{ tool: 'a|b', t: 1 }])).toBe('| tool | time |\n|---|---|\n| a\\|b | 1 |');
  });
});

describe('replaceSection', () => {
  it('replaces only the text between the markers', () => {
    const doc = '# R\n\nhand text\n\n<!-- bench:run:start -->\nold\n<!-- bench:run:end -->\n\nmore hand text\n';
    expect(replaceSection(doc, 'bench:run', 'new\n')).toBe('# R\n\nhand text\n\n<!-- bench:run:start -->\nnew\n<!-- bench:run:end -->\n\nmore hand text\n');
  });
  it('appends the section when the document has none', () => {
    expect(replaceSection('# R\n', 'bench:run', 'x')).toBe('# R\n\n<!-- bench:run:start -->\nx\n<!-- bench:run:end -->\n');
  });
});

/** The guards of render/escape.ts, one hostile spelling at a time. */
import { describe, expect, it } from 'vitest';
import { csvText, guardFormula, isFormulaLike, markdownCode, markdownFence, markdownSafe, terminalSafe } from '../../src/render/escape.js';

describe('formula guard', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '  =1', ' +1', '   @x'])('%j is guarded', (cell) => {
    expect(isFormulaLike(cell)).toBe(true);
    expect(guardFormula(cell)).toBe(`'${cell}`);
  });
  it.each(['Acme', '1', '', ' Acme', 'a=b', 'x-1', '\u00a0=1'])('%j is left alone', (cell) => {
    expect(guardFormula(cell)).toBe(cell);
  });
  it('quotes a guarded cell that holds a comma, quote or line break', () => {
    expect(csvText('=HYPERLINK("x","y")')).toBe(`"'=HYPERLINK(""x"",""y"")"`);
    expect(csvText('a\nb')).toBe('"a\nb"');
    expect(csvText('\r=1')).toBe(`"'\r=1"`);
  });
});

describe('Markdown', () => {
  it('escapes pipes, HTML, links, images and emphasis', () => {
    expect(markdownSafe('A | B')).toBe('A \\| B');
    expect(markdownSafe('<img src=x>')).toBe('\\<img src=x\\>');
    expect(markdownSafe('[a](b)')).toBe('\\[a\\]\\(b\\)');
    expect(markdownSafe('![i](u)')).toBe('\\!\\[i\\]\\(u\\)');
    expect(markdownSafe('*x* _y_ `z`')).toBe('\\*x\\* \\_y\\_ \\`z\\`');
  });
  it('breaks bare URLs so they do not autolink', () => {
    expect(markdownSafe('https://evil.example')).toBe('https\\://evil.example');
    expect(markdownSafe('go to www.evil.example')).toBe('go to www\\.evil.example');
  });
  it('drops control characters and turns line breaks into spaces', () => {
    expect(markdownSafe('a\nb\u001b[31m')).toBe('a b\\[31m');
  });
  it('a code span or fenced block is longer than any backtick run inside', () => {
    expect(markdownCode('a.csv')).toBe('`a.csv`');
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(markdownCode('`x')).toBe('`` `x ``');
    expect(markdownFence(['plain'])).toEqual(['```text', 'plain', '```']);
    expect(markdownFence(['x ```` y'])[0]).toBe('`````text');
  });
});

describe('terminal', () => {
  it('strips escape sequences, C1 controls, bell and bidi overrides; tabs and newlines become spaces', () => {
    expect(terminalSafe('\u001b[2JRed\u0007')).toBe('[2JRed');
    expect(terminalSafe('\u009b31m\u202eabc\u2066')).toBe('31mabc');
    expect(terminalSafe('a\tb\nc')).toBe('a b c');
    expect(terminalSafe('Zürich – Café')).toBe('Zürich – Café');
  });

  it.each(['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'])(
    'removes the bidi control %j (embeddings, overrides, isolates, marks)',
    (control) => {
      expect(terminalSafe(`ab${control}c${control}`)).toBe('abc');
    },
  );

  it('keeps the joiners and selectors that emoji and scripts need', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    expect(terminalSafe(family)).toBe(family);
    expect(terminalSafe('\u2764\uFE0F')).toBe('\u2764\uFE0F');
  });
});

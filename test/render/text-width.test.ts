/** Display widths, cuts, pads and wraps of terminal text (src/render/text-width.ts). */
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { graphemes, prefixWithin } from '../../src/core/graphemes.js';
import { cellsOf, cut, fit, padEnd, padStart, simpleWidth, textWidth, wrap } from '../../src/render/text-width.js';

const FAMILY = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}'; // 👨‍👩‍👧‍👦, one cluster of 11 code units
const FLAG_ID = '\u{1F1EE}\u{1F1E9}'; // 🇮🇩
const FLAG_JP = '\u{1F1EF}\u{1F1F5}'; // 🇯🇵
const HEART = '\u2764\uFE0F'; // ❤️ (VS16: emoji presentation)
const THUMB = '\u{1F44D}\u{1F3FD}'; // 👍🏽
const E_ACUTE = 'e\u0301'; // é, decomposed

describe('textWidth: columns by Unicode (hand-counted)', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['日本語', 6], // CJK: 2 each
    ['한국', 4], // Hangul syllables: 2 each
    ['Ｔｏｋｙｏ', 10], // fullwidth forms
    [FAMILY, 2], // a ZWJ sequence is one emoji
    [FLAG_ID, 2],
    [FLAG_ID + FLAG_JP, 4],
    [THUMB, 2], // emoji with a skin-tone modifier
    [HEART, 2], // VS16 makes a text symbol an emoji
    ['\u2764', 1], // the same symbol without VS16
    ['1\uFE0F\u20E3', 2], // keycap
    [`Caf${E_ACUTE}`, 4], // combining marks take no column
    ['\u0301', 0],
    ['Nguy\u1EC5n', 6], // precomposed Vietnamese
    ['\u001b[32mkey\u001b[39m', 3], // colour codes take none
    ['…', 1],
  ])('%j is %i columns', (text, columns) => {
    expect(textWidth(text)).toBe(columns);
  });
});

describe('the fast path for simple characters', () => {
  it('gives every code unit it takes string-width\'s width, alone and between any two of them', () => {
    const simple: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const w = simpleWidth(c);
      if (w < 0) continue;
      const ch = String.fromCharCode(c);
      expect(stringWidth(ch), `U+${c.toString(16)}`).toBe(w);
      simple.push(ch);
    }
    expect(simple.length).toBeGreaterThan(30_000);
    // Each is a cluster of its own: segmenting a run of them never joins two.
    const run = simple.join('');
    expect(graphemes(run).length).toBe(simple.length);
    expect(textWidth(run)).toBe(stringWidth(run));
  });
});

describe('a cluster of one code point', () => {
  it('is as wide as string-width says, for every code point of the first two planes and the CJK planes', () => {
    const wrong: string[] = [];
    const check = (from: number, to: number): void => {
      for (let c = from; c <= to; c++) {
        if (c >= 0xd800 && c <= 0xdfff) continue;
        const ch = String.fromCodePoint(c);
        if (textWidth(ch) !== stringWidth(ch)) wrong.push(`U+${c.toString(16)}`);
      }
    };
    check(0, 0x1ffff);
    check(0x20000, 0x2ffff);
    check(0xe0000, 0xe01ef);
    expect(wrong.slice(0, 20)).toEqual([]);
  });
});

describe('cut: whole clusters, never wider than the columns', () => {
  it.each([
    ['abcd', 3, 'ab…'],
    ['abc', 3, 'abc'],
    ['abcd', 0, ''],
    ['abcd', 1, '…'],
    ['日本語テキスト', 5, '日本…'],
    ['日本語', 4, '日…'], // 日本 + … would take 5
    ['日本', 1, '…'],
    [FAMILY.repeat(3), 4, `${FAMILY}…`],
    [FAMILY.repeat(3), 2, '…'],
    [FLAG_ID + FLAG_JP, 3, `${FLAG_ID}…`],
    [`Caf${E_ACUTE}s`, 4, `Caf…`],
    [`Caf${E_ACUTE}s!`, 5, `Caf${E_ACUTE}…`], // the accent stays with its letter
    [`${HEART}${HEART}`, 3, `${HEART}…`],
  ])('cut(%j, %i) is %j', (text, columns, expected) => {
    expect(cut(text, columns)).toBe(expected);
    expect(textWidth(cut(text, columns))).toBeLessThanOrEqual(columns);
  });

  it('takes another ellipsis, or none', () => {
    expect(cut('日本語', 4, '')).toBe('日本');
    expect(cut('abcdef', 5, '...')).toBe('ab...');
  });

  it('keeps colour codes whole and closes the colour after a cut', () => {
    expect(cut('\u001b[1mAccount name\u001b[22m', 5)).toBe('\u001b[1mAcco…\u001b[22m');
    expect(cut('\u001b[1mAccount\u001b[22m', 7)).toBe('\u001b[1mAccount\u001b[22m');
  });
});

describe('pads by width', () => {
  it('pads CJK, emoji and flags to the columns they take', () => {
    expect(padEnd('日本', 5)).toBe('日本 ');
    expect(padStart(FLAG_ID, 4)).toBe(`  ${FLAG_ID}`);
    expect(padEnd(FAMILY, 3)).toBe(`${FAMILY} `);
    expect(padEnd(`Caf${E_ACUTE}`, 5)).toBe(`Caf${E_ACUTE} `);
    expect(padEnd('\u001b[1m#\u001b[22m', 2)).toBe('\u001b[1m#\u001b[22m ');
    expect(padEnd('toolong', 3)).toBe('toolong'); // never cuts
  });

  it('fit cuts and pads to exactly the columns', () => {
    expect(fit('日本語テキスト', 6)).toBe('日本… ');
    expect(fit('42', 5, 'right')).toBe('   42');
    expect(fit(FAMILY.repeat(2), 3)).toBe(`${FAMILY}…`);
  });
});

describe('wrap: at words, by width', () => {
  it('wraps CJK words by their width', () => {
    expect(wrap('日本語 テキスト です', 8)).toEqual(['日本語', 'テキスト', 'です']);
    expect(wrap('日本語 です', 11)).toEqual(['日本語 です']);
  });

  it('indents the lines after the first', () => {
    expect(wrap('one two three four', 9, '  ')).toEqual(['one two', '  three', '  four']);
  });

  it('breaks a word wider than a line between clusters', () => {
    expect(wrap(FAMILY.repeat(3), 4)).toEqual([FAMILY.repeat(2), FAMILY]);
    expect(wrap('see abcdefghij', 6)).toEqual(['see ab', 'cdefgh', 'ij']);
    expect(wrap('日日', 3, '  ')).toEqual(['日', '日']); // no indent where it leaves no room
  });

  it('is the plain rule for ASCII words that fit (the renderers rely on it)', () => {
    const plain = (text: string, width: number, indent: string): string[] => {
      const out: string[] = [];
      let line = '';
      for (const word of text.split(' ')) {
        if (line !== '' && line.length + 1 + word.length > width) {
          out.push(line);
          line = indent + word;
        } else line = line === '' ? word : `${line} ${word}`;
      }
      if (line !== '') out.push(line);
      return out;
    };
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { maxLength: 30 }), fc.integer({ min: 12, max: 100 }), fc.constantFrom('', '  ', '    '), (words, width, indent) => {
        const text = words.join(' ');
        expect(wrap(text, width, indent)).toEqual(plain(text, width, indent));
      }),
    );
  });
});

describe('cellsOf: one string per terminal column', () => {
  it('gives a wide cluster two columns and keeps marks on their letter', () => {
    expect(cellsOf(`a日${FAMILY}${E_ACUTE}`)).toEqual(['a', '日', '', FAMILY, '', E_ACUTE]);
    expect(cellsOf('a\u0007b')).toEqual(['a', '?', 'b']);
  });
});

describe('prefixWithin: a length cap for messages at a cluster boundary', () => {
  it('never leaves half of a surrogate pair or a cluster', () => {
    expect(prefixWithin('abcdef', 4)).toBe('abcd');
    expect(prefixWithin(`ab${FAMILY}`, 5)).toBe('ab'); // the family does not fit whole
    expect(prefixWithin(`ab${FLAG_ID}c`, 4)).toBe('ab'); // 'ab' + half a flag would be 4 units
    expect(prefixWithin(`ab${FLAG_ID}c`, 6)).toBe(`ab${FLAG_ID}`);
    expect(prefixWithin('abc', 0)).toBe('');
  });
});

// Strings made of the clusters that go wrong: CJK, ZWJ sequences, flags (and lone regional
// indicators), combining marks, variation selectors, spacing marks, Hangul jamo, plus anything.
const tricky = fc.array(
  fc.oneof(
    fc.constantFrom('日', '本', 'ｱ', '한', FAMILY, FLAG_ID, FLAG_JP, '\u{1F1EE}', HEART, '\u2764', THUMB, E_ACUTE, '\u0301', '\u0915\u093F', '\u1100\u1161', '\u200D', '\uFE0F', ' ', 'a', 'Z', '-'),
    fc.string({ unit: 'grapheme', maxLength: 3 }),
    fc.string({ unit: 'binary', maxLength: 3 }),
  ),
  { maxLength: 24 },
).map((parts) => parts.join(''));
const ansiFree = tricky.filter((s) => !s.includes('\u001b') && !s.includes('\u009b'));

/** No lone surrogate (String.prototype.isWellFormed, which Node 20's type library lacks). */
const wellFormed = (s: string): boolean => !/\p{Cs}/u.test(s);
/** Where clusters of `s` end (code-unit offsets), by the runtime's segmenter. */
function boundaries(s: string): Set<number> {
  const ends = new Set([0]);
  let at = 0;
  for (const g of graphemes(s)) ends.add((at += g.length));
  return ends;
}

describe('properties over arbitrary Unicode', () => {
  it('cut(s, n) is at most n columns, s itself when it fits, else a cluster-boundary prefix plus …, never a lone surrogate', () => {
    fc.assert(
      fc.property(ansiFree, fc.integer({ min: 0, max: 30 }), (s, n) => {
        const c = cut(s, n);
        expect(textWidth(c)).toBeLessThanOrEqual(n);
        if (textWidth(s) <= n) {
          expect(c).toBe(s);
          return;
        }
        if (n === 0) {
          expect(c).toBe('');
          return;
        }
        expect(c.endsWith('…')).toBe(true);
        const prefix = c.slice(0, -1);
        expect(s.startsWith(prefix)).toBe(true);
        expect(boundaries(s).has(prefix.length)).toBe(true);
        // As long as it can be: the next cluster would not have fitted.
        const next = graphemes(s.slice(prefix.length))[0];
        expect(textWidth(prefix) + textWidth(next) + 1).toBeGreaterThan(n);
        if (wellFormed(s)) expect(wellFormed(c)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('textWidth(s) is string-width\'s count (cluster by cluster, with a cache), colour codes included', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(tricky, fc.constantFrom('\u001b[1m', '\u001b[22m', '\u001b[32m', '\u001b[0m')), { maxLength: 4 }), (parts) => {
        const s = parts.join('');
        expect(textWidth(s)).toBe(stringWidth(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('fit(s, n) is exactly n columns', () => {
    fc.assert(
      fc.property(ansiFree, fc.integer({ min: 0, max: 30 }), fc.constantFrom('left', 'right') as fc.Arbitrary<'left' | 'right'>, (s, n, align) => {
        expect(textWidth(fit(s, n, align))).toBe(n);
      }),
      { numRuns: 1000 },
    );
  });

  it('wrap(s, n) gives lines of at most n columns that hold every non-space character in order', () => {
    fc.assert(
      fc.property(ansiFree, fc.integer({ min: 2, max: 30 }), fc.constantFrom('', '  '), (s, n, indent) => {
        const lines = wrap(s, n, indent);
        // (A line of one cluster wider than n, such as U+1D160 with its spacing marks, cannot be helped.)
        for (const l of lines) if (graphemes(l.trimStart()).length > 1) expect(textWidth(l)).toBeLessThanOrEqual(n);
        expect(lines.join('').replace(/ /g, '')).toBe(s.replace(/ /g, ''));
        if (wellFormed(s)) for (const l of lines) expect(wellFormed(l)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('cellsOf(s) has one entry per column of s', () => {
    fc.assert(
      fc.property(ansiFree.filter((s) => !/\p{Cc}/u.test(s)), (s) => {
        expect(cellsOf(s).length).toBe(textWidth(s));
      }),
      { numRuns: 1000 },
    );
  });

  it('prefixWithin(s, k) is the longest cluster-boundary prefix of at most k code units', () => {
    fc.assert(
      fc.property(tricky, fc.integer({ min: 0, max: 40 }), (s, k) => {
        const p = prefixWithin(s, k);
        expect(p.length).toBeLessThanOrEqual(k);
        expect(s.startsWith(p)).toBe(true);
        const ends = boundaries(s);
        expect(ends.has(p.length)).toBe(true);
        for (const e of ends) if (e <= k) expect(e).toBeLessThanOrEqual(p.length);
      }),
      { numRuns: 2000 },
    );
  });
});

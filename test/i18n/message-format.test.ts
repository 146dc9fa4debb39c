/**
 * kam's message formatter against intl-messageformat (the ICU reference in JavaScript): every
 * catalogue entry and generated messages of the subset kam uses format to the same text in
 * English and Indonesian.
 */
import fc from 'fast-check';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { compileMessage, formatMessage, messageArguments } from '../../src/i18n/message-format.js';
import { entry, messageKeys, t } from '../../src/i18n/index.js';
import { count, fixed } from '../../src/i18n/numbers.js';

const style = (lang: 'en' | 'id') => ({ category: (n: number) => (lang === 'en' ? (Math.abs(n) === 1 ? 'one' : 'other') : 'other'), number: (n: number) => count(n, lang), fixed: (x: number, d: number) => fixed(x, d, lang) });
const LOCALE = { en: 'en-US', id: 'id-ID' } as const;

function both(text: string, values: Record<string, string | number>, lang: 'en' | 'id'): [string, string] {
  const ours = formatMessage(compileMessage(text), values, style(lang));
  const theirs = String(new IntlMessageFormat(text, LOCALE[lang], undefined, { ignoreTag: true }).format(values));
  return [ours, theirs];
}

describe('the message formatter', () => {
  it('hand-computed cases', () => {
    expect(formatMessage(compileMessage('{n, plural, =0 {no accounts} one {# account} other {# accounts}} in {seg}'), { n: 1234, seg: 'Retail' }, style('en'))).toBe('1,234 accounts in Retail');
    expect(formatMessage(compileMessage('{n, plural, one {# akun} other {# akun}}'), { n: 1234 }, style('id'))).toBe('1.234 akun');
    expect(formatMessage(compileMessage("the customer's view, '{'braces'}' and ''quotes''"), {}, style('en'))).toBe("the customer's view, {braces} and 'quotes'");
    expect(formatMessage(compileMessage('{x, select, key {Key} other {Other}}'), { x: 'key' }, style('en'))).toBe('Key');
    expect(messageArguments(compileMessage('{a} {n, plural, one {{b}} other {#}}'))).toEqual(['a', 'b', 'n']);
    expect(() => compileMessage('{n, plural, one {x}}')).toThrow(/no "other" case/);
    // A number with fixed decimals: English as toFixed writes it (no grouping), Indonesian as Intl id-ID.
    expect(formatMessage(compileMessage('dropped {x, number, ::.0} points'), { x: 1234.56 }, style('en'))).toBe('dropped 1234.6 points');
    expect(formatMessage(compileMessage('turun {x, number, ::.0} poin'), { x: 1234.56 }, style('id'))).toBe('turun 1.234,6 poin');
    expect(formatMessage(compileMessage('{x, number, ::.}'), { x: 2.5 }, style('en'))).toBe('3');
    expect(both('{x, number, ::.00} %', { x: 12.345 }, 'id')).toEqual(['12,35 %', '12,35 %']);
    expect(() => compileMessage('a } b')).toThrow(/unmatched/);
  });

  it('every catalogue entry, in both languages, formats as intl-messageformat formats it', () => {
    for (const key of messageKeys()) {
      for (const lang of ['en', 'id'] as const) {
        const text = entry(key, lang);
        const values = Object.fromEntries(messageArguments(compileMessage(text)).map((a) => [a, 3]));
        const [ours, theirs] = both(text, values, lang);
        expect(ours, `${key} (${lang})`).toBe(theirs);
        expect(t(key, values, lang)).toBe(ours);
      }
    }
  });

  it('generated messages: plurals with =N, one and other, selects, quotes and placeholders', () => {
    const word = fc.stringMatching(/^[a-z ,.:;%()\u00e9-]{0,8}$/);
    const msg = fc.letrec<{ m: string }>((tie) => ({
      m: fc
        .array(
          fc.oneof(
            { weight: 4, arbitrary: word },
            { weight: 1, arbitrary: fc.constantFrom("''", "'{'", "'}'", "it's", '{a}', '{b}') },
            { weight: 1, arbitrary: fc.tuple(tie('m'), tie('m'), tie('m')).map(([z, o, x]) => `{n, plural, =0 {${z}} one {${o}#} other {# ${x}}}`) },
            { weight: 1, arbitrary: fc.tuple(tie('m'), tie('m')).map(([k, x]) => `{s, select, key {${k}} other {${x}}}`) },
          ),
          { maxLength: 4 },
        )
        .map((p) => p.join('')),
    })).m;
    fc.assert(
      fc.property(msg, fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer({ min: 999, max: 1_000_000 })), fc.constantFrom('key', 'x'), fc.constantFrom('en', 'id' as const), (m, n, s, lang) => {
        const [ours, theirs] = both(m, { a: 'A', b: 'B', n, s }, lang as 'en' | 'id');
        expect(ours).toBe(theirs);
      }),
      { numRuns: 500 },
    );
  });
});

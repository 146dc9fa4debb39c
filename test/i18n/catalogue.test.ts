/**
 * The catalogue: every area has the same keys in English and Indonesian, every message parses,
 * both languages take the same placeholders, and an Indonesian entry is not the English one
 * copied (except where the text is a name or a symbol in both languages).
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE, entry, messageKeys, t } from '../../src/i18n/index.js';
import { compileMessage, messageArguments } from '../../src/i18n/message-format.js';

describe('the message catalogue', () => {
  it('every area has exactly the English keys in Indonesian', () => {
    for (const [area, tables] of Object.entries(CATALOGUE)) {
      expect(Object.keys(tables.id).sort(), area).toEqual(Object.keys(tables.en).sort());
    }
  });

  it('every message parses, and both languages take the same placeholders', () => {
    const differ: string[] = [];
    for (const key of messageKeys()) {
      const en = messageArguments(compileMessage(entry(key, 'en')));
      const id = messageArguments(compileMessage(entry(key, 'id')));
      if (en.join() !== id.join()) differ.push(`${key}: en {${en.join(', ')}} id {${id.join(', ')}}`);
    }
    expect(differ).toEqual([]);
  });

  it('an Indonesian entry with words is not the English entry copied', () => {
    // Text with at least two English-looking words that is identical in both tables was not translated.
    const copied = messageKeys().filter((key) => {
      const en = entry(key, 'en');
      const letters = en.replace(/\{[^}]*\}/g, ' ').match(/\p{L}{3,}/gu) ?? [];
      return en === entry(key, 'id') && letters.length >= 2;
    });
    expect(copied).toEqual([]);
  });

  it('t() formats in the language asked, and throws on a value it needs but lacks', () => {
    expect(t('cli.lang.invalid', { value: 'fr', list: 'en atau id' }, 'id')).toBe('--lang "fr" bukan bahasa yang dikenal kam; gunakan en atau id.');
    expect(() => t('cli.lang.invalid', {}, 'en')).toThrow(/value/);
  });
});

/** The render area of the catalogue (issue 18): every message compiles in both languages and takes the same placeholders. */
import { describe, expect, it } from 'vitest';
import { en, id } from '../../src/i18n/catalog/render.js';
import { compileMessage, messageArguments } from '../../src/i18n/message-format.js';

describe('the render catalogue', () => {
  it('English and Indonesian take the same placeholders', () => {
    const differ = Object.entries(en)
      .map(([key, text]) => [key, messageArguments(compileMessage(text)).join(','), messageArguments(compileMessage(id[key as keyof typeof en])).join(',')])
      .filter(([, a, b]) => a !== b);
    expect(differ).toEqual([]);
  });

  it('has no placeholder entry left', () => {
    expect(Object.keys(en)).not.toContain('area.name');
  });
});

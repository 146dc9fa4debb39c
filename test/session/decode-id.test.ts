/** session/decode.ts in Indonesian (issue 18): the session file's errors, hand-written expectations; English stays as decode.test.ts has it. */
import { afterEach, describe, expect, test } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { useLanguage } from '../../src/i18n/index.js';
import { decodeSession } from '../../src/session/decode.js';
import { SESSION_SCHEMA } from '../../src/session/schema.js';

afterEach(() => useLanguage('en'));

const lines = (text: string): string[] => {
  try {
    decodeSession(text, 's.json');
  } catch (e) {
    if (e instanceof InputError) return e.lines();
    throw e;
  }
  throw new Error('no error');
};

describe('the session file errors in Indonesian', () => {
  test('not JSON, not an object, not a session, a newer schema', () => {
    useLanguage('id');
    expect(lines('{"schema": ')).toEqual(['s.json: file sesi bukan JSON yang sah (teks berakhir sebelum JSON-nya lengkap); mungkin terpotong atau rusak.']);
    // Node's own reason (English, and worded differently by each Node version) is not shown.
    expect(lines('{"schema": "kam/session@1",\n "answers": [1,]}')).toEqual(['s.json: file sesi bukan JSON yang sah ("]" tidak terduga di baris 2, kolom 16); mungkin terpotong atau rusak.']);
    expect(lines('[1, 2]')).toEqual(['s.json: file sesi tidak berisi sesi kam (seharusnya objek JSON).']);
    expect(lines('{"schema": "kam/result@1"}')).toEqual([`s.json, kolom "schema": ini bukan sesi kam (schema "kam/result@1", seharusnya "${SESSION_SCHEMA}").`]);
    expect(lines('{"schema": "kam/session@9"}')).toEqual([`s.json, kolom "schema": sesi ini memakai kam/session@9, yang tidak dikenal kam versi ini (membaca ${SESSION_SCHEMA}); perbarui kam untuk membacanya.`]);
  });

  test('an incomplete session: every problem says so, in Indonesian', () => {
    useLanguage('id');
    const got = lines(JSON.stringify({ schema: SESSION_SCHEMA }));
    expect(got.length).toBeGreaterThan(0);
    for (const line of got) expect(line).toContain('file sesi tidak lengkap atau rusak: ');
    useLanguage('en');
    for (const line of lines(JSON.stringify({ schema: SESSION_SCHEMA }))) expect(line).toContain('the session file is incomplete or corrupt: ');
  });
});

/** The review's words in Bahasa Indonesia (issue 18): the reader's language on screen, English for the documents. */
import { afterEach, describe, expect, test } from 'vitest';
import { buildReview, movementOf } from '../../../src/core/review.js';
import { say, useLanguage, type Language } from '../../../src/i18n/index.js';
import { capacityLine, delta, leftOut, limited, movementMessages, quadrantTrail, RELEASE_GUIDANCE, RELEASE_WORD, SELECTION_WORD } from '../../../src/render/review/wording.js';
import { snap } from '../../helpers/snapshots.js';

afterEach(() => useLanguage('en'));

const before = snap('before', [['A', 80, 80, 'key', true], ['B', 40, 60, 'maintenance', false], ['C', 70, 70, 'key', true], ['D', 10, 10, 'opportunistic', false]]);
const after = snap('after', [['B', 60, 40, 'key-development', true], ['A', 80, 80, 'key', true], ['C', 40, 60, 'maintenance', false], ['E', 90, 90, 'key', true]]);
const named = (s: ReturnType<typeof snap>) => ({ ...s, accounts: s.accounts.map((a) => ({ ...a, name: a.id })) });
const review = buildReview([named(before), named(after)], [], { generatedAt: '', kamVersion: '' });

const movementSentences = (doc: Parameters<typeof movementOf>[0], lang: Language = 'en'): string[] => movementMessages(movementOf(doc)).map((m) => say(m, lang));

describe('movement sentences', () => {
  test('English by default, whatever the run speaks: they go into kam/result@1 and the session', () => {
    useLanguage('id');
    expect(movementSentences(review)).toEqual([
      'B: maintenance → key-development; newly selected',
      'C: key → maintenance; released from key-account resources',
      'E: new, now key (selected)',
      'D: no longer in the portfolio',
    ]);
  });

  test('in Indonesian when a screen asks for it', () => {
    expect(movementSentences(review, 'id')).toEqual([
      'B: Pemeliharaan → Pengembangan kunci; baru terpilih',
      'C: Kunci → Pemeliharaan; dilepas dari sumber daya pelanggan kunci',
      'E: baru, sekarang Kunci (terpilih)',
      'D: tidak lagi ada di portofolio',
    ]);
  });
});

describe('words read when they are used', () => {
  test('the release reasons, selection words and Cheverton\'s guidance follow the language of the run', () => {
    expect(RELEASE_WORD.capacity).toBe('capacity cut');
    expect(SELECTION_WORD.entered).toBe('entered');
    expect(RELEASE_GUIDANCE[1]).toBe('Commit to the new service level (who serves them now, how, how often) and keep to it.');
    useLanguage('id');
    expect(RELEASE_WORD.capacity).toBe('terpotong kapasitas');
    expect(RELEASE_WORD.demoted).toBe('turun kuadran');
    expect(SELECTION_WORD.entered).toBe('masuk');
    expect(SELECTION_WORD.out).toBe('');
    expect(RELEASE_GUIDANCE.map((g) => g.split(' ')[0])).toEqual(['Sampaikan', 'Tetapkan', 'Jelaskan']);
  });

  test('numbers with a decimal comma, counts with a dot between thousands', () => {
    useLanguage('id');
    expect(delta(2)).toBe('▲ +2,0');
    expect(delta(-15.04)).toBe('▼ -15,0');
    expect(delta(0.04)).toBe('= 0,0');
    expect(limited(['a', 'b', 'c'], 1)).toEqual(['a', '… dan 2 lainnya']);
    expect(leftOut(1234)).toBe('1.234 pelanggan lagi tidak ditampilkan (--top N menampilkan lebih banyak; --format csv atau json memuat semua pelanggan).');
    useLanguage('en');
    expect(leftOut(1)).toBe('1 more account not shown (--top N shows more; --format csv or json has every account).');
    expect(leftOut(1234)).toBe('1234 more accounts not shown (--top N shows more; --format csv or json has every account).');
  });

  test('the capacity line and the trail letters (P for pengembangan kunci)', () => {
    useLanguage('id');
    const s = review.snapshots[1];
    expect(capacityLine({ ...s, capacity: 4, overCapacity: true })).toBe(`${s.accounts} pelanggan, ${s.qualifying} di kuadran kunci, ${s.selected} terpilih, kapasitas 4 (melebihi kapasitas)`);
    expect(capacityLine({ ...s, capacity: null, overCapacity: false })).toBe(`${s.accounts} pelanggan, ${s.qualifying} di kuadran kunci, ${s.selected} terpilih, kapasitas belum ditetapkan`);
    const b = review.accounts.find((a) => a.id === 'B')!;
    expect(quadrantTrail(b.history)).toBe('M P');
    useLanguage('en');
    expect(quadrantTrail(b.history)).toBe('M D');
  });
});

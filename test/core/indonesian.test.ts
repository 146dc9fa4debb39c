/**
 * Issue 18: core speaks Bahasa Indonesia when the run does — vocabularies, quadrant titles and
 * treatments, error sentences, warnings — while the JSON documents keep every sentence in English.
 * The English stays as it was (these expectations are written by hand in both languages).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/engine.js';
import { describeProblem, GateError, InputError } from '../../src/core/errors.js';
import { checkGates, parseGates } from '../../src/core/gates.js';
import { methodChanges, type SnapshotMethod } from '../../src/core/method-changes.js';
import { parseNormalize } from '../../src/core/normalize/index.js';
import { buildResult } from '../../src/core/result.js';
import { buildReview } from '../../src/core/review.js';
import { selectAccounts } from '../../src/core/selection.js';
import { SPLIT_RULE } from '../../src/core/split.js';
import { DIRECTION, MISSING_POLICY, orList, QUADRANT_INFO, SALES_MODE, SPREADSHEET_LOCALE } from '../../src/core/vocabulary.js';
import { inconsistencyMessage, SAATY_INTENSITY } from '../../src/core/weights.js';
import { say, useLanguage } from '../../src/i18n/index.js';
import { makeFactor, makeMethod, makePortfolio } from '../helpers/portfolio.js';
import { ctx, snap } from '../helpers/snapshots.js';

afterEach(() => useLanguage('en'));

describe('vocabularies', () => {
  it('lists the values with the connective of the language, the values themselves unchanged', () => {
    expect(MISSING_POLICY.list).toBe('error, renormalize or midpoint');
    expect(orList(['a', 'b'])).toBe('a or b');
    useLanguage('id');
    expect(MISSING_POLICY.list).toBe('error, renormalize atau midpoint');
    expect(orList(['a', 'b', 'c'])).toBe('a, b atau c');
    expect(orList(['a'])).toBe('a');
    expect(MISSING_POLICY.values).toEqual(['error', 'renormalize', 'midpoint']);
    expect(MISSING_POLICY.parse(' Midpoint ')).toBe('midpoint');
  });

  it('gives each value its line of help in the language read when it is used', () => {
    expect(DIRECTION.help.higher).toBe('higher is better');
    expect(SALES_MODE.help.hunter).toBe('hunter: winning new business');
    useLanguage('id');
    expect(DIRECTION.help).toEqual({ higher: 'makin tinggi makin baik', lower: 'makin rendah makin baik (biaya, risiko)' });
    expect(SALES_MODE.help.hunter).toBe('hunter (pemburu): memenangkan bisnis baru');
    expect(SALES_MODE.help['milk round']).toBe('milk round (kunjungan rutin): efisiensi (pusat layanan, penjualan lewat telepon, e-commerce)');
    expect(SPREADSHEET_LOCALE.help.id).toBe('Indonesia: ";" di antara kolom, "," pada angka');
    expect(SPLIT_RULE.help.median).toBe('median portofolio pada setiap sumbu: separuh pelanggan di tiap sisi');
    expect(SAATY_INTENSITY[7]).toBe('sangat kuat');
    useLanguage('en');
    expect(SPREADSHEET_LOCALE.help.id).toBe('Indonesian: ";" between fields, "," in numbers');
    expect(SAATY_INTENSITY[7]).toBe('very strongly');
  });

  it('names the quadrants and their treatments as the Indonesian edition does', () => {
    expect(QUADRANT_INFO['key-development'].title).toBe('KEY DEVELOPMENT');
    expect(QUADRANT_INFO.key.treatment).toBe('invest: strategic partnership');
    useLanguage('id');
    expect(Object.values(QUADRANT_INFO).map((q) => q.title)).toEqual(['KUNCI', 'PENGEMBANGAN KUNCI', 'PEMELIHARAAN', 'OPORTUNISTIK']);
    expect(QUADRANT_INFO.key.treatment).toBe('investasi: kemitraan strategis');
    expect(QUADRANT_INFO.opportunistic.treatment).toBe('kelola untuk arus kas, layani secara oportunistik');
    expect(QUADRANT_INFO.maintenance.salesMode).toBe('milk round');
  });
});

describe('error sentences', () => {
  it('places a problem by file, line and field in the language', () => {
    const p = { file: 'customers.csv', line: 7, field: 'Spend', message: '"abc" is not a number' };
    expect(describeProblem(p)).toBe('customers.csv, line 7, field "Spend": "abc" is not a number.');
    useLanguage('id');
    expect(describeProblem({ ...p, message: '"abc" bukan angka' })).toBe('customers.csv, baris 7, kolom "Spend": "abc" bukan angka.');
  });

  it('counts the problems and violations left out', () => {
    const problems = Array.from({ length: 1234 + 20 }, (_, i) => ({ file: 'a.csv', line: i + 2, message: 'x' }));
    expect(new InputError(problems).lines().at(-1)).toBe('… and 1,234 more problems.');
    expect(new InputError(problems, { total: 100_000, stopped: true }).lines().at(-1)).toBe('… and 99,980 more problems (kam stopped reading after 100,000 problems).');
    expect(new GateError(['a']).message).toBe('1 review gate violation.');
    useLanguage('id');
    expect(new InputError(problems).lines().at(-1)).toBe('… dan 1.234 masalah lain.');
    expect(new InputError(problems, { total: 100_000, stopped: true }).lines().at(-1)).toBe('… dan 99.980 masalah lain (kam berhenti membaca setelah 100.000 masalah).');
    expect(new GateError(['a', 'b']).message).toBe('2 syarat kaji ulang dilanggar.');
    expect(new GateError(Array.from({ length: 21 }, () => 'v')).lines().at(-1)).toBe('… dan 1 pelanggaran lain (semuanya ada di bagian syarat kaji ulang).');
  });

  it('refuses a gate, a normalisation and inconsistent comparisons in Indonesian', () => {
    useLanguage('id');
    expect(() => parseGates(['sideways'])).toThrow('--fail-on "sideways" bukan syarat yang dikenal; gunakan demotion, drop:N (N poin, misalnya drop:10), over-capacity atau method-change.');
    const said: string[] = [];
    expect(parseNormalize('log', () => null, (m) => said.push(m))).toBeNull();
    expect(said).toEqual(['"log" bukan normalisasi; gunakan none, minmax, percentile atau bands:T1;T2;…']);
    const ahp = { weights: [], lambdaMax: 3.2, ci: 0.1, cr: 0.1724, consistent: false, worst: { a: 'Spend', b: 'Fit', given: 5, implied: 0.5 } };
    expect(inconsistencyMessage(ahp as never)).toBe(
      'Perbandingannya tidak konsisten (CR 0,172 > 0,10): "Spend" lawan "Fit" = 5 paling bertentangan dengan yang lain, yang menyiratkan sekitar 1/2.',
    );
    useLanguage('en');
    expect(inconsistencyMessage(ahp as never)).toBe('The comparisons are not consistent (CR 0.172 > 0.10): "Spend" vs "Fit" = 5 disagrees most with the rest, which imply about 1/2.');
  });

  it('a missing value of the engine is reported in Indonesian', () => {
    useLanguage('id');
    const portfolio = makePortfolio({ ids: ['C1', 'C2'], values: { Spend: [3, NaN], Fit: [5, 6] } });
    const factors = [makeFactor('Spend', 'attractiveness', 1), makeFactor('Fit', 'strength', 1)];
    expect(() => evaluate(portfolio, factors, makeMethod())).toThrow('nilainya kosong (beri skor, atau jalankan dengan --missing renormalize atau --missing midpoint).');
  });
});

describe('warnings: the reader\'s language on screen, English in the JSON', () => {
  const portfolio = makePortfolio({
    ids: ['C001', 'C002', 'C003'],
    names: ['Alpha', 'Beta', 'Gamma'],
    revenue: [1200000, 300000, 0],
    values: { Spend: [10, 8, 1], Rating: [10, 9, 4] },
  });
  const factors = [makeFactor('Spend', 'attractiveness', 1), makeFactor('Rating', 'strength', 1)];
  const run = { generatedAt: '2026-11-23T10:00:00.000Z', inputs: {}, kamVersion: '0.1.0' };

  it('the capacity cut', () => {
    useLanguage('id');
    const ev = evaluate(portfolio, factors, makeMethod({ capacity: 1 }));
    expect(ev.warnings.map((w) => say(w))).toEqual(['2 pelanggan ada di kuadran kunci, tetapi kapasitasnya 1: satu dengan peringkat terendah tidak terpilih.']);
    const english = '2 accounts are in the key quadrants but the capacity is 1: the lowest-ranked of them is not selected.';
    expect(buildResult(portfolio, ev, run).warnings).toEqual([english]);
    expect(JSON.parse(JSON.stringify(ev.warnings))).toEqual([english]);
    useLanguage('en');
    expect(say(ev.warnings[0])).toBe(english);
  });

  it('overrides, quadrant capacities and over capacity', () => {
    const ids = ['k1', 'kd1', 'kd2'];
    const out = selectAccounts(Uint32Array.from([0, 1, 2]), Uint8Array.from([0, 1, 1]), (p) => ids[p], null, [{ id: 'ghost', action: 'add', reason: 'r' }], { key: 1, 'key-development': 1 });
    expect(out.warnings.map((w) => say(w, 'en'))).toEqual([
      '2 accounts are in key-development but its capacity is 1: the lowest-ranked of them is not selected.',
      'The override to add "ghost" was not applied: there is no such account in scope.',
    ]);
    useLanguage('id');
    expect(out.warnings.map((w) => say(w))).toEqual([
      '2 pelanggan ada di kuadran Pengembangan kunci, tetapi kapasitasnya 1: satu dengan peringkat terendah tidak terpilih.',
      'Penyesuaian tim untuk menambahkan "ghost" tidak diterapkan: pelanggan itu tidak ada dalam cakupan.',
    ]);
    const over = selectAccounts(Uint32Array.from([0, 1]), Uint8Array.from([0, 3]), (p) => ids[p], 1, [{ id: 'kd1', action: 'add', reason: 'r' }]);
    expect(say(over.warnings[0])).toBe('2 pelanggan terpilih, tetapi kapasitasnya 1: melebihi kapasitas sebanyak 1.');
    expect(over.overrides[0]).toMatchObject({ applied: true });
  });
});

describe('the review: release details, gates and method changes', () => {
  const prev = snap('q1.json', [
    ['x', 70, 60, 'key', true],
    ['y', 65, 60, 'key', true],
    ['w', 60, 60, 'key', true],
  ]);
  const cur = snap('q2.json', [
    ['y', 65, 40, 'key-development', true],
    ['x', 45, 60, 'maintenance', false],
  ]);

  it('are Indonesian on screen and English in kam/review@1', () => {
    useLanguage('id');
    const doc = buildReview([prev, cur], parseGates(['demotion', 'drop:20']), ctx);
    expect(doc.release.map((r) => say(r.detail))).toEqual(['pindah dari Kunci ke Pemeliharaan', 'tidak ada lagi dalam data (q2.json)']);
    expect(doc.gates.violations.map((v) => say(v.message))).toEqual([
      'demotion: x x Ltd terpilih di q1.json dan kini berada di Pemeliharaan (Kunci → Pemeliharaan).',
      'drop:20: y y Ltd: kekuatan turun 20,0 poin (60,0 → 40,0).',
      'drop:20: x x Ltd: daya tarik turun 25,0 poin (70,0 → 45,0).',
    ]);
    const json = JSON.parse(JSON.stringify(doc));
    expect(json.gates.violations[1].message).toBe('drop:20: y y Ltd: strength fell 20.0 points (60.0 → 40.0).');
    expect(json.release.map((r: { detail: string }) => r.detail)).toEqual(['moved from key to maintenance', 'no longer in the data (q2.json)']);
    expect(json.gates.violations[0].message).toBe('demotion: x x Ltd was selected in q1.json and is now maintenance (key → maintenance).');
  });

  it('a change of method, and its gate', () => {
    const method: SnapshotMethod = {
      strength: 'absolute',
      missing: 'error',
      sort: 'quadrant',
      split: { rule: 'midpoint', attractiveness: 50, strength: 50 },
      capacity: null,
      segments: null,
      aggregate: null,
      factors: [],
      overrides: [],
      ratings: null,
      kamVersion: '0.1.0',
    };
    const now = { ...method, split: { rule: 'fixed', attractiveness: 60, strength: 45 }, capacity: 8 };
    const changes = methodChanges(method, now);
    expect(changes.map((c) => say(c.message))).toEqual(['boundaries: midpoint rule → fixed at 60 attractiveness, 45 strength', 'capacity: not set → 8']);
    useLanguage('id');
    expect(changes.map((c) => say(c.message))).toEqual(['batas: aturan midpoint → tetap pada daya tarik 60, kekuatan 45', 'kapasitas: belum ditetapkan → 8']);
    const violations = checkGates(parseGates(['method-change']), [], { label: 'q1.json', selected: 0, capacity: null, overCapacity: false }, { label: 'q2.json', selected: 0, capacity: 8, overCapacity: false }, changes);
    expect(say(violations[1].message)).toBe('method-change: kapasitas: belum ditetapkan → 8 (q1.json → q2.json).');
    expect(JSON.parse(JSON.stringify(violations[1])).message).toBe('method-change: capacity: not set → 8 (q1.json → q2.json).');
  });

  it('writes the numbers of a change in the reader\'s language: weights, shares, scales, boundaries', () => {
    const factor = { factor: 'Margin', axis: 'attractiveness', weight: 2.5, weightPct: 25, min: 0, max: 1.5, direction: 'higher', normalize: 'none', kind: 'pure' };
    const method: SnapshotMethod = {
      strength: 'absolute',
      missing: 'error',
      sort: 'quadrant',
      split: { rule: 'fixed', attractiveness: 52.5, strength: 50 },
      capacity: null,
      segments: null,
      aggregate: null,
      factors: [factor, { ...factor, factor: 'Gone', weight: 7.5, weightPct: 75 }],
      overrides: [],
      ratings: null,
      kamVersion: '0.1.0',
    };
    const now: SnapshotMethod = {
      ...method,
      split: { rule: 'fixed', attractiveness: 60, strength: 47.25 },
      factors: [{ ...factor, weight: 3, weightPct: 100 / 3, max: 2 }, { ...factor, factor: 'New', weight: 6, weightPct: 200 / 3 }],
    };
    const changes = methodChanges(method, now);
    const english = [
      'boundaries: fixed at 52.5 attractiveness, 50 strength → fixed at 60 attractiveness, 47.25 strength',
      'factor "Gone" removed (was attractiveness, 75.0 % of the axis)',
      'factor "New" added (attractiveness, 66.7 % of the axis)',
      'the weight of "Margin" (attractiveness): 2.5 (25.0 %) → 3 (33.3 %)',
      'the scale of "Margin": 0..1.5 → 0..2',
    ];
    expect(changes.map((c) => say(c.message))).toEqual(english);
    useLanguage('id');
    expect(changes.map((c) => say(c.message))).toEqual([
      'batas: tetap pada daya tarik 52,5, kekuatan 50 → tetap pada daya tarik 60, kekuatan 47,25',
      'faktor "Gone" dihapus (sebelumnya daya tarik, 75,0 % dari sumbunya)',
      'faktor "New" ditambahkan (daya tarik, 66,7 % dari sumbunya)',
      'bobot "Margin" (daya tarik): 2,5 (25,0 %) → 3 (33,3 %)',
      'skala "Margin": 0..1,5 → 0..2',
    ]);
    expect(JSON.parse(JSON.stringify(changes.map((c) => c.message)))).toEqual(english);
    expect(changes.map((c) => [c.previous, c.current])).toEqual([
      ['52.5,50', '60,47.25'],
      ['attractiveness, 75.0 %', null],
      [null, 'attractiveness, 66.7 %'],
      ['25.0 %', '33.3 %'],
      ['0..1.5', '0..2'],
    ]);
  });
});

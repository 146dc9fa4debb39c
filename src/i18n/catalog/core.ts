/**
 * The core messages, English and Indonesian (issue 18). Keys are this area's; t('core.<key>', …)
 * finds them. ICU syntax: {name}, {n, plural, one {…} other {…}} with #, {x, select, …},
 * '' for an apostrophe only where a quote would start ('{'). The compiler refuses an
 * Indonesian table without every English key; test/i18n/catalogue.test.ts checks that both
 * languages take the same placeholders.
 *
 * Sentences that land in the JSON documents (warnings, the review's release details, gate
 * violations, method changes) are core `Message`s: written in English into the documents and in
 * the reader's language on the screen. Numbers in them are carried as numbers and written when
 * the message is shown ({x, number, ::.0}; plainNumber for a number as String(x) writes it).
 */
import type { Entries } from '../entries.js';

/** The same messages under another prefix, each wrapped (a method change as a gate's violation). */
type Prefixed<P extends string, T> = { readonly [K in keyof T & string as `${P}${K}`]: string };
function prefixed<P extends string, T extends Readonly<Record<string, string>>>(prefix: P, table: T, wrap: (text: string) => string = (s) => s): Prefixed<P, T> {
  return Object.fromEntries(Object.entries(table).map(([k, v]) => [`${prefix}${k}`, wrap(v)])) as Prefixed<P, T>;
}

/**
 * A number as String(x) writes it (a weight, a bound of a scale), in the reader's language:
 * core/method-changes.ts passes the number as {name} and how many decimals it shows as
 * {nameDecimals} (0–9, or 'text' for an exponent form, shown as it is).
 */
const plainNumber = (name: string): string =>
  `{${name}Decimals, select, ${Array.from({ length: 10 }, (_, d) => `${d} {{${name}, number, ::.${'0'.repeat(d)}}}`).join(' ')} other {{${name}}}}`;
const pctNumber = (name: string): string => `{${name}, number, ::.0} %`;

/** core/method-changes.ts: one sentence per change of method between two snapshots. */
const METHOD_CHANGE_EN = {
  'kam-version': 'kam version: {was} → {now}',
  strength: 'relative strength: {was} → {now}',
  split:
    `boundaries: {wasRule, select, fixed {fixed at ${plainNumber('wasA')} attractiveness, ${plainNumber('wasS')} strength} other {{wasRule} rule}} → {nowRule, select, fixed {fixed at ${plainNumber('nowA')} attractiveness, ${plainNumber('nowS')} strength} other {{nowRule} rule}}`,
  'factor-removed': `factor "{factor}" removed (was {axis}, ${pctNumber('pct')} of the axis)`,
  'factor-added': `factor "{factor}" added ({axis}, ${pctNumber('pct')} of the axis)`,
  axis: 'the axis of "{factor}": {was} → {now}',
  weight: `the weight of "{factor}" ({axis}): ${plainNumber('was')} (${pctNumber('wasPct')}) → ${plainNumber('now')} (${pctNumber('nowPct')})`,
  scale: `the scale of "{factor}": ${plainNumber('wasMin')}..${plainNumber('wasMax')} → ${plainNumber('nowMin')}..${plainNumber('nowMax')}`,
  direction: 'the direction of "{factor}": {was} → {now}',
  normalize: 'the normalisation of "{factor}": {was} → {now}',
  kind: 'the kind of "{factor}": {was} → {now}',
  segments: 'segments in scope: {was} → {now}',
  capacity: 'capacity: {was, select, unset {not set} other {{was}}} → {now, select, unset {not set} other {{now}}}',
  'override-dropped': 'the team\'s override "{action} {id}" ({reason}) was dropped',
  'override-new': 'the team\'s override "{action} {id}" ({reason}) is new',
  ratings: 'team ratings: {was, select, applied {applied ({wasPath})} other {not applied}} → {now, select, applied {applied ({nowPath})} other {not applied}}',
  aggregate: "raters' scores combined by: {was} → {now}",
  missing: 'missing values: {was} → {now}',
  sort: 'ranking: {was} → {now}',
} as const;

const AXIS_ID = '{axis, select, attractiveness {daya tarik} strength {kekuatan} other {{axis}}}';
const axisId = (name: string): string => `{${name}, select, attractiveness {daya tarik} strength {kekuatan} other {{${name}}}}`;
// A quadrant id by its Indonesian name (intl-messageformat takes no '-' in a selector, so key-development is the `other`).
const quadrantId = (name: string): string => `{${name}, select, key {Kunci} maintenance {Pemeliharaan} opportunistic {Oportunistik} other {Pengembangan kunci}}`;

const METHOD_CHANGE_ID: Entries<typeof METHOD_CHANGE_EN> = {
  'kam-version': 'versi kam: {was} → {now}',
  strength: 'kekuatan relatif: {was} → {now}',
  split:
    `batas: {wasRule, select, fixed {tetap pada daya tarik ${plainNumber('wasA')}, kekuatan ${plainNumber('wasS')}} other {aturan {wasRule}}} → {nowRule, select, fixed {tetap pada daya tarik ${plainNumber('nowA')}, kekuatan ${plainNumber('nowS')}} other {aturan {nowRule}}}`,
  'factor-removed': `faktor "{factor}" dihapus (sebelumnya ${AXIS_ID}, ${pctNumber('pct')} dari sumbunya)`,
  'factor-added': `faktor "{factor}" ditambahkan (${AXIS_ID}, ${pctNumber('pct')} dari sumbunya)`,
  axis: `sumbu "{factor}": ${axisId('was')} → ${axisId('now')}`,
  weight: `bobot "{factor}" (${AXIS_ID}): ${plainNumber('was')} (${pctNumber('wasPct')}) → ${plainNumber('now')} (${pctNumber('nowPct')})`,
  scale: `skala "{factor}": ${plainNumber('wasMin')}..${plainNumber('wasMax')} → ${plainNumber('nowMin')}..${plainNumber('nowMax')}`,
  direction: 'arah "{factor}": {was} → {now}',
  normalize: 'normalisasi "{factor}": {was} → {now}',
  kind: 'jenis "{factor}": {was} → {now}',
  segments: 'segmen dalam cakupan: {was} → {now}',
  capacity: 'kapasitas: {was, select, unset {belum ditetapkan} other {{was}}} → {now, select, unset {belum ditetapkan} other {{now}}}',
  'override-dropped': 'penyesuaian tim "{action} {id}" ({reason}) dihapus',
  'override-new': 'penyesuaian tim "{action} {id}" ({reason}) baru',
  ratings: 'penilaian tim: {was, select, applied {diterapkan ({wasPath})} other {tidak diterapkan}} → {now, select, applied {diterapkan ({nowPath})} other {tidak diterapkan}}',
  aggregate: 'skor para penilai digabung dengan: {was} → {now}',
  missing: 'nilai kosong: {was} → {now}',
  sort: 'urutan peringkat: {was} → {now}',
};

export const en = {
  // core/vocabulary.ts
  'vocabulary.or-list': '{head} or {last}',
  'axis.attractiveness': 'how attractive the customer is to us (the vertical axis)',
  'axis.strength': "our strength against the competition in the customer's eyes (the horizontal axis)",
  'direction.higher': 'higher is better',
  'direction.lower': 'lower is better (a cost, a risk)',
  'kind.pure': 'pure: how attractive the customer is in itself',
  'kind.realistic': 'realistic: our chance of success, fit with our resources',
  'missing.error': 'every missing value is listed and the run stops (exit 1)',
  'missing.renormalize': 'leave the factor out for that account and divide by the weights present',
  'missing.midpoint': 'a missing value counts as the middle of the scale (0.5)',
  'sort.quadrant': 'by quadrant, then attractiveness, strength and key',
  'sort.attractiveness': 'by attractiveness, then strength and key',
  'sort.strength': 'by strength, then attractiveness and key',
  'strength-mode.absolute': 'our own ratings are the strength factors',
  'strength-mode.relative': "our rating against the best competitor's: 50 = parity",
  'aggregate.median': "the median of the raters' scores",
  'aggregate.mean': "the mean of the raters' scores",
  'side.left': 'left, as Cheverton and McDonald draw it',
  'side.right': 'right, like an ordinary x axis',
  'spreadsheet.en': 'English: "{delimiter}" between fields, "{decimal}" in numbers',
  'spreadsheet.id': 'Indonesian: "{delimiter}" between fields, "{decimal}" in numbers',
  'spreadsheet.de': 'German: "{delimiter}" between fields, "{decimal}" in numbers',
  'sales-mode.farmer': 'farmer: growing an account over time',
  'sales-mode.hunter': 'hunter: winning new business',
  'sales-mode.milk-round': 'milk round: efficiency (service centre, telesales, e-commerce)',
  'quadrant.key': 'high attractiveness, high strength',
  'quadrant.key-development': 'high attractiveness, low strength',
  'quadrant.maintenance': 'low attractiveness, high strength',
  'quadrant.opportunistic': 'low attractiveness, low strength',
  'quadrant.title.key': 'KEY',
  'quadrant.title.key-development': 'KEY DEVELOPMENT',
  'quadrant.title.maintenance': 'MAINTENANCE',
  'quadrant.title.opportunistic': 'OPPORTUNISTIC',
  'quadrant.treatment.key': 'invest: strategic partnership',
  'quadrant.treatment.key-development': "invest selectively: win the customer's preference",
  'quadrant.treatment.maintenance': 'maintain efficiently',
  'quadrant.treatment.opportunistic': 'manage for cash, serve opportunistically',
  'encoding.utf-8': 'UTF-8, with or without a byte-order mark (the default)',
  'encoding.utf-16': 'UTF-16 (Excel\'s "Unicode Text"): little-endian unless a byte-order mark says big-endian',
  'encoding.windows-1252': 'Windows-1252, what Excel saves as "CSV" on Windows in Western languages (€ is byte 0x80)',
  'encoding.latin1': 'Latin-1 (ISO-8859-1), read as Windows-1252 as browsers do: the same letters, and € ‘ ’ “ ” for bytes 0x80-0x9F',
  'language.en': 'English (the default)',
  'language.id': 'Bahasa Indonesia',

  // core/split.ts
  'split.midpoint': '50 on both axes (scores mean the same every quarter)',
  'split.median': 'the portfolio median of each axis: half the accounts on each side',
  'split.mean': 'the portfolio mean of each axis',
  'split.fixed': 'two numbers A,S the team chooses, e.g. 60,45',
  'split.syntax': 'midpoint, median, mean, or two numbers A,S such as 60,45',

  // core/normalize/
  'normalize.none.help': 'none: the values already are scores on min..max (a value off the scale is an error)',
  'normalize.minmax.help': "minmax: raw values scaled between the portfolio's lowest and highest",
  'normalize.percentile.help': 'percentile: by rank in the portfolio (robust to outliers)',
  'normalize.bands.help': 'bands:T1;T2;…: below T1 is band 0, at or above T1 band 1, …; u = band / thresholds',
  'normalize.bands.not-a-number': 'the band threshold "{value}" is not a number (write bands:T1;T2;…)',
  'normalize.bands.increase': 'the band thresholds must increase ({previous} then {next})',
  'normalize.unknown': '"{value}" is not a normalisation; use {syntax}',
  'normalize.minmax.same': 'Factor "{factor}": every account has the same value ({value}), so minmax gives everyone 0.5.',

  // core/errors.ts
  'error.line': 'line {line}',
  'error.field': 'field "{field}"',
  'error.more-problems':
    '… and {more, plural, one {# more problem} other {# more problems}}{stopped, select, yes { (kam stopped reading after {total, plural, one {# problem} other {# problems}})} other {}}.',
  'error.gate-violations': '{n, plural, one {{n} review gate violation} other {{n} review gate violations}}.',
  'error.more-violations': "… and {n, plural, one {# more violation} other {# more violations}} (every one is in the review's gates).",
  'error.cancelled': 'Cancelled.',

  // core/engine.ts
  'engine.outside-scale': "{value} is outside the factor's scale {min}..{max}",
  'engine.missing-value': 'the value is missing (score it, or run with --missing renormalize or --missing midpoint)',
  'engine.no-axis-value': 'account "{id}" has no value for any weighted {axis} factor, so it cannot be scored',
  'engine.no-revenue': '{n} {n, plural, one {account has} other {accounts have}} no revenue; the Pareto view counts it as 0.',
  'engine.zero-revenue': 'The revenue column adds up to 0, so there are no Pareto classes.',

  // core/selection.ts
  'selection.note.no-account': 'no such account in scope',
  'selection.note.already': 'already {state, select, selected {selected} other {not selected}}',
  'selection.override-missing': 'The override to {action} "{id}" was not applied: there is no such account in scope.',
  'selection.quadrant-capacity':
    '{qualifying} accounts are in {quadrant} but its capacity is {places}: {cut, plural, =1 {the lowest-ranked of them is} other {the {cut} lowest-ranked of them are}} not selected.',
  'selection.capacity':
    '{qualifying} accounts are in the key quadrants but the capacity is {capacity}: {cut, plural, =1 {the lowest-ranked of them is} other {the {cut} lowest-ranked of them are}} not selected.',
  'selection.capacity-after-overrides':
    "{qualifying} accounts are in the key quadrants but the capacity is {capacity}: {cut, plural, =1 {one of them is} other {{cut} of them are}} still not selected after the team's overrides.",
  'selection.over-capacity': '{count} accounts are selected but the capacity is {capacity}: over capacity by {over}.',

  // core/gates.ts
  'gate.help': 'demotion, drop:N (N points, e.g. drop:10), over-capacity or method-change',
  'gate.not-a-gate': '--fail-on "{value}" is not a gate; use {help}.',
  'gate.needs-gate': '--fail-on needs a gate: {help}.',
  'gate.over-capacity': '{gate}: {selected} accounts are selected in {label} but the capacity is {capacity}.',
  'gate.demotion': '{gate}: {account} was selected in {label} and is now {now} ({was} → {now}).',
  'gate.drop': '{gate}: {account}: {axis} fell {fell, number, ::.0} points ({was, number, ::.0} → {now, number, ::.0}).',

  // core/method-changes.ts, and each as the violation of the method-change gate
  ...prefixed('method-change.', METHOD_CHANGE_EN),
  ...prefixed('gate.method-change.', METHOD_CHANGE_EN, (s) => `{gate}: ${s} ({fromLabel} → {toLabel}).`),

  // core/review.ts: why an account leaves the selection
  'review.release.vanished': 'no longer in the data ({label})',
  'review.release.demoted': 'moved from {from} to {to}',
  'review.release.outside': '{quadrant}, outside the key quadrants, and no longer added by the team',
  'review.release.team': "removed by the team's override",
  'review.release.capacity': 'still {quadrant}, ranked {rank}, beyond the capacity of {capacity}',

  // core/weights.ts, core/ahp.ts
  'saaty.9': 'extremely',
  'saaty.8': 'very strongly to extremely',
  'saaty.7': 'very strongly',
  'saaty.6': 'strongly to very strongly',
  'saaty.5': 'strongly',
  'saaty.4': 'moderately to strongly',
  'saaty.3': 'moderately',
  'saaty.2': 'equally to moderately',
  'weights.inconsistent': 'The comparisons are not consistent (CR {cr} > {threshold}).',
  'weights.inconsistent-worst':
    'The comparisons are not consistent (CR {cr} > {threshold}): "{a}" vs "{b}" = {given} disagrees most with the rest, which imply about {implied}.',
  'ahp.duplicate': 'Factor "{factor}" is listed more than once',
  'ahp.no-factors': 'There are no factors to weight',
  'ahp.unknown': '"{factor}" is not a known factor',
  'ahp.self': 'Factor "{factor}" is compared with itself',
  'ahp.off-scale': '{value} is not a comparison on Saaty\'s scale: use a number from 1/9 to 9 (how much more important "{a}" is than "{b}")',
  'ahp.contradicts':
    '"{a}" vs "{b}" = {value} contradicts "{prevA}" vs "{prevB}" = {prevValue}{earlier, select, none {} other { on line {earlier}}}, which implies {implied}',
  'ahp.missing-pairs': '{n, plural, one {# pair is} other {# pairs are}} not compared: {shown}{rest, plural, =0 {} other { and # more}} (add a line "a,b,value" for each)',

  // core/ratings.ts
  'ratings.competitor-attractiveness':
    '"{factor}" is an attractiveness factor; competitor ratings are only for strength factors (METHOD.md §3, relative strength)',
  'ratings.competitor-scale':
    '"{factor}" is normalised with {kind}, which depends on our own portfolio; competitor ratings need a fixed scale (normalize {fixed})',

  // core/rating-sheet.ts
  'rating-sheet.nothing-to-rate':
    'No factor of the criteria is scored on its own scale (normalize none), so there is nothing for raters to score; name the factors with --factors.',
  'rating-sheet.not-a-factor': '--factors: "{name}" is not a factor of the criteria (the factors are: {factors}).',
  'rating-sheet.measured':
    '--factors: "{factor}" is normalised with {kind}: it is measured from data, not rated on a scale; raters score factors with normalize none.',
  'rating-sheet.same-header': 'Two columns of the sheet would both be headed "{header}"; rename a factor or a competitor.',

  // core/accounts.ts
  'accounts.ambiguous': '"{wanted}" matches {n} accounts ({ids}{more, select, yes {, …} other {}}); give the account\'s key.',
  'accounts.none': 'There is no account "{wanted}" in {source}; give its key or name (keys look like {sample}).',
} as const;

export const id: Entries<typeof en> = {
  'vocabulary.or-list': '{head} atau {last}',
  'axis.attractiveness': 'seberapa menarik pelanggan ini bagi kita (sumbu tegak)',
  'axis.strength': 'kekuatan kita dibandingkan pesaing di mata pelanggan (sumbu mendatar)',
  'direction.higher': 'makin tinggi makin baik',
  'direction.lower': 'makin rendah makin baik (biaya, risiko)',
  'kind.pure': 'murni: seberapa menarik pelanggan itu sendiri',
  'kind.realistic': 'realistis: peluang kita untuk berhasil, kecocokan dengan sumber daya kita',
  'missing.error': 'setiap nilai kosong didaftar dan proses berhenti (exit 1)',
  'missing.renormalize': 'abaikan faktor itu untuk pelanggan tersebut dan bagi dengan bobot yang ada',
  'missing.midpoint': 'nilai kosong dihitung sebagai titik tengah skala (0,5)',
  'sort.quadrant': 'menurut kuadran, lalu daya tarik, kekuatan dan kunci',
  'sort.attractiveness': 'menurut daya tarik, lalu kekuatan dan kunci',
  'sort.strength': 'menurut kekuatan, lalu daya tarik dan kunci',
  'strength-mode.absolute': 'penilaian kita sendiri menjadi faktor kekuatan',
  'strength-mode.relative': 'penilaian kita dibandingkan pesaing terbaik: 50 = setara',
  'aggregate.median': 'median skor para penilai',
  'aggregate.mean': 'rata-rata skor para penilai',
  'side.left': 'kiri, seperti yang digambar Cheverton dan McDonald',
  'side.right': 'kanan, seperti sumbu x biasa',
  'spreadsheet.en': 'Inggris: "{delimiter}" di antara kolom, "{decimal}" pada angka',
  'spreadsheet.id': 'Indonesia: "{delimiter}" di antara kolom, "{decimal}" pada angka',
  'spreadsheet.de': 'Jerman: "{delimiter}" di antara kolom, "{decimal}" pada angka',
  'sales-mode.farmer': 'farmer (penggarap): menumbuhkan pelanggan dari waktu ke waktu',
  'sales-mode.hunter': 'hunter (pemburu): memenangkan bisnis baru',
  'sales-mode.milk-round': 'milk round (kunjungan rutin): efisiensi (pusat layanan, penjualan lewat telepon, e-commerce)',
  'quadrant.key': 'daya tarik tinggi, kekuatan tinggi',
  'quadrant.key-development': 'daya tarik tinggi, kekuatan rendah',
  'quadrant.maintenance': 'daya tarik rendah, kekuatan tinggi',
  'quadrant.opportunistic': 'daya tarik rendah, kekuatan rendah',
  'quadrant.title.key': 'KUNCI',
  'quadrant.title.key-development': 'PENGEMBANGAN KUNCI',
  'quadrant.title.maintenance': 'PEMELIHARAAN',
  'quadrant.title.opportunistic': 'OPORTUNISTIK',
  'quadrant.treatment.key': 'investasi: kemitraan strategis',
  'quadrant.treatment.key-development': 'investasi selektif: raih preferensinya',
  'quadrant.treatment.maintenance': 'pertahankan secara efisien',
  'quadrant.treatment.opportunistic': 'kelola untuk arus kas, layani secara oportunistik',
  'encoding.utf-8': 'UTF-8, dengan atau tanpa byte-order mark (bawaan)',
  'encoding.utf-16': 'UTF-16 ("Unicode Text" Excel): little-endian kecuali byte-order mark menyatakan big-endian',
  'encoding.windows-1252': 'Windows-1252, yang disimpan Excel sebagai "CSV" di Windows untuk bahasa-bahasa Barat (€ adalah byte 0x80)',
  'encoding.latin1': 'Latin-1 (ISO-8859-1), dibaca sebagai Windows-1252 seperti peramban: huruf yang sama, dan € ‘ ’ “ ” untuk byte 0x80-0x9F',
  'language.en': 'English (bawaan)',
  'language.id': 'bahasa Indonesia',

  'split.midpoint': '50 pada kedua sumbu (arti skor sama setiap kuartal)',
  'split.median': 'median portofolio pada setiap sumbu: separuh pelanggan di tiap sisi',
  'split.mean': 'rata-rata portofolio pada setiap sumbu',
  'split.fixed': 'dua angka A,S yang dipilih tim, misalnya 60,45',
  'split.syntax': 'midpoint, median, mean, atau dua angka A,S seperti 60,45',

  'normalize.none.help': 'none: nilainya sudah berupa skor pada min..max (nilai di luar skala adalah kesalahan)',
  'normalize.minmax.help': 'minmax: nilai mentah diskalakan antara yang terendah dan tertinggi di portofolio',
  'normalize.percentile.help': 'percentile: menurut peringkat dalam portofolio (tahan terhadap pencilan)',
  'normalize.bands.help': 'bands:T1;T2;…: di bawah T1 pita 0, pada atau di atas T1 pita 1, …; u = pita / jumlah ambang',
  'normalize.bands.not-a-number': 'ambang pita "{value}" bukan angka (tulis bands:T1;T2;…)',
  'normalize.bands.increase': 'ambang pita harus makin besar ({previous} lalu {next})',
  'normalize.unknown': '"{value}" bukan normalisasi; gunakan {syntax}',
  'normalize.minmax.same': 'Faktor "{factor}": semua pelanggan punya nilai yang sama ({value}), jadi minmax memberi semuanya 0,5.',

  'error.line': 'baris {line}',
  'error.field': 'kolom "{field}"',
  'error.more-problems':
    '… dan {more, plural, other {# masalah lain}}{stopped, select, yes { (kam berhenti membaca setelah {total, plural, other {# masalah}})} other {}}.',
  'error.gate-violations': '{n, plural, other {{n} syarat kaji ulang dilanggar}}.',
  'error.more-violations': '… dan {n, plural, other {# pelanggaran lain}} (semuanya ada di bagian syarat kaji ulang).',
  'error.cancelled': 'Dibatalkan.',

  'engine.outside-scale': '{value} berada di luar skala faktor {min}..{max}',
  'engine.missing-value': 'nilainya kosong (beri skor, atau jalankan dengan --missing renormalize atau --missing midpoint)',
  'engine.no-axis-value': `pelanggan "{id}" tidak punya nilai untuk satu pun faktor ${AXIS_ID} yang berbobot, jadi tidak dapat diberi skor`,
  'engine.no-revenue': '{n} pelanggan tidak punya data pendapatan; tampilan Pareto menghitungnya sebagai 0.',
  'engine.zero-revenue': 'Jumlah kolom pendapatan 0, jadi tidak ada kelas Pareto.',

  'selection.note.no-account': 'pelanggan itu tidak ada dalam cakupan',
  'selection.note.already': 'sudah {state, select, selected {terpilih} other {tidak terpilih}}',
  'selection.override-missing':
    'Penyesuaian tim untuk {action, select, add {menambahkan} remove {mengeluarkan} other {{action}}} "{id}" tidak diterapkan: pelanggan itu tidak ada dalam cakupan.',
  'selection.quadrant-capacity': `{qualifying} pelanggan ada di kuadran ${quadrantId('quadrant')}, tetapi kapasitasnya {places}: {cut, plural, =1 {satu dengan peringkat terendah} other {{cut} dengan peringkat terendah}} tidak terpilih.`,
  'selection.capacity':
    '{qualifying} pelanggan ada di kuadran kunci, tetapi kapasitasnya {capacity}: {cut, plural, =1 {satu dengan peringkat terendah} other {{cut} dengan peringkat terendah}} tidak terpilih.',
  'selection.capacity-after-overrides':
    '{qualifying} pelanggan ada di kuadran kunci, tetapi kapasitasnya {capacity}: {cut, plural, =1 {satu di antaranya} other {{cut} di antaranya}} tetap tidak terpilih setelah penyesuaian tim.',
  'selection.over-capacity': '{count} pelanggan terpilih, tetapi kapasitasnya {capacity}: melebihi kapasitas sebanyak {over}.',

  'gate.help': 'demotion, drop:N (N poin, misalnya drop:10), over-capacity atau method-change',
  'gate.not-a-gate': '--fail-on "{value}" bukan syarat yang dikenal; gunakan {help}.',
  'gate.needs-gate': '--fail-on memerlukan syarat: {help}.',
  'gate.over-capacity': '{gate}: {selected} pelanggan terpilih di {label}, tetapi kapasitasnya {capacity}.',
  'gate.demotion': `{gate}: {account} terpilih di {label} dan kini berada di ${quadrantId('now')} (${quadrantId('was')} → ${quadrantId('now')}).`,
  'gate.drop': `{gate}: {account}: ${AXIS_ID} turun {fell, number, ::.0} poin ({was, number, ::.0} → {now, number, ::.0}).`,

  ...prefixed('method-change.', METHOD_CHANGE_ID),
  ...prefixed('gate.method-change.', METHOD_CHANGE_ID, (s) => `{gate}: ${s} ({fromLabel} → {toLabel}).`),

  'review.release.vanished': 'tidak ada lagi dalam data ({label})',
  'review.release.demoted': `pindah dari ${quadrantId('from')} ke ${quadrantId('to')}`,
  'review.release.outside': `${quadrantId('quadrant')}, di luar kuadran kunci, dan tidak lagi ditambahkan oleh tim`,
  'review.release.team': 'dikeluarkan oleh penyesuaian tim',
  'review.release.capacity': `masih ${quadrantId('quadrant')}, peringkat {rank}, melampaui kapasitas {capacity}`,

  'saaty.9': 'mutlak',
  'saaty.8': 'sangat kuat hingga mutlak',
  'saaty.7': 'sangat kuat',
  'saaty.6': 'kuat hingga sangat kuat',
  'saaty.5': 'kuat',
  'saaty.4': 'sedang hingga kuat',
  'saaty.3': 'sedang',
  'saaty.2': 'sama hingga sedang',
  'weights.inconsistent': 'Perbandingannya tidak konsisten (CR {cr} > {threshold}).',
  'weights.inconsistent-worst':
    'Perbandingannya tidak konsisten (CR {cr} > {threshold}): "{a}" lawan "{b}" = {given} paling bertentangan dengan yang lain, yang menyiratkan sekitar {implied}.',
  'ahp.duplicate': 'Faktor "{factor}" tercantum lebih dari sekali',
  'ahp.no-factors': 'Tidak ada faktor untuk diberi bobot',
  'ahp.unknown': '"{factor}" bukan faktor yang dikenal',
  'ahp.self': 'Faktor "{factor}" dibandingkan dengan dirinya sendiri',
  'ahp.off-scale': '{value} bukan perbandingan pada skala Saaty: gunakan angka dari 1/9 sampai 9 (seberapa lebih penting "{a}" dibandingkan "{b}")',
  'ahp.contradicts':
    '"{a}" lawan "{b}" = {value} bertentangan dengan "{prevA}" lawan "{prevB}" = {prevValue}{earlier, select, none {} other { di baris {earlier}}}, yang menyiratkan {implied}',
  'ahp.missing-pairs': '{n, plural, other {# pasangan}} belum dibandingkan: {shown}{rest, plural, =0 {} other { dan # lagi}} (tambahkan baris "a,b,nilai" untuk masing-masing)',

  'ratings.competitor-attractiveness':
    '"{factor}" adalah faktor daya tarik; penilaian pesaing hanya untuk faktor kekuatan (METHOD.md §3, kekuatan relatif)',
  'ratings.competitor-scale':
    '"{factor}" dinormalisasi dengan {kind}, yang bergantung pada portofolio kita sendiri; penilaian pesaing memerlukan skala tetap (normalize {fixed})',

  'rating-sheet.nothing-to-rate':
    'Tidak ada faktor kriteria yang diberi skor pada skalanya sendiri (normalize none), jadi tidak ada yang perlu dinilai para penilai; sebutkan faktornya dengan --factors.',
  'rating-sheet.not-a-factor': '--factors: "{name}" bukan faktor dalam kriteria (faktornya: {factors}).',
  'rating-sheet.measured':
    '--factors: "{factor}" dinormalisasi dengan {kind}: faktor ini diukur dari data, bukan dinilai pada skala; para penilai memberi skor pada faktor dengan normalize none.',
  'rating-sheet.same-header': 'Dua kolom lembar ini akan berjudul sama, "{header}"; ganti nama sebuah faktor atau pesaing.',

  'accounts.ambiguous': '"{wanted}" cocok dengan {n} pelanggan ({ids}{more, select, yes {, …} other {}}); sebutkan kunci pelanggannya.',
  'accounts.none': 'Tidak ada pelanggan "{wanted}" di {source}; sebutkan kunci atau namanya (kuncinya seperti {sample}).',
};

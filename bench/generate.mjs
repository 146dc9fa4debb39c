// Benchmark input generator for `kam`: writes DIR/customers.csv and DIR/criteria.csv with N synthetic
// accounts and F factors (half attractiveness, half strength, mixed normalisations), deterministic from a seed.
//   node bench/generate.mjs --accounts 1000000 --factors 12 --out bench/out/1000000 [--seed 1] [--ties]
// --ties writes whole-number scores (1..10), shares (0..50) and spend (whole millions), as a team
// scoring on a 1-10 scale does: few distinct axis scores, so the ranking is mostly ties.
// Also exports generate() for bench/run.mjs. DIR/params.json is written last and marks a complete set.
import { createWriteStream, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const GENERATOR_VERSION = 1;

// mulberry32: a tiny, fast 32-bit PRNG returning floats in [0, 1).
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEGMENTS = ['Food & beverage', 'Pharma & healthcare', 'Automotive', 'Logistics', 'Retail', 'Chemicals'];
const CHANNELS = ['direct', 'distributor', 'e-commerce', 'telesales'];
const NAME_A = ['Nord', 'Sud', 'West', 'Oak', 'River', 'Stone', 'Silver', 'Green', 'Blue', 'Iron', 'Lake', 'Hill'];
const NAME_B = ['field', 'bridge', 'haven', 'gate', 'wood', 'mark', 'stead', 'ford', 'crest', 'point'];
const NAME_C = [' Foods', ' Pharma', ' Motors', ' Logistics', ' Retail', ' Group', ' AG', ' GmbH', ' Ltd', ', Sons & Co'];
const A_NAMES = ['Fit with our capabilities', 'Access to decision makers', 'Growth outlook'];
const S_NAMES = ['Product quality', 'Delivery reliability', 'Technical support', 'Price competitiveness', 'Ease of doing business'];

/** The factor list: attractiveness gets minmax money, bands and a direction=lower factor first; strength a percentile one. */
export function makeCriteria(factors, rand) {
  const nA = Math.ceil(factors / 2), nS = factors - nA, list = [];
  const special = [
    { factor: 'Category spend EUR', min: 0, max: 100000000, normalize: 'minmax', gen: 'money' },
    { factor: 'Gross margin %', min: 0, max: 100, normalize: 'bands:10;20;30', gen: 'pct' },
    { factor: 'Cost to serve', direction: 'lower', gen: 'score' },
  ];
  for (let i = 0; i < nA; i++) {
    const base = special[i] ?? { factor: A_NAMES[i - 3] ?? `Attractiveness factor ${i + 1}`, gen: 'score' };
    list.push({ axis: 'attractiveness', kind: i >= 3 && i <= 4 ? 'realistic' : 'pure', ...base });
  }
  for (let i = 0; i < nS; i++) {
    const base = i === 0
      ? { factor: 'Share of wallet %', min: 0, max: 100, normalize: 'percentile', gen: 'pct' }
      : { factor: S_NAMES[i - 1] ?? `Strength factor ${i + 1}`, gen: 'score' };
    list.push({ axis: 'strength', kind: 'pure', ...base });
  }
  return list.map((f) => ({ min: 1, max: 10, direction: 'higher', normalize: 'none', ...f, weight: 5 + Math.floor(rand() * 26) }));
}

// Fast fixed-point formatting (toFixed is slow at this volume): tenths and cents from integers.
const tenths = (k) => `${(k / 10) | 0}.${k % 10}`;
const money = (cents) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

export async function generate({ accounts = 1_000_000, factors = 12, out, seed = 1, ties = false }) {
  if (!out) throw new Error('generate: an output directory (--out) is required');
  if (!(Number.isInteger(accounts) && accounts >= 1)) throw new Error(`--accounts must be a positive integer, got ${accounts}`);
  if (!(Number.isInteger(factors) && factors >= 2)) throw new Error(`--factors must be an integer of at least 2, got ${factors}`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got ${seed}`);
  const started = performance.now();
  const rand = mulberry32(seed);
  mkdirSync(out, { recursive: true });
  rmSync(join(out, 'params.json'), { force: true });
  const crit = makeCriteria(factors, rand);
  writeFileSync(join(out, 'criteria.csv'), 'factor,axis,weight,min,max,direction,normalize,kind,description\n' +
    crit.map((c) => `${c.factor},${c.axis},${c.weight},${c.min},${c.max},${c.direction},${c.normalize},${c.kind},Synthetic ${c.axis} factor.`).join('\n') + '\n');

  const stream = createWriteStream(join(out, 'customers.csv'), { highWaterMark: 1 << 20 });
  stream.write('id,name,segment,channel,revenue,potential,' + crit.map((c) => c.factor).join(',') + '\n');
  const width = String(accounts).length, CHUNK = 1024;
  let rows = [];
  for (let i = 1; i <= accounts; i++) {
    // Two latent traits per account (how attractive, how strong we are) so the quadrants fill unevenly.
    const la = rand(), ls = rand();
    const spendCents = Math.floor((1000 + la * la * la * 50_000_000) * 100);
    const prospect = rand() < 0.05;
    const revenueCents = prospect ? 0 : Math.floor(spendCents * ls * 0.6);
    const potentialCents = Math.max(revenueCents, Math.floor(spendCents * (0.4 + 0.4 * la)));
    const nameSuffix = NAME_C[(rand() * NAME_C.length) | 0];
    let name = NAME_A[(rand() * NAME_A.length) | 0] + NAME_B[(rand() * NAME_B.length) | 0] + nameSuffix + ' ' + i;
    if (nameSuffix.startsWith(',')) name = `"${name}"`;
    let line = `C${String(i).padStart(width, '0')},${name},${SEGMENTS[(rand() * SEGMENTS.length) | 0]},` +
      `${CHANNELS[(rand() * CHANNELS.length) | 0]},${money(revenueCents)},${money(potentialCents)}`;
    for (const c of crit) {
      const latent = c.axis === 'attractiveness' ? la : ls;
      const noisy = Math.min(1, Math.max(0, 0.6 * latent + 0.4 * rand()));
      if (c.gen === 'money') line += ',' + money(ties ? Math.round(spendCents / 1e8) * 1e8 : spendCents);
      else if (c.gen === 'pct') line += ',' + (ties ? String(Math.round(noisy * 50)) : tenths(Math.round(noisy * 500))); // 0.0 .. 50.0
      else if (ties) line += ',' + String(1 + Math.round((c.direction === 'lower' ? 1 - noisy : noisy) * 9)); // 1 .. 10
      else line += ',' + tenths(10 + Math.round((c.direction === 'lower' ? 1 - noisy : noisy) * 90)); // 1.0 .. 10.0
    }
    rows.push(line);
    if (rows.length === CHUNK || i === accounts) {
      if (!stream.write(rows.join('\n') + '\n')) await once(stream, 'drain');
      rows = [];
    }
  }
  stream.end();
  await once(stream, 'finish');
  const params = paramsOf({ accounts, factors, seed, ties });
  writeFileSync(join(out, 'params.json'), JSON.stringify(params) + '\n');
  return { ...params, bytes: stream.bytesWritten, ms: performance.now() - started };
}

/** What DIR/params.json holds for a set (ties only when set, so older sets stay valid). */
export function paramsOf({ accounts, factors, seed, ties = false }) {
  return { generator: GENERATOR_VERSION, accounts, factors, seed, ...(ties ? { ties: true } : {}) };
}

/** Minimal `--name value` parser shared with run.mjs. */
export function parseArgs(argv, spec) {
  const opts = {};
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, '');
    if (!argv[i].startsWith('--') || !(name in spec)) throw new Error(`unknown option ${argv[i]}`);
    if (spec[name] === 'flag') opts[name] = true;
    else if (i + 1 < argv.length) opts[name] = argv[++i];
    else throw new Error(`option --${name} needs a value`);
  }
  return opts;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const o = parseArgs(process.argv.slice(2), { accounts: 'value', factors: 'value', out: 'value', seed: 'value', ties: 'flag' });
    const r = await generate({ accounts: Number(o.accounts ?? 1_000_000), factors: Number(o.factors ?? 12), out: o.out, seed: Number(o.seed ?? 1), ties: o.ties === true });
    console.log(`wrote ${r.accounts} accounts x ${r.factors} factors to ${o.out} (${(r.bytes / 1e6).toFixed(1)} MB) in ${(r.ms / 1000).toFixed(2)} s`);
  } catch (err) {
    console.error(`generate: ${err.message}`);
    process.exit(2);
  }
}

// End-to-end benchmark of kam against the issue-6 targets (npm run bench = build + this file):
//  1. scaling: `kam select --no-interactive --format csv -o …` on synthetic portfolios (default
//     10k, 100k, 1M and 3M accounts × 12 factors): wall time, accounts/s, peak RSS;
//  2. `--format json` on the 1M portfolio, as a ratio to the CSV time (1M runs: median of 3);
//  3. the equivalent pandas script (bench/pandas_select.py) on the 1M portfolio when python3 has
//     pandas (`apt-get install python3-pandas`), median of 3: the time ratio, and both rankings compared;
//  4. start-up: `kam --help` and `kam --version` against `node -e 0` (median of repeated runs);
//  5. the workshop's live recompute: evaluate() after a weight change on 10,000 accounts.
// It prints a table of every figure with the target it is held to, and writes the same as
// Markdown to bench/out/results.md (copy it into bench/RESULTS.md with the machine and date).
//   node bench/run.mjs [--accounts 10000,100000,1000000,3000000] [--factors 12] [--seed 1] [--keep] [--no-pandas]
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generate, GENERATOR_VERSION, parseArgs } from './generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
let opts;
try {
  opts = parseArgs(process.argv.slice(2), { accounts: 'value', factors: 'value', seed: 'value', keep: 'flag', 'no-pandas': 'flag' });
} catch (err) {
  console.error(`bench: ${err.message}\nusage: node bench/run.mjs [--accounts N[,N...]] [--factors F] [--seed S] [--keep] [--no-pandas]`);
  process.exit(2);
}
const sizes = String(opts.accounts ?? '10000,100000,1000000,3000000').split(',').map(Number);
const factors = Number(opts.factors ?? 12);
const seed = Number(opts.seed ?? 1);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(factors) || factors < 2) {
  console.error('bench: --accounts takes positive whole numbers and --factors a whole number of at least 2.');
  process.exit(2);
}
if (!existsSync(join(root, 'dist/cli/run.js'))) {
  console.error('bench: kam is not built; run `npm run build` first (`npm run bench` does both).');
  process.exit(1);
}

const cpus = os.cpus();
const machine = `${cpus[0]?.model ?? 'unknown cpu'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}`;
console.log(`machine: ${machine}\ndate:    ${new Date().toISOString()}\n`);

/** Generates (or reuses) bench/out/<N>/ and returns its folder, relative to the root. */
async function portfolio(accounts) {
  const dir = join('bench', 'out', String(accounts));
  const wanted = JSON.stringify({ generator: GENERATOR_VERSION, accounts, factors, seed });
  const params = join(root, dir, 'params.json');
  if (!(existsSync(params) && readFileSync(params, 'utf8').trim() === wanted)) {
    const g = await generate({ accounts, factors, seed, out: join(root, dir) });
    console.log(`generated ${dir}/ in ${(g.ms / 1000).toFixed(1)} s (${(g.bytes / 1e6).toFixed(0)} MB)`);
  }
  return dir;
}

/** Runs a command with the RSS preload (node) or getrusage (python); returns wall s and peak MB. */
function timed(cmd, args, label) {
  const rssFile = join(root, 'bench', 'out', 'rss.txt');
  rmSync(rssFile, { force: true });
  const started = performance.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, KAM_BENCH_RSS_FILE: rssFile } });
  const wall = (performance.now() - started) / 1000;
  if (r.error || r.status !== 0) {
    console.error(`bench: ${label} failed (${r.error?.message ?? `exit ${r.status}`}).`);
    process.exit(1);
  }
  const rssMB = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : NaN;
  return { wall, rssMB };
}

/** `repeat` runs; the median wall time and the highest peak RSS. */
function repeated(repeat, run) {
  const runs = Array.from({ length: repeat }, run);
  return { wall: median(runs.map((r) => r.wall)), rssMB: Math.max(...runs.map((r) => r.rssMB)), runs: runs.length };
}

function kamSelect(dir, format, repeat = 1) {
  const out = `${dir}/result.${format}`;
  const args = ['--require', './bench/rss.cjs', 'bin/kam.js', 'select', `${dir}/customers.csv`, '--criteria', `${dir}/criteria.csv`, '--no-interactive', '--format', format, '-o', out];
  console.log(`> node ${args.slice(2).join(' ')}${repeat > 1 ? `   (${repeat} runs)` : ''}`);
  return { ...repeated(repeat, () => timed(process.execPath, args, `kam select on ${dir}`)), out };
}

/** The second CSV field (id) of every data row; ids in the benchmark have no commas or quotes. */
async function ids(file) {
  const list = [];
  const lines = createInterface({ input: createReadStream(join(root, file)), crlfDelay: Infinity });
  let first = true;
  for await (const line of lines) {
    if (first) first = false;
    else if (line) list.push(line.slice(line.indexOf(',') + 1, line.indexOf(',', line.indexOf(',') + 1)));
  }
  return list;
}

function pandasPython() {
  if (opts['no-pandas']) return null;
  for (const py of ['python3', '/usr/bin/python3']) {
    if (spawnSync(py, ['-c', 'import pandas'], { stdio: 'ignore' }).status === 0) return py;
  }
  return null;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function startup(args, runs = 21) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
    times.push(performance.now() - t);
  }
  return median(times.slice(1));
}

async function recompute() {
  const dir = await portfolio(10_000);
  const dist = (p) => pathToFileURL(join(root, 'dist', p)).href;
  const { loadCriteria } = await import(dist('load/criteria.js'));
  const { loadCustomers } = await import(dist('load/customers.js'));
  const { evaluate, DEFAULT_METHOD } = await import(dist('core/engine.js'));
  const criteria = loadCriteria(readFileSync(join(root, dir, 'criteria.csv'), 'utf8'), 'criteria.csv');
  const pf = loadCustomers(readFileSync(join(root, dir, 'customers.csv')), { file: 'customers.csv', factors: criteria.map((f) => f.factor) });
  const times = [];
  for (let i = 0; i < 101; i++) {
    const changed = criteria.map((f, k) => ({ ...f, weight: f.weight * (1 + ((i + k) % 7) / 10) }));
    const t = performance.now();
    evaluate(pf, changed, DEFAULT_METHOD);
    times.push(performance.now() - t);
  }
  return { median: median(times.slice(1)), p90: [...times.slice(1)].sort((a, b) => a - b)[89] };
}

mkdirSync(join(root, 'bench', 'out'), { recursive: true });
const rows = [];
const row = (figure, value, target, ok) => rows.push({ figure, value, target, ok });
const n0 = (x) => Math.round(x).toLocaleString('en-US');

// 1. Scaling.
const csvAt = new Map();
for (const accounts of sizes) {
  const dir = await portfolio(accounts);
  // The head-to-head size runs three times (median time, highest peak memory).
  const r = kamSelect(dir, 'csv', accounts === 1_000_000 ? 3 : 1);
  csvAt.set(accounts, { ...r, dir });
  row(`csv, ${n0(accounts)} accounts`, `${r.wall.toFixed(2)} s, ${n0(accounts / r.wall)} accounts/s, ${n0(r.rssMB)} MB`, accounts === 1_000_000 ? 'RSS < 400 MB' : 'linear', accounts === 1_000_000 ? r.rssMB < 400 : null);
}
const base = csvAt.get(1_000_000);

// 2. JSON against CSV, and 3. pandas, on the 1M portfolio.
if (base) {
  const json = kamSelect(base.dir, 'json', 3);
  row('json, 1,000,000 accounts', `${json.wall.toFixed(2)} s (${(json.wall / base.wall).toFixed(2)}× csv), ${n0(json.rssMB)} MB`, '≤ 1.5× csv', json.wall <= 1.5 * base.wall);
  if (!opts.keep) rmSync(join(root, json.out), { force: true });
  const py = pandasPython();
  if (py) {
    const out = `${base.dir}/pandas.csv`;
    console.log(`> ${py} bench/pandas_select.py ${base.dir}/customers.csv ${base.dir}/criteria.csv ${out}   (3 runs)`);
    const p = repeated(3, () => timed(py, ['bench/pandas_select.py', `${base.dir}/customers.csv`, `${base.dir}/criteria.csv`, out], 'pandas'));
    const same = JSON.stringify(await ids(out)) === JSON.stringify(await ids(base.out));
    row('pandas, 1,000,000 accounts', `${p.wall.toFixed(2)} s, ${n0(p.rssMB)} MB`, '', null);
    row('kam csv / pandas time', `${(base.wall / p.wall).toFixed(2)}`, '≤ 0.5', base.wall <= 0.5 * p.wall);
    row('same ranking as pandas', same ? 'yes, all 1,000,000 ids in the same order' : 'NO', 'identical', same);
    if (!opts.keep) rmSync(join(root, out), { force: true });
  } else {
    console.log('pandas not found (apt-get install python3-pandas): skipping the pandas comparison.');
  }
}
if (!opts.keep) for (const { out } of csvAt.values()) rmSync(join(root, out), { force: true });

// 4. Start-up.
const node0 = startup(['-e', '0']);
for (const flag of ['--help', '--version']) {
  const t = startup(['bin/kam.js', flag]);
  row(`kam ${flag}`, `${t.toFixed(1)} ms (${(t / node0).toFixed(2)}× node -e 0 at ${node0.toFixed(1)} ms)`, '≤ 1.3×', t <= 1.3 * node0);
}

// 5. Live recompute.
const rc = await recompute();
row('recompute, 10,000 accounts', `median ${rc.median.toFixed(1)} ms, p90 ${rc.p90.toFixed(1)} ms`, '< 20 ms', rc.p90 < 20);

const verdict = (ok) => (ok === null ? '' : ok ? 'met' : 'MISSED');
const table = [['figure', 'measured', 'target', ''], ...rows.map((r) => [r.figure, r.value, r.target, verdict(r.ok)])];
const widths = table[0].map((_, c) => Math.max(...table.map((t) => t[c].length)));
console.log('');
table.forEach((t, i) => {
  console.log(t.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd());
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
});
const md = [`Machine: ${machine}. Date: ${new Date().toISOString().slice(0, 10)}.`, '', '| figure | measured | target | |', '|---|---|---|---|',
  ...rows.map((r) => `| ${r.figure} | ${r.value} | ${r.target} | ${verdict(r.ok)} |`)].join('\n');
writeFileSync(join(root, 'bench', 'out', 'results.md'), `${md}\n`);
console.log('\nwritten: bench/out/results.md');

// The benchmark of kam (npm run bench = build + this file). In one run, on synthetic portfolios
// from bench/generate.mjs (12 factors, seed 1, cached under bench/out/):
//  1. side by side at 1,000,000 accounts, CSV out: kam (and kam's JSON) against the peers that are
//     installed (pandas, Polars 1 thread, DuckDB 1 thread, R data.table 1 thread; bench/peers/),
//     round by round, each round running every tool once, so a ratio pairs two runs of the same
//     round; medians of the rounds. Every peer's result is checked against kam's, cell by cell,
//     and the md5 of kam's ranking, CSV and JSON against bench/reference.json;
//     and `--format svg` (the KAISM matrix as density cells with the selected on top): file size and time;
//  2. start-up: `node -e 0` alternating with `kam --help`, `kam --version`, a select of
//     examples/customers.csv and of a 1,000-account table, and the CLI's module loading;
//  3. `--stability 1000` on 10,000 accounts alternating with a plain run of the same file;
//  4. scale: CSV runs from 10,000 to 10,000,000 accounts: time per account, peak RSS;
//  5. the workshop's live recompute on 10,000 accounts;
//  6. CPU profiles (node --cpu-prof) of the 1M run, split by step, and of the small runs, by module.
// It prints the tables with every target (met, or missed by how much) and writes them to
// bench/out/results.md and into bench/RESULTS.md (between its "bench:run" markers).
//   node bench/run.mjs [--rounds 3] [--accounts 1000000] [--peers pandas,polars,duckdb,datatable | --no-peers] [--quick]
//                      [--sizes 10000,...] [--no-profile] [--no-write] [--keep] [--record-reference]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generate, paramsOf, parseArgs } from './generate.mjs';
import { compareResults, describeComparison } from './lib/compare.mjs';
import { records } from './lib/csv.mjs';
import { breakdown, moduleOf, selectSteps, topShares } from './lib/profile.mjs';
import { renderMarkdownTable, renderTextTable, replaceSection } from './lib/report.mjs';
import { alternate, median, pairedRatio, perAccountSpread } from './lib/stats.mjs';
import { atMost, holds, info, notRun } from './lib/targets.mjs';
import { PEERS } from './peers/index.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const USAGE = 'usage: node bench/run.mjs [--rounds N] [--accounts N] [--peers LIST | --no-peers] [--quick] [--sizes N,N...] [--no-profile] [--no-write] [--keep] [--record-reference]';
let opts;
try {
  opts = parseArgs(process.argv.slice(2), {
    rounds: 'value', accounts: 'value', peers: 'value', 'no-peers': 'flag', quick: 'flag', sizes: 'value', 'no-profile': 'flag',
    'no-write': 'flag', keep: 'flag', 'record-reference': 'flag',
  });
} catch (err) {
  console.error(`bench: ${err.message}\n${USAGE}`);
  process.exit(2);
}
const ROUNDS = Number(opts.rounds ?? 3);
const FACTORS = 12;
const SEED = 1;
const HEAD = Number(opts.accounts ?? 1_000_000);
const M = HEAD % 1_000_000 === 0 ? `${HEAD / 1_000_000}M` : HEAD % 1000 === 0 ? `${HEAD / 1000}k` : String(HEAD);
const BIG = [3_000_000, 5_000_000, 10_000_000];
let sizes = String(opts.sizes ?? '10000,100000,1000000,3000000,5000000,10000000').split(',').map(Number);
if (opts.quick) sizes = sizes.filter((n) => !BIG.includes(n));
const peerNames = opts['no-peers'] ? [] : String(opts.peers ?? PEERS.map((p) => p.name).join(',')).split(',').filter(Boolean);
if (!Number.isInteger(ROUNDS) || ROUNDS < 1 || !Number.isInteger(HEAD) || HEAD < 2 || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`bench: --rounds and --sizes take positive whole numbers.\n${USAGE}`);
  process.exit(2);
}
const unknown = peerNames.filter((n) => !PEERS.some((p) => p.name === n));
if (unknown.length > 0) {
  console.error(`bench: unknown peer ${unknown.join(', ')} (known: ${PEERS.map((p) => p.name).join(', ')}).`);
  process.exit(2);
}
if (!existsSync(join(root, 'dist/cli/run.js'))) {
  console.error('bench: kam is not built; run `npm run build` first (`npm run bench` does both).');
  process.exit(1);
}

const OUT = join(root, 'bench', 'out');
mkdirSync(OUT, { recursive: true });
const cpus = os.cpus();
const kamVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const gitHead = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout?.trim() || 'unknown';
const machine = `${cpus[0]?.model?.trim() ?? 'unknown cpu'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.type()} ${os.arch()}, Node ${process.version}`;
const started = new Date();
const startLoad = os.loadavg().map((l) => l.toFixed(2)).join(', ');
console.log(`machine: ${machine}\ndate:    ${started.toISOString()}\nkam:     ${kamVersion} (${gitHead})\nload:    ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} (1, 5, 15 min)\n`);

const n0 = (x) => Math.round(x).toLocaleString('en-US');
const s2 = (x) => `${x.toFixed(2)} s`;
const mb = (x) => (Number.isFinite(x) ? `${n0(x)} MB` : '?');
const ratio = (r) => `${r.median.toFixed(2)}× (${r.min.toFixed(2)}–${r.max.toFixed(2)})`;
const targets = [];
/**
 * A target and its verdict. `why` (a function, called once the whole run is measured, so it may
 * use the profiles) says why a missed target misses: it is printed for misses only.
 */
const target = (figure, measured, t, why = null) => targets.push({ figure, measured, target: t.target, verdict: t.verdict, ok: t.ok, why });
const load1 = () => os.loadavg()[0].toFixed(1);
/** What the profiles and runs found, for the reasons of the misses (filled as the run goes). */
const found = { csvSteps: null, jsonSteps: null, small: null, csvBytes: NaN, jsonBytes: NaN, modules: 0, moduleLoadMs: NaN, loads: {} };
const cpuVerdict = (cpuRatio, limit) => (cpuRatio <= limit
  ? `on CPU time ${cpuRatio.toFixed(2)}×, within the ${limit}× (the machine's load weighs on wall times more than on CPU times)`
  : `on CPU time ${cpuRatio.toFixed(2)}×, also over the ${limit}×`);

// ---------------------------------------------------------------------------------------------
// Inputs and runs

/** Generates (or reuses) bench/out/<N>[-ties]/ and returns its folder, relative to the root. */
async function portfolio(accounts, ties = false) {
  const dir = join('bench', 'out', `${accounts}${ties ? '-ties' : ''}`);
  const wanted = JSON.stringify(paramsOf({ accounts, factors: FACTORS, seed: SEED, ties }));
  const params = join(root, dir, 'params.json');
  if (!(existsSync(params) && existsSync(join(root, dir, 'customers.csv')) && readFileSync(params, 'utf8').trim() === wanted)) {
    const g = await generate({ accounts, factors: FACTORS, seed: SEED, ties, out: join(root, dir) });
    console.log(`generated ${dir}/ in ${(g.ms / 1000).toFixed(1)} s (${(g.bytes / 1e6).toFixed(0)} MB)`);
  }
  return dir;
}

/** One run of a command from the repository root: wall and CPU seconds, peak RSS in MB, exit status, stderr. */
function timed(cmd, args, env = {}) {
  const rssFile = join(OUT, 'rss.txt');
  rmSync(rssFile, { force: true });
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env, KAM_BENCH_RSS_FILE: rssFile }, maxBuffer: 1 << 24 });
  const wall = (performance.now() - t0) / 1000;
  // "<peak RSS KiB> <CPU seconds>", written on exit by bench/rss.cjs or the peer itself.
  const [kib, cpu] = existsSync(rssFile) ? readFileSync(rssFile, 'utf8').trim().split(/\s+/).map(Number) : [];
  const rssMB = kib === undefined ? Number.NaN : kib / 1024;
  return { wall, cpu: cpu ?? Number.NaN, rssMB, status: r.status, signal: r.signal, error: r.error, stderr: r.stderr?.toString() ?? '' };
}

function mustSucceed(run, label) {
  if (run.error || run.status !== 0) {
    console.error(`bench: ${label} failed (${run.error?.message ?? (run.signal ? `signal ${run.signal}` : `exit ${run.status}`)}).\n${run.stderr}`);
    process.exit(1);
  }
  return run;
}

const RSS = ['--require', './bench/rss.cjs'];
/** kam select on a portfolio folder, CSV or JSON to a file; SOURCE_DATE_EPOCH fixes generatedAt. */
function kamArgs(dir, format, out, extra = []) {
  return [...RSS, 'bin/kam.js', 'select', `${dir}/customers.csv`, '--criteria', `${dir}/criteria.csv`, '--no-interactive', '--format', format, '-o', out, ...extra];
}
const KAM_ENV = { SOURCE_DATE_EPOCH: '0' };

function md5(data) {
  return createHash('md5').update(data).digest('hex');
}

/** The md5 of the ids in rank order (one per line), of the CSV, and of the JSON (kamVersion blanked). */
function fingerprints(csvText, jsonText) {
  const ids = [];
  let first = true;
  let idAt = 1;
  for (const f of records(csvText)) {
    if (first) {
      idAt = f.indexOf('id');
      first = false;
    } else ids.push(f[idAt]);
  }
  return {
    ranking: md5(`${ids.join('\n')}\n`),
    csv: md5(csvText),
    json: jsonText === null ? null : md5(jsonText.replace(/"kamVersion": "[^"]*"/, '"kamVersion": ""')),
  };
}

/** The files of the ES modules a kam run loads (file: URLs), in load order. */
function modulesLoaded(args) {
  const list = join(OUT, 'modules.txt');
  rmSync(list, { force: true });
  const hook = `export async function resolve(s, c, n) { const r = await n(s, c); if (r.url.startsWith('file:')) (await import('node:fs')).appendFileSync(${JSON.stringify(list)}, r.url + '\\n'); return r; }`;
  const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`;
  spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(register)}`, ...args], { cwd: root, stdio: 'ignore' });
  return existsSync(list) ? [...new Set(readFileSync(list, 'utf8').split('\n').filter(Boolean))] : [];
}

// ---------------------------------------------------------------------------------------------
// 1. Side by side at 1M

const sideBySide = [];
let reference = null;
const headDir = await portfolio(HEAD);
{
  const available = [];
  for (const name of peerNames) {
    const peer = PEERS.find((p) => p.name === name);
    const found = peer.find(root);
    if (found.ok) available.push({ ...peer, ...found });
    else console.log(`${peer.label}: not installed, skipped (${found.install}).`);
  }
  const csvOut = `${headDir}/kam.csv`;
  const jsonOut = `${headDir}/kam.json`;
  const tools = [
    { key: 'kam-csv', label: 'kam, CSV out', run: () => mustSucceed(timed(process.execPath, kamArgs(headDir, 'csv', csvOut), KAM_ENV), 'kam select --format csv') },
    { key: 'kam-json', label: 'kam, JSON out', run: () => mustSucceed(timed(process.execPath, kamArgs(headDir, 'json', jsonOut), KAM_ENV), 'kam select --format json') },
    ...available.map((p) => {
      const out = `${headDir}/${p.name}.csv`;
      return { key: p.name, label: p.label, out, run: () => mustSucceed(timed(p.command[0], [...p.command.slice(1), `${headDir}/customers.csv`, `${headDir}/criteria.csv`, out], p.env), p.label) };
    }),
  ];
  console.log(`side by side, ${n0(HEAD)} accounts × ${FACTORS} factors, ${ROUNDS} rounds: ${tools.map((t) => t.label).join(', ')}`);
  found.loads.side = load1();
  const runs = alternate(ROUNDS, tools.map((t) => (r) => {
    const x = t.run();
    console.log(`  round ${r + 1}: ${t.label.padEnd(34)} ${s2(x.wall)} (CPU ${s2(x.cpu)})  ${mb(x.rssMB)}`);
    return x;
  }));
  const byKey = new Map(tools.map((t, i) => [t.key, { ...t, runs: runs[i], walls: runs[i].map((x) => x.wall), cpus: runs[i].map((x) => x.cpu), rss: Math.max(...runs[i].map((x) => x.rssMB)) }]));
  const kamCsv = byKey.get('kam-csv');
  const kamText = readFileSync(join(root, csvOut), 'utf8');
  const jsonText = readFileSync(join(root, jsonOut), 'utf8');
  const prints = fingerprints(kamText, jsonText);
  found.csvBytes = statSync(join(root, csvOut)).size;
  found.jsonBytes = statSync(join(root, jsonOut)).size;
  const row = (t, vsKam, cpuVsKam, result) => sideBySide.push({
    tool: t.label, time: s2(median(t.walls)), range: `${t.walls.map((w) => w.toFixed(2)).join(', ')}`, vsKam,
    cpu: s2(median(t.cpus)), cpuVsKam, rss: mb(t.rss), result,
  });
  row(kamCsv, '1.00', '1.00', `ranking md5 ${prints.ranking.slice(0, 12)}…`);
  const kamJson = byKey.get('kam-json');
  const jsonVsCsv = pairedRatio(kamJson.walls, kamCsv.walls);
  const jsonVsCsvCpu = pairedRatio(kamJson.cpus, kamCsv.cpus);
  row(kamJson, ratio(jsonVsCsv), ratio(jsonVsCsvCpu), `JSON md5 ${prints.json.slice(0, 12)}…`);
  const peerRatios = new Map();
  for (const p of available) {
    const t = byKey.get(p.name);
    const cmp = compareResults(kamText, readFileSync(join(root, t.out), 'utf8'));
    const r = pairedRatio(t.walls, kamCsv.walls);
    peerRatios.set(p.name, { ...r, cmp, t });
    row(t, ratio(r), ratio(pairedRatio(t.cpus, kamCsv.cpus)), describeComparison(cmp));
    if (!opts.keep) rmSync(join(root, t.out), { force: true });
  }
  // Targets of the side-by-side run.
  target(`${M} × ${FACTORS} to CSV: kam peak RSS`, mb(kamCsv.rss), atMost(kamCsv.rss, 400, ' MB'));
  for (const [name, limit, source] of [['polars', 0.9, ''], ['duckdb', 0.75, ''], ['pandas', 0.5, ' (issue 6)']]) {
    const peer = PEERS.find((p) => p.name === name);
    const r = peerRatios.get(name);
    if (!r) {
      target(`kam time ÷ ${peer.label}${source}`, '', notRun(`≤ ${limit}`, peerNames.includes(name) ? `not installed: ${peer.find(root).install}` : 'left out (--peers)'));
      continue;
    }
    const kamOverPeer = pairedRatio(kamCsv.walls, r.t.walls);
    const cpuOverPeer = pairedRatio(kamCsv.cpus, r.t.cpus);
    target(`kam time ÷ ${peer.label}${source}`, `${ratio(kamOverPeer)}: ${s2(median(kamCsv.walls))} vs ${s2(median(r.t.walls))}; CPU ${cpuOverPeer.median.toFixed(2)}×`, atMost(kamOverPeer.median, limit, '×'),
      () => `${cpuVerdict(cpuOverPeer.median, limit)}; load average ${found.loads.side} when the rounds began. ${found.csvSteps ? `kam's ${M} CSV run, by step (CPU profile): ${topShares(found.csvSteps, 4)}.` : ''}`);
  }
  target('JSON time ÷ CSV time', `${ratio(jsonVsCsv)}; CPU ${jsonVsCsvCpu.median.toFixed(2)}×`, atMost(jsonVsCsv.median, 1.3, '×'), () => {
    const step = (s, name) => s?.rows.find((r) => r.name === name);
    const jw = step(found.jsonSteps, 'write');
    const cw = step(found.csvSteps, 'write');
    return `${cpuVerdict(jsonVsCsvCpu.median, 1.3)}. The JSON file is ${(found.jsonBytes / found.csvBytes).toFixed(2)}× the CSV's bytes (${(found.jsonBytes / 1e6).toFixed(0)} vs ${(found.csvBytes / 1e6).toFixed(0)} MB) and carries attractiveness and strength at full precision, whose shortest spelling V8 works out number by number (String(x), two per account), where the CSV writes them rounded to 9 decimals by integer arithmetic`
      + (jw && cw ? `: the write step takes ${(jw.ms / 1000).toFixed(2)} s of the JSON run's profile against ${(cw.ms / 1000).toFixed(2)} s of the CSV's (JSON: ${jw.top.slice(0, 3).map((x) => `${x.fn} ${x.ms.toFixed(0)} ms`).join('; ')}).` : '.');
  });
  for (const [name, r] of peerRatios) {
    const peer = PEERS.find((p) => p.name === name);
    target(`${peer.label}: result = kam's`, r.cmp.same ? (r.cmp.identicalBytes ? 'byte for byte' : 'every cell') : describeComparison(r.cmp), holds(r.cmp.same, describeComparison(r.cmp)));
  }
  // Results byte-identical across kam versions: the fingerprints of this run against the reference.
  const refFile = join(root, 'bench', 'reference.json');
  const params = paramsOf({ accounts: HEAD, factors: FACTORS, seed: SEED });
  if (opts['record-reference']) {
    writeFileSync(refFile, `${JSON.stringify({ params, recorded: `${started.toISOString().slice(0, 10)}, kam ${kamVersion} (${gitHead})`, ...prints }, null, 2)}\n`);
    console.log('recorded bench/reference.json');
  }
  reference = existsSync(refFile) ? JSON.parse(readFileSync(refFile, 'utf8')) : null;
  if (reference && JSON.stringify(reference.params) !== JSON.stringify(params)) reference = null;
  for (const what of ['ranking', 'csv', 'json']) {
    const label = { ranking: `md5 of the ${M} ranking (ids in rank order)`, csv: `md5 of the ${M} CSV`, json: `md5 of the ${M} JSON (generatedAt fixed, kamVersion blanked)` }[what];
    if (!reference) target(label, prints[what], notRun('= reference', 'bench/reference.json has none for these files'));
    else target(label, prints[what], holds(reference[what] === prints[what], `reference is ${reference[what]} (${reference.recorded})`));
  }
  if (!opts.keep) for (const f of [csvOut, jsonOut]) rmSync(join(root, f), { force: true });
}

// The matrix as a picture of the 1M portfolio (density cells, the selected on top): its size and time.
{
  const svgOut = `${headDir}/kam.svg`;
  const svg = mustSucceed(timed(process.execPath, kamArgs(headDir, 'svg', svgOut), KAM_ENV), 'kam select --format svg');
  const bytes = statSync(join(root, svgOut)).size;
  console.log(`\nsvg matrix, ${n0(HEAD)} accounts: ${s2(svg.wall)} (CPU ${s2(svg.cpu)}), ${(bytes / 1e6).toFixed(2)} MB file, ${mb(svg.rssMB)}`);
  target(`${M} accounts as an SVG matrix: file size`, `${(bytes / 1e6).toFixed(2)} MB in ${s2(svg.wall)}, ${mb(svg.rssMB)}`, atMost(bytes / 1e6, 5, ' MB'));
  if (!opts.keep) rmSync(join(root, svgOut), { force: true });
}

// ---------------------------------------------------------------------------------------------
// 2. Start-up, against `node -e 0`, alternating; the first round warms the disk cache.

const startupRows = [];
{
  const dir1k = await portfolio(1000);
  const node0 = { label: 'node -e 0', args: ['-e', '0'] };
  // The modules a small CSV run loads (an ESM resolve hook lists them), then loaded alone.
  const smallCsv = ['bin/kam.js', 'select', 'examples/customers.csv', '--no-interactive', '--format', 'csv'];
  const modules = modulesLoaded(smallCsv).filter((u) => !u.endsWith('/bin/kam.js'));
  const cases = [
    { label: 'kam --help', args: ['bin/kam.js', '--help'], limit: 1.15 },
    { label: 'kam --version', args: ['bin/kam.js', '--version'], limit: 1.3, source: ' (issue 6)' },
    { label: 'kam select examples/customers.csv --no-interactive', args: ['bin/kam.js', 'select', 'examples/customers.csv', '--no-interactive'], limit: 1.3, profile: 0 },
    { label: 'kam select, 1,000 accounts as a table', args: ['bin/kam.js', 'select', `${dir1k}/customers.csv`, '--criteria', `${dir1k}/criteria.csv`, '--no-interactive', '--format', 'table'], limit: 1.6, profile: 1 },
    { label: 'loading the CLI modules (import dist/cli/run.js)', args: ['--input-type=module', '-e', "await import('./dist/cli/run.js')"], limit: null },
    { label: 'kam select examples/customers.csv --format csv', args: smallCsv, limit: null },
    { label: `loading the modules of that CSV run (${modules.length} modules)`, args: ['--input-type=module', '-e', `for (const u of ${JSON.stringify(modules)}) await import(u);`], limit: null, modules: true },
  ];
  const once = (args) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    if (r.status !== 0) {
      console.error(`bench: node ${args.join(' ')} failed (exit ${r.status}).\n${r.stderr}`);
      process.exit(1);
    }
    return performance.now() - t0;
  };
  const ROUNDS_START = 21;
  console.log(`\nstart-up: ${ROUNDS_START} rounds of ${[node0, ...cases].map((c) => c.label).join(', ')}`);
  found.loads.startup = load1();
  found.modules = modules.length;
  const all = alternate(ROUNDS_START + 1, [node0, ...cases].map((c) => () => once(c.args))).map((xs) => xs.slice(1));
  const base = all[0];
  startupRows.push({ what: node0.label, ms: `${median(base).toFixed(1)} ms`, vs: '1.00', extra: '' });
  cases.forEach((c, i) => {
    const ms = all[i + 1];
    const r = pairedRatio(ms, base);
    const over = median(ms.map((x, k) => x - base[k]));
    startupRows.push({ what: c.label, ms: `${median(ms).toFixed(1)} ms`, vs: ratio(r), extra: `+${over.toFixed(1)} ms` });
    if (c.modules) found.moduleLoadMs = over;
    if (c.limit) target(`${c.label}${c.source ?? ''}`, `${ratio(r)} node -e 0 (${median(ms).toFixed(0)} vs ${median(base).toFixed(0)} ms)`, atMost(r.median, c.limit, '×'), () => startupWhy(c, over, median(base)));
    else target(c.label, `+${over.toFixed(1)} ms over node -e 0 (${ratio(r)})`, info);
  });
}

/** Why a start-up target misses: its time over `node -e 0`, and where its CPU time goes by module. */
function startupWhy(c, over, baseMs) {
  const allowed = (c.limit - 1) * baseMs;
  const prof = c.profile !== undefined ? found.small?.[c.profile] : null;
  return [
    `it takes ${over.toFixed(0)} ms over node -e 0 (${baseMs.toFixed(0)} ms; load average ${found.loads.startup}), where ${c.limit}× allows ${allowed.toFixed(0)} ms`,
    prof ? `; its CPU profile (${prof.modules.totalMs.toFixed(0)} ms): ${topShares(prof.modules, 4)}` : '',
    c.profile === 0 ? `; a small CSV run loads ${found.modules} modules of kam and its dependencies, which alone take ${found.moduleLoadMs.toFixed(0)} ms over node -e 0` : '',
    '.',
  ].join('');
}

// ---------------------------------------------------------------------------------------------
// 3. Stability: --stability 1000 against a plain run of the same 10k file.

{
  const dir = await portfolio(10_000);
  const out = `${dir}/stability.csv`;
  const plain = () => mustSucceed(timed(process.execPath, kamArgs(dir, 'csv', out)), 'kam select (10k)').wall;
  const stab = () => mustSucceed(timed(process.execPath, kamArgs(dir, 'csv', out, ['--stability', '1000'])), 'kam select --stability 1000').wall;
  console.log(`\nstability: 10,000 accounts, ${ROUNDS} rounds of a plain run and --stability 1000`);
  const loadAt = load1();
  const [p, s] = alternate(ROUNDS, [plain, stab]);
  const r = pairedRatio(s, p);
  const each = median(s.map((x, i) => x - p[i])); // seconds for the 1,000 resamples
  target('--stability 1000 on 10k ÷ a plain run', `${ratio(r)}: ${s2(median(s))} vs ${s2(median(p))}`, atMost(r.median, 2, '×'),
    () => `the 1,000 resampled evaluations of 10,000 accounts add ${s2(each)} (${((each / 1000) * 1e3).toFixed(2)} ms each) to a plain run of ${s2(median(p))}; to stay within 2× they must take no more than the plain run (load average ${loadAt}).`);
  rmSync(join(root, out), { force: true });
}

// ---------------------------------------------------------------------------------------------
// 4. Scale: one CSV run per size.

const scaleRows = [];
{
  console.log(`\nscale: ${sizes.map(n0).join(', ')} accounts`);
  found.loads.scale = load1();
  // The fixed cost of a run (start-up, module loading, JIT warm-up of a tiny file): the median
  // of five 1,000-account runs, taken off before the time per account is compared across sizes.
  const tiny = await portfolio(1000);
  const fixedRuns = Array.from({ length: 5 }, () => mustSucceed(timed(process.execPath, kamArgs(tiny, 'csv', `${tiny}/kam.csv`), KAM_ENV), 'kam select (1,000)'));
  const fixed = { wall: median(fixedRuns.map((r) => r.wall)), cpu: median(fixedRuns.map((r) => r.cpu)) };
  rmSync(join(root, tiny, 'kam.csv'), { force: true });
  console.log(`  fixed cost (1,000 accounts): ${s2(fixed.wall)} (CPU ${s2(fixed.cpu)})`);
  const net = (x, f, n) => `${((Math.max(0, x - f) / (n - 1000)) * 1e6).toFixed(2)} µs`;
  const results = new Map();
  for (const accounts of sizes) {
    const dir = await portfolio(accounts);
    const out = `${dir}/kam.csv`;
    const r = timed(process.execPath, kamArgs(dir, 'csv', out), KAM_ENV);
    rmSync(join(root, out), { force: true });
    const ok = !r.error && r.status === 0;
    const firstLine = r.stderr.trim().split('\n')[0] ?? '';
    results.set(accounts, { ...r, ok, firstLine });
    console.log(`  ${n0(accounts).padStart(10)}: ${ok ? `${s2(r.wall)} (CPU ${s2(r.cpu)}), ${mb(r.rssMB)}` : `stopped (${r.signal ?? `exit ${r.status}`}): ${firstLine}`}`);
    scaleRows.push({
      accounts: n0(accounts),
      time: ok ? `${s2(r.wall)} (CPU ${s2(r.cpu)})` : `stopped: ${firstLine || r.signal || `exit ${r.status}`}`,
      perAccount: ok ? `${((r.wall / accounts) * 1e6).toFixed(2)} µs` : '',
      net: ok && accounts > 1000 ? `${net(r.wall, fixed.wall, accounts)} (CPU ${net(r.cpu, fixed.cpu, accounts)})` : '',
      rate: ok ? `${n0(accounts / r.wall)}/s` : '',
      rss: mb(r.rssMB),
    });
  }
  scaleRows.push({ accounts: 'fixed cost', time: `${s2(fixed.wall)} (CPU ${s2(fixed.cpu)})`, perAccount: '', net: 'a 1,000-account run, median of 5', rate: '', rss: '' });
  const five = results.get(5_000_000);
  if (!five) target('5M accounts: peak RSS', '', notRun('≤ 1,536 MB (1.5 GiB)', opts.quick ? '--quick' : 'not in --sizes'));
  else target('5M accounts: peak RSS', five.ok ? `${mb(five.rssMB)} in ${s2(five.wall)}` : `failed: ${five.firstLine}`, five.ok ? atMost(five.rssMB, 1536, ' MB') : holds(false, five.firstLine));
  const ten = results.get(10_000_000);
  if (!ten) target('10M accounts: within 3 GiB, or a clear early stop', '', notRun('≤ 3,072 MB', opts.quick ? '--quick' : 'not in --sizes'));
  else if (ten.ok) target('10M accounts: within 3 GiB, or a clear early stop', `ran: ${mb(ten.rssMB)} in ${s2(ten.wall)}`, atMost(ten.rssMB, 3072, ' MB'));
  else {
    // A clear early stop: kam's own one-line message (exit 1 or 2), no crash, no stack trace.
    const clear = (ten.status === 1 || ten.status === 2) && /^kam: /.test(ten.firstLine) && !/\n\s+at /.test(ten.stderr);
    target('10M accounts: within 3 GiB, or a clear early stop', `stopped at ${mb(ten.rssMB)}: ${ten.firstLine || ten.signal}`, holds(clear && ten.rssMB <= 3072, 'not a clear stop within 3 GiB'));
  }
  const points = [...results].filter(([n, r]) => n >= 100_000 && r.ok).map(([n, r]) => [n, r.wall]);
  if (points.length >= 2 && points.some(([n]) => n >= 5_000_000)) {
    const f = perAccountSpread(points, fixed.wall, 1000);
    const cpu = perAccountSpread([...results].filter(([n, r]) => n >= 100_000 && r.ok).map(([n, r]) => [n, r.cpu]), fixed.cpu, 1000);
    const cpuPoints = [...results].filter(([n, r]) => n >= 1_000_000 && r.ok).map(([n, r]) => [n, r.cpu]);
    const big = cpuPoints.length >= 2 ? perAccountSpread(points.filter(([n]) => n >= 1_000_000), fixed.wall, 1000) : null;
    const bigCpu = cpuPoints.length >= 2 ? perAccountSpread(cpuPoints, fixed.cpu, 1000) : null;
    target('time per account net of start-up, 100k … 10M: slowest ÷ fastest',
      `${f.spread.toFixed(2)}× (${n0(f.slowest[0])}: ${f.slowest[1].toFixed(2)} µs, ${n0(f.fastest[0])}: ${f.fastest[1].toFixed(2)} µs); CPU ${cpu.spread.toFixed(2)}×`,
      atMost(f.spread, 1.25, '×'),
      () => [
        cpu.spread <= 1.25 ? `on CPU time the spread is ${cpu.spread.toFixed(2)}×, within the 1.25×, so the wall-time miss is the machine's load (one run per size)` : `on CPU time too (${cpu.spread.toFixed(2)}×)`,
        big && bigCpu ? `; from 1M to 10M alone it is ${big.spread.toFixed(2)}× on wall time and ${bigCpu.spread.toFixed(2)}× on CPU time` : '',
        bigCpu && bigCpu.spread <= 1.25 && cpu.spread > 1.25
          ? `, so on CPU time the miss is the small end: a run of ${n0(cpu.slowest[0])} accounts (${cpu.slowest[1].toFixed(2)} µs each) is short enough that its start-up and JIT warm-up beyond the 1,000-account fixed cost still weigh`
          : '',
        big && big.spread > 1.25 && bigCpu && bigCpu.spread <= 1.25 ? `, and the wall-time spread above 1M is the machine's load on the long runs` : '',
        ` (load average ${found.loads.scale} when the sizes began).`,
      ].join(''));
  } else target('time per account net of start-up, 100k … 10M: slowest ÷ fastest', '', notRun('≤ 1.25×', 'needs sizes from 100k to 10M'));
}

// ---------------------------------------------------------------------------------------------
// 5. The workshop's live recompute (issue 6): evaluate() after a weight change, in-process.

{
  try {
    const dir = await portfolio(10_000);
    const dist = (p) => pathToFileURL(join(root, 'dist', p)).href;
    const { loadCriteria } = await import(dist('load/criteria.js'));
    const { loadCustomers } = await import(dist('load/customers.js'));
    const { evaluate, DEFAULT_METHOD } = await import(dist('core/engine.js'));
    const criteria = loadCriteria(readFileSync(join(root, dir, 'criteria.csv'), 'utf8'), 'criteria.csv');
    const pf = loadCustomers(readFileSync(join(root, dir, 'customers.csv')), { file: 'customers.csv', factors: criteria.map((f) => f.factor) });
    const times = [];
    const cpuTimes = [];
    for (let i = 0; i < 101; i++) {
      const changed = criteria.map((f, k) => ({ ...f, weight: f.weight * (1 + ((i + k) % 7) / 10) }));
      const c = process.cpuUsage();
      const t = performance.now();
      evaluate(pf, changed, DEFAULT_METHOD);
      times.push(performance.now() - t);
      const used = process.cpuUsage(c);
      cpuTimes.push((used.user + used.system) / 1000);
    }
    const warm = times.slice(1).sort((a, b) => a - b);
    const warmCpu = cpuTimes.slice(1).sort((a, b) => a - b);
    const loadAt = load1();
    target('workshop recompute, 10k accounts (issue 6), p90', `median ${median(warm).toFixed(1)} ms, p90 ${warm[89].toFixed(1)} ms`, atMost(warm[89], 20, ' ms'),
      () => `the recompute's own CPU time is median ${median(warmCpu).toFixed(1)} ms, p90 ${warmCpu[89].toFixed(1)} ms (${warmCpu[89] <= 20 ? 'within the 20 ms, so the wall-time miss is time the process waited for a core' : 'over the 20 ms on CPU time too'}; load average ${loadAt}).`);
  } catch (err) {
    // The in-process API moved (a restructuring): say so instead of failing the whole run.
    target('workshop recompute, 10k accounts (issue 6), p90', '', notRun('≤ 20 ms', `kam's in-process API did not load (${err.message.split('\n')[0]})`));
  }
}

// ---------------------------------------------------------------------------------------------
// 6. CPU profiles.

let profileMd = null;
let profileText = null;
if (!opts['no-profile']) {
  const profDir = join(OUT, 'profile');
  const profile = (args, interval) => {
    rmSync(profDir, { recursive: true, force: true });
    mustSucceed(timed(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profDir, ...(interval ? ['--cpu-prof-interval', String(interval)] : []), ...args], KAM_ENV), `node --cpu-prof ${args.join(' ')}`);
    const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
    return JSON.parse(readFileSync(join(profDir, file), 'utf8'));
  };
  console.log(`\nprofiles: the ${M} CSV run (and its tie-heavy variant), the small runs`);
  const tiesDir = await portfolio(HEAD, true);
  const runs = [
    { label: `${M}, CSV out`, steps: selectSteps(profile(kamArgs(headDir, 'csv', `${headDir}/kam.csv`).slice(RSS.length))) },
    { label: `${M} with whole-number scores (--ties), CSV out`, steps: selectSteps(profile(kamArgs(tiesDir, 'csv', `${tiesDir}/kam.csv`).slice(RSS.length))) },
  ];
  found.csvSteps = runs[0].steps;
  found.jsonSteps = selectSteps(profile(kamArgs(headDir, 'json', `${headDir}/kam.json`).slice(RSS.length)));
  rmSync(join(root, headDir, 'kam.json'), { force: true });
  rmSync(join(root, headDir, 'kam.csv'), { force: true });
  rmSync(join(root, tiesDir, 'kam.csv'), { force: true });
  const dir1k = await portfolio(1000);
  const small = [
    { label: 'select examples/customers.csv', prof: profile(['bin/kam.js', 'select', 'examples/customers.csv', '--no-interactive'], 100) },
    { label: 'select 1,000 accounts, table', prof: profile(['bin/kam.js', 'select', `${dir1k}/customers.csv`, '--criteria', `${dir1k}/criteria.csv`, '--no-interactive', '--format', 'table'], 100) },
  ].map((s) => ({ ...s, modules: breakdown(s.prof, moduleOf, 'node (bootstrap, module loader, natives)', 2) }));
  found.small = small;
  const stepRows = runs[0].steps.rows.map((r, i) => {
    const t = runs[1].steps.rows[i];
    const j = found.jsonSteps.rows[i];
    return {
      step: r.name,
      a: `${(r.ms / 1000).toFixed(2)} s (${(100 * r.share).toFixed(0)} %)`,
      b: `${(t.ms / 1000).toFixed(2)} s (${(100 * t.share).toFixed(0)} %)`,
      c: `${(j.ms / 1000).toFixed(2)} s (${(100 * j.share).toFixed(0)} %)`,
      top: r.top.slice(0, 2).map((x) => `${x.fn} ${x.ms.toFixed(0)} ms`).join('; '),
      topTies: t.top.slice(0, 2).map((x) => `${x.fn} ${x.ms.toFixed(0)} ms`).join('; '),
    };
  });
  stepRows.push({ step: 'total (profiled)', a: `${(runs[0].steps.totalMs / 1000).toFixed(2)} s`, b: `${(runs[1].steps.totalMs / 1000).toFixed(2)} s`, c: `${(found.jsonSteps.totalMs / 1000).toFixed(2)} s`, top: '', topTies: '' });
  const stepCols = [['step', 'step'], ['a', runs[0].label], ['b', runs[1].label], ['c', `${M}, JSON out`], ['top', `hottest functions (${M})`], ['topTies', 'hottest functions (--ties)']];
  const moduleRows = (s) => s.modules.rows.slice(0, 8).map((m) => ({ module: m.name, ms: `${m.ms.toFixed(1)} ms (${(100 * m.share).toFixed(0)} %)`, top: m.top.map((x) => x.fn).join('; ') }));
  const modCols = [['module', 'module'], ['ms', 'CPU time'], ['top', 'hottest functions']];
  profileText = [
    renderTextTable(stepCols, stepRows),
    ...small.map((s) => `\n${s.label} (${s.modules.totalMs.toFixed(0)} ms of CPU, profiled at 0.1 ms):\n${renderTextTable(modCols, moduleRows(s))}`),
  ].join('\n');
  profileMd = [
    '`node --cpu-prof` of `kam select … --format csv -o …`; each sample is charged to the step of the nearest',
    'kam frame up its stack (bench/lib/profile.mjs); profiling itself slows the run, so read the shares.',
    '',
    renderMarkdownTable(stepCols, stepRows),
    ...small.flatMap((s) => ['', `${s.label}: ${s.modules.totalMs.toFixed(0)} ms of CPU by module (profiled at 0.1 ms)`, '', renderMarkdownTable(modCols, moduleRows(s))]),
  ].join('\n');
  rmSync(profDir, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// Report

const sideCols = [['tool', 'tool'], ['time', 'median time'], ['range', 'rounds (s)'], ['vsKam', '÷ kam (paired)'], ['cpu', 'median CPU'], ['cpuVsKam', 'CPU ÷ kam'], ['rss', 'peak RSS'], ['result', 'result']];
const startCols = [['what', 'command'], ['ms', 'median'], ['vs', '÷ node -e 0 (paired)'], ['extra', 'over node -e 0']];
const scaleCols = [['accounts', 'accounts'], ['time', 'time'], ['perAccount', 'per account'], ['net', 'per account, net of the fixed cost'], ['rate', 'accounts/s'], ['rss', 'peak RSS']];
const targetCols = [['figure', 'figure'], ['measured', 'measured'], ['target', 'target'], ['verdict', 'verdict']];
const missed = targets.filter((t) => t.ok === false);
// Why each miss misses, now that the profiles are in.
for (const t of missed) t.why = t.why ? t.why().replace(/\s+$/, '') : '';
const whyLines = missed.filter((t) => t.why).map((t) => `- ${t.figure}: ${t.why}`);

console.log(`\nSide by side: ${n0(HEAD)} accounts × ${FACTORS} factors, CSV out, ${ROUNDS} rounds\n${renderTextTable(sideCols, sideBySide)}`);
console.log(`\nStart-up\n${renderTextTable(startCols, startupRows)}`);
console.log(`\nScale (CSV out, one run each)\n${renderTextTable(scaleCols, scaleRows)}`);
if (profileText) console.log(`\nWhere the time goes\n${profileText}`);
console.log(`\nTargets\n${renderTextTable(targetCols, targets)}`);
console.log(`\n${missed.length === 0 ? 'Every target measured is met.' : `${missed.length} target${missed.length === 1 ? '' : 's'} missed: ${missed.map((t) => t.figure).join('; ')}.`}`);
if (whyLines.length > 0) console.log(`\nWhy they miss\n${whyLines.join('\n')}`);

const md = [
  `Machine: ${machine}. Load average (1, 5, 15 min) at the start: ${startLoad}; at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(', ')}.`,
  `Date: ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC. kam ${kamVersion} at ${gitHead}.`,
  'Rerun: `npm run bench:peers` once (and `apt-get install -y python3-pandas r-cran-data.table`), then `npm run bench`; options in the README\'s Benchmark section.',
  '',
  `### Side by side: ${n0(HEAD)} accounts × ${FACTORS} factors, CSV out, ${ROUNDS} rounds`,
  '',
  renderMarkdownTable(sideCols, sideBySide),
  '',
  '### Targets',
  '',
  renderMarkdownTable(targetCols, targets),
  '',
  missed.length === 0 ? 'Every target measured is met.' : `Missed: ${missed.map((t) => t.figure).join('; ')}.`,
  '',
  ...(whyLines.length > 0 ? ['Why they miss:', '', ...whyLines, ''] : []),
  '### Start-up',
  '',
  renderMarkdownTable(startCols, startupRows),
  '',
  '### Scale (CSV out, one run each)',
  '',
  renderMarkdownTable(scaleCols, scaleRows),
  ...(profileMd ? ['', '### Where the time goes', '', profileMd] : []),
].join('\n');
writeFileSync(join(OUT, 'results.md'), `${md}\n`);
console.log('\nwritten: bench/out/results.md');
if (!opts['no-write']) {
  const file = join(root, 'bench', 'RESULTS.md');
  writeFileSync(file, replaceSection(existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n', 'bench:run', md));
  console.log('written: bench/RESULTS.md (the section between the bench:run markers)');
}

// End-to-end benchmark of `kam select`: generates synthetic portfolios (bench/generate.mjs) into
// bench/out/<N>/, runs the built CLI on each in a child process and prints wall time, accounts/s and peak RSS.
//   npm run bench           (= npm run build && node bench/run.mjs: 1,000,000 accounts, 12 factors, csv)
//   node bench/run.mjs --accounts 10000,100000,1000000 [--factors 12] [--format csv|json] [--seed 1] [--keep]
// Generated inputs stay in bench/out/ (gitignored) and are reused when their parameters match;
// each run's result file is deleted afterwards unless --keep is given.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, createReadStream } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { generate, parseArgs, GENERATOR_VERSION } from './generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

function usage(message) {
  console.error(`bench: ${message}`);
  console.error('usage: node bench/run.mjs [--accounts N[,N...]] [--factors F] [--format csv|json] [--seed S] [--keep]');
  process.exit(2);
}

let opts;
try {
  opts = parseArgs(process.argv.slice(2), { accounts: 'value', factors: 'value', format: 'value', seed: 'value', keep: 'flag' });
} catch (err) {
  usage(err.message);
}
const sizes = String(opts.accounts ?? '1000000').split(',').map((s) => Number(s.trim()));
const factors = Number(opts.factors ?? 12);
const format = opts.format ?? 'csv';
const seed = Number(opts.seed ?? 1);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) usage(`--accounts must be positive integers, got "${opts.accounts}"`);
if (!Number.isInteger(factors) || factors < 2) usage(`--factors must be an integer of at least 2, got "${opts.factors}"`);
if (format !== 'csv' && format !== 'json') usage(`--format must be csv or json, got "${format}"`);
if (!Number.isInteger(seed)) usage(`--seed must be an integer, got "${opts.seed}"`);

if (!existsSync(join(root, 'dist/cli/run.js'))) {
  console.error('bench: dist/cli/run.js is missing, so kam is not built. Run `npm run build` first (`npm run bench` builds and then benchmarks).');
  process.exit(1);
}

/** Newline count of a file, streamed (the result can be hundreds of MB). */
async function countLines(file) {
  let lines = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
  }
  return lines;
}

const cpus = os.cpus();
console.log(`machine: ${cpus[0]?.model ?? 'unknown cpu'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()}-${os.arch()}`);
console.log(`node:    ${process.version}`);
console.log(`date:    ${new Date().toISOString()}\n`);

const results = [];
for (const accounts of sizes) {
  const dir = join('bench', 'out', String(accounts)); // relative to root, which is the child's cwd
  const abs = (file) => join(root, dir, file);
  const wanted = { generator: GENERATOR_VERSION, accounts, factors, seed };
  const have = existsSync(abs('params.json')) && existsSync(abs('customers.csv')) ? readFileSync(abs('params.json'), 'utf8').trim() : '';
  if (have === JSON.stringify(wanted)) {
    console.log(`reusing ${dir}/ (${accounts} accounts, ${factors} factors, seed ${seed})`);
  } else {
    const g = await generate({ accounts, factors, seed, out: join(root, dir) });
    console.log(`generated ${dir}/ in ${(g.ms / 1000).toFixed(2)} s (${(g.bytes / 1e6).toFixed(1)} MB)`);
  }

  const resultFile = abs(`result.${format}`);
  const rssFile = abs('rss.txt');
  rmSync(resultFile, { force: true });
  rmSync(rssFile, { force: true });
  const args = ['--require', './bench/rss.cjs', 'bin/kam.js', 'select', `${dir}/customers.csv`, '--criteria', `${dir}/criteria.csv`,
    '--no-interactive', '--format', format, '-o', `${dir}/result.${format}`];
  console.log(`> node ${args.join(' ')}`);
  const started = performance.now();
  const child = spawnSync(process.execPath, args, {
    cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, KAM_BENCH_RSS_FILE: rssFile },
  });
  const wall = (performance.now() - started) / 1000;
  if (child.error || child.status !== 0) {
    const why = child.error ? child.error.message : child.signal ? `killed by ${child.signal}` : `exit code ${child.status}`;
    console.error(`bench: kam select failed on ${accounts} accounts (${why}).`);
    process.exit(1);
  }
  if (!existsSync(resultFile) || statSync(resultFile).size === 0) {
    console.error(`bench: kam exited 0 but wrote no ${dir}/result.${format}.`);
    process.exit(1);
  }
  if (format === 'csv') {
    const rows = (await countLines(resultFile)) - 1;
    if (rows !== accounts) console.warn(`bench: warning: ${dir}/result.csv has ${rows} data lines, expected ${accounts}.`);
  }
  const rssKiB = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : NaN;
  results.push({ accounts, factors, format, wall, rate: accounts / wall, rssMB: rssKiB / 1024 });
  if (!opts.keep) rmSync(resultFile, { force: true });
  rmSync(rssFile, { force: true });
}

const n0 = (x) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : 'n/a');
const rows = [['accounts', 'factors', 'format', 'wall s', 'accounts/s', 'peak RSS MB'],
  ...results.map((r) => [n0(r.accounts), String(r.factors), r.format, r.wall.toFixed(2), n0(r.rate), n0(r.rssMB)])];
const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
console.log('');
for (const [i, row] of rows.entries()) {
  console.log(row.map((cell, c) => (c === 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}

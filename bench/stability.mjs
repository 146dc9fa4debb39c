// Benchmark of the stability analysis (`kam select --stability`): generates synthetic portfolios
// (bench/generate.mjs) into bench/out/<N>/ and times, in-process, the stability core alone
// (loading and the base evaluation excluded) for each split rule, then `kam select --stability`
// end to end through the built CLI.
//   npm run build && node bench/stability.mjs [--accounts 10000] [--factors 12] [--runs 1000] [--score-noise 0.5] [--seed 1]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import os from 'node:os';
import { generate, parseArgs, GENERATOR_VERSION } from './generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = (p) => pathToFileURL(join(root, 'dist', p)).href;
if (!existsSync(join(root, 'dist/core/stability.js'))) {
  console.error('bench: dist/ is missing or stale; run `npm run build` first.');
  process.exit(1);
}

let opts;
try {
  opts = parseArgs(process.argv.slice(2), { accounts: 'value', factors: 'value', runs: 'value', 'score-noise': 'value', seed: 'value' });
} catch (err) {
  console.error(`bench: ${err.message}`);
  console.error('usage: node bench/stability.mjs [--accounts N] [--factors F] [--runs R] [--score-noise D] [--seed S]');
  process.exit(2);
}
const accounts = Number(opts.accounts ?? 10000);
const factors = Number(opts.factors ?? 12);
const runs = Number(opts.runs ?? 1000);
const scoreNoise = Number(opts['score-noise'] ?? 0.5);
const seed = Number(opts.seed ?? 1);
for (const [name, v, min] of [['accounts', accounts, 1], ['factors', factors, 2], ['runs', runs, 1], ['seed', seed, 0]]) {
  if (!Number.isInteger(v) || v < min) {
    console.error(`bench: --${name} must be an integer of at least ${min}.`);
    process.exit(2);
  }
}
if (!(scoreNoise >= 0)) {
  console.error('bench: --score-noise must be a number of at least 0.');
  process.exit(2);
}

const dir = join(root, 'bench', 'out', String(accounts));
const wanted = { generator: GENERATOR_VERSION, accounts, factors, seed };
const have = existsSync(join(dir, 'params.json')) && existsSync(join(dir, 'customers.csv')) ? readFileSync(join(dir, 'params.json'), 'utf8').trim() : '';
if (have !== JSON.stringify(wanted)) await generate({ accounts, factors, seed, out: dir });

const { loadCriteria } = await import(dist('load/criteria.js'));
const { loadCustomers } = await import(dist('load/customers.js'));
const { evaluate, DEFAULT_METHOD } = await import(dist('core/engine.js'));
const { stability, borderlineCount } = await import(dist('core/stability.js'));

const criteria = loadCriteria(readFileSync(join(dir, 'criteria.csv'), 'utf8'), 'criteria.csv');
const portfolio = loadCustomers(readFileSync(join(dir, 'customers.csv'), 'utf8'), { file: 'customers.csv', factors: criteria.map((f) => f.factor) });

const cpus = os.cpus();
console.log(`machine: ${cpus[0]?.model ?? 'unknown cpu'}, ${cpus.length} cores; node ${process.version}`);
console.log(`portfolio: ${accounts.toLocaleString('en-US')} accounts × ${factors} factors; ${runs.toLocaleString('en-US')} runs\n`);
const rows = [['split', 'score noise', 'seconds', 'account-runs/s', 'borderline']];
for (const split of ['midpoint', 'median', 'mean']) {
  for (const noise of [0, scoreNoise]) {
    const ev = evaluate(portfolio, criteria, { ...DEFAULT_METHOD, missing: 'midpoint', split: { rule: split } });
    const t0 = performance.now();
    const s = stability(portfolio, ev, { runs, perturb: 0.2, scoreNoise: noise, seed });
    const secs = (performance.now() - t0) / 1000;
    rows.push([split, String(noise), secs.toFixed(2), Math.round((accounts * runs) / secs).toLocaleString('en-US'), String(borderlineCount(s))]);
  }
}
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const [i, r] of rows.entries()) {
  console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}

const out = join(dir, 'stability.csv');
const args = ['bin/kam.js', 'select', join(dir, 'customers.csv'), '--criteria', join(dir, 'criteria.csv'), '--missing', 'midpoint',
  '--stability', String(runs), '--score-noise', String(scoreNoise), '--format', 'csv', '-o', out];
const t0 = performance.now();
const child = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
const wall = (performance.now() - t0) / 1000;
rmSync(out, { force: true });
if (child.status !== 0) {
  console.error(`bench: kam select --stability failed (exit ${child.status}).`);
  process.exit(1);
}
console.log(`\nend to end: kam select --stability ${runs} --score-noise ${scoreNoise} --format csv: ${wall.toFixed(2)} s`);

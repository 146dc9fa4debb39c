// The benchmark's peers: the same selection written with other tools, run on the same files and
// checked against kam's result. None of them is a dependency of kam: the npm ones live in
// bench/peers/node_modules (npm run bench:peers = npm ci --prefix bench/peers), the others come
// from Debian. find(root) says whether a peer can run here, or how to install it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const works = (cmd, args, cwd) => spawnSync(cmd, args, { cwd, stdio: 'ignore' }).status === 0;
const NPM_PEERS = 'npm run bench:peers (= npm ci --prefix bench/peers)';

function python(root) {
  // Debian's python3-pandas belongs to Debian's python3, which a pyenv python3 earlier on PATH hides.
  for (const py of ['python3', '/usr/bin/python3']) if (works(py, ['-c', 'import pandas'], root)) return py;
  return null;
}

const nodePeer = (pkg) => (root) =>
  works(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(pkg)})`], join(root, 'bench', 'peers'));

export const PEERS = [
  {
    name: 'pandas',
    label: 'pandas (Python)',
    find(root) {
      const py = python(root);
      return py ? { ok: true, command: [py, 'bench/peers/pandas_select.py'], env: {} } : { ok: false, install: 'apt-get install -y python3-pandas' };
    },
  },
  {
    name: 'polars',
    label: 'Polars, 1 thread',
    find(root) {
      return nodePeer('nodejs-polars')(root)
        ? { ok: true, command: [process.execPath, '--require', './bench/rss.cjs', 'bench/peers/polars_select.mjs'], env: { POLARS_MAX_THREADS: '1' } }
        : { ok: false, install: NPM_PEERS };
    },
  },
  {
    name: 'duckdb',
    label: 'DuckDB, 1 thread',
    find(root) {
      return nodePeer('@duckdb/node-api')(root)
        ? { ok: true, command: [process.execPath, '--require', './bench/rss.cjs', 'bench/peers/duckdb_select.mjs'], env: { DUCKDB_THREADS: '1' } }
        : { ok: false, install: NPM_PEERS };
    },
  },
  {
    name: 'datatable',
    label: 'R data.table, 1 thread',
    find(root) {
      return works('Rscript', ['-e', 'suppressPackageStartupMessages(library(data.table))'], root)
        ? { ok: true, command: ['Rscript', 'bench/peers/datatable_select.R'], env: {} }
        : { ok: false, install: 'apt-get install -y r-cran-data.table' };
    },
  },
];

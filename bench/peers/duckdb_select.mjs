// kam's selection as one DuckDB query (the npm package @duckdb/node-api), as an analyst fluent in
// SQL would write it: read_csv, window functions for the percentile rank and the Pareto running
// share, ORDER BY, COPY … TO csv. The same rules as METHOD.md §3 for the generated benchmark files
// (no missing values, midpoint split, no capacity), in the same floating-point order as kam, so
// bench/run.mjs checks its result against kam's row by row.
//   node bench/peers/duckdb_select.mjs customers.csv criteria.csv out.csv
// One thread unless DUCKDB_THREADS says otherwise (bench/run.mjs preloads bench/rss.cjs for the peak RSS).
// Installed apart from kam: npm ci --prefix bench/peers
import { readCriteria } from './criteria.mjs';

const { DuckDBInstance } = await import('@duckdb/node-api');
const [customers, criteriaFile, out] = process.argv.slice(2);
if (!out) {
  console.error('usage: node bench/peers/duckdb_select.mjs customers.csv criteria.csv out.csv');
  process.exit(2);
}
const criteria = readCriteria(criteriaFile);
const threads = process.env.DUCKDB_THREADS ?? '1';

const ident = (s) => `"${s.replace(/"/g, '""')}"`;
const text = (s) => `'${s.replace(/'/g, "''")}'`;
// A number as a DOUBLE (a bare 0.5 would be a DECIMAL in DuckDB).
const num = (v) => `${text(String(v))}::DOUBLE`;
const round9 = (e) => `(floor((${e}) * 1e9 + 0.5) / 1e9)`;

const instance = await DuckDBInstance.create(':memory:', { threads });
const con = await instance.connect();
// Read once into a table (a view would read the file again for each query below), only the
// columns the result needs (channel and potential are not kept).
const columns = ['id', 'name', 'segment', 'revenue', ...criteria.map((f) => f.factor)].map(ident).join(', ');
await con.run(`CREATE TEMP TABLE c AS SELECT ${columns} FROM read_csv(${text(customers)}, header = true,
  types = {'id': 'VARCHAR', 'name': 'VARCHAR', 'segment': 'VARCHAR'})`);

// minmax needs the portfolio's lowest and highest value first.
const minmax = criteria.filter((f) => f.normalize === 'minmax');
const bounds = new Map();
if (minmax.length > 0) {
  const r = await con.runAndReadAll(`SELECT ${minmax.map((f) => `min(${ident(f.factor)}::DOUBLE), max(${ident(f.factor)}::DOUBLE)`).join(', ')} FROM c`);
  const row = r.getRows()[0];
  minmax.forEach((f, k) => bounds.set(f.factor, { lo: Number(row[2 * k]), hi: Number(row[2 * k + 1]) }));
}

const percentiles = criteria.filter((f) => f.normalize === 'percentile');
const pct = (f) => `__pct${percentiles.indexOf(f)}`;

function normalized(f) {
  const x = `${ident(f.factor)}::DOUBLE`;
  let u;
  if (f.normalize === 'none') u = `((${x} - ${num(f.min)}) / ${num(f.max - f.min)})`;
  else if (f.normalize === 'minmax') {
    const { lo, hi } = bounds.get(f.factor);
    u = hi > lo ? `((${x} - ${num(lo)}) / ${num(hi - lo)})` : num(0.5);
  } else if (f.normalize === 'percentile') u = pct(f);
  else {
    const t = f.normalize.slice('bands:'.length).split(';').map(Number);
    u = `((${t.map((v) => `(CASE WHEN ${x} >= ${num(v)} THEN 1 ELSE 0 END)`).join(' + ')})::DOUBLE / ${num(t.length)})`;
  }
  return f.direction === 'lower' ? `(${num(1)} - ${u})` : u;
}

function axisScore(axis) {
  const fs = criteria.filter((f) => f.axis === axis);
  const total = fs.reduce((s, f) => s + f.weight, 0);
  // Σ w·u added factor by factor, left to right, as kam does.
  const sum = fs.map((f) => `${num(f.weight)} * ${normalized(f)}`).join(' + ');
  return `${round9(`100 * ((${sum}) / ${num(total)})`)} AS ${axis}`;
}

// percentile: u = (average rank − 1) / (n − 1); with first = rank − 1 and a tie run of cnt
// values, average rank − 1 = first + (cnt − 1) / 2.
const n = Number((await con.runAndReadAll('SELECT count(*) FROM c')).getRows()[0][0]);
const pctColumns = percentiles.map((f) => {
  const x = `${ident(f.factor)}::DOUBLE`;
  return n > 1
    ? `((2 * (rank() OVER (ORDER BY ${x}) - 1) + count(*) OVER (PARTITION BY ${x}) - 1) / 2.0 / ${num(n - 1)}) AS ${pct(f)}`
    : `${num(0.5)} AS ${pct(f)}`;
});

const rankOrder = 'q, attractiveness DESC, strength DESC, id';
await con.run(`COPY (
  WITH base AS (SELECT *${pctColumns.map((p) => `, ${p}`).join('')} FROM c),
  scored AS (
    SELECT id, name, segment, coalesce(revenue::DOUBLE, 0) + 0.0 AS rev,
      ${axisScore('attractiveness')}, ${axisScore('strength')}
    FROM base),
  classified AS (
    SELECT *, CASE WHEN attractiveness >= 50 AND strength >= 50 THEN 0 WHEN attractiveness >= 50 THEN 1
                   WHEN strength >= 50 THEN 2 ELSE 3 END AS q
    FROM scored),
  pareto AS (
    SELECT *, ${round9(`100 * coalesce(sum(rev) OVER (ORDER BY rev DESC, id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)
                  / (SELECT sum(rev) FROM classified)`)} AS share
    FROM classified)
  SELECT row_number() OVER (ORDER BY ${rankOrder}) AS rank, id, name, attractiveness, strength,
    CASE q WHEN 0 THEN 'key' WHEN 1 THEN 'key-development' WHEN 2 THEN 'maintenance' ELSE 'opportunistic' END AS quadrant,
    CASE WHEN q <= 1 THEN 'true' ELSE 'false' END AS selected, segment,
    CASE WHEN share < 80 THEN 'A' WHEN share < 95 THEN 'B' ELSE 'C' END AS pareto,
    1 AS coverage_attractiveness, 1 AS coverage_strength
  FROM pareto ORDER BY ${rankOrder}
) TO ${text(out)} (FORMAT csv, HEADER)`);

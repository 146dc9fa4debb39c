// kam's selection written with Polars (the npm package nodejs-polars), as a data engineer would:
// readCSV, column expressions, two frame sorts, writeCSV. The same rules as METHOD.md §3 for the
// generated benchmark files (no missing values, midpoint split, no capacity), in the same
// floating-point order as kam, so bench/run.mjs checks its result against kam's row by row.
//   POLARS_MAX_THREADS=1 node bench/peers/polars_select.mjs customers.csv criteria.csv out.csv
// (bench/run.mjs sets one thread, and preloads bench/rss.cjs for the peak RSS).
// Installed apart from kam: npm ci --prefix bench/peers
import { readCriteria } from './criteria.mjs';

const pl = (await import('nodejs-polars')).default;
const [customers, criteriaFile, out] = process.argv.slice(2);
if (!out) {
  console.error('usage: node bench/peers/polars_select.mjs customers.csv criteria.csv out.csv');
  process.exit(2);
}
const criteria = readCriteria(criteriaFile);
const threads = Number(process.env.POLARS_MAX_THREADS ?? 0) || undefined;
// Only the columns the result needs (channel and potential are not read).
const columns = ['id', 'name', 'segment', 'revenue', ...criteria.map((f) => f.factor)];
let df = pl.readCSV(customers, { columns, dtypes: { id: pl.Utf8, name: pl.Utf8, segment: pl.Utf8 }, ...(threads ? { numThreads: threads } : {}) });
const n = df.height;
const { col, lit, when } = pl;

// Polars divides by a scalar as a multiplication by its reciprocal, which is not always the
// correctly rounded quotient kam (and IEEE division) gives: dividing by a column of the
// constant divides exactly. Those columns are added to the frame here, one per divisor.
const divisors = new Map();
function over(v) {
  let name = divisors.get(v);
  if (!name) {
    name = `__div${divisors.size}`;
    divisors.set(v, name);
    df = df.withColumn(pl.Series(name, new Float64Array(n).fill(v)));
  }
  return col(name);
}

// JavaScript's Math.round(x * 1e9) / 1e9 (halves up).
const round9 = (e) => e.mul(1e9).add(0.5).floor().div(over(1e9));

function normalized(f) {
  const x = col(f.factor).cast(pl.Float64);
  let u;
  if (f.normalize === 'none') u = x.sub(f.min).div(over(f.max - f.min));
  else if (f.normalize === 'minmax') {
    const raw = df.getColumn(f.factor).cast(pl.Float64);
    const lo = raw.min();
    const hi = raw.max();
    u = hi > lo ? x.sub(lo).div(over(hi - lo)) : lit(0.5);
  } else if (f.normalize === 'percentile') u = n > 1 ? x.rank('average').cast(pl.Float64).sub(1).div(over(n - 1)) : lit(0.5);
  else {
    // bands: the number of thresholds at or below the value, over the number of thresholds
    const t = f.normalize.slice('bands:'.length).split(';').map(Number);
    u = t.map((v) => when(x.gtEq(v)).then(lit(1)).otherwise(lit(0))).reduce((a, b) => a.add(b)).cast(pl.Float64).div(over(t.length));
  }
  return f.direction === 'lower' ? lit(1).sub(u) : u;
}

function axisScore(axis) {
  const fs = criteria.filter((f) => f.axis === axis);
  const total = fs.reduce((s, f) => s + f.weight, 0);
  // Σ w·u added factor by factor, left to right, as kam does.
  const sum = fs.map((f) => normalized(f).mul(f.weight)).reduce((a, b) => a.add(b));
  return round9(sum.div(over(total)).mul(100)).alias(axis);
}

const scores = [axisScore('attractiveness'), axisScore('strength')];
df = df.withColumns(...scores);
const highA = col('attractiveness').gtEq(50);
const highS = col('strength').gtEq(50);
df = df.withColumns(
  when(highA.and(highS)).then(lit(0)).when(highA).then(lit(1)).when(highS).then(lit(2)).otherwise(lit(3)).alias('q'),
  col('revenue').cast(pl.Float64).fillNull(0).alias('rev'),
);

// Pareto: revenue descending, ties by key; class A while the share before the account is < 80 %,
// B while < 95 %, else C. The total is the running sum in file order, like kam's loop.
const total = df.getColumn('rev').cumSum().tail(1).get(0);
const share = round9(col('rev').cumSum().shift(1).fillNull(0).mul(100).div(over(total)));
df = df.sort({ by: ['rev', 'id'], descending: [true, false], maintainOrder: true });
df = df.withColumns(when(share.lt(80)).then(lit('A')).when(share.lt(95)).then(lit('B')).otherwise(lit('C')).alias('pareto'));

df = df.sort({ by: ['q', 'attractiveness', 'strength', 'id'], descending: [false, true, true, false], maintainOrder: true });
const quadrant = when(col('q').eq(0)).then(lit('key')).when(col('q').eq(1)).then(lit('key-development')).when(col('q').eq(2)).then(lit('maintenance')).otherwise(lit('opportunistic'));
df = df.select(
  pl.intRange(1, n + 1).alias('rank'),
  col('id'),
  col('name'),
  col('attractiveness'),
  col('strength'),
  quadrant.alias('quadrant'),
  when(col('q').ltEq(1)).then(lit('true')).otherwise(lit('false')).alias('selected'),
  col('segment'),
  col('pareto'),
  lit(1).cast(pl.Int32).alias('coverage_attractiveness'),
  lit(1).cast(pl.Int32).alias('coverage_strength'),
);
df.writeCSV(out);

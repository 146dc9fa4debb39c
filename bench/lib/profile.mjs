// Reads a V8 CPU profile (node --cpu-prof) and says where the time went: each sample is charged
// to the step of the nearest frame, from the sampled function up its callers, that belongs to
// a step (shared helpers such as the packed sort are charged to whoever called them). Pure on
// the parsed profile (tested in test/bench/profile.test.ts).

/**
 * The steps of a `kam select` run, by the file of a frame. A rule's step is null for a file
 * shared by several steps: the frame's caller decides. The first rule that matches wins.
 * (Paths are kam's build layout, dist/…; a moved file falls to "other" until listed here.)
 */
export const SELECT_STEPS = [
  { step: 'GC', test: (f) => f.functionName === '(garbage collector)' },
  { step: 'sha256 of the input', test: (f) => f.url.startsWith('node:internal/crypto') },
  { step: null, test: (f) => f.url === '' || f.url.startsWith('node:') },
  { step: null, test: (f) => /\/dist\/core\/sort\.js$/.test(f.url) },
  // app/files.js reads the input in chunks (charged to whoever reads) and writes atomically.
  { step: null, test: (f) => /\/dist\/app\/files\.js$/.test(f.url) && /chunks|ChunkedInput|readInput|readStdin/.test(f.functionName) },
  { step: 'write', test: (f) => /\/dist\/app\/files\.js$/.test(f.url) },
  { step: 'read + parse', test: (f) => /\/dist\/load\//.test(f.url) },
  { step: 'rank sort', test: (f) => /\/dist\/core\/rank\.js$/.test(f.url) },
  { step: 'Pareto sort', test: (f) => /\/dist\/core\/pareto\.js$/.test(f.url) },
  { step: 'score + classify', test: (f) => /\/dist\/core\//.test(f.url) },
  { step: 'write', test: (f) => /\/dist\/render\//.test(f.url) },
];

/** The step order of a report; anything else is "start-up + other". */
export const STEP_ORDER = ['read + parse', 'sha256 of the input', 'score + classify', 'rank sort', 'Pareto sort', 'write', 'GC'];
export const OTHER = 'start-up + other';

/** Which module a frame's code belongs to: a package under node_modules, a folder of dist/, or null to ask the caller. */
export function moduleOf(f) {
  if (f.functionName === '(garbage collector)') return 'GC';
  if (f.url === '' || f.url.startsWith('node:')) return null;
  const pkg = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(f.url);
  if (pkg) return pkg[1];
  const dist = /\/dist\/([^/]+)\//.exec(f.url);
  if (dist) return `kam dist/${dist[1]}/`;
  if (/\/bin\/kam\.js$/.test(f.url)) return 'kam bin/kam.js';
  return null;
}

/** Self time in microseconds of each node id: sample i lasts until sample i + 1. */
export function selfTimes(profile) {
  const self = new Map();
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    const dt = i + 1 < timeDeltas.length ? timeDeltas[i + 1] : 0;
    self.set(samples[i], (self.get(samples[i]) ?? 0) + Math.max(0, dt));
  }
  return self;
}

/**
 * Charges every sample to a bucket: classify(callFrame) gives a bucket name, or null to try the
 * caller; a chain with no bucket goes to `fallback`. Idle time is left out. Returns buckets by
 * time (ms, share of the total) with their top functions by self time.
 */
export function breakdown(profile, classify, fallback = OTHER, topN = 3) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const bucketOf = new Map();
  const bucket = (id) => {
    if (bucketOf.has(id)) return bucketOf.get(id);
    let b = null;
    for (let at = id; at !== undefined; at = parent.get(at)) {
      if (bucketOf.has(at)) {
        b = bucketOf.get(at);
        break;
      }
      const found = classify(byId.get(at).callFrame);
      if (found) {
        b = found;
        break;
      }
    }
    b ??= fallback;
    // A node of a call tree has one chain of callers, so its bucket never changes.
    bucketOf.set(id, b);
    return b;
  };
  const totals = new Map();
  const fns = new Map();
  let total = 0;
  for (const [id, us] of selfTimes(profile)) {
    const node = byId.get(id);
    const f = node.callFrame;
    if (f.functionName === '(idle)') continue;
    const b = bucket(id);
    total += us;
    totals.set(b, (totals.get(b) ?? 0) + us);
    const name = `${f.functionName || '(anonymous)'} ${shortUrl(f.url)}${f.url ? `:${f.lineNumber + 1}` : ''}`.trim();
    const m = fns.get(b) ?? new Map();
    m.set(name, (m.get(name) ?? 0) + us);
    fns.set(b, m);
  }
  const rows = [...totals].map(([name, us]) => ({
    name,
    ms: us / 1000,
    share: total > 0 ? us / total : 0,
    top: [...fns.get(name)].sort((a, b) => b[1] - a[1]).slice(0, topN).map(([fn, t]) => ({ fn, ms: t / 1000 })),
  }));
  rows.sort((a, b) => b.ms - a.ms);
  return { totalMs: total / 1000, rows };
}

/** The steps of a select run in report order (every step listed, 0 when it took no sample). */
export function selectSteps(profile) {
  const classify = (f) => SELECT_STEPS.find((r) => r.test(f))?.step ?? null;
  const { totalMs, rows } = breakdown(profile, classify);
  const order = [...STEP_ORDER, OTHER];
  const byName = new Map(rows.map((r) => [r.name, r]));
  return { totalMs, rows: order.map((name) => byName.get(name) ?? { name, ms: 0, share: 0, top: [] }) };
}

/** The biggest buckets of a breakdown as "name ms (share), …", for a sentence. */
export function topShares(result, n = 3) {
  return [...result.rows]
    .filter((r) => r.ms > 0)
    .sort((a, b) => b.ms - a.ms)
    .slice(0, n)
    .map((r) => `${r.name} ${r.ms >= 1000 ? `${(r.ms / 1000).toFixed(2)} s` : `${r.ms.toFixed(0)} ms`} (${Math.round(100 * r.share)} %)`)
    .join(', ');
}

export function shortUrl(url) {
  return url.replace(/^file:\/\/.*?\/(dist|node_modules|bin)\//, '$1/');
}

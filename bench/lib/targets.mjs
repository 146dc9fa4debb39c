// Targets and verdicts: what a figure is held to, and whether it met it or by how much it missed.
// Pure (tested in test/bench/targets.test.ts).

/**
 * An upper bound ("≤ limit"): met when measured ≤ limit. A miss says by how much the figure is
 * over, and how much smaller it must get (for a time: how much faster kam must become).
 */
export function atMost(measured, limit, unit = '') {
  if (!Number.isFinite(measured)) return { ok: false, verdict: 'not measured', target: `≤ ${fmt(limit)}${unit}` };
  const ok = measured <= limit;
  const over = measured / limit - 1;
  const cut = 1 - limit / measured;
  return {
    ok,
    target: `≤ ${fmt(limit)}${unit}`,
    verdict: ok ? `met (${pct(-over)} to spare)` : `MISSED by ${pct(over)} (needs ${pct(cut)} less)`,
  };
}

/** A yes/no requirement. */
export function holds(ok, whatFailed = 'no') {
  return { ok, target: 'identical', verdict: ok ? 'met' : `MISSED: ${whatFailed}` };
}

/** A figure shown for information, held to nothing. */
export const info = { ok: null, target: '', verdict: '' };

/** A target that this run did not measure, and why. */
export function notRun(target, why) {
  return { ok: null, target, verdict: `not run: ${why}` };
}

function fmt(x) {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(3)));
}

function pct(x) {
  const p = 100 * x;
  return `${p < 10 ? p.toFixed(1) : Math.round(p)} %`;
}

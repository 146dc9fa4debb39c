/**
 * `minmax`: raw values scaled by the portfolio's lowest and highest, u = (x − lo)/(hi − lo);
 * everyone gets 0.5 (with a warning) when hi = lo.
 */
import { linearCurve, type NormalizeKind } from './kind.js';

export const minmax: NormalizeKind<'minmax', object> = {
  name: 'minmax',
  syntax: 'minmax',
  help: "minmax: raw values scaled between the portfolio's lowest and highest",
  format: () => 'minmax',
  onScale: false,
  fixedScale: false,
  column(raw, scope, f, _params, ctx, u) {
    const n = scope.length;
    let lo = Infinity;
    let hi = -Infinity;
    for (let p = 0; p < n; p++) {
      const x = raw[scope[p]];
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    const flat = !(hi > lo);
    if (flat && hi >= lo) {
      ctx.warn(`Factor "${f.factor}": every account has the same value (${lo}), so minmax gives everyone 0.5.`);
    }
    const span = hi - lo;
    for (let p = 0; p < n; p++) {
      const x = raw[scope[p]];
      u[p] = x !== x ? Number.NaN : flat ? 0.5 : (x - lo) / span;
    }
  },
  // (x + δ − lo)/(hi − lo) clamped to 0..1, with lo, hi of the unshifted portfolio.
  shifted(_f, _params, x) {
    const n = x.length;
    let lo = Infinity;
    let hi = -Infinity;
    for (let p = 0; p < n; p++) {
      if (x[p] < lo) lo = x[p];
      if (x[p] > hi) hi = x[p];
    }
    const span = hi - lo;
    return (delta, out) => {
      for (let p = 0; p < n; p++) {
        const u = (x[p] + delta[p] - lo) / span;
        out[p] = x[p] !== x[p] ? Number.NaN : span > 0 ? (u < 0 ? 0 : u > 1 ? 1 : u) : 0.5;
      }
    };
  },
  // Linear between the other accounts' extremes (0 below, 1 above); a step when they are all equal.
  curve(_f, _params, others) {
    const o = others();
    if (o.length === 0) return { kind: 'constant' };
    const lo = o[0];
    const hi = o[o.length - 1];
    if (hi > lo) return linearCurve(lo, hi);
    return { kind: 'steps', at: [lo], uBelow: 0, uAt: [0.5], uBetween: [1] };
  },
};

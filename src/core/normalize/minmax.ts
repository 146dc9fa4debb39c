/**
 * `minmax`: raw values scaled by the portfolio's lowest and highest, u = (x − lo)/(hi − lo);
 * everyone gets 0.5 (with a warning) when hi = lo.
 */
import { t } from '../../i18n/index.js';
import { positionOn } from '../exact.js';
import { note } from '../messages.js';
import { linearCurve, stepCurve, type NormalizeKind } from './kind.js';

export const minmax: NormalizeKind<'minmax', object> = {
  name: 'minmax',
  syntax: 'minmax',
  get help() {
    return t('core.normalize.minmax.help');
  },
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
      ctx.warn(note('core.normalize.minmax.same', { factor: f.factor, value: String(lo) }));
    }
    for (let p = 0; p < n; p++) {
      const x = raw[scope[p]];
      u[p] = x !== x ? Number.NaN : flat ? 0.5 : positionOn(x, lo, hi);
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
    const spread = hi > lo;
    return (delta, out) => {
      for (let p = 0; p < n; p++) {
        const u = positionOn(x[p] + delta[p], lo, hi);
        out[p] = x[p] !== x[p] ? Number.NaN : spread ? (u < 0 ? 0 : u > 1 ? 1 : u) : 0.5;
      }
    };
  },
  // Linear between the other accounts' extremes (0 below, 1 above); a step when they are all equal.
  curve(_f, _params, column, own) {
    const s = column.sorted;
    const n = s.length;
    const mine = own === own;
    if (n - (mine ? 1 : 0) === 0) return { kind: 'constant' };
    // Without one occurrence of this account's value: its value leaves an end only when it stood there alone.
    const lo = mine && own === s[0] && (n < 2 || s[1] !== s[0]) ? s[1] : s[0];
    const hi = mine && own === s[n - 1] && (n < 2 || s[n - 2] !== s[n - 1]) ? s[n - 2] : s[n - 1];
    if (hi > lo) return linearCurve(lo, hi);
    return stepCurve([lo], 0, [0.5], [1]);
  },
};

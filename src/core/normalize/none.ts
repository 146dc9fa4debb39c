/** `none`: the values already are scores on the factor's min..max scale; u = (x − min)/(max − min). */
import { t } from '../../i18n/index.js';
import { positionOn } from '../exact.js';
import { linearCurve, type NormalizeKind } from './kind.js';

export const none: NormalizeKind<'none', object> = {
  name: 'none',
  syntax: 'none',
  get help() {
    return t('core.normalize.none.help');
  },
  format: () => 'none',
  onScale: true,
  fixedScale: true,
  column(raw, scope, f, _params, ctx, u) {
    for (let p = 0; p < scope.length; p++) {
      const x = raw[scope[p]];
      if (x !== x) {
        u[p] = Number.NaN;
        continue;
      }
      if (x < f.min || x > f.max) ctx.outOfRange(p, x);
      u[p] = positionOn(x, f.min, f.max);
    }
  },
  // x + δ clamped to min..max, then on the scale: exact.
  shifted(f, _params, x) {
    const { min, max } = f;
    const n = x.length;
    return (delta, out) => {
      for (let p = 0; p < n; p++) {
        const v = x[p] + delta[p];
        out[p] = positionOn(v < min ? min : v > max ? max : v, min, max);
      }
    };
  },
  // Exact algebra on the scale; values off the scale are refused.
  curve: (f) => linearCurve(f.min, f.max),
};

/**
 * `bands:T1;T2;…`: a raw value below T1 is band 0, at or above T1 band 1, …; k strictly
 * ascending thresholds give k + 1 bands and u = b / k.
 */
import { t } from '../../i18n/index.js';
import { stepCurve, type NormalizeKind } from './kind.js';

export interface BandsParams {
  thresholds: number[];
}

export const bands: NormalizeKind<'bands', BandsParams> = {
  name: 'bands',
  syntax: 'bands:T1;T2;…',
  get help() {
    return t('core.normalize.bands.help');
  },
  parse(params, num, report) {
    const thresholds: number[] = [];
    for (const p of params.split(';').map((s) => s.trim())) {
      const threshold = num(p);
      if (threshold === null) {
        report(t('core.normalize.bands.not-a-number', { value: p }));
        return null;
      }
      thresholds.push(threshold);
    }
    for (let i = 1; i < thresholds.length; i++) {
      if (!(thresholds[i] > thresholds[i - 1])) {
        report(t('core.normalize.bands.increase', { previous: String(thresholds[i - 1]), next: String(thresholds[i]) }));
        return null;
      }
    }
    return { thresholds };
  },
  format: (b) => `bands:${b.thresholds.join(';')}`,
  onScale: false,
  fixedScale: true,
  column(raw, scope, _f, { thresholds: t }, _ctx, u) {
    const k = t.length;
    for (let p = 0; p < scope.length; p++) {
      const x = raw[scope[p]];
      if (x !== x) {
        u[p] = Number.NaN;
        continue;
      }
      let b = 0;
      while (b < k && x >= t[b]) b++;
      u[p] = b / k;
    }
  },
  // The band of x + δ: exact.
  shifted(_f, { thresholds }, x) {
    const t = Float64Array.from(thresholds);
    const k = t.length;
    const n = x.length;
    return (delta, out) => {
      for (let p = 0; p < n; p++) {
        const v = x[p] + delta[p];
        let b = 0;
        while (b < k && v >= t[b]) b++;
        out[p] = v === v ? b / k : Number.NaN;
      }
    };
  },
  // A step at each threshold.
  curve(_f, { thresholds }) {
    const k = thresholds.length;
    const uAt = thresholds.map((_, j) => (j + 1) / k);
    return stepCurve(thresholds, 0, uAt, uAt);
  },
};

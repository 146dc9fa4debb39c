/** The words of an explanation (a value, the crossing of a boundary, the smallest change), shared by `kam explain` and the HTML brief. */
import type { AccountChange, CrossOp, Crossing } from '../core/explain.js';
import { t } from '../i18n/index.js';
import { fixed, plain } from '../i18n/numbers.js';
import { axisName, quadrantName } from './text.js';

/** Up to 2 decimals, rounded towards the side where the statement stays true. */
function bound(x: number, op: CrossOp): string {
  const up = op === '>=' || op === '>';
  const r = (up ? Math.ceil(x * 100 - 1e-6) : Math.floor(x * 100 + 1e-6)) / 100;
  return fmtValue(r);
}

export function fmtValue(x: number | null): string {
  if (x === null) return t('render.explain.missing');
  // Whole from 1000 on: grouped in Indonesian (6.100.000), as String wrote it in English (6100000).
  const v = Number(x.toFixed(Math.abs(x) >= 1000 ? 0 : 2));
  return Math.abs(v) >= 1000 && Number.isInteger(v) ? fixed(v, 0) : plain(v);
}

/** "5.27 or more", "above 5.27", "3.1 or less", "below 3.1". */
export function describeCrossing(c: Pick<Crossing, 'op' | 'value'>): string {
  const value = bound(c.value, c.op);
  switch (c.op) {
    case '>=':
      return t('render.explain.cross.atleast', { value });
    case '>':
      return t('render.explain.cross.above', { value });
    case '<=':
      return t('render.explain.cross.atmost', { value });
    case '<':
      return t('render.explain.cross.below', { value });
  }
}

function signedPoints(x: number): string {
  const s = Math.abs(x) < 0.05 ? fixed(Math.abs(x), 2) : fixed(Math.abs(x), 1);
  return `${x < 0 ? '−' : '+'}${s}`;
}

/** "strength +0.8: Delivery reliability 5 → 5.27 or more (to maintenance)". */
export function describeChange(c: AccountChange): string {
  return t('render.explain.change', {
    axis: axisName(c.axis),
    points: signedPoints(c.points),
    factor: c.factor,
    from: fmtValue(c.from),
    crossing: describeCrossing({ op: c.op, value: c.to }),
    quadrant: quadrantName(c.quadrant),
  });
}

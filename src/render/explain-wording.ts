/** The words of an explanation (a value, the crossing of a boundary, the smallest change), shared by `kam explain` and the HTML brief. */
import type { AccountChange, CrossOp, Crossing } from '../core/explain.js';

/** Up to 2 decimals, rounded towards the side where the statement stays true. */
function bound(x: number, op: CrossOp): string {
  const up = op === '>=' || op === '>';
  const r = (up ? Math.ceil(x * 100 - 1e-6) : Math.floor(x * 100 + 1e-6)) / 100;
  return fmtValue(r);
}

export function fmtValue(x: number | null): string {
  if (x === null) return 'missing';
  return String(Number(x.toFixed(Math.abs(x) >= 1000 ? 0 : 2)));
}

/** "5.27 or more", "above 5.27", "3.1 or less", "below 3.1". */
export function describeCrossing(c: Pick<Crossing, 'op' | 'value'>): string {
  const v = bound(c.value, c.op);
  switch (c.op) {
    case '>=':
      return `${v} or more`;
    case '>':
      return `above ${v}`;
    case '<=':
      return `${v} or less`;
    case '<':
      return `below ${v}`;
  }
}

function signedPoints(x: number): string {
  const s = Math.abs(x) < 0.05 ? Math.abs(x).toFixed(2) : Math.abs(x).toFixed(1);
  return `${x < 0 ? '−' : '+'}${s}`;
}

/** "strength +0.8: Delivery reliability 5 → 5.27 or more (to maintenance)". */
export function describeChange(c: AccountChange): string {
  return `${c.axis} ${signedPoints(c.points)}: ${c.factor} ${fmtValue(c.from)} → ${describeCrossing({ op: c.op, value: c.to })} (to ${c.quadrant})`;
}

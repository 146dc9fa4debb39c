/** Writing SVG text: escaped data, compact numbers, elements with attributes. */
import { terminalSafe } from '../escape.js';
import { language } from '../../i18n/index.js';
import { fixed, plain } from '../../i18n/numbers.js';

/**
 * Text from the data as XML character data or an attribute value: control characters and
 * direction overrides removed (XML 1.0 does not allow most of them), lone surrogates dropped,
 * and & < > " ' escaped.
 */
export function xmlText(text: string): string {
  return terminalSafe(text)
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g, '')
    .replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

/** A coordinate with at most two decimals and no trailing zeros (-0 as 0). */
export function num(x: number): string {
  const r = Math.round(x * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

export type Attrs = Record<string, string | number | boolean | null | undefined>;

/** ` name="value"` for each set attribute (numbers through num(), strings escaped). */
export function attrs(a: Attrs): string {
  let s = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === null || v === undefined || v === false) continue;
    s += ` ${k}="${v === true ? k : typeof v === 'number' ? num(v) : xmlText(v)}"`;
  }
  return s;
}

export function el(name: string, a: Attrs, children?: string): string {
  return children === undefined ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${children}</${name}>`;
}

/** A text element whose content is data (escaped here). */
export function text(a: Attrs, content: string): string {
  return el('text', a, xmlText(content));
}

/** 1234567 → "1.23 M", 45000 → "45 k", for bubble legends and tooltips' short forms. */
export function compactNumber(x: number): string {
  const abs = Math.abs(x);
  // Indonesian: 1,2 M (miliar), 4,5 jt (juta), 12 rb (ribu).
  const [bn, m, k] = language() === 'en' ? ['bn', 'M', 'k'] : ['M', 'jt', 'rb'];
  const fmt = (v: number, unit: string): string => `${plain(Number(v.toPrecision(3)))} ${unit}`.trimEnd();
  if (abs >= 1e9) return fmt(x / 1e9, bn);
  if (abs >= 1e6) return fmt(x / 1e6, m);
  if (abs >= 1e3) return fmt(x / 1e3, k);
  return fmt(x, '');
}

/** 2480000 → "2,480,000" (grouped, up to two decimals). */
export function grouped(x: number): string {
  if (language() === 'en') return x.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const r = Math.round(x * 100) / 100;
  return fixed(r, Number.isInteger(r) ? 0 : Number.isInteger(r * 10) ? 1 : 2);
}

/** Reading kam's SVG in tests: well-formedness and the elements with their attributes. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface Element {
  tag: string;
  attrs: Record<string, string>;
  children: Element[];
  text: string;
}

/** Throws with the parser's message unless `xml` is well-formed. */
export function assertWellFormed(xml: string): void {
  const v = XMLValidator.validate(xml);
  if (v !== true) throw new Error(`not well-formed XML: ${v.err.msg} at line ${v.err.line}`);
}

type Node = Record<string, unknown>;

function toElement(node: Node): Element | null {
  const tag = Object.keys(node).find((k) => k !== ':@');
  if (tag === undefined || tag === '#text' || tag === '?xml') return null;
  const attrs = Object.fromEntries(Object.entries((node[':@'] as Record<string, string>) ?? {}).map(([k, v]) => [k.replace(/^@_/, ''), String(v)]));
  const kids = (node[tag] as Node[]) ?? [];
  const children = kids.map(toElement).filter((e): e is Element => e !== null);
  const text = kids.map((k) => (typeof k['#text'] === 'string' || typeof k['#text'] === 'number' ? String(k['#text']) : '')).join('');
  return { tag, attrs, children, text };
}

export function parseSvg(xml: string): Element {
  assertWellFormed(xml);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', preserveOrder: true, parseAttributeValue: false, trimValues: false, processEntities: true, htmlEntities: false });
  const nodes = parser.parse(xml) as Node[];
  const root = nodes.map(toElement).find((e) => e?.tag === 'svg');
  if (!root) throw new Error('no <svg> element');
  return root;
}

/** Every element below `root` (itself included) matching the test. */
export function findAll(root: Element, test: (e: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (e: Element): void => {
    if (test(e)) out.push(e);
    e.children.forEach(walk);
  };
  walk(root);
  return out;
}

export const hasClass = (e: Element, cls: string): boolean => (e.attrs.class ?? '').split(/\s+/).includes(cls);

/** All text of an element and its descendants. */
export const allText = (e: Element): string => e.text + e.children.map(allText).join('');

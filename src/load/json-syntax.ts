/**
 * Where a JSON text goes wrong, said in kam's words (issue 18): Node's JSON.parse reasons are
 * English, and differ between Node versions ("Unexpected token ']', "[1,]" is not valid JSON" on
 * 20, with "(line 1 column 4)" on 22 and later), so a session or snapshot that does not parse is
 * scanned here for the first offending character, its line and column. Used only after
 * JSON.parse has refused a text; iterative, so a deep nesting cannot overflow the stack. Pure.
 */
import { t as msg } from '../i18n/index.js';

/** The first offset at which `text` stops being JSON (RFC 8259), and whether the text ended there; null when it is JSON. */
export function jsonSyntaxError(text: string): { at: number; ended: boolean } | null {
  const n = text.length;
  let i = 0;
  const code = (k: number): number => (k < n ? text.charCodeAt(k) : -1);
  const digit = (k: number): boolean => code(k) >= 0x30 && code(k) <= 0x39;
  const space = (): void => {
    for (let c = code(i); c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d; c = code(++i));
  };
  const string = (): boolean => {
    i++; // the opening quote
    while (i < n) {
      const c = code(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        i++;
        if (text[i] === 'u') {
          for (let k = 1; k <= 4; k++) {
            if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) {
              i += k;
              return false;
            }
          }
          i += 5;
          continue;
        }
        if (i >= n || !'"\\/bfnrt'.includes(text[i])) return false;
      }
      i++;
    }
    return false;
  };
  const number = (): boolean => {
    if (code(i) === 0x2d) i++;
    if (code(i) === 0x30) i++;
    else if (digit(i)) while (digit(i)) i++;
    else return false;
    if (code(i) === 0x2e) {
      i++;
      if (!digit(i)) return false;
      while (digit(i)) i++;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!digit(i)) return false;
      while (digit(i)) i++;
    }
    return true;
  };
  const word = (w: string): boolean => {
    for (const ch of w) {
      if (text[i] !== ch) return false;
      i++;
    }
    return true;
  };
  /** A member's name and its colon; the value follows. */
  const name = (): boolean => {
    space();
    if (code(i) !== 0x22 || !string()) return false;
    space();
    if (code(i) !== 0x3a) return false;
    i++;
    return true;
  };
  const fail = () => ({ at: Math.min(i, n), ended: i >= n });
  const open: Array<'[' | '{'> = [];
  let value = true;
  for (;;) {
    space();
    if (value) {
      const c = text[i];
      if (c === '{' || c === '[') {
        i++;
        space();
        if (text[i] === (c === '{' ? '}' : ']')) {
          i++;
          value = false;
          continue;
        }
        open.push(c);
        if (c === '{' && !name()) return fail();
        continue;
      }
      const ok = c === '"' ? string() : c === 't' ? word('true') : c === 'f' ? word('false') : c === 'n' ? word('null') : c === '-' || digit(i) ? number() : false;
      if (!ok) return fail();
      value = false;
      continue;
    }
    if (open.length === 0) return i >= n ? null : fail();
    const top = open[open.length - 1];
    if (text[i] === ',') {
      i++;
      if (top === '{' && !name()) return fail();
      value = true;
    } else if (text[i] === (top === '{' ? '}' : ']')) {
      i++;
      open.pop();
    } else return fail();
  }
}

/**
 * Why a text JSON.parse refused is not JSON, in the run's language: "it ends before the JSON is
 * complete" or "unexpected "]" at line 1, column 4". `refusal` is JSON.parse's error, kept only
 * when the scan finds nothing (a limit of the engine rather than of the text).
 */
export function jsonSyntaxProblem(text: string, refusal: unknown): string {
  const e = jsonSyntaxError(text);
  if (e === null) return refusal instanceof Error ? refusal.message : String(refusal);
  if (e.ended) return msg('load.json.ends-early');
  let line = 1;
  let start = 0;
  for (let k = text.indexOf('\n'); k !== -1 && k < e.at; k = text.indexOf('\n', k + 1)) {
    line++;
    start = k + 1;
  }
  const cp = text.codePointAt(e.at) ?? 0;
  return msg('load.json.unexpected', { char: JSON.stringify(String.fromCodePoint(cp)), line, column: e.at - start + 1 });
}

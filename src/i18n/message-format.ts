/**
 * kam's message formatter: the subset of ICU MessageFormat the catalogue uses — `{name}`,
 * `{n, plural, =0 {…} one {…} other {…}}` with `#`, `{x, select, a {…} other {…}}` and ICU's
 * apostrophe quoting ('' is ', '{' … ' is literal). It gives what intl-messageformat gives for
 * these messages (test/i18n/message-format.test.ts checks it against the library), without
 * its 9 ms import and the 17–25 ms of Intl set-up an English run would pay on every start.
 * Pure.
 */

export type MessageValues = Readonly<Record<string, string | number>>;

type Part =
  | string
  | { readonly arg: string }
  | { readonly arg: string; readonly decimals: number }
  | { readonly pound: true }
  | { readonly arg: string; readonly kind: 'plural' | 'select'; readonly cases: ReadonlyMap<string, readonly Part[]> };

/** How a language names the plural category of a number, writes the `#` of a plural and a `{x, number, ::.0}`. */
export interface PluralStyle {
  category(n: number): string;
  number(n: number): string;
  /** A number with a fixed count of decimals, as the language writes display numbers (i18n/numbers.ts fixed). */
  fixed(x: number, decimals: number): string;
}

class Parser {
  private at = 0;
  constructor(private readonly text: string) {}

  parse(): Part[] {
    const parts = this.parts(false, false);
    if (this.at < this.text.length) this.fail('an unmatched }');
    return parts;
  }

  private fail(what: string): never {
    throw new Error(`message "${this.text}": ${what} at character ${this.at + 1}`);
  }

  /** Text and arguments up to an unmatched `}` (inside a case) or the end. */
  private parts(inCase: boolean, inPlural: boolean): Part[] {
    const out: Part[] = [];
    let literal = '';
    const flush = (): void => {
      if (literal) out.push(literal);
      literal = '';
    };
    const s = this.text;
    while (this.at < s.length) {
      const c = s[this.at];
      if (c === "'") {
        const next = s[this.at + 1];
        if (next === "'") {
          literal += "'";
          this.at += 2;
        } else if (next === '{' || next === '}' || (inPlural && next === '#')) {
          // Quoted text up to the next lone apostrophe ('' inside it is one); an unclosed quote runs to the end, as in ICU.
          this.at++;
          while (this.at < s.length) {
            if (s[this.at] === "'") {
              if (s[this.at + 1] !== "'") break;
              literal += "'";
              this.at += 2;
            } else literal += s[this.at++];
          }
          this.at++;
        } else {
          literal += "'";
          this.at++;
        }
      } else if (c === '{') {
        flush();
        this.at++;
        out.push(this.argument());
      } else if (c === '}') {
        if (!inCase) this.fail('an unmatched }');
        break;
      } else if (c === '#' && inPlural) {
        flush();
        out.push({ pound: true });
        this.at++;
      } else {
        literal += c;
        this.at++;
      }
    }
    flush();
    return out;
  }

  private word(): string {
    this.space();
    const m = /^[A-Za-z0-9_=.-]+/.exec(this.text.slice(this.at));
    if (!m) this.fail('a name was expected');
    this.at += m[0].length;
    this.space();
    return m[0];
  }

  private space(): void {
    while (this.at < this.text.length && /\s/.test(this.text[this.at])) this.at++;
  }

  private argument(): Part {
    const arg = this.word();
    if (this.text[this.at] === '}') {
      this.at++;
      return { arg };
    }
    if (this.text[this.at] !== ',') this.fail('"," or "}" was expected');
    this.at++;
    const kind = this.word();
    if (kind === 'number') {
      // `{x, number, ::.0}`: a number with as many decimals as the skeleton has zeros (`::.` for none).
      if (this.text[this.at] !== ',') this.fail('"," was expected');
      this.at++;
      this.space();
      const m = /^::\.(0*)\s*\}/.exec(this.text.slice(this.at));
      if (!m) this.fail('a number skeleton ::.0 (decimals as zeros) was expected');
      this.at += m[0].length;
      return { arg, decimals: m[1].length };
    }
    if (kind !== 'plural' && kind !== 'select') this.fail(`"${kind}" is not plural, select or number`);
    if (this.text[this.at] !== ',') this.fail('"," was expected');
    this.at++;
    const cases = new Map<string, Part[]>();
    for (;;) {
      this.space();
      if (this.text[this.at] === '}') {
        this.at++;
        break;
      }
      const key = this.word();
      if (this.text[this.at] !== '{') this.fail('"{" was expected');
      this.at++;
      cases.set(key, this.parts(true, kind === 'plural'));
      if (this.text[this.at] !== '}') this.fail('"}" was expected');
      this.at++;
    }
    if (!cases.has('other')) this.fail(`the ${kind} has no "other" case`);
    return { arg, kind, cases };
  }
}

export type CompiledMessage = readonly Part[];

export function compileMessage(text: string): CompiledMessage {
  return new Parser(text).parse();
}

/** The names of the arguments a message takes, sorted (the catalogue test compares them across languages). */
export function messageArguments(message: CompiledMessage): string[] {
  const names = new Set<string>();
  const walk = (parts: readonly Part[]): void => {
    for (const p of parts) {
      if (typeof p === 'string' || 'pound' in p) continue;
      names.add(p.arg);
      if ('cases' in p) for (const c of p.cases.values()) walk(c);
    }
  };
  walk(message);
  return [...names].sort();
}

export function formatMessage(message: CompiledMessage, values: MessageValues, plural: PluralStyle, pound?: number): string {
  let out = '';
  for (const p of message) {
    if (typeof p === 'string') out += p;
    else if ('pound' in p) out += pound === undefined ? '#' : plural.number(pound);
    else {
      const v = values[p.arg];
      if (v === undefined) throw new Error(`the message needs a value for {${p.arg}}`);
      if ('decimals' in p) out += plural.fixed(Number(v), p.decimals);
      else if (!('cases' in p)) out += String(v);
      else if (p.kind === 'select') out += formatMessage(p.cases.get(String(v)) ?? p.cases.get('other')!, values, plural, pound);
      else {
        const n = Number(v);
        const chosen = p.cases.get(`=${n}`) ?? p.cases.get(plural.category(n)) ?? p.cases.get('other')!;
        out += formatMessage(chosen, values, plural, n);
      }
    }
  }
  return out;
}

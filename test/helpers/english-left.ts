/**
 * English left in an Indonesian output (issue 18): the literal text of a catalogue area's English
 * entries — what lies between placeholders and outside plural and select syntax — of three
 * words or more, where the Indonesian entry differs, that the output still contains.
 */
import { CATALOGUE } from '../../src/i18n/index.js';

/** The literal runs of an ICU message: the text outside braces, and the text of plural/select branches. */
export function literalRuns(message: string): string[] {
  const runs: string[] = [];
  let run = '';
  const flush = () => {
    if (run.trim() !== '') runs.push(run.trim());
    run = '';
  };
  // depth 0: text; inside an argument `{name, plural, one {…}}` the branch bodies are text again.
  const walk = (s: string, i: number, inArgument: boolean): number => {
    while (i < s.length) {
      const c = s[i];
      if (c === '{') {
        flush();
        if (inArgument) i = walk(s, i + 1, false);
        else {
          // An argument: its name (and kind), then branches.
          let j = i + 1;
          while (j < s.length && s[j] !== '{' && s[j] !== '}') j++;
          if (s[j] === '}') i = j + 1;
          else {
            i = j;
            while (i < s.length && s[i] !== '}') {
              if (s[i] === '{') i = walk(s, i + 1, false);
              else i++;
            }
            i++;
          }
        }
        continue;
      }
      if (c === '}') {
        flush();
        return i + 1;
      }
      if (!inArgument) run += c === '#' ? ' ' : c;
      i++;
    }
    flush();
    return i;
  };
  walk(message, 0, false);
  return runs.flatMap((r) => r.split(/\s{2,}/)).filter((r) => r.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 3);
}

/** Every English run of `areas` (3+ words, the Indonesian entry different) found in `text`. */
export function englishLeft(text: string, areas: ReadonlyArray<keyof typeof CATALOGUE>): string[] {
  const found: string[] = [];
  for (const area of areas) {
    const { en, id } = CATALOGUE[area] as unknown as { en: Record<string, string>; id: Record<string, string> };
    for (const key of Object.keys(en)) {
      if (en[key] === id[key]) continue;
      for (const run of literalRuns(en[key])) if (text.includes(run)) found.push(`${area}.${key}: "${run}"`);
    }
  }
  return found;
}

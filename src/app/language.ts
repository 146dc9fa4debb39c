/**
 * Which language a run speaks (issue 18), decided in two moments: main() chooses it before
 * commander runs (`--lang`, else KAM_LANG, else LC_ALL / LC_MESSAGES / LANG, else English), and
 * a saved session, once read, may change it: a replay and a resumed workshop speak the language
 * the team recorded, unless --lang was given on the command line (the environment's language
 * does not override the team's).
 */
import { UsageError } from '../core/errors.js';
import { LANGUAGE } from '../core/vocabulary.js';
import { langArgument, languageFromEnv, t, useLanguage, type Language } from '../i18n/index.js';

let fromCommandLine = false;

/** Chooses the run's language from the command line and the environment; a --lang that names no language is a usage error. */
export function chooseLanguage(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Language {
  fromCommandLine = false;
  const fromEnv = languageFromEnv(env);
  useLanguage(fromEnv);
  const flag = langArgument(argv);
  if (flag === undefined) return fromEnv;
  const lang = LANGUAGE.parse(flag);
  if (lang === null) throw new UsageError(t('cli.lang.invalid', { value: flag, list: alternatives(LANGUAGE.values) }));
  fromCommandLine = true;
  useLanguage(lang);
  return lang;
}

/** A session was read: its recorded language becomes the run's, unless --lang chose one. */
export function keepSessionLanguage(recorded: Language | undefined): void {
  if (recorded !== undefined && !fromCommandLine) useLanguage(recorded);
}

/** Values for prose in the run's language: "a, b or c" / "a, b atau c". */
export function alternatives(values: readonly string[]): string {
  return values.length <= 1 ? (values[0] ?? '') : t('app.list.or', { rest: values.slice(0, -1).join(', '), last: values[values.length - 1] });
}

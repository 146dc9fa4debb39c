/**
 * The reader's language (issue 18): `--lang`, else KAM_LANG, else the locale (LC_ALL, then
 * LC_MESSAGES, then LANG, as POSIX orders them: the first one set decides, and it picks
 * Indonesian when it starts with `id`), else English. A replayed session keeps the team's
 * language unless --lang says otherwise. main() decides it once per run (useLanguage); the
 * catalogue (i18n/index.ts) and the number formats (i18n/numbers.ts) read it.
 */

/** The languages kam speaks; core/vocabulary.ts's LANGUAGE gives each its line of help. */
export const LANGUAGES = ['en', 'id'] as const;

export type Language = (typeof LANGUAGES)[number];

/** The language a text names ("id", "ID", " en "), or null. */
export function parseLanguage(text: string): Language | null {
  const v = text.trim().toLowerCase();
  return (LANGUAGES as readonly string[]).includes(v) ? (v as Language) : null;
}

let current: Language = 'en';

export function language(): Language {
  return current;
}

export function useLanguage(lang: Language): void {
  current = lang;
}

/** The language the environment asks for: KAM_LANG (a LANGUAGE value), else the POSIX locale variables. */
export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): Language {
  const kam = env.KAM_LANG?.trim();
  if (kam) {
    const v = parseLanguage(kam) ?? parseLanguage(kam.slice(0, 2));
    if (v) return v;
  }
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name];
    if (value) return /^id([_.@-]|$)/i.test(value) ? 'id' : 'en';
  }
  return 'en';
}

/** `--lang X` or `--lang=X` in a command line, before commander reads it (the help itself is in that language). */
export function langArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') return undefined;
    if (a === '--lang') return argv[i + 1];
    if (a.startsWith('--lang=')) return a.slice('--lang='.length);
  }
  return undefined;
}

/**
 * The paths kam records inside its own files — a session's inputs and outputs, a result's
 * inputs — and how they are found again: the one home of that rule. A recorded path is relative
 * to the file that records it and written with `/`, so a session or a result that travels with
 * its data (another folder, another machine, another OS) still finds it. Paths recorded by
 * older versions (relative to the folder kam ran in, absolute, or Windows-style with `\` and a
 * drive letter) still resolve: `findRecorded` tries, in order, the path beside the recording
 * file, the path as written, the path from the working folder, and the longest tail of an
 * absolute path that exists beside the recording file.
 *
 * Every message about a file kam did not get from the command line says where its path came
 * from and which flag reads another (`Origin`, `originNote`).
 */
import { statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../core/errors.js';
import { language, message, say, type Language, type Message } from '../i18n/index.js';

/** `\` as `/`: how every recorded path is written. */
export const slashed = (path: string): string => path.replace(/\\/g, '/');

/**
 * How a file the run read or wrote (`path` as the user named it: relative to `cwd`, or absolute)
 * is recorded inside the file `recorder` (relative to `cwd` or absolute): relative to the
 * recorder's folder, with `/`. Without a recorder (the document goes to standard output) the
 * path is recorded as the user named it, with `/`. `-` (standard input) stays `-`; a path that
 * has no relative form (another drive on Windows) stays absolute.
 */
export function recordPath(path: string, recorder: string | undefined, cwd: string): string {
  if (path === '-' || path === '') return path;
  if (recorder === undefined) return slashed(path);
  const target = resolve(cwd, path);
  const rel = relative(dirname(resolve(cwd, recorder)), target);
  if (rel === '') return '.';
  return slashed(isAbsolute(rel) ? target : rel);
}

/** Every `{ path, sha256 }` of a document's `inputs`, recorded for `recorder` (see recordPath). */
export function recordInputs<T extends { path: string } | null | undefined>(inputs: Record<string, T>, recorder: string | undefined, cwd: string): Record<string, T> {
  return Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, v ? { ...v, path: recordPath(v.path, recorder, cwd) } : v]));
}

/** A path as messages show it: relative to the working folder when it is inside it or one or two folders up, else absolute. */
export function shownPath(absolute: string, cwd: string): string {
  const r = relative(cwd, absolute);
  return r !== '' && !isAbsolute(r) && !r.startsWith(`..${sep}..${sep}..`) ? slashed(r) : absolute;
}

/** A drive letter (`C:/`) or a UNC share (`//server/share`): absolute on Windows. */
const WINDOWS_ABSOLUTE = /^([A-Za-z]:\/|\/\/[^/])/;

const isFile = (p: string): boolean => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
};

/** The places a recorded path may be, best first (see the module's comment). */
export function recordedCandidates(recorded: string, recorderAbsolute: string, cwd: string): string[] {
  const p = slashed(recorded);
  const beside = dirname(recorderAbsolute);
  const windows = WINDOWS_ABSOLUTE.test(p);
  const out: string[] = [];
  if (!windows && !p.startsWith('/')) out.push(resolve(beside, p), resolve(cwd, p));
  else {
    if (!windows) out.push(p);
    // Another machine's absolute path: its tail, beside the recording file (longest first).
    const parts = p.split('/').filter((s) => s !== '' && !/^[A-Za-z]:$/.test(s));
    for (let k = parts.length - (windows ? 0 : 1); k >= 1; k--) out.push(join(beside, ...parts.slice(parts.length - k)));
  }
  return [...new Set(out)];
}

/**
 * Where a path kam did not get from the command line came from, and how to read another file
 * instead: each part a catalogue message (app.origin.*), said in the language of the message it
 * goes into (a text is taken as it is).
 */
export interface Origin {
  /** What the file is, for messages ("ratings file", "customers file of the previous quarter"). */
  what: Message | string;
  /** Where the path came from ("recorded in kam-session.json as inputs.ratings", "the default: criteria.csv beside the customers file"). */
  from: Message | string;
  /** How to override it ("give --ratings FILE to read another"). */
  override: Message | string;
}


/** `ratings.csv is the ratings file recorded in q1.json (inputs.ratings); give --ratings FILE to read another`, said in the language of the sentence it sits in. */
const originClause = (shown: string, o: Origin): Message => message('app.origin.clause', { shown, what: o.what, from: o.from, override: o.override });

/** The origin note as a sentence of its own, in the run's language (or `lang`). */
export function originNote(shown: string, o: Origin, lang: Language = language()): string {
  return say(message('app.origin.note', { clause: originClause(shown, o) }), lang);
}

/** The origin note as an aside inside another message: ` (… another)`. */
export function originAside(shown: string, o: Origin): Message {
  return message('app.origin.aside', { clause: originClause(shown, o) });
}

/**
 * A recorded path found again: the absolute path of the file, or an InputError that names the
 * recorded path, where it came from, every place tried, and how to read another file.
 */
export function findRecorded(recorded: string, recorderAbsolute: string, cwd: string, origin: Origin): string {
  const candidates = recordedCandidates(recorded, recorderAbsolute, cwd);
  const found = candidates.find(isFile);
  if (found !== undefined) return found;
  const tried = candidates.slice(0, 4).map((c) => shownPath(c, cwd));
  const more = candidates.length - tried.length;
  throw new InputError({
    file: slashed(recorded),
    message: say(message('app.origin.not-found', { what: origin.what, from: origin.from, override: origin.override, tried: tried.join(', '), more: more > 0 ? message('app.origin.not-found.more', { n: more }) : '' })),
  });
}

/** Whether a recorded path resolves to an existing file (for optional inputs such as the previous quarter's data). */
export function recordedExists(recorded: string, recorderAbsolute: string, cwd: string): string | null {
  return recordedCandidates(recorded, recorderAbsolute, cwd).find(isFile) ?? null;
}

/** A recorded output path (a session's `outputBase`) back as a path from the working folder. */
export function fromRecorder(recorded: string, recorder: string, cwd: string): string {
  const abs = resolve(dirname(resolve(cwd, recorder)), slashed(recorded));
  const r = relative(cwd, abs);
  return isAbsolute(r) ? abs : slashed(r) || '.';
}

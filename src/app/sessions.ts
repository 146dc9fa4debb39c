/**
 * Where sessions live and how they are written: beside the customers file by default,
 * atomically. Every path a session records is relative to the session file, with `/`; the one
 * rule for that, and for finding such a path again, is app/paths.ts (`recordedPath` here is its
 * session-shaped face, for the workshop and the replay).
 */
import { existsSync, renameSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { language } from '../i18n/index.js';
import type { Session } from '../session/schema.js';
import { readInputFile, writeAtomically } from './files.js';
import { recordedExists, recordPath, slashed } from './paths.js';

/** `--session FILE`, or kam-session.json beside the customers file (absolute). */
export function sessionPath(customersPath: string, flag: string | undefined, cwd: string): string {
  if (flag !== undefined) return resolve(cwd, flag);
  const dir = customersPath === '-' ? cwd : dirname(resolve(cwd, customersPath));
  return join(dir, 'kam-session.json');
}

/**
 * Writes a session, recording the language of the run that saves it (after `kamVersion`): the
 * team's language, which a replay and a resumed workshop speak unless --lang says otherwise.
 */
export function writeSession(path: string, session: Session): void {
  session.language = language();
  const { schema, kamVersion, language: lang, ...rest } = session;
  const saved: Session = { schema, kamVersion, language: lang, ...rest };
  writeAtomically(path, (w) => w(`${JSON.stringify(saved, null, 2)}\n`));
}

/**
 * The paths a session records (its input files, the comparison, the files it wrote), through
 * app/paths.ts: relative to the session file's folder, with `/` between the parts, so a session
 * made on one machine or system replays on another. `-` (standard input) stays `-`.
 */
export const recordedPath = {
  /** A path as the run names it (relative to `cwd`, or absolute) → as the session records it. */
  toSession(sessionFile: string, path: string, cwd: string): string {
    return recordPath(path, sessionFile, cwd);
  },
  /**
   * A recorded path → one the run can open (absolute): found beside the session, as written, from
   * `cwd` (older sessions recorded paths from the folder kam ran in), or as the tail of another
   * machine's absolute or Windows path (app/paths.ts `recordedCandidates`); beside the session
   * when it is nowhere.
   */
  fromSession(sessionFile: string, recorded: string, cwd: string): string {
    if (recorded === '-') return recorded;
    return recordedExists(recorded, resolve(cwd, sessionFile), cwd) ?? resolve(dirname(resolve(cwd, sessionFile)), slashed(recorded));
  },
};

/** The text of the session file, or null when there is none. */
export function sessionText(path: string): string | null {
  return existsSync(path) ? readInputFile(path, '/', 'json').text : null;
}

/** Moves a session aside as FILE.bak (replacing an older .bak); returns the new name. */
export function keepAsBackup(path: string): string {
  const bak = `${path}.bak`;
  renameSync(path, bak);
  return bak;
}

/** Where sessions live and how they are written: beside the customers file by default, atomically. */
import { existsSync, renameSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Session } from '../session/schema.js';
import { readInputFile, writeAtomically } from './files.js';

/** `--session FILE`, or kam-session.json beside the customers file (absolute). */
export function sessionPath(customersPath: string, flag: string | undefined, cwd: string): string {
  if (flag !== undefined) return resolve(cwd, flag);
  const dir = customersPath === '-' ? cwd : dirname(resolve(cwd, customersPath));
  return join(dir, 'kam-session.json');
}

export function writeSession(path: string, session: Session): void {
  writeAtomically(path, (w) => w(`${JSON.stringify(session, null, 2)}\n`));
}

/**
 * The one rule for paths a session records (its input files, the comparison, the files it
 * wrote): relative to the session file's folder, with `/` between the parts, so a session made
 * on one machine or system replays on another. `-` (standard input) stays `-`.
 */
export const recordedPath = {
  /** A path as the run names it (relative to `cwd`, or absolute) → as the session records it. */
  toSession(sessionFile: string, path: string, cwd: string): string {
    if (path === '-') return path;
    const r = relative(dirname(sessionFile), resolve(cwd, path));
    return (r === '' ? '.' : r).split(sep).join('/');
  },
  /**
   * A recorded path → one the run can open (absolute). Older sessions recorded paths relative to
   * the folder kam ran in: when the path is not found beside the session, it is read from `cwd`.
   */
  fromSession(sessionFile: string, recorded: string, cwd: string): string {
    if (recorded === '-') return recorded;
    const native = recorded.split('/').join(sep);
    if (isAbsolute(native)) return native;
    const beside = resolve(dirname(sessionFile), native);
    return existsSync(beside) || !existsSync(resolve(cwd, native)) ? beside : resolve(cwd, native);
  },
};

/** The text of the session file, or null when there is none. */
export function sessionText(path: string): string | null {
  return existsSync(path) ? readInputFile(path, '/').text : null;
}

/** Moves a session aside as FILE.bak (replacing an older .bak); returns the new name. */
export function keepAsBackup(path: string): string {
  const bak = `${path}.bak`;
  renameSync(path, bak);
  return bak;
}

/** Where sessions live and how they are written: beside the customers file by default, atomically. */
import { dirname, join, resolve } from 'node:path';
import type { Session } from '../session/schema.js';
import { writeAtomically } from './files.js';

/** `--session FILE`, or kam-session.json beside the customers file (absolute). */
export function sessionPath(customersPath: string, flag: string | undefined, cwd: string): string {
  if (flag !== undefined) return resolve(cwd, flag);
  const dir = customersPath === '-' ? cwd : dirname(resolve(cwd, customersPath));
  return join(dir, 'kam-session.json');
}

export function writeSession(path: string, session: Session): void {
  writeAtomically(path, (w) => w(`${JSON.stringify(session, null, 2)}\n`));
}

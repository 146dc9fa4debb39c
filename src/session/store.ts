/** Reading and writing session files: atomic writes, clear errors for missing or corrupt files. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Method } from '../core/engine.js';
import type { Aggregate } from '../core/ratings.js';
import type { MissingPolicy, SortKey, StrengthMode } from '../core/types.js';
import { readInputFile, writeAtomically } from '../util/files.js';
import { parseSession, type Session, type SessionMethod } from './schema.js';

/** `--session FILE`, or kam-session.json beside the customers file. */
export function sessionPath(customersPath: string, flag: string | undefined, cwd: string): string {
  if (flag !== undefined) return resolve(cwd, flag);
  const dir = customersPath === '-' ? cwd : dirname(resolve(cwd, customersPath));
  return join(dir, 'kam-session.json');
}

/** The session at `path` (absolute), or null when there is none. */
export function readSession(path: string): Session | null {
  if (!existsSync(path)) return null;
  return parseSession(readInputFile(path, '/').text, path);
}

export function writeSession(path: string, session: Session): void {
  writeAtomically(path, (w) => w(`${JSON.stringify(session, null, 2)}\n`));
}

/** The session's method in the engine's vocabulary (numbers for the split only when fixed). */
export function methodFromSession(m: SessionMethod): Method {
  const split =
    m.split.rule === 'fixed'
      ? { rule: 'fixed' as const, attractiveness: m.split.attractiveness ?? 50, strength: m.split.strength ?? 50 }
      : { rule: m.split.rule };
  return {
    missing: m.missing as MissingPolicy,
    split,
    sort: m.sort as SortKey,
    capacity: m.capacity,
    strength: m.strength as StrengthMode,
    segments: m.segments,
    overrides: m.overrides.map((o) => ({ id: o.id, action: o.action, reason: o.reason })),
    ...(m.aggregate !== undefined ? { aggregate: m.aggregate as Aggregate } : {}),
  };
}

export function methodToSession(m: Method, strength: StrengthMode): SessionMethod {
  return {
    strength,
    missing: m.missing,
    sort: m.sort,
    split: m.split.rule === 'fixed' ? { ...m.split } : { rule: m.split.rule },
    capacity: m.capacity,
    segments: m.segments,
    overrides: m.overrides.map((o) => ({ id: o.id, action: o.action, reason: o.reason })),
    ...(m.aggregate !== undefined ? { aggregate: m.aggregate } : {}),
  };
}

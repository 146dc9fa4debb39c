/** What a non-interactive replay needs from a session, all missing parts listed at once. */
import { UsageError } from '../core/errors.js';
import type { Session } from './schema.js';

/** Throws a UsageError (exit 2) naming every answer the replay lacks. */
export function assertReplayable(s: Session, file: string): void {
  const missing: string[] = [];
  const done = (n: number) => s.completedSteps.includes(n);
  if (s.criteria === null) {
    const open = [7, 8].filter((n) => !done(n));
    missing.push(`the criteria (step${open.length === 1 ? '' : 's'} ${(open.length > 0 ? open : [7, 8]).join(' and ')}: the factors and their weights)`);
  } else {
    for (const axis of ['attractiveness', 'strength'] as const) {
      if (!s.criteria.some((f) => f.axis === axis && f.weight > 0)) missing.push(`a weighted ${axis} factor (step ${axis === 'attractiveness' ? 7 : 8})`);
    }
  }
  if (s.method === null) {
    const open = [2, 5, 6, 9].filter((n) => !done(n));
    missing.push(`the method (${open.length > 0 ? `step${open.length === 1 ? '' : 's'} ${open.join(', ')}` : 'step 9'}: capacity, segments, boundaries, overrides)`);
  }
  if (missing.length > 0) {
    throw new UsageError(
      `The session ${file} cannot be replayed without questions; it lacks ${missing.length === 1 ? 'this answer' : 'these answers'}:`,
      [...missing.map((m) => `  - ${m}`), 'Run the workshop on a terminal (kam select … --resume) to answer them.'],
    );
  }
}

/** What a non-interactive replay needs from a session, all missing parts listed at once. */
import { UsageError } from '../core/errors.js';
import { t } from '../i18n/index.js';
import type { Session } from './schema.js';

/** Throws a UsageError (exit 2) naming every answer the replay lacks. */
export function assertReplayable(s: Session, file: string): void {
  const missing: string[] = [];
  const done = (n: number) => s.completedSteps.includes(n);
  if (s.criteria === null) {
    const open = [7, 8].filter((n) => !done(n));
    missing.push(t('app.session.replay.criteria', { open: open.length === 1 ? `step${open[0]}` : 'both' }));
  } else {
    for (const axis of ['attractiveness', 'strength'] as const) {
      if (!s.criteria.some((f) => f.axis === axis && f.weight > 0)) missing.push(t('app.session.replay.weighted', { axis, step: axis === 'attractiveness' ? 7 : 8 }));
    }
  }
  if (s.method === null) {
    const open = [2, 5, 6, 9].filter((n) => !done(n));
    missing.push(t('app.session.replay.method', { n: Math.max(1, open.length), steps: open.length > 0 ? open.join(', ') : '9' }));
  }
  if (missing.length > 0) {
    throw new UsageError(
      t('app.session.replay.lacks', { file, n: missing.length }),
      [...missing.map((m) => `  - ${m}`), t('app.session.replay.how')],
    );
  }
}

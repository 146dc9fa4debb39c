/** A session replay's plan and saved decisions, shared by the app layer's tests (English and Indonesian). */
import type { SelectFlags } from '../../src/app/flags.js';
import type { Io } from '../../src/app/io.js';
import { planRun } from '../../src/app/plan.js';
import type { SessionFile } from '../../src/session/decode.js';
import type { Session } from '../../src/session/schema.js';
import { makeFactor, makeMethod } from './portfolio.js';

export const quietIo = { stdout: { write: () => true }, stderr: { write: () => true }, stdin: { isTTY: false, [Symbol.asyncIterator]: async function* () {} }, env: {}, cwd: '/w' } as unknown as Io;

/** `kam select customers.csv --session s.json …` with these flags given on the command line (the rest defaults). */
export function replayPlan(given: Partial<SelectFlags>) {
  const defaults: SelectFlags = { format: 'table', missing: 'error', split: 'midpoint', sort: 'quadrant', strengthAxis: 'left', top: '200', interactive: false, color: false };
  return planRun('customers.csv', { ...defaults, session: 's.json', ...given, given: ['session', ...Object.keys(given)] }, quietIo);
}

/** A session that decided a median split on the right, 12 places, the Retail segment, absolute strength. */
export const savedDecisions: SessionFile = {
  session: { answers: { kaism: { split: 'median', strengthAxis: 'right' } } } as unknown as Session,
  criteria: [makeFactor('Spend', 'attractiveness', 1), makeFactor('Quality', 'strength', 1)],
  method: makeMethod({ split: { rule: 'median' }, capacity: 12, segments: ['Retail'], strength: 'absolute', aggregate: 'median' }),
};

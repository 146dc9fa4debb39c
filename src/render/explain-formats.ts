/**
 * The formats of `kam explain`, in a registry of their own so that a run loads the writers only
 * when it explains (render/explain.ts holds them).
 */
import type { ValueOf } from '../core/vocabulary.js';
import type { ExplainWriter } from './explain.js';
import { formats, formatVocabulary } from './formats.js';

export const EXPLAIN_FORMATS = formats<ExplainWriter>()({
  table: { help: "the account's factors, margins and the change that crosses a boundary", human: true, load: async () => (await import('./explain.js')).writeExplainText },
  json: { help: 'the kam/explain@1 document', human: false, load: async () => (await import('./explain.js')).writeExplainJson },
});

export const EXPLAIN_FORMAT = formatVocabulary(EXPLAIN_FORMATS);
export type ExplainFormat = ValueOf<typeof EXPLAIN_FORMAT>;

/** The formats of `kam review`, one writer signature: the review document, and `--account`'s history. */
import type { ValueOf } from '../../core/vocabulary.js';
import type { ReviewDocument } from '../../core/review.js';
import { formats, formatVocabulary } from '../formats.js';
import type { RenderOptions } from '../result-document.js';
import type { Sink } from '../sink.js';
import type { AccountHistory } from './history-chart.js';

export interface ReviewOutput {
  doc: ReviewDocument;
  /** With --account: that account's history across the snapshots. */
  focus: AccountHistory | null;
  /** --top N: at most N accounts per list (table and Markdown), the rest counted; null: all in the table, sized to fit in the Markdown. */
  top?: number | null;
}

export type ReviewWriter = (out: Sink, r: ReviewOutput, o: Pick<RenderOptions, 'width' | 'palette'>) => void;

export const REVIEW_FORMATS = formats<ReviewWriter>()({
  table: {
    help: 'movements, release list, trend and gates as text',
    human: true,
    load: async () => {
      const { writeAccountTable, writeReviewTable } = await import('./render-table.js');
      return (out, r, o) => (r.focus ? writeAccountTable(out, r.doc, r.focus, o) : writeReviewTable(out, r.doc, { ...o, top: r.top ?? null }));
    },
  },
  json: { help: 'the kam/review@1 document', human: false, load: async () => (out, r) => out(`${JSON.stringify(r.doc, null, 2)}\n`) },
  markdown: {
    help: 'the review for a pull-request comment or an e-mail',
    human: false,
    load: async () => {
      const { writeAccountMarkdown, writeReviewMarkdown } = await import('./render-markdown.js');
      return (out, r) => (r.focus ? writeAccountMarkdown(out, r.doc, r.focus) : writeReviewMarkdown(out, r.doc, r.top ?? null));
    },
  },
  csv: {
    help: 'one row per account: both quarters\' quadrants, scores, deltas, movement, release',
    human: false,
    load: async () => (await import('./render-csv.js')).writeReviewCsv,
  },
  svg: {
    help: "the movement on the KAISM matrix as a picture (with --account, the account's history)",
    human: false,
    load: async () => {
      const { writeReviewSvg } = await import('./render-svg.js');
      return (out, r) => writeReviewSvg(out, r.doc, r.focus);
    },
  },
  html: {
    help: 'the review as one offline web page: the picture, the release list, a sortable account table',
    human: false,
    load: async () => {
      const { writeReviewHtml } = await import('./render-html.js');
      return (out, r) => writeReviewHtml(out, r.doc, r.focus);
    },
  },
});

export const REVIEW_FORMAT = formatVocabulary(REVIEW_FORMATS);
export type ReviewFormat = ValueOf<typeof REVIEW_FORMAT>;

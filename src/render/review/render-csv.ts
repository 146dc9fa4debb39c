/**
 * `kam review --format csv`: one row per account of the two compared snapshots, in the
 * review's order (current rank, then the accounts no longer there by key): both quarters'
 * rank, quadrant, scores and selection, the deltas, the quadrant move, the selection move, the
 * release reason, and — when the previous quarter was rescored with the current method — the
 * method's share of the deltas and what moved the account. Cells guarded against formula
 * injection; scores rounded to 9 decimals (the precision kam compares at).
 */
import { round9 } from '../../core/classify.js';
import type { AccountPoint, ReviewAccount, ReviewDocument } from '../../core/review.js';
import { QUADRANTS } from '../../core/types.js';
import { csvText } from '../escape.js';
import type { Sink } from '../sink.js';

export const REVIEW_CSV_COLUMNS = [
  'id',
  'name',
  'status',
  'previous_rank',
  'previous_quadrant',
  'previous_attractiveness',
  'previous_strength',
  'previous_selected',
  'current_rank',
  'current_quadrant',
  'current_attractiveness',
  'current_strength',
  'current_selected',
  'rank_change',
  'attractiveness_change',
  'strength_change',
  'quadrant_move',
  'selection',
  'release',
  'method_attractiveness_change',
  'method_strength_change',
  'moved_by',
] as const;

const n9 = (x: number): string => String(round9(x));

function pointCells(p: AccountPoint | null): string[] {
  return p ? [String(p.rank), p.quadrant, n9(p.attractiveness), n9(p.strength), String(p.selected)] : ['', '', '', '', ''];
}

function quadrantMove(a: ReviewAccount): string {
  if (!a.previous || !a.current || a.previous.quadrant === a.current.quadrant) return '';
  return QUADRANTS.indexOf(a.current.quadrant) < QUADRANTS.indexOf(a.previous.quadrant) ? 'up' : 'down';
}

/** `--format csv` (a ReviewWriter of render/review/formats.ts). */
export function writeReviewCsv(out: Sink, r: { doc: ReviewDocument }): void {
  const { doc } = r;
  const release = new Map(doc.release.map((x) => [x.id, x.reason]));
  const lines = [REVIEW_CSV_COLUMNS.join(',')];
  for (const a of doc.accounts) {
    if (a.status === 'former') continue;
    const m = a.rescored && a.previous ? { attractiveness: n9(a.rescored.attractiveness - a.previous.attractiveness), strength: n9(a.rescored.strength - a.previous.strength) } : null;
    lines.push(
      [
        csvText(a.id),
        csvText(a.name),
        a.status,
        ...pointCells(a.previous),
        ...pointCells(a.current),
        a.change ? String(a.change.rank) : '',
        a.change ? n9(a.change.attractiveness) : '',
        a.change ? n9(a.change.strength) : '',
        quadrantMove(a),
        a.selection,
        release.get(a.id) ?? '',
        m ? m.attractiveness : '',
        m ? m.strength : '',
        a.cause ?? '',
      ].join(','),
    );
  }
  out(`${lines.join('\n')}\n`);
}

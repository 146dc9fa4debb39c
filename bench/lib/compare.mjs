// Checks a peer's result file against kam's: the same accounts in the same order with the same
// rank, scores, quadrant, selection and Pareto class (METHOD.md §3). Numbers are compared as
// numbers (a peer may write 25.0 where kam writes 25), every other cell as text. Pure on the
// two texts (tested in test/bench/compare.test.ts).
import { records } from './csv.mjs';

/** The columns a peer must have, and which of them are numbers. */
export const RESULT_COLUMNS = ['rank', 'id', 'name', 'attractiveness', 'strength', 'quadrant', 'selected', 'segment', 'pareto'];
const NUMERIC = new Set(['rank', 'attractiveness', 'strength', 'coverage_attractiveness', 'coverage_strength']);

/**
 * { same, identicalBytes, rows, columns, difference } where difference (when not same) names the
 * first row (1-based data row) and column that differ, with both cells.
 */
export function compareResults(kamText, peerText) {
  if (kamText === peerText) {
    let rows = -1;
    for (const _ of records(kamText)) rows++;
    return { same: true, identicalBytes: true, rows: Math.max(0, rows), columns: null, difference: null };
  }
  // Both files a record at a time, in step: a million rows never sit in memory as arrays.
  const kam = records(kamText);
  const peer = records(peerText);
  const kamHead = kam.next().value ?? [];
  const peerHead = peer.next().value ?? [];
  const missing = RESULT_COLUMNS.filter((c) => !peerHead.includes(c));
  if (missing.length > 0) return differ(0, missing.join(', '), 'a column', 'none');
  // Every kam column the peer also wrote (kam's required ones are all there).
  const columns = kamHead.filter((c) => peerHead.includes(c));
  const at = columns.map((c) => [kamHead.indexOf(c), peerHead.indexOf(c)]);
  for (let r = 1; ; r++) {
    const a = kam.next();
    const b = peer.next();
    if (a.done || b.done) {
      if (a.done && b.done) return { same: true, identicalBytes: false, rows: r - 1, columns, difference: null };
      return differ(r, 'rows', a.done ? `${r - 1} accounts` : 'more accounts', b.done ? `${r - 1} accounts` : 'more accounts');
    }
    for (let k = 0; k < columns.length; k++) {
      const x = a.value[at[k][0]] ?? '';
      const y = b.value[at[k][1]] ?? '';
      if (x === y) continue;
      if (NUMERIC.has(columns[k]) && x.trim() !== '' && y.trim() !== '' && Number(x) === Number(y)) continue;
      return differ(r, columns[k], x, y);
    }
  }
}

function differ(row, column, kam, peer) {
  return { same: false, identicalBytes: false, rows: null, columns: null, difference: { row, column, kam, peer } };
}

/** One line for a report: how the peer's result relates to kam's. */
export function describeComparison(c) {
  if (c.same) return c.identicalBytes ? `same, byte for byte (${c.rows.toLocaleString('en-US')} accounts)` : `same values in every cell (${c.rows.toLocaleString('en-US')} accounts; some written differently, e.g. 25.0 for 25)`;
  const d = c.difference;
  return d.row === 0 ? `DIFFERENT: missing ${d.column}` : `DIFFERENT at account ${d.row}, ${d.column}: kam ${JSON.stringify(d.kam)}, peer ${JSON.stringify(d.peer)}`;
}

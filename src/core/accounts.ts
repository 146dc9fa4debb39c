/** Accounts as people name them: the one label, and finding an account by its key or name. */
import { UsageError } from './errors.js';
import type { Portfolio } from './types.js';

/** `C001 Nordhavn Foods`, or the key alone when the name is the key. */
export function accountLabel(id: string, name: string): string {
  return name === id ? id : `${id} ${name}`;
}

/**
 * The portfolio row of the account named on the command line: its key exactly, else its key or
 * its name ignoring case (when that names one account).
 */
export function findAccountRow(portfolio: Portfolio, wanted: string): number {
  const w = wanted.trim();
  let rows = portfolio.ids.flatMap((id, row) => (id === w ? [row] : []));
  if (rows.length === 0) {
    const lower = w.toLowerCase();
    rows = portfolio.ids.flatMap((id, row) => (id.toLowerCase() === lower || portfolio.names[row].toLowerCase() === lower ? [row] : []));
  }
  if (rows.length > 1) {
    const ids = rows.slice(0, 5).map((r) => portfolio.ids[r]);
    throw new UsageError(`"${wanted}" matches ${rows.length} accounts (${ids.join(', ')}${rows.length > 5 ? ', …' : ''}); give the account's key.`);
  }
  if (rows.length === 0) {
    const sample = portfolio.ids.slice(0, 3).join(', ');
    throw new UsageError(`There is no account "${wanted}" in ${portfolio.source}; give its key or name (keys look like ${sample}).`);
  }
  return rows[0];
}

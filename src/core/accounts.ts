/** Accounts as people name them: the one label, and finding an account by its key or name. */
import { t } from '../i18n/index.js';
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
    throw new UsageError(t('core.accounts.ambiguous', { wanted, n: rows.length, ids: ids.join(', '), more: rows.length > 5 ? 'yes' : 'no' }));
  }
  if (rows.length === 0) {
    const sample = portfolio.ids.slice(0, 3).join(', ');
    throw new UsageError(t('core.accounts.none', { wanted, source: portfolio.source, sample }));
  }
  return rows[0];
}

/**
 * Progress on standard error for large files (100,000 accounts or more): reading, scoring,
 * writing, on one line that is rewritten in place and erased at the end. Nothing at all when
 * standard error is not a terminal, so logs and pipes stay clean.
 */
import type { OutStream } from './io.js';
import { t } from '../i18n/index.js';
import { count, fixed } from '../i18n/numbers.js';

export const PROGRESS_MIN_ACCOUNTS = 100_000;

export interface Progress {
  reading(bytes: number, total: number): void;
  scoring(accounts: number): void;
  writing(bytes: number): void;
  done(): void;
}

const silent: Progress = { reading() {}, scoring() {}, writing() {}, done() {} };

const mb = (b: number): string => `${fixed(b / 1e6, b < 1e7 ? 1 : 0)} MB`;

/** A reporter for an input of about `expectedAccounts` accounts. */
export function createProgress(stderr: OutStream, expectedAccounts: number, now: () => number = Date.now): Progress {
  if (!stderr.isTTY || expectedAccounts < PROGRESS_MIN_ACCOUNTS) return silent;
  let last = 0;
  let shown = false;
  const show = (text: string, force = false): void => {
    const at = now();
    if (!force && at - last < 100) return;
    last = at;
    shown = true;
    stderr.write(`\r\u001b[2K${text}`);
  };
  return {
    reading: (bytes, total) => show(`kam: ${t('app.progress.reading', { read: mb(bytes), total: mb(total), percent: Math.floor((100 * bytes) / Math.max(1, total)) })}`, bytes >= total),
    scoring: (accounts) => show(`kam: ${t('app.progress.scoring', { accounts: count(accounts) })}`, true),
    writing: (bytes) => show(`kam: ${t('app.progress.writing', { written: mb(bytes) })}`),
    done: () => {
      if (shown) stderr.write('\r\u001b[2K');
      shown = false;
    },
  };
}

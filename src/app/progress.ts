/**
 * Progress on standard error for large files (100,000 accounts or more): reading, scoring,
 * writing, on one line that is rewritten in place and erased at the end. Nothing at all when
 * standard error is not a terminal, so logs and pipes stay clean.
 */
import type { OutStream } from './io.js';

export const PROGRESS_MIN_ACCOUNTS = 100_000;

export interface Progress {
  reading(bytes: number, total: number): void;
  scoring(accounts: number): void;
  writing(bytes: number): void;
  done(): void;
}

const silent: Progress = { reading() {}, scoring() {}, writing() {}, done() {} };

const mb = (b: number): string => `${(b / 1e6).toFixed(b < 1e7 ? 1 : 0)} MB`;

/** A reporter for an input of about `expectedAccounts` accounts. */
export function createProgress(stderr: OutStream, expectedAccounts: number, now: () => number = Date.now): Progress {
  if (!stderr.isTTY || expectedAccounts < PROGRESS_MIN_ACCOUNTS) return silent;
  let last = 0;
  let shown = false;
  const show = (text: string, force = false): void => {
    const t = now();
    if (!force && t - last < 100) return;
    last = t;
    shown = true;
    stderr.write(`\r\u001b[2K${text}`);
  };
  return {
    reading: (bytes, total) => show(`kam: reading ${mb(bytes)} of ${mb(total)} (${Math.floor((100 * bytes) / Math.max(1, total))} %)`, bytes >= total),
    scoring: (accounts) => show(`kam: scoring ${accounts.toLocaleString('en-US')} accounts…`, true),
    writing: (bytes) => show(`kam: writing ${mb(bytes)}…`),
    done: () => {
      if (shown) stderr.write('\r\u001b[2K');
      shown = false;
    },
  };
}

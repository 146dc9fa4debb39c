/**
 * The hostile-input corpus (test/fixtures/bad/cases.json): its cases and the files a case makes
 * first (too big or too odd to commit). Run in English by bad-inputs.test.ts, in Indonesian by
 * bad-inputs-id.test.ts.
 */
import { lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../helpers/run-kam.js';

export interface BadCase {
  name: string;
  args: string[];
  code: 1 | 2;
  /** The sentence (or its start) that a `kam: ` line of standard error must hold. */
  message: string;
  /** A file the test makes in the working folder first (too big or too odd to commit). */
  generate?: 'folder' | 'symlink-loop' | 'ten-megabyte-number' | 'ten-megabyte-text' | 'ten-megabyte-key' | 'ten-megabyte-quote';
  /** Standard input: the bytes of this corpus file. */
  stdinFile?: string;
  /** The case is about -o itself: do not add one. */
  noOutput?: boolean;
  /** A file that must be byte-identical afterwards. */
  unchanged?: string;
}

export const CORPUS = join(FIXTURES, 'bad');
export const { cases } = JSON.parse(readFileSync(join(CORPUS, 'cases.json'), 'utf8')) as { cases: BadCase[] };
export const TEN_MB = 10 * 1024 * 1024;

export function generate(dir: string, kind: NonNullable<BadCase['generate']>): void {
  const customers = readFileSync(join(dir, 'customers.csv'), 'utf8');
  if (kind === 'folder') mkdirSync(join(dir, 'a-folder'), { recursive: true });
  else if (kind === 'symlink-loop') {
    // lstat: existsSync follows the link, and a loop never resolves.
    if (lstatSync(join(dir, 'loop.csv'), { throwIfNoEntry: false }) === undefined) symlinkSync('loop.csv', join(dir, 'loop.csv'));
  } else if (kind === 'ten-megabyte-number' || kind === 'ten-megabyte-text') {
    const lines = customers.split('\n');
    const fields = lines[2].split(',');
    fields[7] = `${'9'.repeat(TEN_MB)}${kind === 'ten-megabyte-text' ? 'x' : ''}`; // Margin
    lines[2] = fields.join(',');
    writeFileSync(join(dir, `${kind}.csv`), lines.join('\n'));
  } else if (kind === 'ten-megabyte-key') {
    const lines = customers.split('\n');
    const key = 'K'.repeat(TEN_MB);
    for (const i of [1, 2]) lines[i] = `${key}${lines[i].slice(lines[i].indexOf(','))}`;
    writeFileSync(join(dir, 'ten-megabyte-key.csv'), lines.join('\n'));
  } else {
    writeFileSync(join(dir, 'ten-megabyte-quote.csv'), `${customers}00699,"${'x'.repeat(TEN_MB)}\n`);
  }
}

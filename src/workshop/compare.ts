/** Step 10's comparison with an earlier session or result: who moved, who joined, who is released. */
import { InputError } from '../core/errors.js';
import type { KamResult } from '../core/result.js';
import { resultAccountsSound } from '../session/check.js';
import { parseSession } from '../session/schema.js';
import { readInputFile } from '../util/files.js';

type Accounts = Pick<KamResult, 'accounts'>;

/** An earlier kam/result@1, or the result snapshot of an earlier kam/session@1. */
export function readEarlierResult(path: string, cwd: string): Accounts {
  const { text } = readInputFile(path, cwd);
  let schema: unknown;
  try {
    schema = (JSON.parse(text) as { schema?: unknown }).schema;
  } catch {
    throw new InputError({ file: path, message: 'the file to compare with is not valid JSON; give an earlier kam session or --format json result' });
  }
  if (typeof schema === 'string' && schema.startsWith('kam/session@')) {
    const s = parseSession(text, path);
    if (!s.result) throw new InputError({ file: path, message: 'that session has no result yet (it stopped before step 9)' });
    return s.result;
  }
  if (schema === 'kam/result@1') {
    const r = JSON.parse(text) as Accounts;
    if (resultAccountsSound(r)) return r;
    throw new InputError({ file: path, message: 'the result to compare with is incomplete or corrupt (every account needs id, name, quadrant and selected)' });
  }
  throw new InputError({ file: path, message: `this is neither a kam session nor a kam/result@1 document (schema ${JSON.stringify(schema ?? null)})` });
}

/** One sentence per account that changed between `before` and `after`, in the new rank order. */
export function movements(before: Accounts, after: Accounts): string[] {
  const old = new Map(before.accounts.map((a) => [a.id, a]));
  const lines: string[] = [];
  for (const a of after.accounts) {
    const b = old.get(a.id);
    const who = a.name === a.id ? a.id : `${a.id} ${a.name}`;
    if (!b) {
      lines.push(`${who}: new, now ${a.quadrant}${a.selected ? ' (selected)' : ''}`);
      continue;
    }
    const parts: string[] = [];
    if (b.quadrant !== a.quadrant) parts.push(`${b.quadrant} → ${a.quadrant}`);
    if (b.selected && !a.selected) parts.push('released from key-account resources');
    if (!b.selected && a.selected) parts.push('newly selected');
    if (parts.length > 0) lines.push(`${who}: ${parts.join('; ')}`);
  }
  const now = new Set(after.accounts.map((a) => a.id));
  for (const b of before.accounts) if (!now.has(b.id)) lines.push(`${b.id}: no longer in the portfolio${b.selected ? ' (was selected)' : ''}`);
  return lines;
}

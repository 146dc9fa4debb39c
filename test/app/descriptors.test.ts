/**
 * A refused customers file closes its descriptor (found by `npm run fuzz` at 100,000 runs: the
 * chunked reader stayed suspended when the loader stopped at a bad byte or a bad header, and a
 * long-lived process — the fuzz, a library user — ran out of descriptors after ~80,000 runs).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { FIXTURES, tempDir } from '../helpers/run-kam.js';

const descriptors = (): number => readdirSync('/proc/self/fd').length;

describe.skipIf(!existsSync('/proc/self/fd'))('descriptors', () => {
  it('every refusal of a streamed customers file, and every success, leaves the count of open files as it was', async () => {
    const dir = tempDir();
    for (const f of ['customers.csv', 'criteria.csv']) writeFileSync(join(dir, f), readFileSync(join(FIXTURES, 'bad', f)));
    const good = readFileSync(join(dir, 'customers.csv'), 'latin1');
    const lines = good.split('\n');
    const cases: Record<string, Buffer> = {
      'a bad UTF-8 byte on line 3': Buffer.concat([Buffer.from(`${lines.slice(0, 2).join('\n')}\n`), Buffer.from([0xf8]), Buffer.from(`${lines.slice(2).join('\n')}`)]),
      'a header name twice': Buffer.from(good.replace(/^id,name,/, 'id,name,name,')),
      'a NUL byte in the header': Buffer.from(good.replace('segment', 'seg\u0000ment'), 'latin1'),
      'the file as it is': Buffer.from(good, 'latin1'),
    };
    const io = { stdout: { write: () => true }, stderr: { write: () => true }, stdin: (async function* () {})(), env: {}, cwd: dir };
    for (const [name, bytes] of Object.entries(cases)) {
      writeFileSync(join(dir, 'f.csv'), bytes);
      const before = descriptors();
      const codes = new Set<number>();
      // schema-check: the runs print their JSON to a discarded stdout; only the open files are counted here.
      for (let i = 0; i < 30; i++) codes.add(await main(['select', 'f.csv', '-c', 'criteria.csv', '-f', 'json', '--no-interactive'], io));
      expect([...codes], name).toEqual([name === 'the file as it is' ? 0 : 1]);
      expect(descriptors(), name).toBe(before);
    }
  });
});

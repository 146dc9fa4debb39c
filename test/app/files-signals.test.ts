/**
 * Signals during atomic writes (app/files.ts), deterministically: the writer sends the signal
 * to its own process in the middle of its output. Asynchronous writes (every -o) end in a
 * CancelledError with the temporary file gone and the old file kept, and the handlers are gone
 * afterwards. Run in a child process on the built modules: a signal's default action would end
 * the test runner.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/run-kam.js';

function child(script: string, dir: string): { status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string } {
  const files = join(ROOT, 'dist/app/files.js');
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', `const f = await import(${JSON.stringify(files)});\n${script}`], { cwd: dir, encoding: 'utf8' });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

const temporaries = (dir: string): string[] => readdirSync(dir).filter((n) => n.includes('.kam-tmp-'));

describe('signals during an atomic write', () => {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    test(`${signal} during an asynchronous write: CancelledError ${code}, old file kept, no temporary file`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'kam-sig-'));
      writeFileSync(join(dir, 'out.txt'), 'old\n');
      const r = child(
        `try {
           await f.writeAtomicallyAsync('out.txt', async (w) => {
             w('half ');
             process.kill(process.pid, '${signal}');
             for (let i = 0; i < 1000; i++) w('x');
           });
           console.log('written');
         } catch (e) { console.log(e.name, e.exitCode, e.message); }`,
        dir,
      );
      expect(r.stdout.trim()).toMatch(new RegExp(`^CancelledError ${code} (Interrupted \\(Ctrl-C\\)|Stopped by SIGTERM) while writing out\\.txt: nothing was written`));
      expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe('old\n');
      expect(temporaries(dir)).toEqual([]);
    });
  }

  test('without a signal both writes replace the file and leave no handler behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kam-sig-'));
    const r = child(
      `await f.writeAtomicallyAsync('a.txt', (w) => w('a\\n'));
       f.writeAtomically('b.txt', (w) => w('b\\n'));
       await new Promise((r) => setTimeout(r, 50));
       console.log(process.listenerCount('SIGINT'), process.listenerCount('SIGTERM'));`,
      dir,
    );
    expect(r.stdout).toBe('0 0\n');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('a\n');
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe('b\n');
  });
});

/**
 * Nothing lost: kam killed (SIGKILL) in the middle of writing leaves the previous file exactly
 * as it was, for a real run of the binary and for the writer every kam file goes through.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, kam, tempDir } from '../helpers/run-kam.js';

/** Waits until `ready()` holds, polling every few milliseconds; false after `ms`. */
async function until(ready: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (ready()) return true;
    await new Promise((r) => setTimeout(r, 2));
  }
  return false;
}

const tempFiles = (dir: string, target: string) => readdirSync(dir).filter((f) => f.startsWith(`.${target}.kam-tmp-`));

function bigPortfolio(dir: string, rows: number): void {
  const lines = ['id,name,segment,revenue,Spend,Fit,Quality,Delivery'];
  for (let i = 0; i < rows; i++) {
    lines.push(`A${i},Account number ${i} with a longish name,Seg${i % 7},${(i * 37) % 100000},${(i * 7919) % 1000000},${1 + (i % 10)},${1 + ((i * 3) % 10)},${1 + ((i * 7) % 10)}`);
  }
  writeFileSync(join(dir, 'customers.csv'), `${lines.join('\n')}\n`);
  writeFileSync(
    join(dir, 'criteria.csv'),
    'factor,axis,weight,min,max,normalize\nSpend,attractiveness,50,0,1000000,minmax\nFit,attractiveness,50,1,10,none\nQuality,strength,50,1,10,none\nDelivery,strength,50,1,10,none\n',
  );
}

describe('atomic writes', () => {
  it('kam select -o killed while writing a 300,000-account result leaves the previous file intact', async () => {
    const dir = tempDir();
    bigPortfolio(dir, 300_000);
    const previous = '{"the previous result": true}\n';
    writeFileSync(join(dir, 'out.json'), previous);
    // schema-check: killed mid-write, this run leaves no document; the run after it goes through kam(), which validates out.json.
    const child = spawn(process.execPath, [BIN, 'select', 'customers.csv', '-f', 'json', '-o', 'out.json'], { cwd: dir, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    // Mid-write: the temporary file exists and already holds data.
    const writing = await until(() => tempFiles(dir, 'out.json').some((f) => statSync(join(dir, f), { throwIfNoEntry: false })?.size), 60_000);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(writing).toBe(true);
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe(previous);
    // The next run replaces it whole.
    const r = kam(['select', 'customers.csv', '-f', 'json', '-o', 'out.json'], { cwd: dir, timeout: 120_000 });
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).accounts).toHaveLength(300_000);
  }, 180_000);

  it('the writer of every kam file (results, brief, session, criteria) keeps the old file when killed mid-write', async () => {
    const dir = tempDir();
    const target = join(dir, 'kam-session.json');
    writeFileSync(target, '{"schema": "kam/session@1", "previous": true}\n');
    // A process that has written 2 MB (flushed to the temporary file) and is still writing.
    const script = `
      const { AtomicFile } = await import(${JSON.stringify(join(ROOT, 'dist/app/files.js'))});
      const f = new AtomicFile(${JSON.stringify(target)});
      f.write('x'.repeat(2 << 20));
      process.stdout.write('written\\n');
      setInterval(() => f.write('y'), 1000);`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    const [tmp] = tempFiles(dir, 'kam-session.json');
    expect(statSync(join(dir, tmp)).size).toBe(2 << 20);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(readFileSync(target, 'utf8')).toBe('{"schema": "kam/session@1", "previous": true}\n');
  });

  it('no source file writes a file any other way than through the atomic writer', () => {
    const offenders: string[] = [];
    const walk = (d: string): void => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\b(writeFileSync|appendFileSync|createWriteStream|writeFile|appendFile)\b|fs\/promises/.test(readFileSync(p, 'utf8')) && !p.endsWith(join('app', 'files.ts'))) offenders.push(p);
      }
    };
    walk(join(ROOT, 'src'));
    expect(offenders).toEqual([]);
    expect(existsSync(join(ROOT, 'src/app/files.ts'))).toBe(true);
  });
});

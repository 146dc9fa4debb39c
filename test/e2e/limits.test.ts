/**
 * Issue 13 on the built binary: every reader stops at its bound on an endless or huge stream
 * (standard input, a named pipe) with one sentence naming the limit and how to raise it; huge
 * headers and lists give short messages in bounded memory (peak RSS measured by bench/rss.cjs);
 * operating-system refusals are sentences naming the path; numbers at the edges of a double
 * give finite numbers in every format; big reviews, briefs and explanations complete. Every
 * failing run: its exit code, only `kam: ` lines, no control character, no temporary file left.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, constants, cpSync, createWriteStream, lstatSync, mkdirSync, openSync, closeSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { BIN, FIXTURES, kam, ROOT, tempDir, type RunResult } from '../helpers/run-kam.js';
import { checkRunOutputs } from '../helpers/schemas.js';

const CORPUS = join(FIXTURES, 'bad');
const MB = 2 ** 20;
const baseEnv = (): Record<string, string> => ({ PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' });

let dir = '';
beforeAll(() => {
  dir = tempDir();
  cpSync(CORPUS, dir, { recursive: true });
});

const leftovers = (folder = dir): string[] => readdirSync(folder).filter((f) => f.includes('.kam-tmp-'));

/** A failed run as issue 13 wants it: the code, one sentence holding `sentence`, nothing else, nothing left behind. */
function failsWith(r: { code: number | null; stdout?: string; stderr: string }, code: number, sentence: string | RegExp, folder = dir): void {
  expect(r.code, r.stderr.slice(0, 2000)).toBe(code);
  const lines = r.stderr.trimEnd().split('\n');
  for (const line of lines) expect(line).toMatch(/^kam: /);
  expect(lines.some((l) => (typeof sentence === 'string' ? l.includes(sentence) : sentence.test(l))), r.stderr.slice(0, 2000)).toBe(true);
  expect(r.stderr).not.toContain('internal error');
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  if (r.stdout !== undefined) expect(r.stdout).toBe('');
  expect(leftovers(folder)).toEqual([]);
}

/**
 * The built binary under bench/rss.cjs: the run and its peak resident set size in MB.
 * schema-check: measured() validates what a run wrote; the endless streams below end in a
 * refusal before any output.
 */
function measured(args: string[], env: Record<string, string> = {}, cwd = dir): RunResult & { rssMB: number } {
  const rssFile = join(cwd, `.rss-${process.pid}-${Date.now()}`);
  const r = spawnSync(process.execPath, ['--require', join(ROOT, 'bench/rss.cjs'), BIN, ...args], {
    cwd,
    env: { ...baseEnv(), ...env, KAM_BENCH_RSS_FILE: rssFile },
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 1 << 28,
  });
  const kib = Number(readFileSync(rssFile, 'utf8').split(' ')[0]);
  const result = { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  checkRunOutputs(args, cwd, result);
  return { ...result, rssMB: kib / 1024 };
}

interface Endless {
  code: number | null;
  stderr: string;
  ms: number;
  rssMB: number;
}

/**
 * Runs kam while `next()` feeds it bytes without end, on standard input (`fifo` unset) or through
 * a named pipe made at `fifo`; a hang guard kills kam after `guardMs` (its code is then null).
 */
function endless(args: string[], next: () => Buffer, opts: { env?: Record<string, string>; fifo?: string; guardMs?: number } = {}): Promise<Endless> {
  const rssFile = join(dir, `.rss-${process.pid}-${Date.now()}`);
  if (opts.fifo !== undefined && !existsSync(opts.fifo)) expect(spawnSync('mkfifo', [opts.fifo]).status).toBe(0);
  return new Promise((done) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--require', join(ROOT, 'bench/rss.cjs'), BIN, ...args], {
      cwd: dir,
      env: { ...baseEnv(), ...opts.env, KAM_BENCH_RSS_FILE: rssFile },
      stdio: [opts.fifo === undefined ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
    const sink = opts.fifo === undefined ? child.stdin! : createWriteStream(opts.fifo);
    let running = true;
    sink.on('error', () => (running = false)); // EPIPE once kam has stopped reading
    const pump = (): void => {
      while (running && sink.write(next()));
      if (running) sink.once('drain', pump);
    };
    pump();
    let stderr = '';
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout!.resume();
    const guard = setTimeout(() => child.kill('SIGKILL'), opts.guardMs ?? 60_000);
    child.on('exit', (code) => {
      clearTimeout(guard);
      running = false;
      sink.destroy();
      // A writer still waiting for a reader of the pipe is let go.
      if (opts.fifo !== undefined) closeSync(openSync(opts.fifo, constants.O_RDONLY | constants.O_NONBLOCK));
      const kib = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8').split(' ')[0]) : NaN;
      done({ code, stderr, ms: Date.now() - started, rssMB: kib / 1024 });
    });
  });
}

/** Valid customers rows with keys that never repeat, a thousand at a time, after the fixture's header. */
function rowsWithoutEnd(): () => Buffer {
  const header = readFileSync(join(CORPUS, 'customers.csv'), 'utf8').split('\n')[0];
  let i = 0;
  let first = true;
  return () => {
    let s = first ? `${header}\n` : '';
    first = false;
    for (let k = 0; k < 1000; k++, i++) s += `K${i},Account ${i},Food,direct,1000,2000,850000,23.5,4.2,2,8,7.5,8,6\n`;
    return Buffer.from(s);
  };
}

describe('endless streams stop at their bound with a sentence', () => {
  it('customers on standard input that never end: stopped at KAM_MAX_FILE_MB, memory about that size', async () => {
    const r = await endless(['select', '-', '-c', 'criteria.csv', '-f', 'json'], rowsWithoutEnd(), { env: { KAM_MAX_FILE_MB: '16' } });
    failsWith(r, 1, 'kam: standard input: the input is larger than 16 MB, more than kam reads of one such file (an endless stream, or the wrong file?); set KAM_MAX_FILE_MB to read larger ones.');
    expect(r.rssMB).toBeLessThan(250);
  }, 90_000);

  it('NUL bytes without end on standard input: refused in the first chunk', async () => {
    const zeros = Buffer.alloc(64 * 1024);
    const r = await endless(['select', '-', '-c', 'criteria.csv', '-f', 'json'], () => zeros);
    failsWith(r, 1, 'kam: standard input: this is not a text file: it contains NUL bytes');
    expect(r.rssMB).toBeLessThan(150);
  }, 90_000);

  it('customers from a named pipe that never ends: stopped at KAM_MAX_ACCOUNTS', async () => {
    const fifo = join(dir, 'endless-customers.csv');
    const r = await endless(['select', fifo, '-c', 'criteria.csv', '-f', 'json'], rowsWithoutEnd(), { fifo, env: { KAM_MAX_ACCOUNTS: '20000' } });
    failsWith(r, 1, 'the file has more than 20,000 accounts; set KAM_MAX_ACCOUNTS to read more');
    expect(r.rssMB).toBeLessThan(250);
  }, 90_000);

  it('a named pipe with one line that never ends: stopped at KAM_MAX_LINE_MB', async () => {
    const fifo = join(dir, 'endless-line.csv');
    let first = true;
    const text = Buffer.from('x'.repeat(64 * 1024));
    const header = readFileSync(join(CORPUS, 'customers.csv'), 'utf8').split('\n')[0];
    const next = (): Buffer => (first ? ((first = false), Buffer.concat([Buffer.from(`${header}\n00601,`), text])) : text);
    const r = await endless(['select', fifo, '-c', 'criteria.csv', '-f', 'json'], next, { fifo, env: { KAM_MAX_LINE_MB: '2' } });
    failsWith(r, 1, 'a record is longer than 2 MB (a line that never ends, or a quote that is never closed?); set KAM_MAX_LINE_MB to read longer ones');
    expect(r.rssMB).toBeLessThan(250);
  }, 90_000);

  for (const [what, args] of [
    ['criteria', ['select', 'customers.csv', '-c', 'FIFO', '-f', 'json']],
    ['a session', ['select', 'customers.csv', '--session', 'FIFO', '-f', 'json']],
    ['a review snapshot', ['review', 'FIFO', 'session.json']],
    ['pairs', ['weights', 'criteria.csv', '--axis', 'attractiveness', '--pairs', 'FIFO']],
  ] as const) {
    it(`${what} from a named pipe that never ends: stopped at KAM_MAX_FILE_MB`, async () => {
      const fifo = join(dir, `endless-${what.replace(/ /g, '-')}`);
      const text = Buffer.from('factor,axis,weight\n'.repeat(4096));
      const r = await endless(args.map((a) => (a === 'FIFO' ? fifo : a)), () => text, { fifo, env: { KAM_MAX_FILE_MB: '4' } });
      failsWith(r, 1, `${fifo}: the input is larger than 4 MB`);
      expect(r.rssMB).toBeLessThan(200);
    }, 90_000);
  }
});

describe('huge headers and lists: short messages, bounded memory', () => {
  beforeAll(() => {
    const names = Math.ceil((12 * MB) / 6);
    writeFileSync(join(dir, 'twelve-megabyte-header.csv'), `id,${Array(names).fill('Spend').join(',')}\n1,2\n`);
    writeFileSync(join(dir, 'twenty-megabyte-cell.csv'), `id,name,${'H'.repeat(20 * MB)}\n1,a,2\n`);
  });

  it('a 12 MB header of repeated names: stopped at KAM_MAX_COLUMNS in one short sentence, under 400 MB', () => {
    const r = measured(['select', 'twelve-megabyte-header.csv', '-c', 'criteria.csv', '-f', 'json']);
    failsWith(r, 1, 'twelve-megabyte-header.csv, line 1: the header has more than 10,000 columns (2,097,153 so far; the wrong file?); set KAM_MAX_COLUMNS to read more.');
    expect(r.stderr.length).toBeLessThan(300);
    expect(r.rssMB).toBeLessThan(400);
  }, 120_000);

  it('the same header with KAM_MAX_COLUMNS raised: the duplicates listed 20 at a time, the rest counted, under 400 MB', () => {
    const r = measured(['select', 'twelve-megabyte-header.csv', '-c', 'criteria.csv', '-f', 'json'], { KAM_MAX_COLUMNS: '10000000' });
    failsWith(r, 1, 'twelve-megabyte-header.csv, line 1, field "Spend": the header name appears twice (columns 2 and 3).');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(21);
    expect(lines[20]).toBe('kam: … and 99,980 more problems (kam stopped reading after 100,000 problems).');
    expect(r.rssMB).toBeLessThan(400);
  }, 120_000);

  it('a 20 MB header cell is never echoed whole', () => {
    const r = measured(['select', 'twenty-megabyte-cell.csv', '-c', 'criteria.csv', '-f', 'json']);
    failsWith(r, 1, 'twenty-megabyte-cell.csv, line 1: no column matches the criteria factor "Spend".');
    expect(r.stderr.length).toBeLessThan(8000);
    for (const line of r.stderr.split('\n')) expect(line.length).toBeLessThanOrEqual(2005);
    expect(r.rssMB).toBeLessThan(600);
  }, 120_000);

  it('44,849 pairs not compared: one sentence, ten named, the rest counted', () => {
    const r = kam(['weights', 'criteria-300-factors.csv', '--axis', 'attractiveness', '--pairs', 'pairs-one-of-44850.csv'], { cwd: dir, timeout: 60_000 });
    failsWith(r, 1, 'pairs-one-of-44850.csv: 44,849 pairs are not compared: F0,F2; F0,F3; F0,F4; F0,F5; F0,F6; F0,F7; F0,F8; F0,F9; F0,F10; F0,F11 and 44,839 more (add a line "a,b,value" for each).');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  }, 60_000);
});

describe('operating-system refusals are sentences naming the path', () => {
  const deep = Array.from({ length: 30 }, (_, i) => `${String(i).padStart(3, '0')}${'d'.repeat(147)}`).join('/'); // 4,529 characters, over PATH_MAX
  const named = (r: RunResult, reason: string): void => {
    const line = r.stderr.trimEnd();
    expect(line.length).toBeLessThan(400);
    expect(line.endsWith(reason), line).toBe(true);
    expect(line).toContain('…'); // the path by its start and end
  };

  it('a customers path over PATH_MAX', () => {
    const r = kam(['select', `${deep}/c.csv`, '-c', 'criteria.csv'], { cwd: dir });
    failsWith(r, 1, '/c.csv: the file name or the whole path is too long for this system.');
    named(r, 'dddd/c.csv: the file name or the whole path is too long for this system.');
  });

  it('-o over PATH_MAX', () => {
    const r = kam(['select', 'customers.csv', '-c', 'criteria.csv', '-o', `${deep}/o.json`], { cwd: dir });
    failsWith(r, 2, 'kam: -o 000ddd');
    named(r, '/o.json: the file name or the whole path is too long for this system.');
  });

  it('--session over PATH_MAX is not taken for a missing file', () => {
    const r = kam(['select', 'customers.csv', '--session', `${deep}/s.json`, '-f', 'json'], { cwd: dir });
    failsWith(r, 1, '/s.json: the file name or the whole path is too long for this system.');
  });

  it('-o with a file name over NAME_MAX: a usage sentence, not an internal error', () => {
    const name = `${'n'.repeat(300)}.json`;
    const r = kam(['select', 'customers.csv', '-c', 'criteria.csv', '-f', 'json', '-o', name], { cwd: dir });
    failsWith(r, 2, ': the file name or the whole path is too long for this system.');
    expect(existsSync(join(dir, name.slice(0, 200)))).toBe(false);
  });

  it('-o into a read-only folder, and an unreadable input: permission denied (as root, without the capabilities that bypass file permissions)', () => {
    const d = tempDir();
    chmodSync(d, 0o755);
    for (const f of ['customers.csv', 'criteria.csv']) cpSync(join(CORPUS, f), join(d, f));
    mkdirSync(join(d, 'read-only'), { mode: 0o555 });
    chmodSync(join(d, 'read-only'), 0o555);
    writeFileSync(join(d, 'secret.csv'), readFileSync(join(CORPUS, 'customers.csv')), { mode: 0o000 });
    chmodSync(join(d, 'secret.csv'), 0o000);
    // Root reads and writes everything. Run as root without the two capabilities that bypass
    // file permissions (setpriv, util-linux): it then meets the refusals, and still reaches
    // the clone and the Node binary wherever CI put them (another user may not: a clone or a
    // Node under a 0700 folder).
    const root = process.getuid?.() === 0;
    const [command, prefix] = root
      ? ['setpriv', ['--bounding-set', '-dac_override,-dac_read_search', '--', process.execPath, BIN]]
      : [process.execPath, [BIN]];
    const run = (args: string[]): RunResult => {
      const r = spawnSync(command, [...prefix, ...args], { cwd: d, env: { ...baseEnv(), HOME: d }, encoding: 'utf8', timeout: 60_000 });
      expect(r.error, String(r.error)).toBeUndefined();
      return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
    };
    failsWith(run(['select', 'customers.csv', '-c', 'criteria.csv', '-f', 'json', '-o', 'read-only/out.json']), 1, '/read-only/out.json: cannot write the file (permission denied); the previous file, if any, is unchanged.', join(d, 'read-only'));
    failsWith(run(['select', 'secret.csv', '-c', 'criteria.csv', '-f', 'json']), 1, 'kam: secret.csv: the file cannot be read (permission denied).', d);
  });

  it('a review snapshot that is a folder, -o that is a folder', () => {
    mkdirSync(join(dir, 'snapshots'), { recursive: true });
    failsWith(kam(['review', 'snapshots', 'session.json'], { cwd: dir }), 1, 'kam: snapshots: this is a directory, not a file.');
    failsWith(kam(['review', 'session.json', 'session.json', '-o', 'snapshots'], { cwd: dir }), 2, 'kam: -o snapshots: this is a directory; give a file name.');
  });
});

describe('atomic replacement on the built binary', () => {
  it('-o through a symbolic link replaces the file it points to, keeps the link and the 0600 mode, leaves no temporary file', () => {
    const d = tempDir();
    for (const f of ['customers.csv', 'criteria.csv']) cpSync(join(CORPUS, f), join(d, f));
    mkdirSync(join(d, 'real'));
    writeFileSync(join(d, 'real', 'result.json'), 'the previous result\n', { mode: 0o600 });
    chmodSync(join(d, 'real', 'result.json'), 0o600);
    symlinkSync('real/result.json', join(d, 'latest.json'));
    const r = kam(['select', 'customers.csv', '-c', 'criteria.csv', '-f', 'json', '-o', 'latest.json'], { cwd: d, env: { SOURCE_DATE_EPOCH: '1795428000' } });
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(join(d, 'latest.json')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(d, 'latest.json'))).toBe('real/result.json');
    expect(JSON.parse(readFileSync(join(d, 'real', 'result.json'), 'utf8')).schema).toBe('kam/result@1');
    expect(statSync(join(d, 'real', 'result.json')).mode & 0o777).toBe(0o600);
    expect([...leftovers(d), ...leftovers(join(d, 'real'))]).toEqual([]);
  });
});

describe('numbers at the edges of a double: finite in every format, the same ranking as the tame numbers', () => {
  const criteria = readFileSync(join(CORPUS, 'criteria.csv'), 'utf8');
  const customers = readFileSync(join(CORPUS, 'customers.csv'), 'utf8');
  /** The criteria with the attractiveness weights (30, 20, 15, 10, 25) multiplied by `k`, written as `spell` does. */
  const weighted = (spell: (w: number) => string): string =>
    criteria.replace(/^([^,\n]+),attractiveness,(\d+),/gm, (_, f: string, w: string) => `${f},attractiveness,${spell(Number(w))},`);
  type Doc = { accounts: Array<{ id: string; attractiveness: number; strength: number; quadrant: string; pareto: string; rank: number }> };

  function everyFormat(args: string[]): Doc {
    const out: Record<string, string> = {};
    for (const format of ['json', 'csv', 'markdown', 'table']) {
      const r = kam([...args, '-f', format], { cwd: dir, env: { SOURCE_DATE_EPOCH: '1795428000' } });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).not.toMatch(/NaN|Infinity/);
      out[format] = r.stdout;
    }
    const doc = JSON.parse(out.json) as Doc;
    for (const a of doc.accounts) for (const v of [a.attractiveness, a.strength]) expect(Number.isFinite(v) && v >= 0 && v <= 100).toBe(true);
    return doc;
  }
  const tame = (): Doc => everyFormat(['select', 'customers.csv', '-c', 'criteria.csv']);
  const near = (a: Doc, b: Doc, digits: number): void => {
    expect(a.accounts.map((x) => x.id)).toEqual(b.accounts.map((x) => x.id));
    a.accounts.forEach((x, i) => {
      expect(x.attractiveness).toBeCloseTo(b.accounts[i].attractiveness, digits);
      expect(x.quadrant).toBe(b.accounts[i].quadrant);
    });
  };

  it('weights whose sum overflows a double (each about 1e308)', () => {
    writeFileSync(join(dir, 'criteria-huge-weights.csv'), weighted((w) => `${w * 5}e306`));
    near(everyFormat(['select', 'customers.csv', '-c', 'criteria-huge-weights.csv']), tame(), 9);
  });

  it('weights of about 1e-320 (valid, above zero)', () => {
    writeFileSync(join(dir, 'criteria-tiny-weights.csv'), weighted((w) => `${w}e-321`));
    // Subnormal weights carry about four significant digits, and so do their ratios.
    near(everyFormat(['select', 'customers.csv', '-c', 'criteria-tiny-weights.csv']), tame(), 1);
  });

  it('a scale whose max − min overflows', () => {
    writeFileSync(join(dir, 'criteria-wide-scale.csv'), criteria.replace('Spend,attractiveness,30,0,10000000,', 'Spend,attractiveness,30,-1.7e308,1.7e308,'));
    everyFormat(['select', 'customers.csv', '-c', 'criteria-wide-scale.csv']);
  });

  it('revenues whose sum overflows: the same Pareto classes as the revenues scaled down', () => {
    // revenue is the fifth column; only the first name holds a (quoted) comma.
    const scaled = customers
      .trimEnd()
      .split('\n')
      .map((l, i) => (i === 0 ? l : l.replace(/^((?:"[^"]*"|[^,]*),(?:"[^"]*"|[^,]*),[^,]*,[^,]*),([^,]+),/, (_, head: string, rev: string) => `${head},${Number(rev) * 1.4e302},`)));
    expect(scaled[1]).toContain(`,${1200000.5 * 1.4e302},`);
    writeFileSync(join(dir, 'customers-huge-revenue.csv'), `${scaled.join('\n')}\n`);
    const huge = everyFormat(['select', 'customers-huge-revenue.csv', '-c', 'criteria.csv']);
    const base = tame();
    expect(huge.accounts.map((a) => [a.id, a.pareto])).toEqual(base.accounts.map((a) => [a.id, a.pareto]));
  });
});

describe('at scale: no stack overflow, no quadratic path', () => {
  let big = '';
  beforeAll(async () => {
    big = tempDir();
    await generate({ accounts: 150_000, factors: 4, out: join(big, 'q1'), seed: 1 });
    await generate({ accounts: 150_000, factors: 4, out: join(big, 'q2'), seed: 2 });
  }, 300_000);

  it('kam review of two 150,000-account snapshots (its table; the Markdown shares the same lists)', () => {
    for (const q of ['q1', 'q2']) {
      const r = kam(['select', `${q}/customers.csv`, '-c', 'q1/criteria.csv', '--capacity', '50000', '-f', 'json', '-o', `${q}.json`], { cwd: big, timeout: 300_000 });
      expect(r.code, r.stderr).toBe(0);
    }
    for (const format of ['table']) {
      const r = kam(['review', 'q1.json', 'q2.json', '-f', format, '-o', `review.${format}`], { cwd: big, timeout: 300_000 });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(readFileSync(join(big, `review.${format}`), 'utf8').length).toBeGreaterThan(100_000);
    }
  }, 600_000);

  it('the Markdown brief of 200,000 accounts', async () => {
    await generate({ accounts: 200_000, factors: 4, out: join(big, 'q3'), seed: 3 });
    const r = kam(['select', 'q3/customers.csv', '-c', 'q3/criteria.csv', '-f', 'markdown', '-o', 'brief.md'], { cwd: big, timeout: 300_000 });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(join(big, 'brief.md'), 'utf8')).toContain('C199999');
  }, 600_000);

  it('--explain on 15,000 accounts, and a table of --top 20000', async () => {
    await generate({ accounts: 15_000, factors: 6, out: join(big, 'q4'), seed: 4 });
    const r = kam(['select', 'q4/customers.csv', '-c', 'q4/criteria.csv', '-f', 'json', '--explain'], { cwd: big, timeout: 300_000 });
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { accounts: Array<{ explain?: unknown }> };
    expect(doc.accounts).toHaveLength(15_000);
    expect(doc.accounts.every((a) => a.explain !== undefined)).toBe(true);
    const t = kam(['select', 'q2/customers.csv', '-c', 'q1/criteria.csv', '--top', '20000'], { cwd: big, timeout: 300_000 });
    expect(t.code, t.stderr).toBe(0);
    expect(t.stdout).toContain('… 130000 more accounts');
    expect(t.stdout.split('\n').filter((l) => /^\s*\d+ C\d{6} /.test(l))).toHaveLength(20_000);
  }, 600_000);
});

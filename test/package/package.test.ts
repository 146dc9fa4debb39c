/**
 * kam as a package, the way a user gets it: the working tree copied as a fresh clone would have
 * it (git's files, no dist/), `npm pack` there (which builds), then the tarball installed into a
 * clean global prefix — without devDependencies — where every command runs (every --help example,
 * on the bundled examples), and into a separate project that imports the API in TypeScript
 * (type-checked, strict) and in plain ESM. Slow (two npm installs, from npm's cache when it has
 * the packages), so it packs once for the whole file.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { exampleFolder, runExamples } from '../helpers/examples.js';
import { ROOT, tempDir } from '../helpers/run-kam.js';
import { assertKamDocument } from '../helpers/schemas.js';

const NPM_QUIET = ['--no-audit', '--no-fund', '--prefer-offline'];

function sh(cmd: string, args: string[], opts: SpawnSyncOptions = {}): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 300_000, maxBuffer: 1 << 26, ...opts });
  return { code: r.status ?? -1, stdout: String(r.stdout), stderr: String(r.stderr) };
}

const versionOf = (pkg: string): string => (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;

let clone: string;
let tarball: string;
let packed: string[];
let prefix: string;
let installLog: string;

beforeAll(() => {
  // A fresh clone: the files git knows (tracked, and new ones not ignored), no dist/; the
  // clone's node_modules is the one npm ci made here.
  clone = join(tempDir(), 'kam');
  const files = sh('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: ROOT }).stdout.split('\0').filter((f) => f !== '' && existsSync(join(ROOT, f)));
  for (const f of files) cpSync(join(ROOT, f), join(clone, f));
  symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'));
  expect(existsSync(join(clone, 'dist'))).toBe(false);
  const out = tempDir();
  const pack = sh('npm', ['pack', '--pack-destination', out, '--json'], { cwd: clone });
  expect(pack.code, pack.stderr).toBe(0);
  const info = (JSON.parse(pack.stdout.slice(pack.stdout.indexOf('[\n'))) as Array<{ filename: string; files: Array<{ path: string }> }>)[0];
  tarball = join(out, info.filename);
  packed = info.files.map((f) => f.path).sort();

  prefix = tempDir();
  const install = sh('npm', ['install', '--global', '--prefix', prefix, ...NPM_QUIET, tarball], { cwd: out });
  expect(install.code, install.stderr).toBe(0);
  installLog = install.stdout + install.stderr;
}, 600_000);

describe('npm pack', () => {
  test('leaves the clone as it was (package.json restored after the pack)', () => {
    expect(readFileSync(join(clone, 'package.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(existsSync(join(clone, 'package.json.prepack'))).toBe(false);
  });

  test('ships the built code, LICENSE, README, CHANGELOG, docs, examples and schemas, and nothing else', () => {
    const top = [...new Set(packed.map((p) => p.split('/')[0]))].sort();
    expect(top).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'assets', 'bin', 'dist', 'docs', 'examples', 'package.json', 'schemas']);
    for (const dir of ['docs', 'examples', 'schemas', 'assets']) {
      const inRepo = sh('git', ['ls-files', '-co', '--exclude-standard', dir], { cwd: ROOT }).stdout.split('\n').filter((f) => f !== '');
      expect(packed.filter((p) => p.startsWith(`${dir}/`)), dir).toEqual(inRepo.sort());
    }
    // one module (and its declarations) per source file, nothing else in dist/ but the rendered help
    const sources = sh('git', ['ls-files', '-co', '--exclude-standard', 'src'], { cwd: ROOT }).stdout.split('\n').filter((f) => f.endsWith('.ts'));
    const expected = sources.flatMap((f) => [f.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js'), f.replace(/^src\//, 'dist/').replace(/\.ts$/, '.d.ts')]);
    expect(packed.filter((p) => p.startsWith('dist/'))).toEqual([...expected, 'dist/cli/help.txt'].sort());
  });

  test('no source maps, and no module points at one', () => {
    expect(packed.filter((p) => p.endsWith('.map'))).toEqual([]);
    const dist = join(clone, 'dist');
    const withMap = packed.filter((p) => p.startsWith('dist/') && /\.(js|d\.ts)$/.test(p) && readFileSync(join(clone, p), 'utf8').includes('sourceMappingURL'));
    expect(existsSync(dist)).toBe(true);
    expect(withMap).toEqual([]);
  });

  test("the packed package.json has no install script, and its exports and bin point at packed files", () => {
    const tmp = tempDir();
    expect(sh('tar', ['xzf', tarball, '-C', tmp]).code).toBe(0);
    const pkg = JSON.parse(readFileSync(join(tmp, 'package/package.json'), 'utf8')) as {
      scripts: Record<string, string>;
      exports: Record<string, string | Record<string, string>>;
      bin: Record<string, string>;
      types: string;
    };
    for (const s of ['preinstall', 'install', 'postinstall', 'prepare']) expect(pkg.scripts[s], s).toBeUndefined();
    const root = pkg.exports['.'] as Record<string, string>;
    for (const file of [root.types, root.import, pkg.types, pkg.bin.kam]) expect(packed, file).toContain(file.replace(/^\.\//, ''));
  });
});

describe('installed from the tarball into a clean prefix', () => {
  test('without warnings about install scripts, and without devDependencies', () => {
    expect(installLog).not.toMatch(/install-scripts|allowScripts|prepare/);
    const modules = join(prefix, 'lib/node_modules/kam/node_modules');
    const deps = readdirSync(modules).flatMap((d) => (d.startsWith('@') ? readdirSync(join(modules, d)).map((s) => `${d}/${s}`) : [d]));
    // devDependencies that no dependency needs (some, as @types/node, come along as a dependency's own)
    for (const tool of ['vitest', 'typescript', 'fast-check', 'playwright-core', '@inquirer/testing', '@lydell/node-pty', 'ajv', '@xterm/headless']) expect(deps, tool).not.toContain(tool);
    expect(deps).toContain('commander');
  });

  test('kam is on the prefix PATH and runs every command (each --help example, on the bundled examples)', () => {
    const bin = join(prefix, 'bin');
    expect(sh(join(bin, 'kam'), ['--version']).stdout.trim()).toBe((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    expect(sh(join(bin, 'kam'), ['--help']).stdout).toContain('Commands:');
    const { dir } = exampleFolder();
    const runs = runExamples(dir, bin);
    const commands = new Set(runs.map((r) => r.command));
    expect([...commands]).toEqual(['select', 'explain', 'review', 'weights', 'ratings template', 'ratings collect', 'completion']);
    for (const r of runs) expect({ run: r.run, code: r.code, stderr: r.code === r.expected ? '' : r.stderr }).toEqual({ run: r.run, code: r.expected, stderr: '' });
    // the installed examples are the ones in the package
    const installed = join(prefix, 'lib/node_modules/kam');
    const r = sh(join(bin, 'kam'), ['select', join(installed, 'examples/customers.csv'), '--format', 'json'], { cwd: tempDir() });
    expect(r.code, r.stderr).toBe(0);
    assertKamDocument(JSON.parse(r.stdout), 'the installed kam');
  }, 600_000);
});

describe('a separate project imports the API', () => {
  let project: string;

  beforeAll(() => {
    project = tempDir();
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'uses-kam', private: true, type: 'module' }, null, 2));
    const r = sh('npm', ['install', ...NPM_QUIET, tarball, `typescript@${versionOf('typescript')}`, `@types/node@${versionOf('@types/node')}`], { cwd: project });
    expect(r.code, r.stderr).toBe(0);
    cpSync(join(ROOT, 'examples'), join(project, 'examples'), { recursive: true });
  }, 600_000);

  const expectedIds = (): string[] => {
    const r = sh(process.execPath, [join(prefix, 'lib/node_modules/kam/bin/kam.js'), 'select', 'examples/customers.csv', '-f', 'json', '--capacity', '8', '--split', 'median'], { cwd: project });
    expect(r.code, r.stderr).toBe(0);
    return (JSON.parse(r.stdout) as { accounts: Array<{ id: string; selected: boolean }> }).accounts.filter((a) => a.selected).map((a) => a.id);
  };

  /** What the installed kam says about the ratings, stability and review calls of the TypeScript file. */
  const expectedMore = () => {
    const kamJs = join(prefix, 'lib/node_modules/kam/bin/kam.js');
    const json = (args: string[], code = 0): Record<string, unknown> => {
      const r = sh(process.execPath, [kamJs, ...args], { cwd: project });
      expect(r.code, r.stderr).toBe(code);
      return JSON.parse(r.stdout) as Record<string, unknown>;
    };
    type Doc = { accounts: Array<{ id: string; selected: boolean }>; summary: { borderline: number } };
    const rated = json(['select', 'examples/customers.csv', '-f', 'json', '--capacity', '8', '--ratings', 'examples/ratings.csv']) as unknown as Doc;
    const stable = json(['select', 'examples/customers.csv', '-f', 'json', '--stability', '100']) as unknown as Doc;
    const now = join(project, 'now.json');
    writeFileSync(now, JSON.stringify(json(['select', 'examples/customers.csv', '-f', 'json', '--capacity', '8', '--split', 'median'])));
    const reviewed = json(['review', 'examples/ci/result-2026-q3.json', now, '-f', 'json', '--fail-on', 'demotion']) as { movements: { entered: string[]; left: string[] }; gates: { passed: boolean; violations: unknown[] } };
    return {
      ratedIds: rated.accounts.filter((a) => a.selected).map((a) => a.id),
      borderline: stable.summary.borderline,
      entered: reviewed.movements.entered,
      left: reviewed.movements.left,
      passed: reviewed.gates.passed,
      violations: reviewed.gates.violations.length,
    };
  };

  test('TypeScript (strict, declarations checked): compiles and runs', () => {
    mkdirSync(join(project, 'ts'));
    writeFileSync(
      join(project, 'ts/use.ts'),
      [
        "import { readFileSync } from 'node:fs';",
        "import { FORMATS, InputError, parseCriteria, parseCustomers, parseRatings, project as fromText, readProject, readReview, render, review, score, type AccountRecord, type AccountStability, type KamResult, type Quadrant, type Rating, type Review, type ReviewDocument, type Violation } from 'kam';",
        '',
        "const project = await readProject({ customers: 'examples/customers.csv' });",
        "const scored = score(project, { capacity: 8, split: 'median' });",
        'const result: KamResult = scored.result;',
        "const quadrant: Quadrant = scored.ranked[0].quadrant;",
        'const ids: string[] = scored.selected.map((a: AccountRecord) => a.id);',
        "const svg = await render(scored, 'svg');",
        "let refused = '';",
        "try { await readProject({ customers: 'missing.csv' }); } catch (e) { if (e instanceof InputError) refused = e.exitCode === 1 ? 'input' : 'other'; }",
        "const criteria = parseCriteria(readFileSync('examples/criteria.csv'));",
        "const rows: Rating[] = parseRatings(readFileSync('examples/ratings.csv'), criteria, parseCustomers(readFileSync('examples/customers.csv'), criteria));",
        "const rated = score(fromText(readFileSync('examples/customers.csv'), readFileSync('examples/criteria.csv'), { ratings: readFileSync('examples/ratings.csv', 'utf8'), aggregate: 'median' }), { capacity: 8 });",
        "const stable = score(project, { stability: { runs: 100 } });",
        "const firstStability: AccountStability | undefined = stable.ranked[0].stability;",
        "const rv: Review = review([readFileSync('examples/ci/result-2026-q3.json'), scored], { failOn: ['demotion'] });",
        "const doc: ReviewDocument = rv.document;",
        "const violations: Violation[] = rv.violations;",
        "const fromFiles: Review = await readReview(['examples/ci/result-2026-q3.json', 'now.json'], { failOn: 'demotion' });",
        'console.log(JSON.stringify({ ids, schema: result.schema, quadrant, formats: FORMATS, svg: typeof svg === "string" && svg.includes("<svg"), refused,',
        "  ratings: rows.length, ratedIds: rated.selected.map((a) => a.id), borderline: stable.result.summary.borderline, stabilityShown: typeof firstStability?.inQuadrantPct === 'number',",
        "  reviewSchema: doc.schema, entered: doc.movements.entered, left: doc.movements.left, passed: rv.passed, violations: violations.length, sameFromFiles: fromFiles.passed === rv.passed && fromFiles.document.movements.entered.join() === doc.movements.entered.join() }));",
        '',
      ].join('\n'),
    );
    writeFileSync(join(project, 'ts/wrong.ts'), "import { score, type Project } from 'kam';\ndeclare const p: Project;\nscore(p, { split: 3, capacity: 'eight' });\n");
    const config = (files: string[]) => ({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: false, types: ['node'], outDir: 'out', rootDir: 'ts' },
      files,
    });
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(config(['ts/use.ts'])));
    // (the declarations were checked above: here only the call matters)
    writeFileSync(join(project, 'tsconfig.wrong.json'), JSON.stringify({ ...config(['ts/wrong.ts']), compilerOptions: { ...config([]).compilerOptions, noEmit: true, skipLibCheck: true } }));
    const tsc = join(project, 'node_modules/typescript/bin/tsc');
    const ok = sh(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project });
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    // the types are real: a wrong call does not compile
    const wrong = sh(process.execPath, [tsc, '-p', 'tsconfig.wrong.json'], { cwd: project });
    expect(wrong.code).not.toBe(0);
    expect(wrong.stdout).toMatch(/wrong\.ts\(3,\d+\): error TS2322/);
    const more = expectedMore();
    const run = sh(process.execPath, ['out/use.js'], { cwd: project });
    expect(run.code, run.stderr).toBe(0);
    const got = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(got).toEqual({
      ids: expectedIds(),
      schema: 'kam/result@1',
      quadrant: 'key',
      formats: ['table', 'json', 'csv', 'markdown', 'svg', 'png', 'html', 'xlsx'],
      svg: true,
      refused: 'input',
      ratings: 361, // examples/ratings.csv: 362 rows, one NA
      stabilityShown: true,
      reviewSchema: 'kam/review@1',
      sameFromFiles: true,
      ...more,
    });
  }, 300_000);

  test('plain ESM: imports, runs, finds the schemas; internals are not exported', () => {
    writeFileSync(
      join(project, 'use.mjs'),
      [
        "import { createRequire } from 'node:module';",
        "import { parseRatings, project, review, score, render } from 'kam';",
        "import { readFileSync } from 'node:fs';",
        "const p = project(readFileSync('examples/customers.csv'), readFileSync('examples/criteria.csv', 'utf8'), { customersFile: 'examples/customers.csv' });",
        "const s = score(p, { capacity: 8, split: 'median' });",
        "const csv = await render(s, 'csv');",
        "const schema = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('kam/schemas/result-1.json'), 'utf8'));",
        "let internal = 'exported';",
        "try { await import('kam/dist/core/engine.js'); } catch (e) { internal = e.code; }",
        "const rows = parseRatings(readFileSync('examples/ratings.csv', 'utf8'), p.criteria, p.portfolio);",
        "const stable = score(p, { stability: { runs: 100 } });",
        "const rv = review([readFileSync('examples/ci/result-2026-q3.json', 'utf8'), s], { failOn: 'demotion' });",
        "console.log(JSON.stringify({ ids: s.selected.map((a) => a.id), csv: csv.split('\\n')[0].startsWith('rank,'), id: schema.$id, internal, ratings: rows.length, borderline: stable.result.summary.borderline, entered: rv.document.movements.entered, passed: rv.passed }));",
        '',
      ].join('\n'),
    );
    const run = sh(process.execPath, ['use.mjs'], { cwd: project });
    expect(run.code, run.stderr).toBe(0);
    const more = expectedMore();
    expect(JSON.parse(run.stdout)).toEqual({ ids: expectedIds(), csv: true, id: 'https://kam.dev/schemas/result-1.json', internal: 'ERR_PACKAGE_PATH_NOT_EXPORTED', ratings: 361, borderline: more.borderline, entered: more.entered, passed: more.passed });
  }, 120_000);
});

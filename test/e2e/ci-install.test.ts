/**
 * examples/ci as a new user runs it: kam packed as a tarball (what `npm pack` in a clone makes),
 * the GitHub workflow's steps run literally, one after the other, in a clean temporary prefix
 * with no devDependencies — install, review, job summary, and the pull-request comment against a
 * stand-in for GitHub's REST API, twice, to see one comment updated rather than two — and the
 * shell script installing kam from the same tarball the same way.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, devOnlyInstalled, installedPackages, packKam, VERSION } from '../helpers/package.js';
import { ROOT, tempDir } from '../helpers/run-kam.js';

const ci = join(ROOT, 'examples/ci');
const workflow = readFileSync(join(ci, 'kam-quarterly-review.yml'), 'utf8');
const version = VERSION;

interface Step {
  name: string;
  run: string | null;
  env: Record<string, string>;
}

/** The steps of the workflow's one job (the subset of YAML the file uses: `- name:`, `run:` or `run: |`, `env:`). */
function workflowSteps(text: string): { env: Record<string, string>; steps: Step[] } {
  const lines = text.split('\n');
  const env: Record<string, string> = {};
  const steps: Step[] = [];
  let i = lines.findIndex((l) => l === '    env:') + 1;
  for (; /^ {6}\w+: /.test(lines[i]); i++) {
    const [, k, v] = /^ {6}(\w+): (.*)$/.exec(lines[i])!;
    env[k] = v;
  }
  let step: Step | null = null;
  for (; i < lines.length; i++) {
    const l = lines[i];
    const start = /^ {6}- (name|uses): (.*)$/.exec(l);
    if (start) steps.push((step = { name: start[1] === 'name' ? start[2] : start[2], run: null, env: {} }));
    if (!step) continue;
    const key = /^ {6}(?:- | {2})(\w+):(?: (.*))?$/.exec(l);
    if (!key) continue;
    if (key[1] === 'run' && key[2] === '|') {
      const block: string[] = [];
      while (i + 1 < lines.length && (lines[i + 1].startsWith(' '.repeat(10)) || lines[i + 1] === '')) block.push(lines[++i].slice(10));
      step.run = block.join('\n').trimEnd();
    } else if (key[1] === 'run') step.run = key[2];
    else if (key[1] === 'env') {
      while (/^ {10}\w+: /.test(lines[i + 1] ?? '')) {
        const [, k, v] = /^ {10}(\w+): (.*)$/.exec(lines[++i])!;
        step.env[k] = v;
      }
    }
  }
  return { env, steps };
}

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** A shell command as GitHub's runner runs a `run:` step (bash --noprofile --norc -eo pipefail), without blocking this process. */
function sh(script: string, opts: { cwd: string; env: Record<string, string> }): Promise<Ran> {
  return new Promise((done) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { cwd: opts.cwd, env: opts.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

/** A stand-in for the part of GitHub's REST API the comment step uses: a pull request's comments. */
async function fakeGitHub(): Promise<{ url: string; comments: Array<{ id: number; body: string }>; requests: string[]; close: () => void }> {
  const comments: Array<{ id: number; body: string }> = [];
  const requests: string[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      requests.push(`${req.method} ${req.url} ${req.headers.authorization}`);
      const send = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      const url = new URL(req.url ?? '/', 'http://x');
      if (req.method === 'GET' && url.pathname === '/repos/acme/exports/issues/7/comments') {
        const page = Number(url.searchParams.get('page') ?? 1);
        const per = Number(url.searchParams.get('per_page') ?? 30);
        return send(200, comments.slice((page - 1) * per, page * per));
      }
      if (req.method === 'POST' && url.pathname === '/repos/acme/exports/issues/7/comments') {
        const c = { id: 100 + comments.length, body: JSON.parse(raw).body as string };
        comments.push(c);
        return send(201, { ...c, html_url: `https://github.test/acme/exports/pull/7#issuecomment-${c.id}` });
      }
      const patch = /^\/repos\/acme\/exports\/issues\/comments\/(\d+)$/.exec(url.pathname);
      if (req.method === 'PATCH' && patch) {
        const c = comments.find((x) => x.id === Number(patch[1]));
        if (!c) return send(404, { message: 'Not Found' });
        c.body = JSON.parse(raw).body as string;
        return send(200, { ...c, html_url: `https://github.test/acme/exports/pull/7#issuecomment-${c.id}` });
      }
      send(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, comments, requests, close: () => server.close() };
}

let tarball = '';

beforeAll(() => {
  // What a user makes in a clone with `npm ci && npm pack`.
  tarball = packKam();
}, 120_000);

describe('examples/ci installs kam as it can be had and runs as written', () => {
  it('the workflow never installs a package named kam from the registry, and its install step installs KAM_PACKAGE', () => {
    const { env, steps } = workflowSteps(workflow);
    for (const s of steps) expect(s.run ?? '').not.toMatch(/npm (install|i) (--global |-g )?kam\b/);
    expect(env.KAM_PACKAGE).toBe(`./tools/kam-${version}.tgz`);
    expect(steps.find((s) => s.name === 'Install kam')?.run).toBe('npm install --global --no-audit --no-fund "$KAM_PACKAGE"');
  });

  it('the tarball holds the built program, its help and the examples; not the sources or the tests', () => {
    const r = spawnSync('tar', ['tzf', tarball], { encoding: 'utf8' });
    const files = r.stdout.split('\n').filter(Boolean);
    expect(files).toContain('package/bin/kam.js');
    expect(files).toContain('package/dist/cli/run.js');
    expect(files).toContain('package/dist/cli/help.txt');
    expect(files).toContain('package/examples/ci/pr-comment.mjs');
    expect(files.filter((f) => /^package\/(src|test|bench)\//.test(f))).toEqual([]);
  });

  it('the workflow, step by step in a clean prefix: install, review (exit 3 on the demotion), job summary, one pull-request comment updated on the second run', async () => {
    const { env, steps } = workflowSteps(workflow);
    const step = (name: string): Step => {
      const s = steps.find((x) => x.name.startsWith(name));
      expect(s, name).toBeDefined();
      return s!;
    };
    // The repository that holds the exports, as the workflow's comments describe it.
    const repo = tempDir();
    for (const d of ['reviews', 'exports', 'tools']) mkdirSync(join(repo, d));
    copyFileSync(join(ci, 'result-2026-q3.json'), join(repo, env.PREVIOUS));
    copyFileSync(join(ci, 'customers-2026-q4.csv'), join(repo, env.CUSTOMERS));
    copyFileSync(tarball, join(repo, env.KAM_PACKAGE));
    const prefix = tempDir();
    const base = cleanEnv(prefix, env);

    const install = await sh(step('Install kam').run!, { cwd: repo, env: base });
    expect(install.code, install.stderr).toBe(0);
    expect(statSync(join(prefix, 'bin/kam')).isFile() || statSync(join(prefix, 'bin/kam')).isSymbolicLink()).toBe(true);
    const installed = installedPackages(prefix);
    expect(installed).toContain('commander');
    expect(devOnlyInstalled(prefix)).toEqual([]);

    const review = await sh(step('Review this quarter').run!, { cwd: repo, env: base });
    expect(review.code, review.stderr).toBe(3);
    expect(review.stderr).toContain('kam: demotion: C005 Halvorsen, Lund & Partners Logistics was selected in reviews/latest-result.json and is now maintenance (key → maintenance).');
    const md = readFileSync(join(repo, env.OUT, 'review.md'), 'utf8');
    expect(md).toContain('# Key-account review: reviews/latest-result.json → exports/customers.csv');
    expect(md.length).toBeLessThan(60_000);
    const result = JSON.parse(readFileSync(join(repo, env.OUT, 'result.json'), 'utf8'));
    // Paths recorded relative to the result file, so next quarter's review finds them wherever the repository is checked out.
    expect(result.inputs.customers.path).toBe('../exports/customers.csv');
    expect(result.inputs.decisions.path).toBe('../reviews/latest-result.json');

    const summary = join(repo, 'step-summary.md');
    const published = await sh(step('Publish the review').run!, { cwd: repo, env: { ...base, GITHUB_STEP_SUMMARY: summary } });
    expect(published.code, published.stderr).toBe(0);
    expect(readFileSync(summary, 'utf8')).toBe(md);

    const gh = await fakeGitHub();
    try {
      const comment = step('Comment on the pull request');
      expect(comment.env).toEqual({ GITHUB_TOKEN: '${{ github.token }}', PR_NUMBER: '${{ github.event.pull_request.number }}' });
      const commentEnv = { ...base, GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'acme/exports', GITHUB_TOKEN: 'test-token', PR_NUMBER: '7' };
      const first = await sh(comment.run!, { cwd: repo, env: commentEnv });
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toBe('Posted the review comment https://github.test/acme/exports/pull/7#issuecomment-100\n');
      const second = await sh(comment.run!, { cwd: repo, env: commentEnv });
      expect(second.code, second.stderr).toBe(0);
      expect(second.stdout).toBe('Updated the review comment https://github.test/acme/exports/pull/7#issuecomment-100\n');
      expect(gh.comments).toHaveLength(1);
      expect(gh.comments[0].body).toBe(`<!-- kam-quarterly-review -->\n${md}`);
      expect(gh.requests.every((r) => r.endsWith('Bearer test-token'))).toBe(true);
    } finally {
      gh.close();
    }
  }, 180_000);

  it('the shell script installs kam from KAM_PACKAGE (a bare relative path) into KAM_PREFIX and runs the review (exit 3 on the demotion)', async () => {
    const repo = tempDir();
    for (const d of ['reviews', 'exports', 'tools']) mkdirSync(join(repo, d));
    copyFileSync(join(ci, 'result-2026-q3.json'), join(repo, 'reviews/latest-result.json'));
    copyFileSync(join(ci, 'customers-2026-q4.csv'), join(repo, 'exports/customers.csv'));
    copyFileSync(tarball, join(repo, `tools/kam-${version}.tgz`));
    const r = await sh(`bash ${join(ci, 'quarterly-review.sh')}`, {
      cwd: repo,
      env: cleanEnv(join(tempDir(), 'unused'), {
        KAM_PACKAGE: `tools/kam-${version}.tgz`,
        PREVIOUS: 'reviews/latest-result.json',
        CUSTOMERS: 'exports/customers.csv',
        OUT: 'review',
      }),
    });
    expect(r.code, r.stderr).toBe(3);
    // The default KAM_PREFIX, inside the repository.
    expect(existsSync(join(repo, '.kam/bin/kam'))).toBe(true);
    expect(devOnlyInstalled(join(repo, '.kam'))).toEqual([]);
    expect(r.stderr).toContain('kam: demotion: C005 Halvorsen, Lund & Partners Logistics was selected in reviews/latest-result.json and is now maintenance (key → maintenance).');
    expect(r.stderr).toContain('Quarterly review written to review/review.md: a review gate failed (see above).');
    expect(readFileSync(join(repo, 'review/review.md'), 'utf8')).toContain('- **Vanished accounts:** C023 Stellan Auto Glass (was opportunistic)');
  }, 180_000);

  it('the shell script without kam on the PATH and no KAM_PACKAGE says how to get it (exit 2)', async () => {
    const r = await sh(`bash ${join(ci, 'quarterly-review.sh')}`, { cwd: ROOT, env: cleanEnv(join(tempDir(), 'none')) });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("kam is not on the PATH: run 'npm ci && npm link' in a clone of kam, or set KAM_PACKAGE to a kam tarball (npm pack in a clone).\n");
  });
});

/**
 * The documents around the code: docs/METHOD.md is the method contract, kept identical to the
 * project's shared copy; every link of the README (and of the other Markdown files kam ships)
 * resolves to a file, and where it names a heading to a heading, inside the repository.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/run-kam.js';

const METHOD = join(ROOT, 'docs/METHOD.md');
/**
 * The contract as the project keeps it: shared/ beside the repository (CI lays a copy beside its
 * clone), or beside the main working tree when this is a git worktree. Absent when the
 * repository is cloned alone.
 */
function sharedMethod(): string | null {
  const beside = [resolve(ROOT, '../shared/METHOD.md')];
  const dotGit = join(ROOT, '.git');
  if (existsSync(dotGit) && statSync(dotGit).isFile()) {
    // A worktree's .git file: "gitdir: <main>/.git/worktrees/<name>".
    const gitdir = /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, 'utf8'))?.[1]?.trim();
    if (gitdir) beside.push(resolve(gitdir, '../../..', '../shared/METHOD.md'));
  }
  return beside.find((f) => existsSync(f)) ?? null;
}
const SHARED_METHOD = sharedMethod();

/** GitHub's anchor for a heading: lower case, punctuation but hyphens and underscores dropped, spaces to hyphens. */
function headingSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors of a Markdown file's headings (duplicates numbered -1, -2 as GitHub does). */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const m of withoutFences(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const slug = headingSlug(m[1]);
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    out.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return out;
}

/** The text without fenced code blocks (where a `#` line is no heading). */
function withoutFences(markdown: string): string {
  return markdown.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
}

/** The text without code blocks and inline code, where brackets are not links. */
function withoutCode(markdown: string): string {
  return withoutFences(markdown).replace(/`+[^`\n]*`+/g, '');
}

/** The link targets of a Markdown file: inline links and images `[text](target)` and reference definitions `[x]: target`. */
function links(markdown: string): string[] {
  const text = withoutCode(markdown);
  const inline = [...text.matchAll(/!?\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]);
  const defined = [...text.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm)].map((m) => m[1]);
  return [...inline, ...defined];
}

/** Why a link of `file` does not resolve inside the repository, or null when it does. */
function brokenLink(file: string, target: string): string | null {
  if (/^(https?|mailto):/i.test(target)) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return `${target}: a link kam cannot check`;
  const [pathPart, anchor] = target.split('#', 2) as [string, string | undefined];
  const path = pathPart === '' ? file : resolve(dirname(file), decodeURIComponent(pathPart));
  if (path !== ROOT && !path.startsWith(ROOT + sep)) return `${target}: outside the repository`;
  if (!existsSync(path)) return `${target}: ${relative(ROOT, path)} does not exist`;
  if (anchor !== undefined) {
    if (!statSync(path).isFile() || !path.endsWith('.md')) return `${target}: an anchor into something that is not Markdown`;
    if (!anchors(readFileSync(path, 'utf8')).has(anchor)) return `${target}: ${relative(ROOT, path)} has no heading #${anchor}`;
  }
  return null;
}

describe('docs/METHOD.md, the method contract', () => {
  test('is in the repository', () => {
    expect(existsSync(METHOD)).toBe(true);
    expect(readFileSync(METHOD, 'utf8')).toMatch(/^# The key-account selection method that `kam` implements\n/);
  });

  // In CI the repository may be cloned alone, without ../shared: then there is nothing to compare.
  test.skipIf(SHARED_METHOD === null)('is identical to ../shared/METHOD.md (skipped when the repository is cloned without ../shared)', () => {
    const ours = readFileSync(METHOD);
    const shared = readFileSync(SHARED_METHOD!);
    expect(ours.equals(shared), 'docs/METHOD.md differs from ../shared/METHOD.md: copy it again (cp ../shared/METHOD.md docs/METHOD.md)').toBe(true);
  });

  test('the README links to it, and not to ../shared', () => {
    const readme = links(readFileSync(join(ROOT, 'README.md'), 'utf8'));
    expect(readme.filter((l) => l.startsWith('docs/METHOD.md')).length).toBeGreaterThan(0);
    expect(readme.filter((l) => l.includes('shared/'))).toEqual([]);
  });
});

describe('the package', () => {
  test('ships LICENSE (MIT, as package.json says), README, CHANGELOG, docs, examples, the built code and every schema, no source maps (npm pack --dry-run)', () => {
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const files = (JSON.parse(r.stdout) as Array<{ files: Array<{ path: string }> }>)[0].files.map((f) => f.path);
    const schemas = readdirSync(join(ROOT, 'schemas')).map((f) => `schemas/${f}`);
    expect(schemas.length).toBe(5);
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'CHANGELOG.md', 'docs/METHOD.md', 'docs/API.md', 'examples/customers.csv', 'examples/criteria.csv', 'dist/api/index.js', 'dist/api/index.d.ts', ...schemas]));
    // no source maps (the sources are not shipped), no sources, no tests
    expect(files.filter((f) => f.endsWith('.map') || /^(src|test|bench|scripts)\//.test(f))).toEqual([]);
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).license).toBe('MIT');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) 2026 the kam contributors\n/);
  });
});

describe('Markdown links resolve inside the repository', () => {
  const files = ['README.md', 'CHANGELOG.md', 'docs/METHOD.md', 'docs/API.md', 'ARCHITECTURE.md', 'bench/RESULTS.md'].filter((f) => existsSync(join(ROOT, f)));

  test.each(files)('%s', (name) => {
    const file = join(ROOT, name);
    const broken = links(readFileSync(file, 'utf8'))
      .map((l) => brokenLink(file, l))
      .filter((b): b is string => b !== null);
    expect(broken).toEqual([]);
  });

  test('the checker finds what it must', () => {
    const readme = join(ROOT, 'README.md');
    expect(headingSlug('Team scoring and competitor ratings (`--ratings`)')).toBe('team-scoring-and-competitor-ratings---ratings');
    expect(headingSlug('4. Outputs')).toBe('4-outputs');
    expect(headingSlug('The JSON result (`kam/result@1`)')).toBe('the-json-result-kamresult1');
    expect(links('See [a](x.md), ![b](img/p.png "t") and `[c](not-a-link)`.\n\n```\n[d](in-code)\n```\n[ref]: docs/y.md\n')).toEqual(['x.md', 'img/p.png', 'docs/y.md']);
    expect(brokenLink(readme, '../shared/METHOD.md')).toBe('../shared/METHOD.md: outside the repository');
    expect(brokenLink(readme, 'docs/NOPE.md')).toBe('docs/NOPE.md: docs/NOPE.md does not exist');
    expect(brokenLink(readme, '#no-such-heading')).toBe('#no-such-heading: README.md has no heading #no-such-heading');
    expect(brokenLink(readme, 'docs/METHOD.md#4-outputs')).toBeNull();
    expect(brokenLink(readme, '#quick-start')).toBeNull();
    expect(brokenLink(readme, 'https://example.org/')).toBeNull();
  });
});

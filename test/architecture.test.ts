/**
 * The house rules of ARCHITECTURE.md, checked on the source: which folder may import which, no
 * import circles (type imports count too), thin commands that never import each other, and no
 * JavaScript under src/ that the test runner could load instead of the TypeScript.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from './helpers/run-kam.js';

const SRC = join(ROOT, 'src');

/** What each folder of src/ may import (besides itself). Node built-ins are listed per folder. */
const ALLOWED: Record<string, { folders: string[]; node: string[] }> = {
  i18n: { folders: [], node: [] },
  core: { folders: ['i18n'], node: [] },
  load: { folders: ['i18n', 'core'], node: ['node:buffer', 'node:util'] },
  render: { folders: ['i18n', 'core'], node: [] },
  session: { folders: ['i18n', 'core', 'load'], node: [] },
  prompts: { folders: ['i18n', 'core', 'render'], node: ['node:readline'] },
  app: { folders: ['i18n', 'core', 'load', 'render', 'session', 'prompts'], node: ['node:fs', 'node:path', 'node:crypto', 'node:os'] },
  workshop: { folders: ['i18n', 'core', 'load', 'render', 'session', 'prompts', 'app'], node: ['node:path'] },
  commands: { folders: ['i18n', 'core', 'load', 'render', 'session', 'prompts', 'app', 'workshop'], node: ['node:path'] },
  cli: { folders: ['i18n', 'core', 'app', 'render', 'commands'], node: ['node:fs'] },
  api: { folders: ['i18n', 'core', 'load', 'render', 'app'], node: ['node:crypto'] },
};

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const files = walk(SRC);
const sources = files.filter((f) => f.endsWith('.ts'));

interface Edge {
  from: string;
  to: string;
  typeOnly: boolean;
}

/** Every import of a file: static, type-only, re-exports and dynamic `import()`. */
function importsOf(file: string): Array<{ spec: string; typeOnly: boolean }> {
  const text = readFileSync(file, 'utf8');
  const out: Array<{ spec: string; typeOnly: boolean }> = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'";]*?\bfrom\s+'([^']+)'/gm)) out.push({ spec: m[3], typeOnly: m[2] !== undefined });
  for (const m of text.matchAll(/^\s*import\s+'([^']+)'/gm)) out.push({ spec: m[1], typeOnly: false });
  for (const m of text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)) out.push({ spec: m[1], typeOnly: false });
  return out;
}

const rel = (f: string): string => relative(SRC, f).replace(/\\/g, '/');
const folderOf = (f: string): string => rel(f).split('/')[0];

const edges: Edge[] = [];
const external: Array<{ from: string; spec: string }> = [];
for (const f of sources) {
  for (const { spec, typeOnly } of importsOf(f)) {
    if (spec.startsWith('.')) edges.push({ from: f, to: normalize(join(dirname(f), spec.replace(/\.js$/, '.ts'))), typeOnly });
    else external.push({ from: f, spec });
  }
}

describe('the folders of src/ import only what ARCHITECTURE.md allows', () => {
  test('every folder is known', () => {
    expect([...new Set(sources.map(folderOf))].filter((d) => !(d in ALLOWED))).toEqual([]);
  });

  test('relative imports go down the layers, never up', () => {
    const bad = edges
      .filter((e) => folderOf(e.to) !== folderOf(e.from) && !ALLOWED[folderOf(e.from)].folders.includes(folderOf(e.to)))
      .map((e) => `${rel(e.from)} → ${rel(e.to)}`);
    expect(bad).toEqual([]);
  });

  test('node built-ins only where files are read and written', () => {
    const bad = external
      .filter((e) => e.spec.startsWith('node:') && !ALLOWED[folderOf(e.from)].node.includes(e.spec))
      .map((e) => `${rel(e.from)} imports ${e.spec}`);
    expect(bad).toEqual([]);
  });

  test('src/core and src/i18n import nothing outside them (no packages either)', () => {
    const pure = ['core', 'i18n'];
    const bad = [...edges.filter((e) => pure.includes(folderOf(e.from)) && !ALLOWED[folderOf(e.from)].folders.concat(folderOf(e.from)).includes(folderOf(e.to))).map((e) => `${rel(e.from)} → ${rel(e.to)}`), ...external.filter((e) => pure.includes(folderOf(e.from))).map((e) => `${rel(e.from)} → ${e.spec}`)];
    expect(bad).toEqual([]);
  });

  test('every relative import names a file that exists', () => {
    expect(edges.filter((e) => !sources.includes(e.to)).map((e) => `${rel(e.from)} → ${rel(e.to)}`)).toEqual([]);
  });
});

describe('no import circles', () => {
  test('the import graph of src/ (type imports included) has no cycle', () => {
    const next = new Map<string, string[]>();
    for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const stack: string[] = [];
    const visit = (f: string): void => {
      state.set(f, 'open');
      stack.push(f);
      for (const t of next.get(f) ?? []) {
        if (state.get(t) === 'open') cycles.push([...stack.slice(stack.indexOf(t)), t].map(rel).join(' → '));
        else if (!state.has(t)) visit(t);
      }
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of sources) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });
});

describe('commands are thin', () => {
  test('no command imports another command', () => {
    const bad = edges.filter((e) => folderOf(e.from) === 'commands' && folderOf(e.to) === 'commands').map((e) => `${rel(e.from)} → ${rel(e.to)}`);
    expect(bad).toEqual([]);
  });

  test('no module outside cli imports a command', () => {
    const bad = edges.filter((e) => folderOf(e.to) === 'commands' && !['cli', 'commands'].includes(folderOf(e.from))).map((e) => `${rel(e.from)} → ${rel(e.to)}`);
    expect(bad).toEqual([]);
  });
});

describe('sources are TypeScript', () => {
  test('no .js (or other compiled output) under src/', () => {
    expect(files.filter((f) => !f.endsWith('.ts')).map(rel)).toEqual([]);
  });
});

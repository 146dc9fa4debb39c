/**
 * The Node the suite runs on. Always: one that package.json's `engines` allows. With
 * KAM_TEST_NODE (set by .ci/run for each Node line it fetches, e.g. `24` or `22.13.0`): that
 * Node, and the same Node wherever the tests start one by name (`node` on PATH, which the
 * `#!/usr/bin/env node` of bin/kam.js and of npm's scripts resolve), so a run on Node 24 is not
 * half on the machine's Node 20.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/run-kam.js';

type Version = [number, number, number];

const parse = (v: string): Version => {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(v.trim());
  if (!m) throw new Error(`"${v}" is not a version`);
  return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)];
};
const atLeast = (v: Version, floor: Version): boolean => v[0] !== floor[0] ? v[0] > floor[0] : v[1] !== floor[1] ? v[1] > floor[1] : v[2] >= floor[2];

/** Whether `version` satisfies an engines range of the forms kam uses: `^A.B.C` and `>=A[.B[.C]]`, joined by `||`. */
function allowedBy(range: string, version: string): boolean {
  const v = parse(version);
  return range.split('||').some((part) => {
    const p = part.trim();
    if (p.startsWith('^')) {
      const floor = parse(p.slice(1));
      return v[0] === floor[0] && atLeast(v, floor);
    }
    if (p.startsWith('>=')) return atLeast(v, parse(p.slice(2)));
    throw new Error(`engines: "${p}" is a form this test does not read`);
  });
}

const engines = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;

describe('the Node the suite runs on', () => {
  test('the engines range reads as intended', () => {
    expect(engines).toBe('^20.19.0 || ^22.13.0 || >=24');
    for (const ok of ['20.19.0', '20.20.2', '22.13.0', '22.23.5', '24.0.0', '24.22.3', '26.12.1', '28.1.0']) expect(allowedBy(engines, ok), ok).toBe(true);
    for (const no of ['18.20.8', '20.18.3', '21.7.3', '22.12.0', '23.11.1']) expect(allowedBy(engines, no), no).toBe(false);
  });

  test(`Node ${process.versions.node} is one that engines (${engines}) allows`, () => {
    expect(allowedBy(engines, process.versions.node)).toBe(true);
  });

  const wanted = process.env.KAM_TEST_NODE;
  test.runIf(wanted !== undefined)(`KAM_TEST_NODE=${wanted}: the tests, node on PATH and npm all run that Node`, () => {
    const [major, minor, patch] = parse(process.versions.node);
    const want = wanted!.split('.').map(Number);
    expect([major, minor, patch].slice(0, want.length)).toEqual(want);
    const onPath = spawnSync('node', ['-p', 'process.versions.node'], { encoding: 'utf8' });
    expect(onPath.stdout.trim()).toBe(process.versions.node);
    // Set by npm for the scripts it runs (npm test): the Node that runs npm itself.
    const npmNode = process.env.npm_node_execpath;
    if (npmNode !== undefined) expect(spawnSync(npmNode, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim()).toBe(process.versions.node);
  });
});

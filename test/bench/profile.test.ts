// Charging CPU-profile samples to the steps of a select run, and to modules (a synthetic profile
// with hand-counted times).
import { describe, expect, it } from 'vitest';
import { breakdown, moduleOf, selectSteps, selfTimes, topShares, type CpuProfile } from '../../bench/lib/profile.mjs';

const K = 'file:///repo/dist';
const frames: [number, string, string, number[]][] = [
  // id, function, url, children
  [1, '(root)', '', [2, 3, 4, 13, 15]],
  [2, '(garbage collector)', '', []],
  [3, '(idle)', '', []],
  [4, 'runSelect', `${K}/commands/select.js`, [5, 7, 9, 11, 16]],
  [5, 'loadCustomers', `${K}/load/customers.js`, [6, 17]],
  [6, 'update', 'node:internal/crypto/hash', []],
  [7, 'evaluate', `${K}/core/engine.js`, [8, 10]],
  [8, 'rankOrder', `${K}/core/rank.js`, [12]],
  [9, 'writeResultCsv', `${K}/render/csv.js`, []],
  [10, 'pareto', `${K}/core/pareto.js`, [14]],
  [11, 'writeAtomically', `${K}/app/files.js`, [18]],
  [12, 'packedOrder', `${K}/core/sort.js`, [19]],
  [13, 'compileSourceTextModule', 'node:internal/modules/esm/utils', []],
  [14, 'packedOrder', `${K}/core/sort.js`, []],
  [15, 'Command', 'file:///repo/node_modules/commander/lib/command.js', []],
  [16, 'Table', 'file:///repo/node_modules/@scope/pkg/index.js', []],
  [17, 'chunks', `${K}/app/files.js`, [20]],
  [18, 'fsync', '', []],
  [19, 'sort', '', []],
  [20, 'readSync', 'node:fs', []],
];
// Self time in µs per node, in samples of 1 ms: node id → how many samples.
const counts: Record<number, number> = { 2: 3, 3: 50, 4: 1, 5: 10, 6: 2, 7: 4, 8: 1, 9: 6, 10: 2, 11: 1, 12: 3, 13: 2, 14: 5, 15: 1, 16: 1, 18: 2, 19: 4, 20: 3 };

function profile(): CpuProfile {
  const samples: number[] = [];
  for (const [id, n] of Object.entries(counts)) for (let i = 0; i < n; i++) samples.push(Number(id));
  // timeDeltas[i] is the gap before sample i; sample i lasts timeDeltas[i + 1] (the last lasts 0).
  const timeDeltas = samples.map((_, i) => (i === 0 ? 0 : 1000));
  samples.push(1);
  timeDeltas.push(1000);
  return {
    nodes: frames.map(([id, functionName, url, children]) => ({ id, callFrame: { functionName, url, lineNumber: 0 }, children })),
    samples,
    timeDeltas,
  };
}

describe('selfTimes', () => {
  it('gives each sample the time until the next one', () => {
    const t = selfTimes({ nodes: [], samples: [7, 8, 7], timeDeltas: [0, 10, 30] });
    expect(t.get(7)).toBe(10); // 10 (until the 2nd sample) + 0 (the last)
    expect(t.get(8)).toBe(30);
  });
});

describe('selectSteps', () => {
  it('charges shared helpers and natives to the step that called them', () => {
    const { totalMs, rows } = selectSteps(profile());
    const ms = Object.fromEntries(rows.map((r) => [r.name, r.ms]));
    expect(ms).toEqual({
      'read + parse': 13, // loadCustomers 10 + readSync under files.js chunks 3
      'sha256 of the input': 2,
      'score + classify': 4, // evaluate's own samples
      'rank sort': 8, // rankOrder 1 + packedOrder 3 + native sort 4
      'Pareto sort': 7, // pareto 2 + packedOrder 5
      write: 9, // writeResultCsv 6 + writeAtomically 1 + fsync 2
      GC: 3,
      'start-up + other': 5, // runSelect 1 + module compile 2 + commander 1 + a package 1 (the last sample lasts 0)
    });
    // Idle time is not CPU time.
    expect(totalMs).toBe(51);
    expect(rows.map((r) => r.name)).toEqual(['read + parse', 'sha256 of the input', 'score + classify', 'rank sort', 'Pareto sort', 'write', 'GC', 'start-up + other']);
    const rank = rows.find((r) => r.name === 'rank sort')!;
    expect(rank.top[0]).toEqual({ fn: 'sort', ms: 4 });
    expect(rank.share).toBeCloseTo(8 / 51, 12);
  });
});

describe('moduleOf and breakdown by module', () => {
  it('names packages (scoped too) and kam folders; natives go to their caller', () => {
    expect(moduleOf({ functionName: 'x', url: 'file:///r/node_modules/@scope/pkg/index.js', lineNumber: 0 })).toBe('@scope/pkg');
    expect(moduleOf({ functionName: 'x', url: 'file:///r/node_modules/cli-table3/src/cell.js', lineNumber: 0 })).toBe('cli-table3');
    expect(moduleOf({ functionName: 'x', url: `${K}/render/csv.js`, lineNumber: 0 })).toBe('kam dist/render/');
    expect(moduleOf({ functionName: 'x', url: 'node:fs', lineNumber: 0 })).toBeNull();
    const { rows } = breakdown(profile(), moduleOf, 'node');
    const ms = Object.fromEntries(rows.map((r) => [r.name, r.ms]));
    expect(ms).toMatchObject({ 'kam dist/load/': 12, 'kam dist/app/': 6, 'kam dist/core/': 19, commander: 1, '@scope/pkg': 1, node: 2, GC: 3 });
  });
});

describe('topShares', () => {
  it('names the biggest buckets, largest first, in ms below a second and s above, without empty ones', () => {
    const rows = [
      { name: 'write', ms: 250, share: 0.125, top: [] },
      { name: 'read + parse', ms: 1500, share: 0.75, top: [] },
      { name: 'GC', ms: 0, share: 0, top: [] },
      { name: 'rank sort', ms: 250, share: 0.125, top: [] },
    ];
    expect(topShares({ rows }, 2)).toBe('read + parse 1.50 s (75 %), write 250 ms (13 %)');
    expect(topShares({ rows }, 5)).toBe('read + parse 1.50 s (75 %), write 250 ms (13 %), rank sort 250 ms (13 %)');
  });
});

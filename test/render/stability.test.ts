/** Borderline marks: the table cell, the sentence about the runs, and the chart. */
import { describe, expect, it } from 'vitest';
import type { StabilityOutcome } from '../../src/core/stability.js';
import { renderKaismChart, type ChartPoint } from '../../src/render/kaism-chart.js';
import { describeStability, floorPct, stabilityCell } from '../../src/render/stability.js';
import { plainPalette } from '../../src/render/style.js';

const outcome = (more: Partial<StabilityOutcome>): StabilityOutcome => ({
  runs: 1000,
  perturb: 0.2,
  scoreNoise: 0,
  seed: 1,
  counts: new Uint32Array(0),
  base: new Uint8Array(0),
  ...more,
});

describe('stability text', () => {
  it('rounds percentages down so only a true 100 % reads 100%', () => {
    expect(floorPct(100)).toBe('100%');
    expect(floorPct(99.9)).toBe('99%');
    expect(floorPct(79.99)).toBe('79%');
  });

  it('marks borderline cells with *', () => {
    expect(stabilityCell({ inQuadrantPct: 62.5, movesTo: 'key', movesToPct: 37.5, borderline: true }, plainPalette)).toBe('62%*');
    expect(stabilityCell({ inQuadrantPct: 100, movesTo: null, movesToPct: 0, borderline: false }, plainPalette)).toBe('100%');
  });

  it('describes the runs in one sentence', () => {
    expect(describeStability(outcome({}))).toBe('Stability: 1,000 runs, weights × 0.8–1.2, no score noise, seed 1.');
    expect(describeStability(outcome({ runs: 1, perturb: 0, scoreNoise: 0.5, seed: 9 }))).toBe(
      'Stability: 1 run, weights as given, values ± 0.5 scale points, seed 9.',
    );
  });
});

describe('borderline accounts on the chart', () => {
  const point = (id: string, rank: number, a: number, s: number, borderline: boolean): ChartPoint => ({
    id,
    rank,
    attractiveness: a,
    strength: s,
    quadrant: a >= 50 ? (s >= 50 ? 'key' : 'key-development') : s >= 50 ? 'maintenance' : 'opportunistic',
    borderline,
  });
  const opts = { width: 80, split: { attractiveness: 50, strength: 50 }, strengthAxis: 'left' as const };

  it('labelled: a hollow marker ○ for borderline accounts, and a note', () => {
    const lines = renderKaismChart([point('STEADY', 1, 80, 80, false), point('SHAKY', 2, 51, 49, true)], opts);
    const text = lines.join('\n');
    expect(text).toContain('●STEADY');
    expect(text).toContain('○SHAKY');
    expect(lines[lines.length - 1]).toBe('○ borderline: not stable in its quadrant');
  });

  it('numbered: the rank followed by *', () => {
    // Many points close together force the numbered mode.
    const points = Array.from({ length: 40 }, (_, i) => point(`ACCOUNT-${i}`, i + 1, 52 + (i % 8) * 6, 52 + Math.floor(i / 8) * 10, i === 7));
    const text = renderKaismChart(points, opts).join('\n');
    expect(text).toMatch(/\b8\*/);
    expect(text).toContain('* borderline: not stable in its quadrant');
  });

  it('no note when nothing is borderline', () => {
    const text = renderKaismChart([point('STEADY', 1, 80, 80, false)], opts).join('\n');
    expect(text).not.toContain('borderline');
  });
});

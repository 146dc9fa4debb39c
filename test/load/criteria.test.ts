/** METHOD.md §2, criteria.csv: defaults, validation, and all problems of the file in one InputError. */
import { describe, expect, it } from 'vitest';
import { formatNormalize } from '../../src/core/normalize/index.js';
import { loadCriteria, parseNormalizeText as parseNormalize } from '../../src/load/criteria.js';
import { expectInputError } from '../helpers/portfolio.js';

const load = (text: string) => loadCriteria(text, 'criteria.csv');
/** A valid file plus extra rows (comma-delimited). */
const withRows = (...rows: string[]) => ['factor,axis,weight,min,max,direction,normalize,kind', 'Ok A,attractiveness,1,,,,,', 'Ok S,strength,1,,,,,', ...rows].join('\n');
/** The problems of a file as [line, field]. */
const where = (text: string) => expectInputError(() => load(text)).problems.map((p) => [p.line, p.field]);

describe('defaults', () => {
  it('min 1, max 10, direction higher, normalize none, kind pure, description empty', () => {
    const [a, s] = load('factor,axis,weight\nSpend,attractiveness,30\nService,strength,20\n');
    expect(a).toEqual({
      factor: 'Spend',
      axis: 'attractiveness',
      weight: 30,
      min: 1,
      max: 10,
      direction: 'higher',
      normalize: { kind: 'none' },
      kind: 'pure',
      description: '',
    });
    expect(s.axis).toBe('strength');
  });

  it('empty optional cells take the defaults too', () => {
    const [a] = load('factor,axis,weight,min,max,direction,normalize,kind\nSpend,attractiveness,3,,,,,\nS,strength,1,,,,,\n');
    expect(a).toMatchObject({ min: 1, max: 10, direction: 'higher', normalize: { kind: 'none' }, kind: 'pure' });
  });
});

describe('every column', () => {
  it('reads values case-insensitively and keeps the description', () => {
    const text =
      'Factor;AXIS;Weight;Min;Max;Direction;Normalize;Kind;Description\n' +
      'Cost to serve;Attractiveness;12,5;0;100;LOWER;MinMax;Realistic;"Lower is better; from finance"\n' +
      'Spend;attractiveness;0;1;5;higher;percentile;pure;\n' +
      'Share;STRENGTH;2;0;1;higher;"bands:0,2;0,5";pure;\n';
    const [cost, spend, share] = loadCriteria(text, 'criteria.csv');
    expect(cost).toEqual({
      factor: 'Cost to serve',
      axis: 'attractiveness',
      weight: 12.5,
      min: 0,
      max: 100,
      direction: 'lower',
      normalize: { kind: 'minmax' },
      kind: 'realistic',
      description: 'Lower is better; from finance',
    });
    expect(spend).toMatchObject({ weight: 0, max: 5, normalize: { kind: 'percentile' } });
    // a decimal-comma band threshold in a ; file: 0,2 → 0.2 and 0,5 → 0.5
    expect(share.normalize).toEqual({ kind: 'bands', thresholds: [0.2, 0.5] });
  });

  it('bands in a comma file', () => {
    const [, , f] = load(withRows('Size,attractiveness,1,,,,bands:10;100;1000,'));
    expect(f.normalize).toEqual({ kind: 'bands', thresholds: [10, 100, 1000] });
    expect(formatNormalize(f.normalize)).toBe('bands:10;100;1000');
  });
});

describe('validation', () => {
  it('axis typo', () => {
    expect(where(withRows('X,atractiveness,1,,,,,'))).toEqual([[4, 'axis']]);
  });

  it('negative weight', () => {
    const err = expectInputError(() => load(withRows('X,strength,-1,,,,,')));
    expect(err.problems).toEqual([expect.objectContaining({ file: 'criteria.csv', line: 4, field: 'weight' })]);
    expect(err.problems[0].message).toContain('negative');
  });

  it('empty or non-numeric weight', () => {
    expect(where(withRows('X,strength,,,,,,', 'Y,strength,heavy,,,,,'))).toEqual([
      [4, 'weight'],
      [5, 'weight'],
    ]);
  });

  it('all-zero weights on an axis (either axis), or no factor on an axis', () => {
    const err = expectInputError(() => load('factor,axis,weight\nA,attractiveness,0\nB,attractiveness,0\nS,strength,2\n'));
    expect(err.problems).toHaveLength(1);
    expect(err.problems[0].message).toContain('attractiveness axis');
    const both = expectInputError(() => load('factor,axis,weight\nA,attractiveness,0\n'));
    expect(both.problems.map((p) => p.message).join(' ')).toMatch(/attractiveness axis.*strength axis/);
  });

  it('min ≥ max', () => {
    expect(where(withRows('X,strength,1,5,5,,,', 'Y,strength,1,10,1,,,', 'Z,strength,1,,1,,,', 'W,strength,1,12,,,,'))).toEqual([
      [4, 'max'],
      [5, 'max'],
      [6, 'max'], // min defaults to 1: 1..1
      [7, 'max'], // max defaults to 10: 12..10
    ]);
  });

  it('bad direction, kind and normalize', () => {
    expect(where(withRows('X,strength,1,,,up,,', 'Y,strength,1,,,,,strategic', 'Z,strength,1,,,,log,'))).toEqual([
      [4, 'direction'],
      [5, 'kind'],
      [6, 'normalize'],
    ]);
  });

  it('bands thresholds out of order, repeated, missing or not numbers', () => {
    const rows = ['A,strength,1,,,,bands:10;5,', 'B,strength,1,,,,bands:5;5,', 'C,strength,1,,,,bands:,', 'D,strength,1,,,,bands:1;x,'];
    const err = expectInputError(() => load(withRows(...rows)));
    expect(err.problems.map((p) => [p.line, p.field])).toEqual([
      [4, 'normalize'],
      [5, 'normalize'],
      [6, 'normalize'],
      [7, 'normalize'],
    ]);
    expect(err.problems[0].message).toContain('increase');
  });

  it('a decimal-comma band threshold in a comma file is rejected', () => {
    const err = expectInputError(() => load(withRows('X,strength,1,,,,"bands:2,5;7",')));
    expect(err.problems).toEqual([expect.objectContaining({ line: 4, field: 'normalize' })]);
  });

  it('duplicate factor names (ignoring case)', () => {
    const err = expectInputError(() => load(withRows('ok a,strength,1,,,,,')));
    expect(err.problems[0]).toMatchObject({ line: 4, field: 'factor' });
    expect(err.problems[0].message).toContain('line 2');
  });

  it('an empty factor name', () => {
    expect(where(withRows(',strength,1,,,,,'))).toEqual([[4, 'factor']]);
  });

  it('a missing required column', () => {
    const err = expectInputError(() => load('factor,axis\nA,attractiveness\nS,strength\n'));
    expect(err.problems).toEqual([expect.objectContaining({ file: 'criteria.csv', line: 1, field: 'weight' })]);
  });

  it('a file without factors', () => {
    expectInputError(() => load('factor,axis,weight\n'));
  });
});

describe('all problems of a file come in one InputError', () => {
  it('one problem per bad cell, across rows, in line order', () => {
    const text = withRows(
      'A,atractiveness,1,,,,,', // 4 axis
      'B,strength,-2,,,sideways,,', // 5 weight, direction
      'C,strength,1,9,3,,bands:3;1,odd', // 6 max, kind, normalize
      'D,strength,"1,5",,,,,', // 7 weight: decimal comma in a comma file
      'E,strength,1', // 8 ragged
    );
    const err = expectInputError(() => load(text));
    expect(err.problems.map((p) => [p.line, p.field ?? null])).toEqual([
      [4, 'axis'],
      [5, 'weight'],
      [5, 'direction'],
      [6, 'max'],
      [6, 'kind'],
      [6, 'normalize'],
      [7, 'weight'],
      [8, null],
    ]);
  });
});

describe('the axis check comes with the row problems', () => {
  it('an axis with no weight above 0 is reported together with bad cells of other rows', () => {
    const err = expectInputError(() => load('factor,axis,weight,direction\nA,attractiveness,0,\nS,strength,1,sideways\n'));
    expect(err.problems.map((p) => [p.line ?? null, p.field])).toEqual([
      [3, 'direction'],
      [null, 'weight'],
    ]);
    expect(err.problems[1].message).toContain('attractiveness axis');
  });

  it('a row rejected for another reason still counts its weight for its axis', () => {
    // S has a bad kind but a weight of 2 on strength: no "strength axis needs a weight" problem
    expect(where('factor,axis,weight,kind\nA,attractiveness,1,\nS,strength,2,odd\n')).toEqual([[3, 'kind']]);
  });

  it('an unreadable weight does not also claim that its axis has no weight', () => {
    expect(where('factor,axis,weight\nA,attractiveness,1\nS,strength,heavy\n')).toEqual([[3, 'weight']]);
  });

  it('an axis typo does not also claim that an axis has no weight (the typo may be that factor)', () => {
    expect(where('factor,axis,weight\nA,attractiveness,1\nS,strenght,1\n')).toEqual([[3, 'axis']]);
  });
});

describe('parseNormalize', () => {
  const ok = (v: string, decimalComma = false) => parseNormalize(v, decimalComma, (m) => {
    throw new Error(m);
  });
  it('spellings', () => {
    expect(ok(' None ')).toEqual({ kind: 'none' });
    expect(ok('MINMAX')).toEqual({ kind: 'minmax' });
    expect(ok('Percentile')).toEqual({ kind: 'percentile' });
    expect(ok('BANDS: 1 ; 2.5 ')).toEqual({ kind: 'bands', thresholds: [1, 2.5] });
    expect(ok('bands:-1;0,5', true)).toEqual({ kind: 'bands', thresholds: [-1, 0.5] });
  });
});

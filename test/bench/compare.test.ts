// Checking a peer's result against kam's, cell by cell.
import { describe, expect, it } from 'vitest';
import { compareResults, describeComparison } from '../../bench/lib/compare.mjs';

const HEAD = 'rank,id,name,attractiveness,strength,quadrant,selected,segment,pareto,coverage_attractiveness,coverage_strength';
const KAM = [
  HEAD,
  '1,C2,"Oak, Sons & Co",90.5,60,key,true,Retail,A,1,1',
  '2,C1,Stone AG,25,79.893533172,maintenance,false,Retail,C,1,1',
  '',
].join('\n');

describe('compareResults', () => {
  it('knows a byte-identical file', () => {
    const c = compareResults(KAM, KAM);
    expect(c).toMatchObject({ same: true, identicalBytes: true, rows: 2 });
    expect(describeComparison(c)).toBe('same, byte for byte (2 accounts)');
  });

  it('accepts numbers written differently and quoting that changes nothing', () => {
    const peer = KAM.replace(',25,', ',25.0,').replace(',60,', ',60.0,').replace('1,1\n2', '1.0,1.0\n2').replace('Stone AG', '"Stone AG"');
    const c = compareResults(KAM, peer);
    expect(c).toMatchObject({ same: true, identicalBytes: false, rows: 2 });
    expect(describeComparison(c)).toMatch(/^same values in every cell \(2 accounts/);
  });

  it('accepts the columns in another order', () => {
    const reorder = (line: string) => {
      const f = line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);
      return [f[1], f[0], ...f.slice(2)].join(',');
    };
    const peer = KAM.trimEnd().split('\n').map(reorder).join('\n') + '\n';
    expect(compareResults(KAM, peer).same).toBe(true);
  });

  it('names the first account and column that differ: the order of two accounts', () => {
    const lines = KAM.trimEnd().split('\n');
    const swapped = [lines[0], lines[2].replace(/^2,/, '1,'), lines[1].replace(/^1,/, '2,')].join('\n');
    const c = compareResults(KAM, swapped);
    expect(c.same).toBe(false);
    expect(c.difference).toEqual({ row: 1, column: 'id', kam: 'C2', peer: 'C1' });
    expect(describeComparison(c)).toBe('DIFFERENT at account 1, id: kam "C2", peer "C1"');
  });

  it('catches a score one unit of the ninth decimal off, a Pareto class and a quadrant', () => {
    expect(compareResults(KAM, KAM.replace('79.893533172', '79.893533173')).difference).toMatchObject({ row: 2, column: 'strength' });
    expect(compareResults(KAM, KAM.replace('Retail,C,', 'Retail,B,')).difference).toMatchObject({ row: 2, column: 'pareto', kam: 'C', peer: 'B' });
    expect(compareResults(KAM, KAM.replace('key,true', 'key-development,true')).difference).toMatchObject({ row: 1, column: 'quadrant' });
  });

  it('does not take an empty cell for zero', () => {
    expect(compareResults(KAM.replace(',25,', ',0,'), KAM.replace(',25,', ',,')).same).toBe(false);
  });

  it('reports a missing account and a missing column', () => {
    const short = KAM.trimEnd().split('\n').slice(0, 2).join('\n') + '\n';
    expect(compareResults(KAM, short).difference).toMatchObject({ row: 2, column: 'rows' });
    const noPareto = KAM.replace(',pareto,', ',class,');
    const c = compareResults(KAM, noPareto);
    expect(c.difference).toMatchObject({ row: 0, column: 'pareto' });
    expect(describeComparison(c)).toBe('DIFFERENT: missing pareto');
  });
});

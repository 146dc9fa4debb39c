/** What the rating sheets say and write: each column's help, collected ratings as ratings.csv, who has not rated what. */
import { describe, expect, it } from 'vitest';
import { ratedFactors, scoreColumns } from '../../src/core/rating-sheet.js';
import { loadCriteria } from '../../src/load/criteria.js';
import { columnHelp, coverageLines, ratingsCsv } from '../../src/render/rating-sheets.js';

describe('a score column\'s help', () => {
  it('its scale and direction, its description, and for a competitor whose rating it is', () => {
    const factors = loadCriteria(
      'factor,axis,weight,min,max,normalize,direction,description\nCost,attractiveness,1,1,5,none,lower,\nQuality,strength,2,1,10,none,higher,As the customer sees it\n',
      'criteria.csv',
    );
    const cols = scoreColumns(ratedFactors(factors, []), ['Polypak']);
    expect(columnHelp(cols[0])).toBe('Scale 1 to 5, lower is better. Leave the cell empty if you cannot judge.');
    expect(columnHelp(cols[2])).toBe('How the customer rates Polypak on this factor. As the customer sees it Scale 1 to 10, higher is better. Leave the cell empty if you cannot judge.');
  });
});

describe('what collect writes', () => {
  it('ratings.csv: the competitor column only when a sheet has competitors; quoted as CSV, never formula-guarded', () => {
    const rows = [
      ['C1', 'Fit', '7', 'Ana', ''],
      ['-C2', 'Quality, overall', '6.5', 'Ben', 'Polypak'],
    ];
    expect(ratingsCsv(rows, true)).toBe('account,factor,score,rater,competitor\nC1,Fit,7,Ana,\n-C2,"Quality, overall",6.5,Ben,Polypak\n');
    expect(ratingsCsv(rows.slice(0, 1), false)).toBe('account,factor,score,rater\nC1,Fit,7,Ana\n');
  });

  it('who has not rated what', () => {
    const lines = coverageLines([
      { rater: 'Ana', file: 's/Ana.xlsx', rated: 4, total: 4, columns: 2, missing: [] },
      { rater: 'Ben', file: 's/Ben.xlsx', rated: 0, total: 4, columns: 2, missing: [] },
      {
        rater: 'Chen',
        file: 's/Chen.xlsx',
        rated: 1,
        total: 4,
        columns: 2,
        missing: [
          { header: 'Fit', accounts: ['C1', 'C2'] },
          { header: 'Cost', accounts: ['C2'] },
        ],
      },
    ]);
    expect(lines).toEqual(['Ana: all 4 scores.', 'Ben: no scores yet (0 of 4; s/Ben.xlsx).', 'Chen: 1 of 4 scores; not rated: Fit for no account; Cost for C2.']);
    const many = coverageLines([{ rater: 'D', file: 'd', rated: 1, total: 8, columns: 1, missing: [{ header: 'Fit', accounts: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }] }]);
    expect(many).toEqual(['D: 1 of 8 scores; not rated: Fit for a, b, c, d, e and 2 more.']);
  });
});

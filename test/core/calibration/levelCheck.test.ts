import { levelFlag, levelOnRatingSheet } from '../../../src/core/calibration/levelCheck';
import { findBuiltinLadder } from '../../../dev/builtinLadders';
import { ratingSheetPlan } from '../../../src/core/workbook/ratingSheetPlan';
import { personRecord } from './fixtures';

const ladder = findBuiltinLadder('intercom-pm-2021')!;

function sheetValues(level: string): string[][] {
  return ratingSheetPlan({
    ladder,
    cycle: 'H2',
    person: { id: 'p1', name: 'Ada', level, sheetName: 'Ada', archived: false },
    ratings: new Map(),
    archived: [],
  }).values;
}

describe('the level a rating sheet is rated against', () => {
  it('is the column the sheet marks as current level', () => {
    expect(levelOnRatingSheet(ladder, sheetValues('senior-pm'))).toEqual({ kind: 'level', levelId: 'senior-pm' });
    expect(levelOnRatingSheet(ladder, sheetValues(''))).toEqual({ kind: 'none' });
    expect(levelOnRatingSheet(ladder, [])).toEqual({ kind: 'unknown' });
  });

  it('flags a PM whose sheet is rated against another level than the Team sheet gives', () => {
    const onSheet = levelOnRatingSheet(ladder, sheetValues('pm'));
    expect(levelFlag(ladder, personRecord('p1', 'pm'), onSheet)).toBeNull();
    expect(levelFlag(ladder, personRecord('p1', 'senior-pm'), onSheet)).toBe(
      'Rated against PM, which is not their level: the Team sheet says Senior PM; refresh the workbook, then review the ratings against the Senior PM column',
    );
  });

  it('flags a sheet that marks no level, and a level the ladder does not have', () => {
    expect(levelFlag(ladder, personRecord('p1', 'pm'), { kind: 'none' })).toMatch(/^Rated on a sheet that marks no current level/);
    expect(levelFlag(ladder, personRecord('p1', 'director'))).toMatch(/^Level "director" is not a level of the ladder/);
    expect(levelFlag(ladder, personRecord('p1', 'pm'))).toBeNull();
  });
});

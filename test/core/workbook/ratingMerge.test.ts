import type { Ladder } from '../../../src/core/ladder/schema';
import { ratingSheetColumns } from '../../../src/core/workbook/layout';
import { mergeRatings } from '../../../src/core/workbook/ratingMerge';
import { emptyRatingCells } from '../../../src/core/workbook/ratingCells';
import { ratingSheetPlan } from '../../../src/core/workbook/ratingSheetPlan';
import { readRatingSheet } from '../../../src/core/workbook/ratingSheetRead';
import { asSheet, rowOfMarker, tinyLadder } from './fixtures';

const person = { id: 'p-1', name: 'Ann', level: 'one', sheetName: 'Ann', archived: false };

/** A PM sheet of `ladder` with ratings typed into it. */
function ratedSheet(ladder: Ladder) {
  const plan = ratingSheetPlan({
    ladder,
    cycle: 'H2',
    person,
    ratings: new Map([
      ['writing', { ...emptyRatingCells(), manager: 'Exceeds', evidence: 'Wrote the spec' }],
      ['drawing', { ...emptyRatingCells(), self: 'Successfully Meets' }],
      ['listening', { ...emptyRatingCells(), peer: 'not a rating', evidence: '=1+1' }],
    ]),
    archived: [],
  });
  return asSheet(plan.values);
}

describe('mergeRatings: refresh never loses a rating', () => {
  it('keeps each rating with its sub-skill when the ladder reorders and renames sub-skills', () => {
    const before = tinyLadder();
    const values = ratedSheet(before);
    const after = tinyLadder();
    const craft = after.areas[0]!;
    craft.subskills.reverse();
    craft.subskills[0]!.name = 'Sketching';
    after.areas.reverse();
    const merged = mergeRatings(after, readRatingSheet(values));
    expect(merged.ratings.get('writing')).toEqual({ self: '', peer: '', manager: 'Exceeds', evidence: 'Wrote the spec' });
    expect(merged.ratings.get('drawing')?.self).toBe('Successfully Meets');
    expect(merged.ratings.get('listening')).toEqual({ self: '', peer: 'not a rating', manager: '', evidence: '=1+1' });
    expect(merged.archived).toEqual([]);
    expect(merged.kept).toBe(3);
  });

  it('moves the ratings of a removed sub-skill to the archived block, and back when it returns to an empty row', () => {
    const full = tinyLadder();
    const values = ratedSheet(full);
    const without = tinyLadder();
    without.areas[0]!.subskills = without.areas[0]!.subskills.filter((s) => s.id !== 'writing');
    const merged = mergeRatings(without, readRatingSheet(values));
    expect(merged.archived).toEqual([
      { subskillId: 'writing', name: 'Writing', self: '', peer: '', manager: 'Exceeds', evidence: 'Wrote the spec' },
    ]);
    expect(merged.archivedNow).toBe(1);

    const archivedSheet = asSheet(
      ratingSheetPlan({ ladder: without, cycle: 'H2', person, ratings: merged.ratings, archived: merged.archived }).values,
    );
    const back = mergeRatings(full, readRatingSheet(archivedSheet));
    expect(back.ratings.get('writing')?.manager).toBe('Exceeds');
    expect(back.archived).toEqual([]);
    expect(back.restored).toBe(1);
  });

  it('archives text typed in a rating column on a row of no sub-skill, and drops an emptied archive entry', () => {
    const ladder = tinyLadder();
    const values = ratedSheet(ladder);
    const c = ratingSheetColumns(ladder);
    const area = rowOfMarker(values, 'area:craft');
    values[area - 1]![c.manager - 1] = 'Exceptional';
    values.push(new Array(c.last).fill(''));
    values.push(new Array(c.last).fill(''));
    values[values.length - 1]![c.evidence - 1] = 'stray note';
    const merged = mergeRatings(ladder, readRatingSheet(values));
    expect(merged.archived.map((a) => [a.name, a.manager, a.evidence])).toEqual([
      [`Found on row ${area}, a row of no sub-skill`, 'Exceptional', ''],
      [`Found on row ${values.length}, a row of no sub-skill`, '', 'stray note'],
    ]);
    const emptied = ratingSheetPlan({
      ladder,
      cycle: 'H2',
      person,
      ratings: merged.ratings,
      archived: [{ subskillId: 'x', name: 'X', self: '', peer: '', manager: '', evidence: '' }],
    });
    expect(mergeRatings(ladder, readRatingSheet(asSheet(emptied.values))).archived).toEqual([]);
  });

  it('keeps a formula as its formula text', () => {
    const ladder = tinyLadder();
    const values = ratedSheet(ladder);
    const formulas = values.map((row) => row.map(() => ''));
    const c = ratingSheetColumns(ladder);
    const writing = rowOfMarker(values, 'subskill:writing');
    values[writing - 1]![c.self - 1] = '';
    formulas[writing - 1]![c.self - 1] = '=B2';
    expect(mergeRatings(ladder, readRatingSheet(values, formulas)).ratings.get('writing')?.self).toBe('=B2');
  });
});

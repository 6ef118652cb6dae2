import { ratingSheetColumns } from '../../../src/core/workbook/layout';
import { emptyRatingCells } from '../../../src/core/workbook/ratingCells';
import { ratingSheetPlan } from '../../../src/core/workbook/ratingSheetPlan';
import { readRatingSheet } from '../../../src/core/workbook/ratingSheetRead';
import { judgeRatingCell, ratingSheetProblems } from '../../../src/core/workbook/ratingValidation';
import { cellA1 } from '../../../src/core/workbook/a1';
import { asSheet, rowOfMarker, tinyLadder } from './fixtures';

describe('rating validation', () => {
  it('accepts the scale exactly, and says which rating was meant', () => {
    expect(judgeRatingCell('Exceeds', '')).toEqual({ rating: 'Exceeds', notApplicable: false, message: null });
    expect(judgeRatingCell('', '')).toEqual({ rating: null, notApplicable: false, message: null });
    // Not applicable: a choice, not a problem, and not a rating either.
    expect(judgeRatingCell('Not applicable', '')).toEqual({ rating: null, notApplicable: true, message: null });
    expect(judgeRatingCell('not applicable', '').message).toMatch(/did you mean “Not applicable”/);
    expect(judgeRatingCell('exceeds ', '').message).toMatch(/did you mean “Exceeds”/);
    expect(judgeRatingCell(3, '').message).toMatch(/not on the rating scale/);
    expect(judgeRatingCell('Exceeds', '=A1').message).toMatch(/formula/);
  });

  it('reports each bad cell of a sheet by A1 address: off the scale, a formula, a rating on a row of no sub-skill', () => {
    const ladder = tinyLadder();
    const plan = ratingSheetPlan({
      ladder,
      cycle: 'H2',
      person: { id: 'p-1', name: 'Ann', level: 'one', sheetName: 'Ann', archived: false },
      ratings: new Map([['writing', { ...emptyRatingCells(), self: 'Great', manager: 'Exceeds' }]]),
      archived: [],
    });
    const values = asSheet(plan.values);
    const formulas = values.map((r) => r.map(() => ''));
    const c = ratingSheetColumns(ladder);
    const writing = rowOfMarker(values, 'subskill:writing');
    const drawing = rowOfMarker(values, 'subskill:drawing');
    const area = rowOfMarker(values, 'area:people');
    formulas[drawing - 1]![c.peer - 1] = '=IF(TRUE,"Exceeds")';
    values[drawing - 1]![c.peer - 1] = 'Exceeds';
    values[area - 1]![c.manager - 1] = 'Exceptional';
    const problems = ratingSheetProblems('Ann', readRatingSheet(values, formulas));
    expect(problems.map((p) => [p.cell, p.value])).toEqual([
      [cellA1(writing, c.self), 'Great'],
      [cellA1(drawing, c.peer), '=IF(TRUE,"Exceeds")'],
      [cellA1(area, c.manager), 'Exceptional'],
    ]);
    expect(problems.every((p) => p.sheet === 'Ann')).toBe(true);
  });

  it('reports a sheet whose rating headers were changed', () => {
    const values = asSheet(
      ratingSheetPlan({
        ladder: tinyLadder(),
        cycle: 'H2',
        person: { id: 'p-1', name: 'Ann', level: 'one', sheetName: 'Ann', archived: false },
        ratings: new Map(),
        archived: [],
      }).values,
    );
    values[1] = values[1]!.map((v) => (v === 'Peer' ? 'Peers' : v));
    expect(ratingSheetProblems('Ann', readRatingSheet(values))[0]?.message).toMatch(
      /no longer has the Self, Peer, Manager, Evidence headers/,
    );
  });
});

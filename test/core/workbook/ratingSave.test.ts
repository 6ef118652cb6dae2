import { ratingSheetColumns } from '../../../src/core/workbook/layout';
import { emptyRatingCells } from '../../../src/core/workbook/ratingCells';
import { ratingsVersion } from '../../../src/core/workbook/ratingForm';
import { planSave } from '../../../src/core/workbook/ratingSave';
import { ratingSheetPlan } from '../../../src/core/workbook/ratingSheetPlan';
import { readRatingSheet } from '../../../src/core/workbook/ratingSheetRead';
import { asSheet, rowOfMarker, tinyLadder } from './fixtures';
import { refusal } from '../../support/bundle';

function sheet() {
  const ladder = tinyLadder();
  const values = asSheet(
    ratingSheetPlan({
      ladder,
      cycle: 'H2',
      person: { id: 'p-1', name: 'Ann', level: 'one', sheetName: 'Ann', archived: false },
      ratings: new Map([['drawing', { ...emptyRatingCells(), peer: 'Exceeds' }]]),
      archived: [],
    }).values,
  );
  return { values, c: ratingSheetColumns(ladder) };
}

describe('planSave', () => {
  it('writes only what changes, in one rectangle that keeps the cells between', () => {
    const { values, c } = sheet();
    const content = readRatingSheet(values);
    const plan = planSave(
      'Ann',
      content,
      [
        { subskillId: 'writing', source: 'manager', rating: 'Exceeds', evidence: 'Led the launch' },
        { subskillId: 'drawing', source: 'peer', rating: 'Exceeds' },
        { subskillId: 'listening', source: 'self', rating: null },
      ],
      ratingsVersion(content),
    );
    expect(plan.changed).toBe(2);
    const writing = rowOfMarker(values, 'subskill:writing');
    expect(plan.box).toEqual({
      row: writing,
      column: c.manager,
      values: [['Exceeds', 'Led the launch']],
    });
    for (let i = 0; i < plan.box!.values[0]!.length; i += 1) values[writing - 1]![c.manager - 1 + i] = plan.box!.values[0]![i]!;
    expect(plan.version).toBe(ratingsVersion(readRatingSheet(values)));
  });

  it('refuses a stale version, an unknown sub-skill and two values for one cell', () => {
    const { values } = sheet();
    const content = readRatingSheet(values);
    expect(refusal(() => planSave('Ann', content, [], 'v-old')).code).toBe('CONFLICT');
    const unknown = refusal(() => planSave('Ann', content, [{ subskillId: 'juggling', source: 'self', rating: 'Exceeds' }], undefined));
    expect(unknown).toEqual({
      code: 'SAVE_REFUSED',
      message: expect.stringMatching(/“juggling” is not a sub-skill on Ann’s rating sheet/),
    });
    const twice = refusal(() =>
      planSave(
        'Ann',
        content,
        [
          { subskillId: 'writing', source: 'self', rating: 'Exceeds' },
          { subskillId: 'writing', source: 'self', rating: 'Exceptional' },
        ],
        undefined,
      ),
    );
    expect(twice).toEqual({ code: 'SAVE_REFUSED', message: expect.stringMatching(/two different values/) });
  });

  it('saves nothing when nothing changes', () => {
    const { values } = sheet();
    const content = readRatingSheet(values);
    expect(planSave('Ann', content, [{ subskillId: 'drawing', source: 'peer', rating: 'Exceeds' }], undefined)).toEqual({
      changed: 0,
      box: null,
      version: ratingsVersion(content),
      edits: [],
    });
  });
});

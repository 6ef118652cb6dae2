import { buildRatingForm, expectationText, ratingsVersion } from '../../../src/core/workbook/ratingForm';
import { expectedAtLevel } from '../../../src/core/ladder/query';
import { ratingSheetColumns } from '../../../src/core/workbook/layout';
import { emptyRatingCells } from '../../../src/core/workbook/ratingCells';
import { ratingSheetPlan } from '../../../src/core/workbook/ratingSheetPlan';
import { readRatingSheet } from '../../../src/core/workbook/ratingSheetRead';
import { asSheet, intercom, rowOfMarker, tinyLadder } from './fixtures';

describe('rating form', () => {
  it('on a cumulative ladder with dimensions, shows per dimension everything expected up to the level, labelled by level', () => {
    const ladder = intercom();
    const text = expectationText(ladder, expectedAtLevel(ladder, 'customer-focus', 'pm'));
    expect(text.split('\n')).toEqual([
      'Scope: [Associate PM] Talks to a range of customers using their product area.',
      'Autonomy: [Associate PM] Can gain some understanding of customer needs but mainly relies on Research/Manager guidance. [PM] Partners effectively with Research and can independently gain deep insight from customer listening.',
      'Impact: [Associate PM] Research is primarily focused on validating decision-making. [PM] Insights impact product direction for their team and help define the problems we should be seeking to understand.',
    ]);
  });

  it('on a plain ladder, shows the level’s own text, and nothing next at the top', () => {
    const ladder = tinyLadder();
    const values = asSheet(
      ratingSheetPlan({
        ladder,
        cycle: 'H2',
        person: { id: 'p-1', name: 'Ann', level: 'three', sheetName: 'Ann', archived: false },
        ratings: new Map([['writing', { ...emptyRatingCells(), manager: 'Exceeds', self: 'bogus', evidence: 'Shipped' }]]),
        archived: [],
      }).values,
    );
    const person = {
      id: 'p-1',
      name: 'Ann',
      email: '',
      level: 'three',
      targetLevel: '',
      growthPlanUrl: '',
      careerPlanUrl: '',
      sheetName: 'Ann',
      archived: false,
    };
    const form = buildRatingForm({
      ladder,
      settings: { ladderId: 'tiny', cycle: 'H2', manager: '', updatedAt: '' },
      person,
      content: readRatingSheet(values),
    });
    const writing = form.items.find((i) => i.subskillId === 'writing')!;
    expect([writing.current, writing.next]).toEqual(['Writes brilliantly.', '']);
    expect(writing.ratings).toEqual({ self: null, peer: null, manager: 'Exceeds' });
    expect(writing.evidence).toBe('Shipped');
    expect(form.person.nextLevelName).toBeNull();
    expect(form.items.map((i) => i.subskillId)).toEqual(['writing', 'drawing', 'listening']);
  });

  it('changes version when any rating or evidence cell changes', () => {
    const ladder = tinyLadder();
    const values = asSheet(
      ratingSheetPlan({
        ladder,
        cycle: 'H2',
        person: { id: 'p-1', name: 'Ann', level: 'one', sheetName: 'Ann', archived: false },
        ratings: new Map(),
        archived: [],
      }).values,
    );
    const v1 = ratingsVersion(readRatingSheet(values));
    expect(ratingsVersion(readRatingSheet(values))).toBe(v1);
    values[rowOfMarker(values, 'subskill:listening') - 1]![ratingSheetColumns(ladder).evidence - 1] = 'x';
    expect(ratingsVersion(readRatingSheet(values))).not.toBe(v1);
  });
});

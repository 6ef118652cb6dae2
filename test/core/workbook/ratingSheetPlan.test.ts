import { ladderRows, ratingSheetColumns } from '../../../src/core/workbook/layout';
import { emptyRatingCells } from '../../../src/core/workbook/ratingCells';
import { personSheetColumns, ratingSheetPlan } from '../../../src/core/workbook/ratingSheetPlan';
import { RATING_SCALE } from '../../../src/core/ratingScale';
import { PLAIN_TEXT } from '../../../src/core/workbook/sheetPlan';
import { STYLE } from '../../../src/core/workbook/sheetStyle';
import { intercom, rowOfMarker, tinyLadder } from './fixtures';

const person = { id: 'p-1', name: '=HYPERLINK("x")', level: 'two', sheetName: 'Ann', archived: false };

describe('ratingSheetPlan', () => {
  it('puts the rating columns right after the sub-skill, then the current and next level (highlighted) before the others', () => {
    const ladder = tinyLadder();
    const plan = ratingSheetPlan({
      ladder,
      cycle: 'H2',
      person,
      ratings: new Map([['writing', { ...emptyRatingCells(), manager: 'Exceeds', evidence: '+15551234' }]]),
      archived: [],
    });
    const c = personSheetColumns(ladder, person.level);
    expect(plan.values[1]?.slice(1)).toEqual([
      'Skill area',
      'Sub-skill',
      'Self',
      'Peer',
      'Manager',
      'Evidence',
      'Description',
      'Two (current level)',
      'Three (next level)',
      'One',
    ]);
    const writing = rowOfMarker(plan.values, 'subskill:writing');
    expect(plan.values[writing - 1]?.[c.manager - 1]).toBe('Exceeds');
    expect(plan.values[writing - 1]?.[c.evidence - 1]).toBe('+15551234');
    expect(plan.backgrounds[writing - 1]?.[c.firstLevel - 1]).toBe(STYLE.currentLevelFill);
    expect(plan.backgrounds[writing - 1]?.[c.firstLevel]).toBe(STYLE.nextLevelFill);
    // Each rating takes its colour from the scale as the cell changes (conditional formatting over the rating cells).
    expect(plan.colourRules?.range).toEqual({ row: 3, column: c.self, numRows: plan.values.length - 2, numColumns: 3 });
    expect(plan.colourRules?.rules.map((r) => r.text)).toEqual([...RATING_SCALE]);
    expect(plan.validations[writing - 1]?.[c.self - 1]?.values).toContain('Not applicable');
    expect(new Set(plan.colourRules?.rules.map((r) => r.background)).size).toBe(RATING_SCALE.length);
    expect(plan.validations[writing - 1]?.[c.self - 1]?.values).toContain('Successfully Meets');
    // Every cell is plain text: a name or evidence that looks like a formula or a number stays text.
    expect(plan.numberFormats.flat().every((f) => f === PLAIN_TEXT)).toBe(true);
    expect(plan.values[0]?.[1]).toBe('=HYPERLINK("x")');
  });

  it('gives no dropdown to area rows and further dimension rows, and shades their rating cells', () => {
    const ladder = intercom();
    const plan = ratingSheetPlan({ ladder, cycle: 'H2', person: { ...person, level: 'pm' }, ratings: new Map(), archived: [] });
    const c = personSheetColumns(ladder, 'pm');
    const detail = rowOfMarker(plan.values, 'detail:customer-focus:autonomy');
    const area = rowOfMarker(plan.values, 'area:insight-driven');
    for (const r of [detail, area]) {
      expect(plan.validations[r - 1]?.slice(c.self - 1, c.evidence)).toEqual([null, null, null, null]);
    }
    expect(plan.backgrounds[detail - 1]?.[c.self - 1]).toBe(STYLE.noInputFill);
    expect(plan.values).toHaveLength(2 + ladderRows(ladder).length);
  });

  it('adds the archived ratings block after one blank row, and marks an archived PM', () => {
    const ladder = tinyLadder();
    const plan = ratingSheetPlan({
      ladder,
      cycle: 'H2',
      person: { ...person, archived: true },
      ratings: new Map(),
      archived: [{ subskillId: 'gone', name: 'Gone skill', self: 'Exceeds', peer: '', manager: '', evidence: 'did it' }],
    });
    const header = rowOfMarker(plan.values, '#archived');
    expect(header).toBe(2 + ladderRows(ladder).length + 2);
    expect(plan.values[header]?.slice(0, 3)).toEqual(['archived:gone', 'Archived', 'Gone skill']);
    expect(plan.values[0]?.[ratingSheetColumns(ladder).firstRating - 1]).toMatch(/^ARCHIVED/);
    expect(plan.tabColor).toBe(STYLE.archivedTab);
  });
});

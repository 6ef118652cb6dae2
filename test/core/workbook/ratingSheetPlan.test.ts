import { ladderRows, ratingSheetColumns } from '../../../src/core/workbook/layout';
import { emptyRatingCells } from '../../../src/core/workbook/ratingCells';
import { ratingSheetPlan } from '../../../src/core/workbook/ratingSheetPlan';
import { PLAIN_TEXT } from '../../../src/core/workbook/sheetPlan';
import { STYLE } from '../../../src/core/workbook/sheetStyle';
import { intercom, rowOfMarker, tinyLadder } from './fixtures';

const person = { id: 'p-1', name: '=HYPERLINK("x")', level: 'two', sheetName: 'Ann', archived: false };

describe('ratingSheetPlan', () => {
  it('puts the ladder rows and level columns, then the rating columns, with the current and next level highlighted', () => {
    const ladder = tinyLadder();
    const plan = ratingSheetPlan({
      ladder,
      cycle: 'H2',
      person,
      ratings: new Map([['writing', { ...emptyRatingCells(), manager: 'Exceeds', evidence: '+15551234' }]]),
      archived: [],
    });
    const c = ratingSheetColumns(ladder);
    expect(plan.values[1]?.slice(c.firstLevel - 1)).toEqual([
      'One',
      'Two (current level)',
      'Three (next level)',
      'Self',
      'Peer',
      'Manager',
      'Evidence',
    ]);
    const writing = rowOfMarker(plan.values, 'subskill:writing');
    expect(plan.values[writing - 1]?.[c.manager - 1]).toBe('Exceeds');
    expect(plan.values[writing - 1]?.[c.evidence - 1]).toBe('+15551234');
    expect(plan.backgrounds[writing - 1]?.[c.firstLevel]).toBe(STYLE.currentLevelFill);
    expect(plan.backgrounds[writing - 1]?.[c.firstLevel + 1]).toBe(STYLE.nextLevelFill);
    expect(plan.validations[writing - 1]?.[c.self - 1]?.values).toContain('Successfully Meets');
    // Every cell is plain text: a name or evidence that looks like a formula or a number stays text.
    expect(plan.numberFormats.flat().every((f) => f === PLAIN_TEXT)).toBe(true);
    expect(plan.values[0]?.[1]).toBe('=HYPERLINK("x")');
  });

  it('gives no dropdown to area rows and further dimension rows, and shades their rating cells', () => {
    const ladder = intercom();
    const plan = ratingSheetPlan({ ladder, cycle: 'H2', person: { ...person, level: 'pm' }, ratings: new Map(), archived: [] });
    const c = ratingSheetColumns(ladder);
    const detail = rowOfMarker(plan.values, 'detail:customer-focus:autonomy');
    const area = rowOfMarker(plan.values, 'area:insight-driven');
    for (const r of [detail, area]) {
      expect(plan.validations[r - 1]?.slice(c.self - 1)).toEqual([null, null, null, null]);
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
    expect(plan.values[0]?.[2]).toMatch(/^ARCHIVED/);
    expect(plan.tabColor).toBe(STYLE.archivedTab);
  });
});

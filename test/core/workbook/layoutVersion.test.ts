import { RULE_ROW, VIEW_HEADERS } from '../../../src/core/calibration/calibrationLayout';
import { RATING_SCALE, RATING_SHEET_FILLS } from '../../../src/core/ratingScale';
import { LAYOUT_VERSION, isOlderLayout, storedLayoutVersion } from '../../../src/core/workbook/layoutVersion';
import { RATING_COLUMNS } from '../../../src/core/workbook/ratingColumns';
import { STYLE, WIDTH } from '../../../src/core/workbook/sheetStyle';
import { ratingSheetColumns } from '../../../src/core/workbook/layout';
import { RATING_VALIDATION, ratingSheetPlan } from '../../../src/core/workbook/ratingSheetPlan';
import { intercom, tinyLadder } from './fixtures';

const person = { id: 'p1', name: 'Ann', level: 'one', sheetName: 'Ann', archived: false };

/**
 * Refresh brings a workbook's formats, dropdowns and colours up to date only when the recorded
 * layout version is older than `LAYOUT_VERSION`. So a change of what the sheets look like beyond
 * their values must raise it. This test records the layout of the current version: when it
 * fails, raise `LAYOUT_VERSION` (src/core/workbook/layoutVersion.ts) and record the new layout
 * here under the new number (docs/CHANGING.md).
 */
const LAYOUT_2 = {
  ratings: ['Needs Immediate Improvement', 'Stronger Performance Needed', 'Successfully Meets', 'Exceeds', 'Exceptional'],
  sheetFills: ['#f4c7c3', '#fce8b2', '#d9ead3', '#b7e1cd', '#c9daf8'],
  columns: ['Self rating ratingSheetColumn', 'Peer rating ratingSheetColumn', 'Manager rating ratingSheetColumn', 'Evidence text evidence'],
  style: {
    headerFill: '#d9d9d9',
    areaFill: '#cfe2f3',
    currentLevelFill: '#fff2cc',
    nextLevelFill: '#d9ead3',
    noInputFill: '#efefef',
    archivedFill: '#f3f3f3',
    archivedTab: '#999999',
    problemFill: '#f4cccc',
  },
  widths: { ratingSheetColumn: 180, evidence: 340 },
};

const RECORDED_LAYOUTS: Record<number, unknown> = {
  2: LAYOUT_2,
  // PM sheets: the rating columns after the sub-skill, sized and coloured by rating; the
  // Calibration sheet states the overall rule in row 3.
  3: {
    ...LAYOUT_2,
    columns: ['Self rating rating', 'Peer rating rating', 'Manager rating rating', 'Evidence text evidence'],
    // Right after the sub-skill (C), on a ladder with and without dimensions.
    firstRatingColumn: [4, 4],
    widths: { ratingSheetColumn: 150, rating: 222, evidence: 260 },
    ratingCellColours: true,
    calibration: { ruleRow: 3 },
  },
  // The Calibration sheet's view columns, the trend among them, wrap; Not applicable in the dropdowns.
  4: {
    ...LAYOUT_2,
    columns: ['Self rating rating', 'Peer rating rating', 'Manager rating rating', 'Evidence text evidence'],
    firstRatingColumn: [4, 4],
    widths: { ratingSheetColumn: 150, rating: 222, evidence: 260 },
    ratingCellColours: true,
    calibration: {
      ruleRow: 3,
      viewHeaders: [
        'Self − manager (steps)',
        'Peer − manager (steps)',
        'Readiness for next level',
        'Since last cycle',
        'Past cycles (overall)',
      ],
    },
    // The rating dropdowns offer Not applicable after the scale.
    dropdown: [
      'Needs Immediate Improvement',
      'Stronger Performance Needed',
      'Successfully Meets',
      'Exceeds',
      'Exceptional',
      'Not applicable',
    ],
  },
};

function currentLayout(): unknown {
  return {
    ratings: [...RATING_SCALE],
    sheetFills: RATING_SCALE.map((r) => RATING_SHEET_FILLS[r]),
    columns: RATING_COLUMNS.map((c) => `${c.header} ${c.kind} ${c.width}`),
    firstRatingColumn: [ratingSheetColumns(tinyLadder()).firstRating, ratingSheetColumns(intercom()).firstRating],
    style: { ...STYLE },
    widths: { ratingSheetColumn: WIDTH.ratingSheetColumn, rating: WIDTH.rating, evidence: WIDTH.evidence },
    ratingCellColours:
      ratingSheetPlan({ ladder: tinyLadder(), cycle: 'H2', person, ratings: new Map(), archived: [] }).colourRules !== null,
    calibration: { ruleRow: RULE_ROW, viewHeaders: Object.values(VIEW_HEADERS) },
    dropdown: [...RATING_VALIDATION.values],
  };
}

describe('the layout version', () => {
  it('is raised with every change of the rating scale, the PM sheet columns or the sheet colours', () => {
    expect(currentLayout()).toEqual(RECORDED_LAYOUTS[LAYOUT_VERSION]);
  });

  it('is 1 for a workbook whose settings record none, the layout of every workbook made before it was recorded', () => {
    expect(storedLayoutVersion(null)).toBe(1);
    expect(storedLayoutVersion({})).toBe(1);
    expect(storedLayoutVersion({ layoutVersion: LAYOUT_VERSION })).toBe(LAYOUT_VERSION);
    expect(isOlderLayout(1)).toBe(true);
    expect(isOlderLayout(LAYOUT_VERSION)).toBe(false);
  });
});

import { calibrate } from '../../../src/core/calibration/calibrate';
import { FIRST_PERSON_ROW, TABLE_COLUMNS, TABLE_HEADER_ROW, readStoredCalibration } from '../../../src/core/calibration/calibrationLayout';
import { RATING_COLOURS } from '../../../src/core/calibration/calibrationColours';
import { PLAIN_TEXT, calibrationSheetPlan, type CalibrationSheetPlan } from '../../../src/core/calibration/calibrationSheetPlan';
import type { StoredOverride } from '../../../src/core/calibration/override';
import { calibrationOverrideProblems } from '../../../src/core/calibration/overrideProblems';
import { cellText } from '../../../src/core/workbook/cellText';
import { LAYOUT_VERSION } from '../../../src/core/workbook/layoutVersion';
import { EX, EXC, NII, SM, SPN, fiveAreas, ladderOf, personRecord, uniformRatings } from './fixtures';

const ladder = fiveAreas();

type Previous = { rows: number; columns: number; header: readonly string[]; layoutVersion: number };
const NEW_SHEET: Previous = { rows: 0, columns: 0, header: [], layoutVersion: LAYOUT_VERSION };

function planFor(names: string[], overrides: StoredOverride[] = [], previous: Previous = NEW_SHEET, l = ladder): CalibrationSheetPlan {
  const team = names.map((name, i) => personRecord(`p${i}`, 'pm', { name }));
  const levels = [SM, EX, EXC, SPN];
  const ratings = Object.fromEntries(
    team.map((p, i) => [p.id, uniformRatings(l, p.id, Object.fromEntries(l.areas.map((a) => [a.id, levels[i % levels.length] ?? SM])))]),
  );
  return calibrationSheetPlan({ ladder: l, cycle: 'H2 2026', calibration: calibrate({ ladder: l, team, ratings, overrides }), previous });
}

const cell = (plan: CalibrationSheetPlan, row: number, column: number) => plan.values[row - 1]?.[column - 1];

describe('Calibration sheet plan', () => {
  it('is one rectangle: values, formats, backgrounds and weights of the same shape', () => {
    const plan = planFor(['Ada', 'Bo']);
    for (const grid of [plan.values, plan.numberFormats, plan.backgrounds, plan.fontWeights]) {
      expect(grid).toHaveLength(plan.rows);
      expect(grid.every((row) => row.length === plan.columns)).toBe(true);
    }
    // Areas, Flags, Discuss, Meeting notes, then the gap, readiness and trend views.
    expect(plan.columns).toBe(TABLE_COLUMNS.firstArea + ladder.areas.length + 7);
  });

  it('writes one row per PM with level, areas, overall, 9-box and flags, coloured by rating', () => {
    const plan = planFor(['Ada', 'Bo']);
    const row = FIRST_PERSON_ROW + 1;
    expect(cell(plan, row, TABLE_COLUMNS.id)).toBe('person:p1');
    expect(cell(plan, row, TABLE_COLUMNS.name)).toBe('Bo');
    expect(cell(plan, row, TABLE_COLUMNS.level)).toBe('PM');
    // Exceeds in every area is Exceeds overall: Exceptional needs areas at Exceptional.
    expect(cell(plan, row, TABLE_COLUMNS.overall)).toBe(EX);
    expect(cell(plan, row, TABLE_COLUMNS.nineBox)).toBe('Role model');
    expect(cell(plan, row, plan.table.areaColumns['strategy'] as number)).toBe(EX);
    expect(plan.backgrounds[row - 1]?.[TABLE_COLUMNS.overall - 1]).toBe(RATING_COLOURS[EX]);
    expect(plan.backgrounds[row - 1]?.[(plan.table.areaColumns['strategy'] as number) - 1]).toBe(RATING_COLOURS[EX]);
  });

  it('shows an incomplete area as such, with how many sub-skills are rated', () => {
    const team = [personRecord('p0', 'pm', { name: 'Ada' })];
    const ratings = { p0: uniformRatings(ladder, 'p0', { insight: SM, strategy: null, execution: SM, outcomes: SM, leadership: SM }) };
    const plan = calibrationSheetPlan({
      ladder,
      cycle: 'c',
      calibration: calibrate({ ladder, team, ratings, overrides: [] }),
      previous: NEW_SHEET,
    });
    expect(cell(plan, FIRST_PERSON_ROW, plan.table.areaColumns['strategy'] as number)).toBe('Incomplete: 0 of 3 rated');
    expect(cell(plan, FIRST_PERSON_ROW, TABLE_COLUMNS.overall)).toBe('Incomplete');
    expect(String(cell(plan, FIRST_PERSON_ROW, plan.table.flagsColumn))).toMatch(/^• Missing manager ratings: 3 of 15/);
  });

  it('shows overall ratings by level, gaps and readiness per PM and for the team, in their own blocks', () => {
    const plan = planFor(['Ada', 'Bo', 'Cy', 'Di']);
    const at = (a1Row: number, column: number) => cell(plan, a1Row, column);
    // K4: header, then PM (all four), Senior PM (none), Total.
    expect([at(4, 11), at(4, 12), at(4, 16), at(4, 17)]).toEqual(['Overall by level', NII, EXC, 'Incomplete']);
    expect([4, 5, 6, 7].map((r) => at(r + 1, 11))).toEqual(['PM', 'SENIOR-PM', 'Total', '']);
    expect([12, 13, 14, 15, 16, 17].map((c) => at(5, c))).toEqual([0, 1, 1, 1, 1, 0]);
    expect([at(9, 11), at(10, 11), at(11, 11)]).toEqual([
      'Team mean gap, self − manager (steps)',
      'Team mean gap, peer − manager (steps)',
      'Readiness for next level',
    ]);
    expect(at(11, 12)).toBe('Ready 2 · Close 0 · Not yet 2 · top level 0');
    const flags = plan.table.flagsColumn;
    expect([flags + 3, flags + 4, flags + 5].map((c) => at(TABLE_HEADER_ROW, c))).toEqual([
      'Self − manager (steps)',
      'Peer − manager (steps)',
      'Readiness for next level',
    ]);
    // Bo: Exceeds everywhere at PM: every sub-skill at the next level's bar.
    expect(at(FIRST_PERSON_ROW + 1, flags + 5)).toMatch(/^Ready for SENIOR-PM: 15 of 15 sub-skills at the bar \(\w+ 3 of 3, /);
  });

  it('draws the 9-box as a 3×3 block listing names, behaviours high at the top, results high at the right', () => {
    const plan = planFor(['Ada', 'Bo', 'Cy', 'Di']);
    const { row, column } = plan.nineBox;
    expect(cell(plan, row, column + 2)).toBe('Role model (2)\nBo\nCy');
    expect(cell(plan, row + 1, column + 1)).toBe('Solid contributor (1)\nAda');
    expect(cell(plan, row + 2, column)).toBe('Needs immediate support (1)\nDi');
    expect(cell(plan, row + 2, column + 2)).toBe('Results at a cost (0)');
  });

  it('counts the distribution as numbers, with a share and a total', () => {
    const plan = planFor(['Ada', 'Bo', 'Cy', 'Di']);
    const { row, column } = plan.distribution;
    const rows = Array.from({ length: 8 }, (_, i) => [
      cell(plan, row + i, column),
      cell(plan, row + i, column + 1),
      cell(plan, row + i, column + 2),
    ]);
    expect(rows).toEqual([
      ['Overall rating', 'PMs', 'Share'],
      ['Needs Immediate Improvement', 0, 0],
      ['Stronger Performance Needed', 1, 0.25],
      ['Successfully Meets', 1, 0.25],
      ['Exceeds', 1, 0.25],
      ['Exceptional', 1, 0.25],
      ['Incomplete', 0, 0],
      ['Total', 4, 1],
    ]);
    expect(plan.numberFormats[row]?.[column]).toBe('0');
    expect(plan.numberFormats[row]?.[column + 1]).toBe('0%');
  });

  it('writes names, reasons and typed overrides as plain text, never as formulas or numbers', () => {
    const plan = planFor(
      ['=IMPORTRANGE("x")', '+15551234'],
      [{ personId: 'p0', name: '', value: '=1', reason: '=HYPERLINK("http://evil")' }],
    );
    const at = (column: number, i = 0) => [
      cell(plan, FIRST_PERSON_ROW + i, column),
      plan.numberFormats[FIRST_PERSON_ROW + i - 1]?.[column - 1],
    ];
    expect(at(TABLE_COLUMNS.name)).toEqual(['=IMPORTRANGE("x")', PLAIN_TEXT]);
    expect(at(TABLE_COLUMNS.name, 1)).toEqual(['+15551234', PLAIN_TEXT]);
    expect(at(TABLE_COLUMNS.override)).toEqual(['=1', PLAIN_TEXT]);
    expect(at(TABLE_COLUMNS.reason)).toEqual(['=HYPERLINK("http://evil")', PLAIN_TEXT]);
    // Numbers only: the distribution's counts and shares (6 rows and the total), the by-level
    // counts (2 levels and the total, 5 ratings and Incomplete), the 2 team mean gaps, 2 gaps per PM.
    expect(plan.numberFormats.flat().filter((f) => f !== PLAIN_TEXT).length).toBe(14 + 3 * 6 + 2 + 2 * 2);
  });

  it('blanks what a bigger team or a bigger ladder left behind', () => {
    const plan = planFor(['Ada'], [], { rows: 60, columns: 30, header: [], layoutVersion: LAYOUT_VERSION });
    expect(plan.rows).toBe(60);
    expect(plan.columns).toBe(30);
    expect(plan.values[59]?.every((v) => v === '')).toBe(true);
    expect(plan.backgrounds[59]?.every((v) => v === '#ffffff')).toBe(true);
  });

  it('keeps the chart over the same fixed-size range for any team and any ladder', () => {
    const small = planFor(['Ada']);
    const big = planFor(Array.from({ length: 100 }, (_, i) => `PM ${i}`));
    const otherLadder = planFor(['Ada'], [], NEW_SHEET, ladderOf([{ id: 'craft', axis: 'results', subskills: 1 }]));
    expect(big.creation.chart).toEqual(small.creation.chart);
    expect(otherLadder.creation.chart.range).toEqual(small.creation.chart.range);
    const { row, column, numRows } = small.creation.chart.range;
    expect(cell(small, row, column)).toBe('Overall rating');
    expect(cell(small, row + numRows - 1, column)).toBe('Incomplete');
  });

  it('puts the override dropdown on the Override column, below the header', () => {
    const { creation } = planFor(['Ada']);
    expect(creation.overrideDropdown.block).toMatchObject({ row: FIRST_PERSON_ROW, column: TABLE_COLUMNS.override, numColumns: 1 });
    expect(creation.overrideDropdown.values).toEqual([
      'Needs Immediate Improvement',
      'Stronger Performance Needed',
      'Successfully Meets',
      'Exceeds',
      'Exceptional',
    ]);
  });
});

describe('font weights', () => {
  it('are written for a new sheet, or when the header row changed, and not on an ordinary refresh', () => {
    const first = planFor(['Ada']);
    expect(first.restyleHeader).toBe(true);
    const stored = readStoredCalibration(first.values);
    expect(planFor(['Ada', 'Bo', 'Cy'], [], stored).restyleHeader).toBe(false);
    expect(planFor(['Ada'], [], stored, ladderOf([{ id: 'craft', axis: 'results', subskills: 1 }])).restyleHeader).toBe(true);
  });

  it('are written again, with the dropdown, wrapping and chart range, for a sheet written with an older layout, once', () => {
    const first = planFor(['Ada']);
    expect(first.values[0]?.[0]).toBe(`layout:${LAYOUT_VERSION}`);
    expect(first.upgrade).toBe(false);
    const current = readStoredCalibration(first.values);
    expect(current.layoutVersion).toBe(LAYOUT_VERSION);
    // A sheet made before the version was recorded: A1 is blank.
    const older = readStoredCalibration(first.values.map((row, r) => (r === 0 ? ['', ...row.slice(1)] : row)));
    expect(older.layoutVersion).toBe(1);
    const upgraded = planFor(['Ada'], [], older);
    expect(upgraded).toMatchObject({ upgrade: true, restyleHeader: true });
    expect(planFor(['Ada'], [], current)).toMatchObject({ upgrade: false, restyleHeader: false });
  });

  it('make only fixed places bold: the title, the summary labels and the header row', () => {
    const plan = planFor(['Ada', 'Bo']);
    expect(plan.fontWeights[plan.table.headerRow - 1]?.slice(1).every((w) => w === 'bold')).toBe(true);
    expect(plan.fontWeights[0]?.[1]).toBe('bold');
    expect(
      plan.fontWeights
        .slice(plan.table.headerRow)
        .flat()
        .every((w) => w === 'normal'),
    ).toBe(true);
  });
});

describe('reading overrides back from the sheet', () => {
  it('finds every override, reason, discuss mark and note the plan wrote, by person id, wherever the rows went', () => {
    const overrides = [
      { personId: 'p0', name: 'Ada', value: 'Exceeds', reason: 'Led the migration', notes: 'Ask about Q3', discuss: 'x' },
      { personId: 'p1', name: 'Bo', value: 'Great', reason: '' },
      { personId: 'gone', name: 'Gone', value: 'Exceptional', reason: 'kept', notes: 'left in May' },
    ];
    const plan = planFor(['Ada', 'Bo'], overrides);
    const grid = plan.values.map((row) => [...row]);
    // The manager sorts the table: Bo first.
    const [first, second] = [grid[FIRST_PERSON_ROW - 1], grid[FIRST_PERSON_ROW]];
    grid[FIRST_PERSON_ROW - 1] = second!;
    grid[FIRST_PERSON_ROW] = first!;
    const stored = readStoredCalibration(grid);
    expect(stored.overrides).toEqual([
      { personId: 'p1', name: 'Bo', value: 'Great', reason: '', row: FIRST_PERSON_ROW, notes: '', discuss: '' },
      {
        personId: 'p0',
        name: 'Ada',
        value: 'Exceeds',
        reason: 'Led the migration',
        row: FIRST_PERSON_ROW + 1,
        notes: 'Ask about Q3',
        discuss: 'Yes',
      },
      {
        personId: 'gone',
        name: 'Gone',
        value: 'Exceptional',
        reason: 'kept',
        row: FIRST_PERSON_ROW + 2,
        notes: 'left in May',
        discuss: '',
      },
    ]);
    expect(stored).toMatchObject({
      rows: plan.rows,
      columns: plan.columns,
      overrideColumn: TABLE_COLUMNS.override,
      reasonColumn: TABLE_COLUMNS.reason,
    });
  });

  it('reads a checkbox and a date the way the PM sheets do (TRUE, ISO time), and an invalid date as blank', () => {
    const plan = planFor(['Ada', 'Bo'], []);
    const grid: unknown[][] = plan.values.map((row) => [...row]);
    (grid[FIRST_PERSON_ROW - 1] as unknown[])[TABLE_COLUMNS.override - 1] = true;
    (grid[FIRST_PERSON_ROW - 1] as unknown[])[TABLE_COLUMNS.reason - 1] = new Date(Date.UTC(2026, 0, 2));
    (grid[FIRST_PERSON_ROW] as unknown[])[TABLE_COLUMNS.reason - 1] = new Date(Number.NaN);
    const stored = readStoredCalibration(grid);
    expect(stored.overrides.map((o) => [o.value, o.reason])).toEqual([
      ['TRUE', '2026-01-02T00:00:00.000Z'],
      ['', ''],
    ]);
    expect(cellText(true)).toBe('TRUE');
  });

  it('reads nothing from a sheet without the header marker', () => {
    expect(
      readStoredCalibration([
        ['a', 'b'],
        ['person:x', 'y', 'z'],
      ]),
    ).toEqual({
      overrides: [],
      rows: 2,
      columns: 3,
      header: [],
      overrideColumn: 0,
      reasonColumn: 0,
      discussColumn: 0,
      notesColumn: 0,
      layoutVersion: 1,
    });
    expect(readStoredCalibration([])).toMatchObject({ overrides: [], rows: 0, columns: 0 });
  });
});

describe('validation of the Calibration sheet', () => {
  it('reports an override without a reason and one not on the scale, by cell', () => {
    const plan = planFor(
      ['Ada', 'Bo', 'Cy'],
      [
        { personId: 'p0', name: 'Ada', value: 'Exceeds', reason: '' },
        { personId: 'p1', name: 'Bo', value: 'Great', reason: 'why not' },
        { personId: 'p2', name: 'Cy', value: 'Exceeds', reason: 'Shipped twice the scope' },
      ],
    );
    const problems = calibrationOverrideProblems(plan.values);
    const column = String.fromCharCode(64 + TABLE_COLUMNS.override);
    expect(problems.map((p) => [p.sheet, p.cell, p.value])).toEqual([
      ['Calibration', `${column}${FIRST_PERSON_ROW}`, 'Exceeds'],
      ['Calibration', `${column}${FIRST_PERSON_ROW + 1}`, 'Great'],
    ]);
    expect(problems[0]?.message).toBe('Ada: Override to Exceeds without a reason: write why in the "Reason for override" column');
  });
});

describe('the extent of the sheet as read', () => {
  it('is the last row and column holding something, not the size of the read', () => {
    const grid = Array.from({ length: 1000 }, () => Array.from({ length: 26 }, () => ''));
    grid[40]![12] = 'x';
    grid[3]![20] = 'y';
    expect(readStoredCalibration(grid)).toMatchObject({ rows: 41, columns: 21 });
  });
});

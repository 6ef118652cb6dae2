import type { CalibrationResult, SetupResult } from '../../src/core/api';
import { TABLE_COLUMNS } from '../../src/core/calibration/calibrationLayout';
import { findBuiltinLadder } from '../../dev/builtinLadders';
import type { Rating } from '../../src/core/ratingScale';
import { COLUMN, loadAddon, rowOf, typeInto } from './workbookSupport';
import { refusal, type LoadedAddon } from '../support/bundle';

const ladder = findBuiltinLadder('intercom-pm-2021')!;
const NII: Rating = 'Needs Immediate Improvement';
const SPN: Rating = 'Stronger Performance Needed';
const SM: Rating = 'Successfully Meets';
const EX: Rating = 'Exceeds';
const EXC: Rating = 'Exceptional';

type AreaRatings = Partial<Record<string, Rating>>;
const areasOf = (insight: Rating, strategy: Rating, execution: Rating, outcomes: Rating, leadership: Rating): AreaRatings => ({
  'insight-driven': insight,
  strategy,
  execution,
  'driving-outcomes': outcomes,
  'leadership-behaviours': leadership,
});

/** Seven PMs whose manager ratings land in each overall rating and in several 9-boxes. */
const TEAM: Array<{ name: string; level: string; areas: AreaRatings }> = [
  { name: 'Ada Park', level: 'pm', areas: areasOf(SM, SM, SM, SM, SM) }, // Successfully Meets, Solid contributor
  { name: 'Ben Ortiz', level: 'pm', areas: areasOf(EX, EXC, SM, SM, SM) }, // Exceeds, High achiever
  { name: 'Cal Reyes', level: 'senior-pm', areas: areasOf(EXC, EXC, EXC, EXC, EXC) }, // Exceptional, Role model
  { name: 'Dan Wu', level: 'senior-pm', areas: areasOf(NII, SPN, SM, SM, EX) }, // Stronger Performance Needed, Results to develop
  { name: 'Eve Stone', level: 'staff-pm', areas: areasOf(SPN, NII, SPN, SPN, NII) }, // Needs Immediate Improvement, Needs immediate support
  { name: '=SUM(1,2)', level: 'pm', areas: { 'insight-driven': SM } }, // incomplete
  { name: 'Gus Ali', level: 'pm', areas: areasOf(SM, SM, SM, SM, SM) },
];

function rateTeam(addon: LoadedAddon, people: SetupResult['people']): void {
  TEAM.forEach((member, i) => {
    const person = people[i]!;
    const ratings = ladder.areas.flatMap((area) => {
      const rating = member.areas[area.id];
      return rating ? area.subskills.map((s) => ({ subskillId: s.id, source: 'manager' as const, rating })) : [];
    });
    addon.run('saveRatings', { personId: person.id, ratings });
  });
}

function setUpTeam(): { addon: LoadedAddon; people: SetupResult['people'] } {
  const addon = loadAddon();
  const { people } = addon.run<SetupResult>('setupCalibration', {
    ladderId: ladder.id,
    cycle: 'H2 2026',
    team: TEAM.map((m) => ({ name: m.name, level: m.level })),
  });
  rateTeam(addon, people);
  return { addon, people };
}

const CAL = 'Calibration';
const col = (n: number) => String.fromCharCode(64 + n);
const calCell = (addon: LoadedAddon, row: number, column: number) =>
  addon.workspace.spreadsheet.values(`${CAL}!${col(column)}${row}`)[0]?.[0];
const byName = (result: CalibrationResult, name: string) => result.people.find((p) => p.name === name)!;

describe('refreshCalibration through dist/Code.js', () => {
  it('rolls the team up into overall ratings, 9-boxes and a distribution, in the reply and in the sheet', () => {
    const { addon, people } = setUpTeam();
    const result = addon.run<CalibrationResult>('refreshCalibration');

    expect(result.people.map((p) => [p.name, p.computedOverall, p.nineBox])).toEqual([
      ['Ada Park', SM, 'Solid contributor'],
      ['Ben Ortiz', EX, 'High achiever'],
      ['Cal Reyes', EXC, 'Role model'],
      ['Dan Wu', SPN, 'Results to develop'],
      ['Eve Stone', NII, 'Needs immediate support'],
      ['=SUM(1,2)', null, null],
      ['Gus Ali', SM, 'Solid contributor'],
    ]);
    expect(byName(result, 'Dan Wu').areas).toEqual({
      'insight-driven': NII,
      strategy: SPN,
      execution: SM,
      'driving-outcomes': SM,
      'leadership-behaviours': EX,
    });
    expect(byName(result, '=SUM(1,2)').flags[0]).toMatch(/^Missing manager ratings: 16 of 19 sub-skills not rated; incomplete/);
    expect(result.distribution.rows.map((r) => r.count)).toEqual([1, 1, 2, 1, 1]);
    expect(result.distribution.incomplete).toBe(1);

    // The sheet: one row per PM, found by the hidden person id.
    expect(addon.workspace.spreadsheet.sheetNames()).toContain(CAL);
    for (const p of result.people) {
      const row = rowOf(addon, CAL, `person:${p.id}`);
      expect(calCell(addon, row, TABLE_COLUMNS.name)).toBe(p.name);
      expect(calCell(addon, row, TABLE_COLUMNS.overall)).toBe(p.overall ?? 'Incomplete');
      expect(calCell(addon, row, TABLE_COLUMNS.nineBox)).toBe(p.nineBox ?? 'Incomplete');
    }
    // A name that looks like a formula stays text.
    const odd = rowOf(addon, CAL, `person:${people[5]!.id}`);
    expect(addon.workspace.spreadsheet.formulas(`${CAL}!B${odd}`)[0]?.[0]).toBe('');
    expect(addon.workspace.spreadsheet.numberFormats(`${CAL}!B${odd}`)[0]?.[0]).toBe('@');
    // Coloured by rating.
    const cal = rowOf(addon, CAL, `person:${people[2]!.id}`);
    const eve = rowOf(addon, CAL, `person:${people[4]!.id}`);
    expect(addon.workspace.spreadsheet.backgrounds(`${CAL}!D${cal}`)[0]?.[0]).not.toBe(
      addon.workspace.spreadsheet.backgrounds(`${CAL}!D${eve}`)[0]?.[0],
    );

    // The distribution table and the 9-box grid.
    expect(addon.workspace.spreadsheet.values(`${CAL}!B10:C16`)).toEqual([
      [NII, 1],
      [SPN, 1],
      [SM, 2],
      [EX, 1],
      [EXC, 1],
      ['Incomplete', 1],
      ['Total', 7],
    ]);
    const grid = addon.workspace.spreadsheet.values(`${CAL}!C5:E7`);
    expect(grid[0]?.[2]).toBe('Role model (1)\nCal Reyes');
    expect(grid[1]?.[1]).toBe('Solid contributor (2)\nAda Park\nGus Ali');
    expect(grid[1]?.[2]).toBe('High achiever (1)\nBen Ortiz');
    expect(grid[0]?.[0]).toBe('Results to develop (1)\nDan Wu');
    expect(grid[2]?.[0]).toBe('Needs immediate support (1)\nEve Stone');

    // The chart over the distribution table.
    const charts = addon.workspace.spreadsheet.api.getSheetByName(CAL)!.getCharts();
    expect(charts).toHaveLength(1);
    expect(charts[0]!.getRanges().map((r) => r.getA1Notation())).toEqual(['B9:C15']);
  });

  it('keeps overrides and reasons typed into the sheet, applies them, and flags one without a reason', () => {
    const { addon, people } = setUpTeam();
    addon.run('refreshCalibration');
    const ben = rowOf(addon, CAL, `person:${people[1]!.id}`);
    const cal = rowOf(addon, CAL, `person:${people[2]!.id}`);
    const ada = rowOf(addon, CAL, `person:${people[0]!.id}`);
    typeInto(addon, `${CAL}!F${ben}`, EXC);
    typeInto(addon, `${CAL}!G${ben}`, 'Led the pricing launch across two groups');
    typeInto(addon, `${CAL}!F${cal}`, EX);
    typeInto(addon, `${CAL}!F${ada}`, 'Superstar');

    const result = addon.run<CalibrationResult>('refreshCalibration');
    expect(byName(result, 'Ben Ortiz')).toMatchObject({
      overall: EXC,
      computedOverall: EX,
      override: EXC,
      overrideReason: 'Led the pricing launch across two groups',
    });
    expect(byName(result, 'Cal Reyes')).toMatchObject({ overall: EX, computedOverall: EXC, override: EX, overrideReason: '' });
    expect(byName(result, 'Cal Reyes').flags).toContain(
      'Override to Exceeds without a reason: write why in the "Reason for override" column',
    );
    expect(byName(result, 'Ada Park')).toMatchObject({ overall: SM, override: null });
    expect(byName(result, 'Ada Park').flags.join('\n')).toContain('Override "Superstar" is not on the rating scale');
    // Ben is now two steps above the other PMs at his level (Ada and Gus: Successfully Meets).
    expect(byName(result, 'Ben Ortiz').flags.join('\n')).toContain("Far from the team's pattern: Exceptional");

    // Another refresh keeps all of it, as typed, in the same rows.
    addon.run('refreshCalibration');
    expect(calCell(addon, ben, TABLE_COLUMNS.override)).toBe(EXC);
    expect(calCell(addon, ben, TABLE_COLUMNS.reason)).toBe('Led the pricing launch across two groups');
    expect(calCell(addon, ben, TABLE_COLUMNS.overall)).toBe(EXC);
    expect(calCell(addon, cal, TABLE_COLUMNS.override)).toBe(EX);
    expect(calCell(addon, ada, TABLE_COLUMNS.override)).toBe('Superstar');
    expect(String(calCell(addon, cal, 11 + ladder.areas.length))).toContain('Override to Exceeds without a reason');
  });

  it('names invalid rating cells and self/manager gaps in the flags, without counting them', () => {
    const { addon, people } = setUpTeam();
    const ada = people[0]!;
    const firstSubskill = ladder.areas[0]!.subskills[0]!;
    addon.run('saveRatings', {
      personId: ada.id,
      ratings: [{ subskillId: ladder.areas[1]!.subskills[0]!.id, source: 'self', rating: EXC }],
    });
    const row = rowOf(addon, 'Ada Park', `subskill:${firstSubskill.id}`);
    typeInto(addon, `'Ada Park'!${COLUMN.manager}${row}`, 'Great');

    const result = addon.run<CalibrationResult>('refreshCalibration');
    const flags = byName(result, 'Ada Park').flags.join('\n');
    expect(flags).toContain(`Not counted: manager rating "Great" in 'Ada Park'!${COLUMN.manager}${row}`);
    expect(flags).toContain(
      `Self and manager ratings 2+ steps apart on 1 sub-skill: ${ladder.areas[1]!.subskills[0]!.name} (self Exceptional, manager Successfully Meets)`,
    );
    expect(byName(result, 'Ada Park').areas['insight-driven']).toBe(SM); // 2 of 3 counted
  });

  it('flags a PM rated against another level than the Team sheet now gives', () => {
    const { addon, people } = setUpTeam();
    const row = rowOf(addon, 'Team', people[3]!.id);
    typeInto(addon, `Team!F${row}`, 'Staff PM');
    const result = addon.run<CalibrationResult>('refreshCalibration');
    expect(byName(result, 'Dan Wu').flags).toContain(
      'Rated against Senior PM, which is not their level: the Team sheet says Staff PM; refresh the workbook, then review the ratings against the Staff PM column',
    );
    expect(byName(result, 'Ada Park').flags.some((f) => f.startsWith('Rated against'))).toBe(false);
  });

  it('rewrites a sheet someone narrowed, keeping the overrides', () => {
    const { addon, people } = setUpTeam();
    addon.run('refreshCalibration');
    const ben = rowOf(addon, CAL, `person:${people[1]!.id}`);
    typeInto(addon, `${CAL}!F${ben}`, EXC);
    typeInto(addon, `${CAL}!G${ben}`, 'Led the pricing launch');
    addon.workspace.spreadsheet.api.getSheetByName(CAL)!.deleteColumns(18, 9);
    const result = addon.run<CalibrationResult>('refreshCalibration');
    expect(byName(result, 'Ben Ortiz')).toMatchObject({ overall: EXC, overrideReason: 'Led the pricing launch' });
    expect(calCell(addon, ben, TABLE_COLUMNS.overall)).toBe(EXC);
    addon.run('refreshCalibration');
    expect(calCell(addon, ben, TABLE_COLUMNS.reason)).toBe('Led the pricing launch');
  });

  it('follows a change of ladder: new area columns and header, overrides kept by person', () => {
    const addon = loadAddon();
    const team = [
      { name: 'Ada Park', level: 'pm' },
      { name: 'Ben Ortiz', level: 'pm' },
    ];
    const first = addon.run<SetupResult>('setupCalibration', {
      ladderId: 'webflow-pm',
      cycle: 'H2 2026',
      team: team.map((m) => ({ ...m, level: 'PM2' })),
    });
    addon.run('refreshCalibration');
    const ben = rowOf(addon, CAL, `person:${first.people[1]!.id}`);
    typeInto(addon, `${CAL}!F${ben}`, EX);
    typeInto(addon, `${CAL}!G${ben}`, 'Carried the migration');
    const header = () => addon.workspace.spreadsheet.values(`${CAL}!K18:P18`)[0];
    expect(header()?.[0]).toBe('Scope of Responsibility (results)');

    const second = addon.run<SetupResult>('setupCalibration', { ladderId: ladder.id, cycle: 'H2 2026', team });
    expect(second.people.map((p) => p.id)).toEqual(first.people.map((p) => p.id));
    const result = addon.run<CalibrationResult>('refreshCalibration');
    expect(Object.keys(result.people[0]!.areas)).toEqual(ladder.areas.map((a) => a.id));
    expect(header()).toEqual([...ladder.areas.map((a) => `${a.name} (${a.axis})`), 'Flags']);
    expect(addon.workspace.spreadsheet.fontWeights(`${CAL}!K18:P18`)[0]?.every((w) => w === 'bold')).toBe(true);
    expect(byName(result, 'Ben Ortiz')).toMatchObject({ override: EX, overrideReason: 'Carried the migration' });
  });

  it('never writes into the PM sheets, the Team sheet or the Ladder sheet', () => {
    const { addon } = setUpTeam();
    const before = JSON.stringify(addon.workspace.snapshot().spreadsheet);
    addon.run('refreshCalibration');
    const after = addon.workspace.snapshot().spreadsheet as { sheets?: Array<{ name: string }> };
    const without = (snap: unknown) =>
      JSON.stringify(((snap as { sheets?: Array<{ name: string }> }).sheets ?? []).filter((s) => s.name !== CAL));
    expect(without(after)).toContain('"name":"Ada Park"');
    expect(without(after)).toBe(without(JSON.parse(before)));
  });

  it('runs from the menu: shows the sheet and says what it found', () => {
    const { addon } = setUpTeam();
    addon.run('onOpen', {});
    const menu = addon.workspace.ui.menu();
    expect(JSON.stringify(menu)).toContain('"caption":"Refresh calibration","functionName":"refreshCalibrationFromMenu"');
    addon.run('refreshCalibrationFromMenu');
    expect(addon.workspace.spreadsheet.activeSheetName()).toBe(CAL);
    expect(addon.workspace.ui.toasts.at(-1)?.message).toBe(
      'Calibration refreshed: 7 PMs, 1 without an overall rating yet, 3 with flags to discuss.',
    );
  });

  it('tells the manager from the menu why nothing was done', () => {
    const addon = loadAddon();
    addon.run('refreshCalibrationFromMenu');
    expect(addon.workspace.ui.dialogs.at(-1)?.prompt).toMatch(/^Set up the calibration workbook first.*\n\nNothing was changed\.$/s); // the sentence, without its code
    expect(addon.workspace.spreadsheet.sheetNames()).not.toContain(CAL);
  });

  it('says what to do when the workbook is not set up, and changes nothing', () => {
    const addon = loadAddon();
    expect(refusal(() => addon.run('refreshCalibration')).code).toBe('NOT_SET_UP');
    expect(addon.workspace.spreadsheet.sheetNames()).not.toContain(CAL);
  });
});

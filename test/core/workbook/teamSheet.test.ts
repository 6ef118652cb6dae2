import { TEAM_COLUMNS } from '../../../src/core/workbook/layout';
import { checkTeam, describeTeamProblems, readTeamSheet, reconcileTeamRows } from '../../../src/core/workbook/teamSheetRead';
import { hyperlinkFormula, teamSheetPlan } from '../../../src/core/workbook/teamSheetPlan';
import { AUTOMATIC } from '../../../src/core/workbook/sheetPlan';
import { asSheet, teamSheetPerson, tinyLadder } from './fixtures';

const settings = { ladderId: 'tiny', cycle: 'H2 2026', manager: 'm@example.com', updatedAt: '2026-01-01T00:00:00.000Z' };
const person = teamSheetPerson;

describe('Team sheet', () => {
  it('reads back the settings, the team and former members it wrote', () => {
    const ladder = tinyLadder();
    const plan = teamSheetPlan(
      ladder,
      settings,
      [person({}), person({ id: 'p-2', name: 'Bo', email: 'bo@example.com', level: 'three', targetLevel: 'three' })],
      [person({ id: 'p-9', name: 'Cy', email: '' })],
    );
    const content = readTeamSheet(asSheet(plan.values));
    expect(content.isTeamSheet).toBe(true);
    expect(content.settings).toEqual(settings);
    const checked = checkTeam(ladder, content);
    expect(checked.problems).toEqual([]);
    expect(checked.active.map((e) => [e.id, e.name, e.level, e.targetLevel])).toEqual([
      ['p-1', 'Ann', 'one', ''],
      ['p-2', 'Bo', 'three', 'three'],
    ]);
    expect(checked.archived.map((e) => e.id)).toEqual(['p-9']);
    // Levels are shown by name, with a dropdown of the ladder's levels.
    expect(plan.values[2]?.[TEAM_COLUMNS.level - 1]).toBe('One');
    expect(plan.validations[2]?.[TEAM_COLUMNS.level - 1]?.values).toEqual(['One', 'Two', 'Three']);
  });

  it('reports an unknown level, a blank name and a duplicate email by cell', () => {
    const ladder = tinyLadder();
    const values = asSheet(
      teamSheetPlan(ladder, settings, [person({}), person({ id: 'p-2', name: 'Bo', email: 'bo@example.com' })], []).values,
    );
    // Row 5 is the spare row under the team, where a manager types the next PM.
    values[4] = ['', '', '', '', 'ANN@example.com', 'Four', 'nope', '', '', ''];
    values[3]![TEAM_COLUMNS.name - 1] = '';
    const { problems } = checkTeam(ladder, readTeamSheet(values));
    expect(problems.map((p) => p.cell).sort()).toEqual(['D4', 'D5', 'E5', 'F5', 'G5']);
    expect(problems.find((p) => p.cell === 'F5')?.message).toMatch(/“Four” is not a level/);
    expect(problems.find((p) => p.cell === 'E5')?.message).toMatch(/also on row 3/);
    // One sentence per line, so that what follows the list ("Nothing was changed.") never runs on from the last.
    const described = `${describeTeamProblems(problems)} Nothing was changed.`;
    for (const line of described.split('\n').slice(1)) expect(line).toMatch(/^Team![A-Z]+\d+: .*\.( Nothing was changed\.)?$/);
    expect(described).not.toMatch(/their own Nothing/);
  });

  it('keeps an id on its first row only, so a copied row becomes a new person', () => {
    const ladder = tinyLadder();
    const values = asSheet(teamSheetPlan(ladder, settings, [person({}), person({ name: 'Copy', email: 'copy@example.com' })], []).values);
    const checked = checkTeam(ladder, readTeamSheet(values));
    expect(checked.active.map((e) => e.id)).toEqual(['p-1', '']);
  });

  it('after a sort of the visible columns, takes each row’s id from the sheet it names, and makes a new row new', () => {
    const ladder = tinyLadder();
    const values = asSheet(
      teamSheetPlan(
        ladder,
        settings,
        [person({ growthPlanUrl: 'https://x/ann' }), person({ id: 'p-2', name: 'Bo', email: 'bo@example.com', sheetName: 'Bo' })],
        [],
      ).values,
    );
    // The manager typed a new PM in the spare row, then sorted D3:J5 so that the new row came first.
    const visible = (r: number) => values[r - 1]!.slice(3);
    const ann = visible(3);
    const bo = visible(4);
    const added = ['Cy', 'cy@example.com', 'One', '', '', '', ''];
    for (const [r, v] of [
      [3, added],
      [4, ann],
      [5, bo],
    ] as const)
      values[r - 1] = [...values[r - 1]!.slice(0, 3), ...v];
    const fixed = reconcileTeamRows(
      readTeamSheet(values),
      new Map([
        ['Ann', 'p-1'],
        ['Bo', 'p-2'],
      ]),
    );
    expect(fixed.rows.map((r) => [r.name, r.id, r.growthPlanUrl])).toEqual([
      ['Cy', '', ''],
      ['Ann', 'p-1', 'https://x/ann'],
      ['Bo', 'p-2', ''],
    ]);
  });

  it('writes doc links as HYPERLINK formulas no label can break out of', () => {
    const formula = hyperlinkFormula('https://docs.google.com/document/d/abc', 'Plan "for" Ann\n=cmd');
    expect(formula).toBe('=HYPERLINK("https://docs.google.com/document/d/abc", "Plan ""for"" Ann =cmd")');
    const plan = teamSheetPlan(
      tinyLadder(),
      settings,
      [person({ growthPlanUrl: 'https://x.example/doc', growthPlanLabel: 'Growth plan' }), person({ id: 'p-2', careerPlanLabel: '+123' })],
      [],
    );
    expect(plan.values[2]?.[TEAM_COLUMNS.growthPlan - 1]).toBe('=HYPERLINK("https://x.example/doc", "Growth plan")');
    expect(plan.numberFormats[2]?.[TEAM_COLUMNS.growthPlan - 1]).toBe(AUTOMATIC);
    // Text typed in a link cell is kept as text by a leading apostrophe.
    expect(plan.values[3]?.[TEAM_COLUMNS.careerPlan - 1]).toBe("'+123");
  });
});

import { shellExecution } from '../support/shell';
import type { LoadedAddon } from '../support/bundle';
import { COLUMN, cell, loadAddon, ref, rowOf, setUp, typeInto } from './workbookSupport';
import { refusal } from '../support/bundle';

/**
 * The read/write layer the other features call from the shell (src/gas), run here against the
 * same in-memory workspace the bundle set up, one execution at a time (fresh modules, so the
 * per-execution caches start empty as in Google).
 */
type Reader = typeof import('../../src/gas/workbookReader');
type TeamSheet = typeof import('../../src/gas/teamSheet');
const reader = (): Reader => jest.requireActual<Reader>('../../src/gas/workbookReader');
const teamSheet = (): TeamSheet => jest.requireActual<TeamSheet>('../../src/gas/teamSheet');

function inShell<T>(addon: LoadedAddon, body: () => T): T {
  return shellExecution(addon.workspace, body);
}

describe('readWorkbook', () => {
  it('reads settings, ladder, team and every rating by id in 5 calls plus 2 per PM', () => {
    const addon = loadAddon();
    const result = setUp(addon);
    const ann = result.people[0]!;
    typeInto(addon, ref('Ann Lee', `${COLUMN.manager}${rowOf(addon, 'Ann Lee', 'subskill:customer-focus')}`), 'Exceeds');
    typeInto(addon, ref('Ann Lee', `${COLUMN.self}${rowOf(addon, 'Ann Lee', 'subskill:ownership')}`), 'Amazing');
    const { result: read, calls } = inShell(addon, () => addon.workspace.log.measure(() => reader().readWorkbook()));
    expect(calls).toBe(5 + 2 * 6);
    expect(read.settings).toMatchObject({ ladderId: 'intercom-pm-2021', cycle: 'H2 2026', manager: 'manager@example.com' });
    expect(read.ladder.id).toBe('intercom-pm-2021');
    expect(read.team.map((p) => [p.name, p.sheetName, p.archived])).toEqual(
      result.people.map((p, i) => [p.name, result.sheets[2 + i], false]),
    );
    const ratings = read.ratings[ann.id]!;
    expect(ratings.bySubskill['customer-focus']).toMatchObject({ manager: 'Exceeds', self: null, invalid: [] });
    expect(ratings.bySubskill.ownership?.self).toBeNull();
    expect(ratings.bySubskill.ownership?.invalid).toEqual([
      {
        source: 'self',
        cell: `${COLUMN.self}${rowOf(addon, 'Ann Lee', 'subskill:ownership')}`,
        value: 'Amazing',
        message: expect.stringMatching(/not on the rating scale/),
      },
    ]);
    expect(Object.keys(ratings.bySubskill)).toHaveLength(19);

    const one = inShell(addon, () => addon.workspace.log.measure(() => reader().readWorkbook({ personIds: [ann.id] })));
    expect(one.calls).toBe(5 + 2);
    expect(Object.keys(one.result.ratings)).toEqual([ann.id]);

    expect(inShell(addon, () => addon.workspace.log.measure(() => reader().readSettings()))).toMatchObject({
      calls: 2,
      result: read.settings,
    });
  });

  it('keeps what it read for the rest of the execution, and nothing into the next one', () => {
    const addon = loadAddon();
    setUp(addon);
    const twice = inShell(addon, () => {
      const { readWorkbook } = reader();
      readWorkbook();
      return addon.workspace.log.measure(() => readWorkbook()).calls;
    });
    // The spreadsheet (1) and the ladder (2) are fetched once per execution.
    expect(twice).toBe(5 + 2 * 6 - 3);
    expect(inShell(addon, () => addon.workspace.log.measure(() => reader().readWorkbook()).calls)).toBe(5 + 2 * 6);
  });

  it('says to set up first on a spreadsheet without a workbook', () => {
    const addon = loadAddon();
    inShell(addon, () => {
      expect(refusal(() => reader().readWorkbook()).code).toBe('NOT_SET_UP');
      expect(reader().readSettings()).toBeNull();
    });
  });
});

describe('setTeamDocLink', () => {
  it('links a PM’s doc from their Team row, safely, and the link survives a refresh', () => {
    const addon = loadAddon();
    const result = setUp(addon, [
      { name: 'Ann Lee', level: 'PM' },
      { name: 'Bo', level: 'PM' },
    ]);
    const bo = result.people[1]!.id;
    inShell(addon, () =>
      teamSheet().setTeamDocLink(bo, 'growth-plan', 'https://docs.google.com/document/d/abc/edit', 'Growth plan "H2" =1+1'),
    );
    expect(addon.workspace.spreadsheet.formulas('Team!H4')[0]?.[0]).toBe(
      '=HYPERLINK("https://docs.google.com/document/d/abc/edit", "Growth plan ""H2"" =1+1")',
    );
    expect(cell(addon, 'Team!H4')).toBe('Growth plan "H2" =1+1');
    expect(inShell(addon, () => reader().readWorkbook()).team.find((p) => p.id === bo)?.growthPlanUrl).toBe(
      'https://docs.google.com/document/d/abc/edit',
    );
    addon.run('refreshWorkbook');
    expect(addon.workspace.spreadsheet.formulas('Team!H4')[0]?.[0]).toBe(
      '=HYPERLINK("https://docs.google.com/document/d/abc/edit", "Growth plan ""H2"" =1+1")',
    );
    expect(cell(addon, 'Team!B4')).toBe('https://docs.google.com/document/d/abc/edit');
    inShell(addon, () => {
      expect(() => teamSheet().setTeamDocLink(bo, 'career-plan', 'javascript:alert(1)', 'x')).toThrow(/https:\/\//);
      expect(refusal(() => teamSheet().setTeamDocLink('p-nobody', 'career-plan', 'https://x.example', 'x')).code).toBe('UNKNOWN_PERSON');
    });
  });
});

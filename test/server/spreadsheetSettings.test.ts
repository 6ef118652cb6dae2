import type { DocResult, SetupResult, TeamMember } from '../../src/core/api';
import { PlaygroundSession } from '../../dev/playground/session';
import { LADDER_ID, cell, loadAddon, setUp } from './workbookSupport';
import { refusal } from '../support/bundle';

/**
 * What the add-on does with the spreadsheet's own settings and Google Sheets' rules: its time
 * zone (not the script's), sheet names that ignore case, what a person types into an
 * unformatted cell, and running without a document around it.
 */

function unwrap<T>(result: { ok: boolean; value?: unknown; error?: string }): T {
  if (!result.ok) throw new Error(result.error);
  return result.value as T;
}

describe("docs are dated in the spreadsheet's time zone, not the script's (developers.google.com/apps-script/reference/base/session#getScriptTimeZone())", () => {
  it('at 03:00 in London on 15 January, a spreadsheet in Los Angeles dates its growth plan 14 January', () => {
    const session = new PlaygroundSession({
      now: new Date('2026-01-15T03:00:00Z'),
      workspace: { timeZone: 'Europe/London', spreadsheetTimeZone: 'America/Los_Angeles' },
    });
    const setup = unwrap<SetupResult>(
      session.run('setupCalibration', [{ ladderId: LADDER_ID, cycle: 'H1 2026', team: [{ name: 'Ann Lee', level: 'PM' }] }]),
    );
    const { result, calls } = session.workspace.log.measure(() =>
      unwrap<DocResult>(session.run('createGrowthPlan', [setup.people[0]!.id, { blank: true }])),
    );
    expect(calls).toBeLessThanOrEqual(60);
    const text = session.workspace.docs.text(result.docId);
    expect(text).toContain('14 January 2026');
    expect(text).not.toContain('15 January 2026');
    // The first check-in is four weeks after the spreadsheet's today.
    expect(text).toContain('11 February 2026');
  });
});

describe('sheet names ignore case in Google Sheets (developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertsheetsheetname)', () => {
  for (const [existing, wanted] of [
    ['team', 'Team'],
    ['LADDER', 'Ladder'],
  ] as const) {
    it(`a “${existing}” sheet the add-on did not make stops set-up before anything is written, naming it`, () => {
      const addon = loadAddon();
      addon.workspace.spreadsheet.api.insertSheet(existing).getRange('A1').setValue('Our own notes');
      const before = JSON.stringify(addon.workspace.snapshot());
      const { code, message } = refusal(() => setUp(addon));
      expect(code).toBe('FOREIGN_SHEET');
      expect(message).toContain(`a sheet named “${existing}” that Career Ladder did not make`);
      expect(message).toContain(`“${wanted}”`);
      expect(message).toContain('Nothing was changed');
      expect(JSON.stringify(addon.workspace.snapshot())).toBe(before);
    });
  }

  it('a “calibration” sheet the add-on did not make is not overwritten by Refresh calibration', () => {
    const addon = loadAddon();
    setUp(addon);
    addon.workspace.spreadsheet.api
      .insertSheet('calibration')
      .getRange('A1:B2')
      .setValues([
        ['My notes', 'x'],
        ['y', 'z'],
      ]);
    const before = JSON.stringify(addon.workspace.snapshot());
    expect(refusal(() => addon.run('refreshCalibration'))).toEqual({
      code: 'FOREIGN_SHEET',
      message:
        'This spreadsheet already has a sheet named “calibration” that Career Ladder did not make (Google Sheets does not tell “calibration” and “Calibration” apart). Rename it, then refresh the calibration again. Nothing was changed.',
    });
    expect(JSON.stringify(addon.workspace.snapshot())).toBe(before);
  });

  it('its own Team and Ladder sheets renamed in another case are kept, and named as set-up names them again', () => {
    const addon = loadAddon();
    setUp(addon);
    addon.workspace.spreadsheet.api.getSheetByName('Team')!.setName('TEAM');
    addon.workspace.spreadsheet.api.getSheetByName('Ladder')!.setName('ladder');
    const again = setUp(addon, [{ name: 'Ann Lee', email: 'ann@example.com', level: 'Associate PM' }]);
    expect(again.people.map((p) => p.name)).toEqual(['Ann Lee']);
    const names = addon.workspace.spreadsheet.sheetNames();
    expect(names.slice(0, 2)).toEqual(['Ladder', 'Team']);
    expect(names).not.toContain('TEAM');
    expect(addon.run<TeamMember[]>('getTeam').map((m) => m.name)).toEqual(['Ann Lee']);
  });
});

describe('what a manager types below the team reads back as typed', () => {
  it('“March 5”, “007” and “TRUE” typed into new Team rows stay those names after Refresh workbook', () => {
    const session = new PlaygroundSession({ now: new Date('2026-03-02T09:00:00Z'), workspace: { spreadsheetLocale: 'en_US' } });
    unwrap(session.run('setupCalibration', [{ ladderId: LADDER_ID, cycle: 'H1 2026', team: [{ name: 'Ann Lee', level: 'PM' }] }]));
    // Rows 4–6 are below the block set-up wrote (row 3 is Ann); typed as in the formula bar.
    const typed = ['March 5', '007', 'TRUE'];
    typed.forEach((name, i) => {
      session.editCell('Team', `D${4 + i}`, name);
      session.editCell('Team', `F${4 + i}`, 'PM');
    });
    const refreshed = session.run('refreshWorkbook', []);
    expect(refreshed.ok).toBe(true);
    expect(session.workspace.ui.dialogs).toEqual([]);
    const team = unwrap<TeamMember[]>(session.run('getTeam', []));
    expect(team.map((m) => m.name)).toEqual(['Ann Lee', ...typed]);
    expect(session.workspace.spreadsheet.values('Team!D3:D6').flat()).toEqual(['Ann Lee', ...typed]);
    expect(session.sheetNames()).toEqual(expect.arrayContaining(typed));
  });

  it('a Team cell someone formatted as a date reads as it shows, not as a timestamp', () => {
    const addon = loadAddon({ spreadsheetTimeZone: 'UTC' });
    setUp(addon, [{ name: 'Ann Lee', level: 'PM' }]);
    const ss = addon.workspace.spreadsheet.api;
    // A paste of formatted cells replaces the Plain text format set-up gave the column.
    ss.getRange('Team!D4').setNumberFormat('M/d/yyyy').setValue(new Date('2026-03-05T00:00:00Z'));
    ss.getRange('Team!F4').setValue('PM');
    expect(cell(addon, 'Team!D4')).toBeInstanceOf(Date);
    addon.run('refreshWorkbook');
    expect(addon.workspace.ui.dialogs).toEqual([]);
    expect(addon.run<TeamMember[]>('getTeam').map((m) => m.name)).toEqual(['Ann Lee', '3/5/2026']);
  });
});

describe('outside a spreadsheet, LockService.getDocumentLock() is null (developers.google.com/apps-script/reference/lock/lock-service#getdocumentlock)', () => {
  it('set-up and saving ratings say the add-on must run from a spreadsheet, and change nothing', () => {
    const addon = loadAddon({ documentContext: false });
    const before = JSON.stringify(addon.workspace.snapshot());
    for (const run of [() => setUp(addon), () => addon.run('saveRatings', { personId: 'p-ann', version: 'v', ratings: [] })]) {
      expect(refusal(run)).toEqual({
        code: 'NO_SPREADSHEET',
        message: expect.stringMatching(/^Career Ladder must run from a spreadsheet/),
      });
    }
    expect(JSON.stringify(addon.workspace.snapshot())).toBe(before);
  });
});

import type { SetupResult, TeamMember } from '../../src/core/api';
import { COLUMN, cell, loadAddon, ref, rowOf, setUp, typeInto } from './workbookSupport';
import { refusal } from '../support/bundle';

const small = [
  { name: 'Ann Lee', email: 'ann@example.com', level: 'PM' },
  { name: 'Bo Chen', email: 'bo@example.com', level: 'Senior PM' },
  { name: 'Cy Diaz', email: 'cy@example.com', level: 'Staff PM' },
];

describe('the Team sheet', () => {
  it('lists the team with ids, levels as dropdowns, hidden ids, and reads back through getTeam', () => {
    const addon = loadAddon();
    const result = setUp(addon, small);
    const team = addon.run<TeamMember[]>('getTeam');
    expect(team).toEqual(
      result.people.map((p, i) => ({
        id: p.id,
        name: p.name,
        email: small[i]!.email,
        level: ['pm', 'senior-pm', 'staff-pm'][i],
        targetLevel: '',
      })),
    );
    const sheet = addon.workspace.spreadsheet.sheet('Team') as { hiddenColumns: string[]; frozenRows: number };
    expect(sheet.hiddenColumns).toEqual(['A', 'B', 'C']);
    expect(sheet.frozenRows).toBe(2);
    const [rule] = addon.workspace.spreadsheet.validations('Team!F3') as Array<Array<{ values: unknown[] } | null>>;
    expect(JSON.stringify(rule)).toContain('Principal PM');
    expect(addon.workspace.spreadsheet.values('Team!D2:J2')[0]).toEqual([
      'Name',
      'Email',
      'Current level',
      'Target level',
      'Growth plan',
      'Career plan',
      'Rating sheet',
    ]);
  });

  it('adds, removes and moves people when the manager edits the Team sheet and runs Refresh workbook', () => {
    const addon = loadAddon();
    const result = setUp(addon, small);
    const bo = result.people[1]!.id;
    typeInto(addon, ref('Cy Diaz', `${COLUMN.manager}${rowOf(addon, 'Cy Diaz', 'subskill:customer-focus')}`), 'Exceeds');
    const api = addon.workspace.spreadsheet.api;
    api.getRange('Team!F4').setValue('Staff PM'); // Bo moves up
    api.getRange('Team!D6:F6').setValues([['Dee Evans', 'dee@example.com', 'Associate PM']]); // a new PM in the spare row
    api.getSheetByName('Team')!.deleteRow(5); // Cy leaves
    addon.run('refreshWorkbook');

    expect(addon.workspace.ui.toasts.at(-1)?.message).toMatch(/added Dee Evans.*archived Cy Diaz/);
    const team = addon.run<TeamMember[]>('getTeam');
    expect(team.map((m) => [m.name, m.level])).toEqual([
      ['Ann Lee', 'pm'],
      ['Bo Chen', 'staff-pm'],
      ['Dee Evans', 'apm'],
    ]);
    expect(team[1]!.id).toBe(bo);
    expect(addon.workspace.spreadsheet.hasSheet('Dee Evans')).toBe(true);
    // Bo's sheet now highlights his new level.
    expect(cell(addon, "'Bo Chen'!J2")).toBe('Staff PM (current level)');
    // Cy's row was deleted, yet the refresh found his sheet (by the id in it) and kept it, archived.
    expect(cell(addon, "'Cy Diaz'!D1")).toMatch(/^ARCHIVED/);
    expect(cell(addon, ref('Cy Diaz', `${COLUMN.manager}${rowOf(addon, 'Cy Diaz', 'subskill:customer-focus')}`))).toBe('Exceeds');
  });

  it('keeps people and their links together when the manager sorts only the visible columns', () => {
    const addon = loadAddon();
    const result = setUp(addon, small);
    const api = addon.workspace.spreadsheet.api;
    // Bo has a growth plan link (url in hidden B, formula in H).
    api.getRange('Team!B4').setValue('https://docs.google.com/document/d/bo');
    api.getRange('Team!H4').setFormula('=HYPERLINK("https://docs.google.com/document/d/bo", "Bo’s plan")');
    // Data → Sort range on D3:J5, Z→A: the hidden A–C stay where they were.
    const visible = addon.workspace.spreadsheet.values('Team!D3:J5');
    const formulas = addon.workspace.spreadsheet.formulas('Team!D3:J5');
    const rows = visible.map((r, i) => r.map((v, j) => formulas[i]![j] || v)).reverse();
    api.getRange('Team!D3:J5').setValues(rows);
    addon.run('refreshWorkbook');
    const team = addon.run<TeamMember[]>('getTeam');
    expect(team.map((m) => [m.name, m.id])).toEqual([
      ['Cy Diaz', result.people[2]!.id],
      ['Bo Chen', result.people[1]!.id],
      ['Ann Lee', result.people[0]!.id],
    ]);
    expect(addon.workspace.spreadsheet.values('Team!A4:D4')[0]).toEqual([
      result.people[1]!.id,
      'https://docs.google.com/document/d/bo',
      '',
      'Bo Chen',
    ]);
    expect(addon.workspace.spreadsheet.sheetNames()).toEqual(['Ladder', 'Team', 'Sheet1', 'Ann Lee', 'Bo Chen', 'Cy Diaz']);
  });

  it('reports every problem of the Team sheet with its cell, and changes nothing', () => {
    const addon = loadAddon();
    setUp(addon, small);
    const api = addon.workspace.spreadsheet.api;
    api.getRange('Team!F3').setValue('Senior'); // not a level (a paste gets past the dropdown)
    api.getRange('Team!E4').setValue('ANN@example.com');
    const before = addon.workspace.snapshot();
    expect(refusal(() => addon.run('getTeam'))).toEqual({
      code: 'TEAM_PROBLEMS',
      message: expect.stringMatching(/Team!F3: “Senior” is not a level[\s\S]*Team!E4: the email ANN@example.com is also on row 3/),
    });
    addon.run('refreshWorkbook');
    const alert = addon.workspace.ui.dialogs.at(-1) as { kind: string; prompt?: string; message?: string };
    expect(alert.kind).toBe('alert');
    expect(JSON.stringify(alert)).toMatch(/Team!F3[\s\S]*Nothing was changed/);
    expect(addon.workspace.snapshot()).toEqual(before);
  });

  it('waits for a save in progress, then refuses with a clear message and changes nothing', () => {
    const addon = loadAddon();
    setUp(addon, small);
    addon.workspace.locks.hold('document');
    const before = addon.workspace.snapshot();
    expect(refusal(() => setUp(addon, small)).code).toBe('BUSY');
    expect(addon.workspace.snapshot()).toEqual(before);
    addon.workspace.locks.release('document');
  });

  it('asks for set-up first when there is no workbook', () => {
    const addon = loadAddon();
    expect(refusal(() => addon.run('getTeam')).code).toBe('NOT_SET_UP');
    expect(refusal(() => addon.run<SetupResult>('getRatingForm', 'p-x')).code).toBe('NOT_SET_UP');
  });
});

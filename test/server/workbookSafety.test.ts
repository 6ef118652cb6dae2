import type { RatingForm, SetupResult, TeamMember } from '../../src/core/api';
import { COLUMN, LADDER_ID, cell, loadAddon, ref, rowOf, setUp } from './workbookSupport';
import { refusal } from '../support/bundle';
import type { RefusalCode } from '../../src/core/messages';

const tricky = ['=HYPERLINK("http://evil.example","click")', '+15551234', '@here', '007', '2024-01-02', "'quoted'", 'TRUE', '-1'];

describe('text from people stays text', () => {
  it('stores names, emails, cycle and evidence exactly as typed, never as a formula or a number', () => {
    const addon = loadAddon();
    const team = tricky.map((name, i) => ({
      name,
      email: i === 1 ? '+15551234' : `${name}@example.com`.replace(/[^a-z0-9@.+]/gi, 'x'),
      level: 'PM',
    }));
    const result = setUp(addon, team, '=NOW()');
    expect(result.people.map((p) => p.name)).toEqual(tricky);
    const read = addon.run<TeamMember[]>('getTeam');
    expect(read.map((m) => m.name)).toEqual(tricky);
    expect(read[1]!.email).toBe('+15551234');
    expect(
      addon.workspace.spreadsheet
        .formulas('Team!A1:J20')
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
    for (const [i, p] of result.people.entries()) {
      const sheet = result.sheets[2 + i]!;
      expect(cell(addon, ref(sheet, 'B1'))).toBe(tricky[i]);
      expect(typeof cell(addon, ref(sheet, 'B1'))).toBe('string');
      expect(p.name).toBe(tricky[i]);
    }
    const form = addon.run<RatingForm>('getRatingForm', result.people[0]!.id);
    expect(form.cycle).toBe('=NOW()');

    // Evidence saved through the sidebar API, read back as typed.
    for (const evidence of tricky) {
      const current = addon.run<RatingForm>('getRatingForm', result.people[0]!.id);
      addon.run('saveRatings', {
        personId: result.people[0]!.id,
        version: current.version,
        ratings: [{ subskillId: 'customer-focus', source: 'manager', rating: 'Exceeds', evidence }],
      });
      const a1 = ref(result.sheets[2]!, `${COLUMN.evidence}${rowOf(addon, result.sheets[2]!, 'subskill:customer-focus')}`);
      expect(cell(addon, a1)).toBe(evidence);
      expect(addon.workspace.spreadsheet.formulas(a1)[0]?.[0]).toBe('');
    }
  });
});

describe('bad input changes nothing', () => {
  const cases: Array<[string, () => unknown, RefusalCode, RegExp]> = [
    [
      'an unknown ladder',
      () => ({ ladderId: 'no-such-ladder', cycle: 'H2', team: [{ name: 'Ann', level: 'PM' }] }),
      'UNKNOWN_LADDER',
      /There is no ladder “no-such-ladder”/,
    ],
    [
      'an unknown level',
      () => ({
        ladderId: LADDER_ID,
        cycle: 'H2',
        team: [
          { name: 'Ann', level: 'PM' },
          { name: 'Bo', level: 'Wizard' },
        ],
      }),
      'INVALID_INPUT',
      /team member #2 \(Bo\): “Wizard” is not a level/,
    ],
    [
      'an unknown target level',
      () => ({ ladderId: LADDER_ID, cycle: 'H2', team: [{ name: 'Ann', level: 'PM', targetLevel: 'CEO' }] }),
      'INVALID_INPUT',
      /target level “CEO”/,
    ],
    ['an empty team', () => ({ ladderId: LADDER_ID, cycle: 'H2', team: [] }), 'INVALID_INPUT', /the team is empty/],
    [
      'a blank name',
      () => ({ ladderId: LADDER_ID, cycle: 'H2', team: [{ name: '   ', level: 'PM' }] }),
      'INVALID_INPUT',
      /a name must not be blank \(team #1 name\)/,
    ],
    [
      'a name over the cell limit',
      () => ({ ladderId: LADDER_ID, cycle: 'H2', team: [{ name: 'x'.repeat(50001), level: 'PM' }] }),
      'INVALID_INPUT',
      /50000 characters/,
    ],
    [
      'a duplicate email',
      () => ({
        ladderId: LADDER_ID,
        cycle: 'H2',
        team: [
          { name: 'Ann', email: 'a@x.com', level: 'PM' },
          { name: 'Bo', email: 'A@x.com', level: 'PM' },
        ],
      }),
      'INVALID_INPUT',
      /also given to team member #1/,
    ],
    [
      'no cycle',
      () => ({ ladderId: LADDER_ID, cycle: ' ', team: [{ name: 'Ann', level: 'PM' }] }),
      'INVALID_INPUT',
      /name the review cycle/,
    ],
  ];

  it.each(cases)('refuses %s on a new workbook, leaving it exactly as it was', (_what, input, code, message) => {
    const addon = loadAddon();
    const before = addon.workspace.snapshot();
    expect(refusal(() => addon.run('setupCalibration', input()))).toEqual({ code, message: expect.stringMatching(message) });
    expect(addon.workspace.snapshot()).toEqual(before);
  });

  it.each(cases)('refuses %s on a set-up workbook, leaving it exactly as it was', (_what, input, code, message) => {
    const addon = loadAddon();
    setUp(addon);
    const before = addon.workspace.snapshot();
    expect(refusal(() => addon.run('setupCalibration', input()))).toEqual({ code, message: expect.stringMatching(message) });
    expect(addon.workspace.snapshot()).toEqual(before);
  });

  it('refuses to take over a Team sheet it did not make', () => {
    const addon = loadAddon();
    addon.workspace.spreadsheet.api.insertSheet('Team').getRange('A1').setValue('my own notes');
    const before = addon.workspace.snapshot();
    expect(refusal(() => setUp(addon))).toEqual({
      code: 'FOREIGN_SHEET',
      message: expect.stringMatching(/already has a sheet named “Team” that Career Ladder did not make/),
    });
    expect(addon.workspace.snapshot()).toEqual(before);
  });

  it('never overwrites a sheet a PM name would collide with', () => {
    const addon = loadAddon();
    addon.workspace.spreadsheet.api.insertSheet('Ann Lee').getRange('A1').setValue('not a rating sheet');
    const result = addon.run<SetupResult>('setupCalibration', {
      ladderId: LADDER_ID,
      cycle: 'H2',
      team: [
        { name: 'Ann Lee', level: 'PM' },
        { name: 'Calibration', level: 'PM' },
      ],
    });
    expect(result.sheets.slice(2)).toEqual(['Ann Lee (2)', 'Calibration (2)']);
    expect(cell(addon, "'Ann Lee'!A1")).toBe('not a rating sheet');
  });
});

import { checkSetup, placeServerError, type DraftRow } from '../../src/ui/setup/setupCheck';

const ladder = {
  id: 'intercom-pm-2021',
  title: 'Product Manager expectations by level',
  levels: [
    { id: 'apm', name: 'Associate PM' },
    { id: 'pm', name: 'PM' },
    { id: 'senior-pm', name: 'Senior PM' },
  ],
};
const row = (name: string, level: string, email = '', targetLevel = ''): DraftRow => ({ name, email, level, targetLevel });
const blank = row('', '');

describe('checking the set-up form before it is sent', () => {
  it('builds the setupCalibration input with level ids, skipping blank rows', () => {
    const check = checkSetup(ladder, ' H2 2026 ', [row('Ada', 'Senior PM', 'ada@x.io', 'senior-pm'), blank, row('Alan', 'pm')]);
    expect(check.rows.size).toBe(0);
    expect(check.input).toEqual({
      ladderId: 'intercom-pm-2021',
      cycle: 'H2 2026',
      team: [
        { name: 'Ada', email: 'ada@x.io', level: 'senior-pm', targetLevel: 'senior-pm' },
        { name: 'Alan', level: 'pm' },
      ],
    });
    expect(check.rowOfMember).toEqual([0, 2]);
    // Ada's target is her current level: sent as given, with a warning to look again.
    expect(check.warnings).toEqual(["Ada's target level is their current level (Senior PM): choose a level above it, or leave it empty."]);
  });

  it('lets two PMs share a name, as the server does ("Ann Lee (2)"), with a warning rather than an error', () => {
    const check = checkSetup(ladder, 'H2', [row('Ann Lee', 'pm', 'ann@x.io'), row('ann lee', 'senior-pm', 'ann2@x.io')]);
    expect(check.rows.size).toBe(0);
    expect(check.input?.team).toHaveLength(2);
    expect(check.warnings).toEqual([
      '2 PMs are named “Ann Lee”: each gets a sheet of their own (“Ann Lee”, “Ann Lee (2)”…); an email on each row tells them apart later.',
    ]);
  });

  it('puts each problem on the row that caused it (row numbers count blank rows too)', () => {
    const check = checkSetup(ladder, 'H2', [
      row('Ada', 'Sr PM'),
      blank,
      row('', 'pm'),
      row('Grace', 'pm', 'grace-at-x'),
      row('Alan', 'senior-pm', '', 'pm'),
    ]);
    expect(check.input).toBeNull();
    expect(check.rows.get(0)).toEqual([
      expect.stringMatching(/“Sr PM” is not a level of Product Manager expectations by level: choose one of Associate PM, PM, Senior PM/),
    ]);
    expect(check.rows.get(1)).toBeUndefined();
    expect(check.rows.get(2)).toEqual([expect.stringMatching(/name must not be blank/i)]);
    expect(check.rows.get(3)).toEqual([expect.stringMatching(/does not look like an email/)]);
    expect(check.rows.get(4)).toEqual([expect.stringMatching(/target level PM is below the current level Senior PM/)]);
    // Only the field at fault is marked.
    expect([...check.invalid.get(0)!]).toEqual(['level']);
    expect([...check.invalid.get(2)!]).toEqual(['name']);
    expect([...check.invalid.get(3)!]).toEqual(['email']);
    expect([...check.invalid.get(4)!]).toEqual(['targetLevel']);
  });

  it('reports the cycle, the ladder and an empty team beside their fields', () => {
    const check = checkSetup(undefined, '  ', [blank]);
    expect(check.fields.cycle).toMatch(/name the review cycle/i);
    expect(check.fields.ladder).toMatch(/choose a ladder/i);
    expect(check.fields.team).toMatch(/team is empty/i);
    expect(check.input).toBeNull();
  });
});

describe('placing a server error', () => {
  const team = [
    { name: 'Ada', level: 'pm' },
    { name: 'Alan', level: 'pm' },
  ];

  it('finds "team #N" in a parse error and puts it on that row', () => {
    const placed = placeServerError('Set-up: a level is required (team #2 level); a name must not be blank (team #1 name)', team, [0, 3]);
    expect(placed.general).toEqual([]);
    expect(placed.rows.get(3)).toEqual(['A level is required.']);
    expect(placed.rows.get(0)).toEqual(['A name must not be blank.']);
    expect([...placed.invalid.get(3)!]).toEqual(['level']);
  });

  it('finds a quoted name in the message', () => {
    const placed = placeServerError('“Alan”: the level "Sr PM" is not a level of the ladder', team, [0, 1]);
    expect(placed.rows.get(1)).toEqual(['“Alan”: the level "Sr PM" is not a level of the ladder']);
  });

  it('otherwise shows it above the form', () => {
    expect(placeServerError('The workbook is locked by another set-up; try again in a minute.', team, [0, 1]).general).toHaveLength(1);
  });
});

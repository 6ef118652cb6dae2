import { matchLevel, parseDelimited, rowsFromPaste } from '../../src/ui/setup/teamPaste';

const levels = [
  { id: 'apm', name: 'Associate PM' },
  { id: 'pm', name: 'PM' },
  { id: 'senior-pm', name: 'Senior PM' },
  { id: 'staff-pm', name: 'Staff PM' },
];

describe('reading a team pasted into the set-up dialog', () => {
  it('reads cells copied from Google Sheets (tab-separated, quoted cells with line breaks and quotes)', () => {
    expect(parseDelimited('Ada\tada@x.io\tPM\r\n"Grace ""Amazing""\nHopper"\t\tSenior PM\n', '\t')).toEqual([
      ['Ada', 'ada@x.io', 'PM'],
      ['Grace "Amazing"\nHopper', '', 'Senior PM'],
    ]);
  });

  it('uses a header row to find the columns, in any order', () => {
    const text = 'Level\tFull name\tE-mail\tTarget level\nsenior-pm\tAda Lovelace\tada@x.io\tStaff PM\nPM\tAlan Turing\t\t';
    expect(rowsFromPaste(text, levels)).toEqual([
      { name: 'Ada Lovelace', email: 'ada@x.io', level: 'senior-pm', targetLevel: 'Staff PM' },
      { name: 'Alan Turing', email: '', level: 'PM', targetLevel: '' },
    ]);
  });

  it('without a header, finds the email by its @ and the level by the ladder', () => {
    expect(rowsFromPaste('Ada Lovelace, Senior PM, ada@x.io\nAlan Turing, alan@x.io, pm', levels)).toEqual([
      { name: 'Ada Lovelace', email: 'ada@x.io', level: 'Senior PM', targetLevel: '' },
      { name: 'Alan Turing', email: 'alan@x.io', level: 'pm', targetLevel: '' },
    ]);
  });

  it('keeps an unknown level in the level column so its row can say what is wrong', () => {
    expect(rowsFromPaste('Ada\tada@x.io\tSr PM', levels)).toEqual([{ name: 'Ada', email: 'ada@x.io', level: 'Sr PM', targetLevel: '' }]);
  });

  it('takes a plain list of names, one per line, skipping blank lines', () => {
    expect(rowsFromPaste('Ada\n\n  Alan  \n', levels).map((r) => r.name)).toEqual(['Ada', 'Alan']);
  });

  it('keeps hostile text as text', () => {
    expect(rowsFromPaste('<img src=x onerror=alert(1)>\tPM', levels)).toEqual([
      { name: '<img src=x onerror=alert(1)>', email: '', level: 'PM', targetLevel: '' },
    ]);
  });

  it('matches a level by id or by name, ignoring case, spaces and dashes', () => {
    expect(matchLevel('senior pm', levels)?.id).toBe('senior-pm');
    expect(matchLevel('SENIOR-PM', levels)?.id).toBe('senior-pm');
    expect(matchLevel('Sr PM', levels)).toBeUndefined();
    expect(matchLevel('', levels)).toBeUndefined();
  });
});

import { knownPeople, sheetPerPerson } from '../../../src/core/workbook/personSheets';
import type { CheckedTeam, TeamEntry } from '../../../src/core/workbook/teamSheetRead';
import { teamSheetPerson } from './fixtures';

const entry = (id: string, name: string, sheetName: string, row: number): TeamEntry => ({
  ...teamSheetPerson({ id, name, email: `${name.toLowerCase()}@x.com`, sheetName }),
  row,
});

describe('which sheet is a person’s', () => {
  it('prefers the sheet the Team sheet names over a copy carrying the same marker, wherever the copy is', () => {
    const copyFirst = [
      { personId: 'p-ann', sheetName: 'Copy of Ann' },
      { personId: 'p-ann', sheetName: 'Ann' },
    ];
    expect(sheetPerPerson(copyFirst, new Set(['Ann'])).get('p-ann')?.sheetName).toBe('Ann');
    expect(sheetPerPerson([...copyFirst].reverse(), new Set(['Ann'])).get('p-ann')?.sheetName).toBe('Ann');
  });

  it('compares names ignoring case, as Sheets does: a tab "ANN" is the Team sheet\'s "Ann"', () => {
    const sheets = [
      { personId: 'p-ann', sheetName: 'Copy of Ann' },
      { personId: 'p-ann', sheetName: 'ANN' },
    ];
    expect(sheetPerPerson(sheets, new Set(['Ann'])).get('p-ann')?.sheetName).toBe('ANN');
  });

  it('keeps the first in tab order when the Team sheet names neither', () => {
    const sheets = [
      { personId: 'p-ann', sheetName: 'Ann (old)' },
      { personId: 'p-ann', sheetName: 'Ann (older)' },
      { personId: 'p-bo', sheetName: 'Bo' },
    ];
    const chosen = sheetPerPerson(sheets, new Set());
    expect([...chosen.values()].map((s) => s.sheetName)).toEqual(['Ann (old)', 'Bo']);
  });
});

describe('who the workbook knows, and who is archived', () => {
  const checked: CheckedTeam = {
    active: [entry('p-ann', 'Ann', 'Ann', 3), entry('', 'New Person', '', 4)],
    archived: [entry('p-cy', 'Cy', 'Cy', 7)],
    problems: [],
  };

  it('knows Team sheet people with an id, those under Former team members archived; a row without id is not known yet', () => {
    const known = knownPeople(checked, []);
    expect(known.map((k) => [k.id, k.archived])).toEqual([
      ['p-ann', false],
      ['p-cy', true],
    ]);
  });

  it('knows a PM sheet whose Team row was deleted as an active person (the plan then archives them), named from the sheet', () => {
    const known = knownPeople(checked, [
      { personId: 'p-ann', sheetName: 'Ann', personName: 'Ann' },
      { personId: 'p-dee', sheetName: 'Dee', personName: 'Dee Evans' },
    ]);
    expect(known.map((k) => [k.id, k.name, k.sheetName, k.archived])).toEqual([
      ['p-ann', 'Ann', 'Ann', false],
      ['p-cy', 'Cy', 'Cy', true],
      ['p-dee', 'Dee Evans', 'Dee', false],
    ]);
  });

  it('knows only sheets when there is no Team sheet', () => {
    expect(knownPeople(null, [{ personId: 'p-x', sheetName: 'X', personName: 'X' }]).map((k) => k.id)).toEqual(['p-x']);
  });
});

import { COLUMN, loadAddon, ref, rowOf, setUp } from './workbookSupport';

interface SheetPicture {
  frozenRows: number;
  frozenColumns: number;
  hiddenColumns: string[];
  columnWidths: Record<string, number>;
  protections: Array<{ warningOnly?: boolean; description?: string }>;
  tabColor: string | null;
}

describe('the workbook as the manager sees it', () => {
  it('makes a Ladder sheet that is reference text: protected with a warning, frozen headers, wrapped text, areas styled apart', () => {
    const addon = loadAddon();
    setUp(addon);
    const sheet = addon.workspace.spreadsheet.sheet('Ladder') as SheetPicture;
    expect(sheet.protections).toHaveLength(1);
    expect(JSON.stringify(sheet.protections[0])).toMatch(/"warningOnly":true/);
    expect([sheet.frozenRows, sheet.frozenColumns]).toEqual([2, 4]);
    expect(sheet.hiddenColumns).toEqual(['A']);
    expect(sheet.columnWidths.F).toBeGreaterThanOrEqual(200);
    const ss = addon.workspace.spreadsheet;
    expect(ss.values('Ladder!B2:J2')[0]).toEqual([
      'Skill area',
      'Sub-skill',
      'Dimension',
      'Description',
      'Associate PM',
      'PM',
      'Senior PM',
      'Staff PM',
      'Principal PM',
    ]);
    const area = rowOf(addon, 'Ladder', 'area:insight-driven');
    const sub = rowOf(addon, 'Ladder', 'subskill:customer-focus');
    expect(ss.values(`Ladder!B${area}`)[0]?.[0]).toBe('Insight Driven');
    expect(ss.backgrounds(`Ladder!B${area}`)[0]?.[0]).not.toBe(ss.backgrounds(`Ladder!B${sub}`)[0]?.[0]);
    expect(ss.fontWeights(`Ladder!B${area}`)[0]?.[0]).toBe('bold');
    const wrap = addon.workspace.spreadsheet.sheet('Ladder') as { cells: Record<string, { format?: { wrapStrategy?: string } }> };
    expect(wrap.cells[`F${sub}`]?.format?.wrapStrategy).toBe('WRAP');
  });

  it('makes a PM sheet with the ladder rows, their level and the next highlighted, and rating dropdowns', () => {
    const addon = loadAddon();
    const result = setUp(addon);
    const sheetName = result.sheets[3]!; // Bo Chen, PM
    const ss = addon.workspace.spreadsheet;
    expect(ss.values(ref(sheetName, 'F2:N2'))[0]).toEqual([
      'Associate PM',
      'PM (current level)',
      'Senior PM (next level)',
      'Staff PM',
      'Principal PM',
      'Self',
      'Peer',
      'Manager',
      'Evidence',
    ]);
    const row = rowOf(addon, sheetName, 'subskill:customer-focus');
    const fills = ss.backgrounds(ref(sheetName, `F${row}:J${row}`))[0]!;
    expect(fills[1]).not.toBe('#ffffff');
    expect(fills[2]).not.toBe('#ffffff');
    expect(fills[1]).not.toBe(fills[2]);
    expect([fills[0], fills[3], fills[4]]).toEqual(['#ffffff', '#ffffff', '#ffffff']);
    for (const column of [COLUMN.self, COLUMN.peer, COLUMN.manager]) {
      expect(JSON.stringify(ss.validations(ref(sheetName, `${column}${row}`)))).toContain('Successfully Meets');
    }
    expect(ss.validations(ref(sheetName, `${COLUMN.evidence}${row}`))[0]?.[0]).toBeNull();
    const picture = ss.sheet(sheetName) as SheetPicture;
    expect(picture.hiddenColumns).toEqual(['A']);
    expect(picture.frozenRows).toBe(2);
    // The rows are the Ladder sheet's rows.
    expect(ss.values(ref(sheetName, 'A3:J70'))).toEqual(ss.values('Ladder!A3:J70'));
    expect(ss.numberFormats(ref(sheetName, `${COLUMN.self}${row}:${COLUMN.evidence}${row}`))[0]).toEqual(['@', '@', '@', '@']);
  });
});

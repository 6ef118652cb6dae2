import { COLUMN, loadAddon, ref, rowOf, setUp } from './workbookSupport';

import { RATING_SCALE, RATING_SHEET_FILLS } from '../../src/core/ratingScale';
import type { RuleSnapshot } from '../../dev/playground/sheetView';

interface SheetPicture {
  conditionalFormatRules?: RuleSnapshot[];
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

  it('makes a PM sheet with the rating columns after the sub-skill, their level and the next first and highlighted, and rating dropdowns', () => {
    const addon = loadAddon();
    const result = setUp(addon);
    const sheetName = result.sheets[3]!; // Bo Chen, PM
    const ss = addon.workspace.spreadsheet;
    expect(ss.values(ref(sheetName, 'B2:M2'))[0]).toEqual(
      [
        'Skill area',
        'Sub-skill',
        'Self',
        'Peer',
        'Manager',
        'Evidence',
        'Dimension',
        'Description',
        'PM (current level)',
        'Senior PM (next level)',
        'Associate PM',
        'Staff PM',
        'Principal PM',
      ].slice(0, 12),
    );
    expect(ss.values(ref(sheetName, 'N2'))[0]).toEqual(['Principal PM']);
    const row = rowOf(addon, sheetName, 'subskill:customer-focus');
    const fills = ss.backgrounds(ref(sheetName, `J${row}:N${row}`))[0]!;
    expect(fills[0]).not.toBe('#ffffff');
    expect(fills[1]).not.toBe('#ffffff');
    expect(fills[0]).not.toBe(fills[1]);
    expect([fills[2], fills[3], fills[4]]).toEqual(['#ffffff', '#ffffff', '#ffffff']);
    for (const column of [COLUMN.self, COLUMN.peer, COLUMN.manager]) {
      expect(JSON.stringify(ss.validations(ref(sheetName, `${column}${row}`)))).toContain('Successfully Meets');
    }
    expect(ss.validations(ref(sheetName, `${COLUMN.evidence}${row}`))[0]?.[0]).toBeNull();
    const picture = ss.sheet(sheetName) as SheetPicture;
    expect(picture.hiddenColumns).toEqual(['A']);
    expect(picture.frozenRows).toBe(2);
    // The rows are the Ladder sheet's rows: ids, areas and sub-skills, dimensions and descriptions, and each level's texts.
    expect(ss.values(ref(sheetName, 'A3:C70'))).toEqual(ss.values('Ladder!A3:C70'));
    expect(ss.values(ref(sheetName, 'H3:I70'))).toEqual(ss.values('Ladder!D3:E70'));
    expect(ss.values(ref(sheetName, 'J3:J70'))).toEqual(ss.values('Ladder!G3:G70'));
    expect(ss.values(ref(sheetName, 'L3:L70'))).toEqual(ss.values('Ladder!F3:F70'));
    // Each rating cell takes its rating's colour as soon as it holds it, chosen in the sheet or saved from the sidebar.
    const rules = picture.conditionalFormatRules ?? [];
    expect(rules.map((r) => [r.criteria, r.values[0], r.format.background])).toEqual(
      RATING_SCALE.map((rating) => ['TEXT_EQUAL_TO', rating, RATING_SHEET_FILLS[rating]]),
    );
    expect(new Set(rules.flatMap((r) => r.ranges))).toEqual(
      new Set([`'Bo Chen'!D3:F${ss.values(ref(sheetName, 'A1:A400')).filter((r) => r[0] !== '').length}`]),
    );
    expect(ss.numberFormats(ref(sheetName, `${COLUMN.self}${row}:${COLUMN.evidence}${row}`))[0]).toEqual(['@', '@', '@', '@']);
  });
});

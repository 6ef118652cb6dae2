import { columnToLetters, formatA1, lettersToColumn, parseA1, quoteSheetName } from '../../dev/workspace/sheets/a1';
import { fresh, thrown } from './setup';

const REF = 'developers.google.com/apps-script/reference/spreadsheet/sheet#getrangea1notation';

describe('A1 notation', () => {
  it('column letters: A=1, Z=26, AA=27, ZZ=702, AAA=703', () => {
    expect([1, 26, 27, 702, 703].map(columnToLetters)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
    expect(['A', 'z', 'AA', 'ZZ', 'AAA'].map(lettersToColumn)).toEqual([1, 26, 27, 702, 703]);
  });

  it(`reads cells, boxes, whole columns, whole rows and open-ended boxes (${REF})`, () => {
    expect(parseA1('B2')).toEqual({ sheetName: null, startRow: 2, startCol: 2, endRow: 2, endCol: 2 });
    expect(parseA1('$B$2:d10')).toEqual({ sheetName: null, startRow: 2, startCol: 2, endRow: 10, endCol: 4 });
    expect(parseA1('A:C')).toEqual({ sheetName: null, startRow: null, startCol: 1, endRow: null, endCol: 3 });
    expect(parseA1('2:5')).toEqual({ sheetName: null, startRow: 2, startCol: null, endRow: 5, endCol: null });
    expect(parseA1('A2:C')).toEqual({ sheetName: null, startRow: 2, startCol: 1, endRow: null, endCol: 3 });
    expect(parseA1('D10:B2')).toEqual({ sheetName: null, startRow: 2, startCol: 2, endRow: 10, endCol: 4 });
  });

  it(`reads sheet names, quoted ones with a doubled quote inside ('Ann O''Neil'!A1:B2) (developers.google.com/sheets/api/guides/concepts#cell)`, () => {
    expect(parseA1('Team!A1').sheetName).toBe('Team');
    expect(parseA1("'Ann O''Neil'!A1:B2")).toEqual({ sheetName: "Ann O'Neil", startRow: 1, startCol: 1, endRow: 2, endCol: 2 });
    expect(parseA1("'Q1 ratings!'!C3").sheetName).toBe('Q1 ratings!');
    expect(quoteSheetName("Ann O'Neil")).toBe("'Ann O''Neil'");
    expect(quoteSheetName('Team')).toBe('Team');
    expect(quoteSheetName('A1')).toBe("'A1'");
  });

  it('anything else is Google\'s "Range not found"', () => {
    for (const bad of ['', 'A', '1', 'A0', 'A1:B2:C3', 'A:C5', '1A', "'unterminated!A1"]) {
      expect(thrown(() => parseA1(bad)).message).toBe('Range not found');
    }
  });

  it('writes A1 notation back as it was read', () => {
    expect(formatA1(1, 1, 1, 1)).toBe('A1');
    expect(formatA1(2, 3, 2, 4)).toBe('C2:F3');
  });

  it(`Sheet.getRange(a1) and getA1Notation round-trip, including A:A and 2:2 (${REF})`, () => {
    const sheet = fresh().SpreadsheetApp.getActiveSheet();
    expect(sheet.getRange('A:A').getA1Notation()).toBe('A:A');
    expect(sheet.getRange('A:A').getNumRows()).toBe(1000);
    expect(sheet.getRange('2:2').getA1Notation()).toBe('2:2');
    expect(sheet.getRange('2:2').getNumColumns()).toBe(26);
    expect(sheet.getRange('b3:c4').getA1Notation()).toBe('B3:C4');
  });

  it('Spreadsheet.getRange resolves the sheet name, quoted or not (developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getrangea1notation)', () => {
    const { SpreadsheetApp } = fresh();
    const ss = SpreadsheetApp.getActive();
    ss.insertSheet("Ann O'Neil").getRange('B2').setValue('rated');
    ss.setActiveSheet(ss.getSheets()[0]!);
    expect(ss.getRange("'Ann O''Neil'!B2").getValue()).toBe('rated');
    expect(ss.getRange("'Ann O''Neil'!B2").getSheet().getName()).toBe("Ann O'Neil");
    expect(ss.getRange('B2').getSheet().getName()).toBe('Sheet1');
    expect(thrown(() => ss.getRange('Nobody!A1')).message).toBe('Range not found');
  });
});

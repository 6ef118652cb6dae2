import { fitsPersonName, safeSheetName, uniqueSheetName } from '../../../src/core/workbook/sheetNames';

describe('PM sheet names', () => {
  it('keeps a plain name as it is', () => {
    expect(safeSheetName('Ann Lee')).toBe('Ann Lee');
    expect(safeSheetName("Seán O'Neil")).toBe("Seán O'Neil");
  });

  it('makes any name a valid sheet name', () => {
    expect(safeSheetName('=HYPERLINK("http://x/y","z")')).toBe('=HYPERLINK("http---x-y","z")');
    expect(safeSheetName("'quoted'")).toBe('quoted');
    expect(safeSheetName('two\nlines\tand [brackets]*?')).toBe('two lines and -brackets---');
    expect(safeSheetName('   ')).toBe('PM');
    expect(Array.from(safeSheetName('x'.repeat(300)))).toHaveLength(50);
  });

  it('numbers a second PM of the same name, ignoring case as Sheets does', () => {
    const taken = new Set(['ladder', 'team', 'ann lee']);
    expect(uniqueSheetName('ANN LEE', taken)).toBe('ANN LEE (2)');
    expect(uniqueSheetName('Ann Lee', taken)).toBe('Ann Lee (3)');
    expect(uniqueSheetName('Team', taken)).toBe('Team (2)');
    expect(fitsPersonName('Ann Lee (3)', 'Ann Lee')).toBe(true);
    expect(fitsPersonName('Ann Lee', 'Ann Smith')).toBe(false);
  });
});

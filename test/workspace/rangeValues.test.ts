import { fresh, thrown } from './setup';

const REF = 'developers.google.com/apps-script/reference/spreadsheet/range';

/** A spreadsheet on London time: the dates below are written as its wall clock shows them. */
function sheet() {
  const ws = fresh({ spreadsheetTimeZone: 'Europe/London' });
  return { ws, sheet: ws.SpreadsheetApp.getActiveSheet() };
}

describe('Range values, as Google documents them', () => {
  it(`empty cells read as '' — never null or undefined (${REF}#getvalues)`, () => {
    const { sheet: s } = sheet();
    expect(s.getRange('A1:B2').getValues()).toEqual([
      ['', ''],
      ['', ''],
    ]);
    s.getRange('A1').setValue(null);
    s.getRange('B1').setValue(undefined);
    expect(s.getRange('A1:B1').getValues()).toEqual([['', '']]);
  });

  it(`rows and columns are 1-based: getRange(2, 3) is C2 (${REF}, developers.google.com/apps-script/reference/spreadsheet/sheet#getrangerow,-column)`, () => {
    const { sheet: s } = sheet();
    const r = s.getRange(2, 3, 2, 4);
    expect(r.getA1Notation()).toBe('C2:F3');
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getLastRow(), r.getLastColumn()]).toEqual([2, 3, 2, 4, 3, 6]);
  });

  it(`numbers read as numbers, booleans as booleans, Dates as Dates (${REF}#getvalues)`, () => {
    const { sheet: s } = sheet();
    const when = new Date('2024-01-02T09:30:00Z');
    s.getRange('A1:D1').setValues([[42, true, when, 'text']]);
    const [[n, b, d, t]] = s.getRange('A1:D1').getValues() as unknown[][] as [[unknown, unknown, unknown, unknown]];
    expect(n).toBe(42);
    expect(b).toBe(true);
    expect(d).toBeInstanceOf(Date);
    expect((d as Date).getTime()).toBe(when.getTime());
    expect(d).not.toBe(when); // a copy: mutating what was written changes nothing
    expect(t).toBe('text');
  });

  it(`setValues with too few rows throws Google's message (${REF}#setvaluesvalues)`, () => {
    const { sheet: s } = sheet();
    const error = thrown(() =>
      s.getRange('A1:B3').setValues([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    );
    expect(error.message).toBe(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
  });

  it(`setValues with a short row throws Google's columns message (${REF}#setvaluesvalues)`, () => {
    const { sheet: s } = sheet();
    expect(() =>
      s.getRange('A1:C2').setValues([
        ['a', 'b', 'c'],
        ['d', 'e'],
      ]),
    ).toThrow('The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.');
  });

  it(`setValues with a flat array throws Google's "parameters don't match" error (${REF}#setvaluesvalues)`, () => {
    const { sheet: s } = sheet();
    expect(() => s.getRange('A1:B1').setValues(['a', 'b'] as unknown as unknown[][])).toThrow(
      "The parameters (String[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });

  it(`a refused setValues writes nothing (${REF}#setvaluesvalues)`, () => {
    const { ws, sheet: s } = sheet();
    s.getRange('A1').setValue('kept');
    const before = ws.snapshot();
    expect(() => s.getRange('A1:B1').setValues([['new', 'x'.repeat(50001)]])).toThrow();
    expect(ws.snapshot()).toEqual(before);
  });

  it(`a string starting with "=" is a formula: getFormulas gives it, getValues its value (${REF}#setvaluevalue)`, () => {
    const { sheet: s } = sheet();
    s.getRange('A1:B1').setValues([['=SUM(C1:C9)', '=HYPERLINK("https://docs.google.com/d/1","Growth plan")']]);
    expect(s.getRange('A1:B1').getFormulas()).toEqual([['=SUM(C1:C9)', '=HYPERLINK("https://docs.google.com/d/1","Growth plan")']]);
    // The workspace does not run a spreadsheet engine: SUM's value is '' (formula.ts), HYPERLINK shows its label.
    expect(s.getRange('A1:B1').getValues()).toEqual([['', 'Growth plan']]);
    expect(s.getRange('B1').getDisplayValue()).toBe('Growth plan');
    expect(s.getRange('C1').getFormula()).toBe('');
  });

  it(`a leading apostrophe forces text and is not stored (${REF}#setvaluevalue; USER_ENTERED text prefix)`, () => {
    const { sheet: s } = sheet();
    s.getRange('A1:C1').setValues([["'=1+2", "'007", "'TRUE"]]);
    expect(s.getRange('A1:C1').getValues()).toEqual([['=1+2', '007', 'TRUE']]);
    expect(s.getRange('A1:C1').getFormulas()).toEqual([['', '', '']]);
  });

  it('number-like strings become numbers, booleans and dates as if typed (Sheets API ValueInputOption USER_ENTERED)', () => {
    const { sheet: s } = sheet();
    s.getRange('A1:G1').setValues([['42', '+15551234', '1e3', 'TRUE', '007', '1,234.5', '-0.5']]);
    expect(s.getRange('A1:G1').getValues()).toEqual([[42, 15551234, 1000, true, 7, 1234.5, -0.5]]);
    s.getRange('A2').setValue('2024-01-02');
    const date = s.getRange('A2').getValue() as Date;
    expect(date).toBeInstanceOf(Date);
    // Midnight on the spreadsheet's wall clock (Europe/London by default: GMT in January).
    expect(date.toISOString()).toBe('2024-01-02T00:00:00.000Z');
    expect(s.getRange('A2').getNumberFormat()).toBe('yyyy-mm-dd');
    expect(s.getRange('A2').getDisplayValue()).toBe('2024-01-02');
  });

  it('a typed date is read in the spreadsheet locale: 3/5/2026 is 5 March in en_US, 3 May in en_GB (support.google.com/docs/answer/58515)', () => {
    const read = (locale: string, typed: string[]) => {
      const ws = fresh({ spreadsheetLocale: locale, spreadsheetTimeZone: 'UTC', now: () => new Date('2026-06-01T12:00:00Z') });
      const r = ws.SpreadsheetApp.getActiveSheet().getRange(1, 1, 1, typed.length);
      r.setValues([typed]);
      return r.getValues()[0]!.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v));
    };
    const typed = ['3/5/2026', '5/3', 'March 5', '5 March', 'Mar 5, 2026', '13/5/2026', 'Marchy 5'];
    expect(read('en_US', typed)).toEqual(['2026-03-05', '2026-05-03', '2026-03-05', '2026-03-05', '2026-03-05', '13/5/2026', 'Marchy 5']);
    expect(read('en_GB', typed)).toEqual(['2026-05-03', '2026-03-05', '2026-03-05', '2026-03-05', '2026-03-05', '2026-05-13', 'Marchy 5']);
  });

  it('a typed "March 5" shows as a date; in a plain-text (@) cell it stays as typed (support.google.com/docs/answer/58515; developers.google.com/apps-script/reference/spreadsheet/range#getdisplayvalues)', () => {
    const ws = fresh({ spreadsheetTimeZone: 'Europe/London', now: () => new Date('2026-06-01T12:00:00Z') });
    const s = ws.SpreadsheetApp.getActiveSheet();
    s.getRange('A1:C1').setValues([['March 5', '007', 'true']]);
    expect(s.getRange('A1:C1').getDisplayValues()).toEqual([['March 5', '7', 'TRUE']]);
    s.getRange('A2:C2')
      .setNumberFormat('@')
      .setValues([['March 5', '007', 'true']]);
    expect(s.getRange('A2:C2').getValues()).toEqual([['March 5', '007', 'true']]);
  });

  it('strings that only look a bit like numbers stay text', () => {
    const { sheet: s } = sheet();
    const texts = ['Senior PM', '1,2', '12 months', '2024-13-45', '', '  '];
    s.getRange(1, 1, 1, texts.length).setValues([texts]);
    expect(s.getRange(1, 1, 1, texts.length).getValues()).toEqual([texts]);
  });

  it('in a cell formatted as plain text (@) strings stay exactly as written, even "=" (Sheets help: Format › Number › Plain text; how-to-sheets.com/formulas-functions/google-sheets-text-instead-of-formula)', () => {
    const { sheet: s } = sheet();
    const r = s.getRange('A1:E1').setNumberFormat('@');
    r.setValues([['42', '+15551234', 'TRUE', '=1+2', '2024-01-02']]);
    expect(r.getValues()).toEqual([['42', '+15551234', 'TRUE', '=1+2', '2024-01-02']]);
    expect(r.getFormulas()).toEqual([['', '', '', '', '']]);
    expect(r.getNumberFormats()).toEqual([['@', '@', '@', '@', '@']]);
  });

  it(`a cell holds at most 50,000 characters: Sheets' "Your input contains more than the maximum of 50000 characters in a single cell." (${REF}#setvaluevalue)`, () => {
    const { sheet: s } = sheet();
    s.getRange('A1').setValue('x'.repeat(50000));
    expect((s.getRange('A1').getValue() as string).length).toBe(50000);
    expect(() => s.getRange('A2').setValue('x'.repeat(50001))).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
  });

  it(`setValue on a multi-cell range writes every cell (${REF}#setvaluevalue)`, () => {
    const { sheet: s } = sheet();
    s.getRange('A1:B2').setValue('x');
    expect(s.getRange('A1:B2').getValues()).toEqual([
      ['x', 'x'],
      ['x', 'x'],
    ]);
  });

  it('dates are serial numbers in Sheets: a number in a date-formatted cell reads as a Date (developers.google.com/sheets/api/guides/formats#about_date_time_values)', () => {
    const { sheet: s } = sheet();
    s.getRange('A1').setNumberFormat('yyyy-mm-dd').setValue(45293);
    expect((s.getRange('A1').getValue() as Date).toISOString()).toBe('2024-01-02T00:00:00.000Z');
    s.getRange('B1').setValue(new Date('2024-01-02T12:00:00Z')).setNumberFormat('0.00');
    expect(s.getRange('B1').getValue()).toBe(45293.5);
    expect(s.getRange('B1').getDisplayValue()).toBe('45293.50');
  });

  it(`getDisplayValues applies number formats (${REF}#getdisplayvalues)`, () => {
    const { sheet: s } = sheet();
    s.getRange('A1:D1').setValues([[0.256, 1234567.891, 3, true]]);
    s.getRange('A1:D1').setNumberFormats([['0.0%', '#,##0.00', '0.00', '0']]);
    expect(s.getRange('A1:D1').getDisplayValues()).toEqual([['25.6%', '1,234,567.89', '3.00', 'TRUE']]);
    s.getRange('A2').setValue(new Date('2024-03-05T14:07:09Z'));
    expect(s.getRange('A2').getNumberFormat()).toBe('M/d/yyyy H:mm:ss');
    expect(s.getRange('A2').getDisplayValue()).toBe('3/5/2024 14:07:09');
  });

  it('setFormulas checks the shape like setValues and stores formulas', () => {
    const { sheet: s } = sheet();
    expect(() => s.getRange('A1:A2').setFormulas([['=1']])).toThrow(/The data has 1 but the range has 2/);
    s.getRange('A1:A2').setFormulas([['="Exceeds"'], ['=A1']]);
    expect(s.getRange('A1:A2').getValues()).toEqual([['Exceeds'], ['']]);
  });

  it('values written by a script bypass data validation, as a paste does (see validation.ts)', () => {
    const { ws, sheet: s } = sheet();
    const rule = ws.SpreadsheetApp.newDataValidation().requireValueInList(['Exceeds', 'Exceptional'], true).setAllowInvalid(false).build();
    s.getRange('A1:A2').setDataValidation(rule);
    s.getRange('A1:A2').setValues([['Exceeds'], ['Not on the scale']]);
    expect(s.getRange('A1:A2').getValues()).toEqual([['Exceeds'], ['Not on the scale']]);
  });
});

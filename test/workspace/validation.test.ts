import { fresh, thrown } from './setup';

const REF = 'developers.google.com/apps-script/reference/spreadsheet/data-validation-builder';

describe('data validation', () => {
  it(`requireValueInList: criteria VALUE_IN_LIST with [values, showDropdown] (${REF}#requirevalueinlistvalues,-showdropdown)`, () => {
    const { SpreadsheetApp } = fresh();
    const scale = ['Needs Immediate Improvement', 'Successfully Meets', 'Exceptional'];
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(scale, true)
      .setAllowInvalid(false)
      .setHelpText('Pick a rating')
      .build();
    const sheet = SpreadsheetApp.getActiveSheet();
    sheet.getRange('D2:F40').setDataValidation(rule);
    const read = sheet.getRange('E10').getDataValidation()!;
    expect(read).toBe(rule);
    expect(String(read.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(read.getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
    expect(read.getCriteriaValues()).toEqual([scale, true]);
    expect([read.getAllowInvalid(), read.getHelpText()]).toEqual([false, 'Pick a rating']);
    expect(sheet.getRange('C2').getDataValidation()).toBeNull();
  });

  it(`a new rule allows invalid data (shows a warning) unless told otherwise; no help text reads as null (${REF}#getallowinvalid)`, () => {
    const { SpreadsheetApp } = fresh();
    const rule = SpreadsheetApp.newDataValidation().requireCheckbox().build();
    expect(rule.getAllowInvalid()).toBe(true);
    expect(rule.getHelpText()).toBeNull();
  });

  it(`requireValueInRange keeps the Range (${REF}#requirevalueinrangerange,-showdropdown)`, () => {
    const { SpreadsheetApp } = fresh();
    const levels = SpreadsheetApp.getActive().insertSheet('Ladder').getRange('B1:F1');
    const rule = SpreadsheetApp.newDataValidation().requireValueInRange(levels).build();
    const [range, dropdown] = rule.getCriteriaValues() as [GoogleAppsScript.Spreadsheet.Range, boolean];
    expect(range.getA1Notation()).toBe('B1:F1');
    expect(range.getSheet().getName()).toBe('Ladder');
    expect(dropdown).toBe(true);
  });

  it("a list of more than 500 items is refused with Google's message (stackoverflow-reported text of requireValueInList)", () => {
    const { SpreadsheetApp } = fresh();
    const many = Array.from({ length: 501 }, (_, i) => `v${i}`);
    expect(thrown(() => SpreadsheetApp.newDataValidation().requireValueInList(many).build()).message).toBe(
      'The data validation rule has more items than the limit of 500. Use the ‘List from a range’ criteria instead.',
    );
  });

  it(`copy() gives a builder with the rule's settings (developers.google.com/apps-script/reference/spreadsheet/data-validation#copy)`, () => {
    const { SpreadsheetApp } = fresh();
    const rule = SpreadsheetApp.newDataValidation().requireNumberBetween(1, 5).setHelpText('1–5').build();
    const other = rule.copy().setAllowInvalid(false).build();
    expect(other.getCriteriaValues()).toEqual([1, 5]);
    expect([other.getHelpText(), other.getAllowInvalid(), rule.getAllowInvalid()]).toEqual(['1–5', false, true]);
  });

  it(`setDataValidations takes one rule (or null) per cell and checks the shape (developers.google.com/apps-script/reference/spreadsheet/range#setdatavalidationsrules)`, () => {
    const { SpreadsheetApp } = fresh();
    const a = SpreadsheetApp.newDataValidation().requireTextIsEmail().build();
    const sheet = SpreadsheetApp.getActiveSheet();
    sheet.getRange('A1:B1').setDataValidations([[a, null]]);
    expect(sheet.getRange('A1:B1').getDataValidations()).toEqual([[a, null]]);
    expect(() => sheet.getRange('A1:B1').setDataValidations([[a]])).toThrow(/The data has 1 but the range has 2/);
    sheet.getRange('A1:B1').clearDataValidations();
    expect(sheet.getRange('A1').getDataValidation()).toBeNull();
  });

  it('validation is not enforced on script writes: setValues stores a value a "reject input" rule would refuse (a paste bypasses them: docs/ARCHITECTURE.md, Rating rules; taourl.com/read-2965332.html)', () => {
    const { SpreadsheetApp } = fresh();
    const sheet = SpreadsheetApp.getActiveSheet();
    sheet.getRange('A1').setDataValidation(SpreadsheetApp.newDataValidation().requireNumberBetween(1, 5).setAllowInvalid(false).build());
    sheet.getRange('A1').setValue(99);
    expect(sheet.getRange('A1').getValue()).toBe(99);
  });
});

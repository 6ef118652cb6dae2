import { NotImplementedError } from '../../dev/workspace';
import { fresh, thrown } from './setup';

describe('strictness: what the workspace does not implement throws, naming it', () => {
  it('an unimplemented Range method throws NotImplementedError naming Range.method', () => {
    const { SpreadsheetApp } = fresh();
    const range = SpreadsheetApp.getActiveSheet().getRange('A1') as unknown as Record<string, () => unknown>;
    const error = thrown(() => range.getRichTextValue?.());
    expect(error).toBeInstanceOf(NotImplementedError);
    expect(error.message).toContain('Range.getRichTextValue');
  });

  it('an unimplemented service method throws (SpreadsheetApp.openById: the add-on only has spreadsheets.currentonly)', () => {
    const { SpreadsheetApp } = fresh();
    expect(() => SpreadsheetApp.openById('x')).toThrow(/SpreadsheetApp\.openById is not implemented/);
  });

  it('an unknown enum constant throws instead of reading undefined', () => {
    const { SpreadsheetApp } = fresh();
    const enums = SpreadsheetApp.ProtectionType as unknown as Record<string, unknown>;
    expect(() => enums.CELL).toThrow(/SpreadsheetApp\.ProtectionType\.CELL is not implemented/);
  });

  it('setting an unknown property on a service object throws', () => {
    const { Session } = fresh();
    expect(() => {
      (Session as unknown as Record<string, unknown>).foo = 1;
    }).toThrow(/setting Session\.foo/);
  });

  it('Apps Script errors are named Exception, with Google text as the message (the editor shows "Exception: …")', () => {
    const { SpreadsheetApp } = fresh();
    const error = thrown(() => SpreadsheetApp.getActiveSheet().getRange(0, 1));
    expect(error.name).toBe('Exception');
    expect(error.message).toBe('The starting row of the range is too small.');
  });
});

describe('call counting (docs/ARCHITECTURE.md, Service-call budgets)', () => {
  it('counts every public method call by Class.method', () => {
    const ws = fresh();
    const sheet = ws.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    sheet.getRange('A1:B2').setValues([
      [1, 2],
      [3, 4],
    ]);
    expect(ws.log.byName()).toEqual([
      ['Range.setValues', 1],
      ['Sheet.getRange', 1],
      ['Spreadsheet.getActiveSheet', 1],
      ['SpreadsheetApp.getActiveSpreadsheet', 1],
    ]);
    expect(ws.log.total()).toBe(4);
  });

  it('one setValues costs one call whatever the number of cells', () => {
    const ws = fresh();
    const sheet = ws.SpreadsheetApp.getActiveSheet();
    const big = Array.from({ length: 500 }, (_, r) => Array.from({ length: 20 }, (_, c) => `${r}:${c}`));
    const { calls } = ws.log.measure(() => sheet.getRange(1, 1, 500, 20).setValues(big));
    expect(calls).toBe(2);
  });

  it('builders count once, at build() (DataValidationBuilder)', () => {
    const ws = fresh();
    const builder = ws.SpreadsheetApp.newDataValidation();
    ws.log.reset();
    builder.requireValueInList(['a', 'b'], true).setAllowInvalid(false).setHelpText('pick one').build();
    expect(ws.log.byName()).toEqual([['DataValidationBuilder.build', 1]]);
  });

  it('builders count once, at build() (ConditionalFormatRuleBuilder, EmbeddedChartBuilder)', () => {
    const ws = fresh();
    const sheet = ws.SpreadsheetApp.getActiveSheet();
    const range = sheet.getRange('A1:B5');
    const cf = ws.SpreadsheetApp.newConditionalFormatRule();
    const chart = sheet.newChart();
    ws.log.reset();
    cf.whenTextEqualTo('x').setBackground('#ff0000').setRanges([range]).build();
    chart.setChartType(ws.Charts.ChartType.COLUMN).addRange(range).setPosition(1, 4, 0, 0).setOption('title', 'T').build();
    expect(ws.log.byName()).toEqual([
      ['ConditionalFormatRuleBuilder.build', 1],
      ['EmbeddedChartBuilder.build', 1],
    ]);
  });

  it('inspection hooks (names starting with _) and the Workspace inspection objects are never counted', () => {
    const ws = fresh();
    ws.SpreadsheetApp.getActiveSheet().getRange('A1').setValue('x');
    ws.log.reset();
    expect(ws.spreadsheet.values('Sheet1!A1')).toEqual([['x']]);
    ws.snapshot();
    (ws.SpreadsheetApp.getUi() as unknown as { _queueResponse(r: object): void })._queueResponse({ button: 'OK' });
    expect(ws.log.total()).toBe(1); // getUi only
  });

  it('a method returning its own object returns the same strict wrapper (stable identity)', () => {
    const { SpreadsheetApp } = fresh();
    const sheet = SpreadsheetApp.getActiveSheet();
    expect(sheet.setName('Team')).toBe(sheet);
    expect(SpreadsheetApp.getActive().getSheetByName('Team')).toBe(sheet);
    expect(SpreadsheetApp.getActive()).toBe(SpreadsheetApp.getActiveSpreadsheet());
  });
});

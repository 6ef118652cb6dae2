import { fresh, thrown } from './setup';

const REF = 'developers.google.com/apps-script/reference/spreadsheet/sheet';

function setup() {
  const ws = fresh();
  return { ws, sheet: ws.SpreadsheetApp.getActiveSheet() };
}

describe('Sheet grid, as Google documents it', () => {
  it("a new sheet is 1000 rows × 26 columns (Sheets API: a new sheet's gridProperties rowCount 1000, columnCount 26)", () => {
    const { sheet } = setup();
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
  });

  it('a range outside the grid throws "The coordinates of the range are outside the dimensions of the sheet." until rows or columns are inserted', () => {
    const { sheet } = setup();
    expect(thrown(() => sheet.getRange(1000, 1, 2, 1)).message).toBe(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(1, 27)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange('AA1')).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    sheet.insertRowsAfter(1000, 5);
    sheet.insertColumnsAfter(26, 1);
    expect(sheet.getRange(1005, 27).getA1Notation()).toBe('AA1005');
  });

  it(`getRange checks its arguments in Google's order and words (${REF}#getrangerow,-column,-numrows,-numcolumns)`, () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
    expect(() => sheet.getRange(1.5, 1)).toThrow('Cannot convert 1.5 to int.');
  });

  it(`getLastRow/getLastColumn count content, not formats; getDataRange spans it (${REF}#getlastrow)`, () => {
    const { sheet } = setup();
    expect([sheet.getLastRow(), sheet.getLastColumn(), sheet.getDataRange().getA1Notation()]).toEqual([0, 0, 'A1']);
    sheet.getRange('C5').setValue('x');
    sheet.getRange('F9').setBackground('#ff0000');
    expect([sheet.getLastRow(), sheet.getLastColumn(), sheet.getDataRange().getA1Notation()]).toEqual([5, 3, 'A1:C5']);
  });

  it(`inserting and deleting rows moves the cells below (${REF}#insertrowsafterafterposition,-howmany)`, () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([['a'], ['b'], ['c']]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([['a'], [''], [''], ['b'], ['c']]);
    expect(sheet.getMaxRows()).toBe(1002);
    sheet.deleteRows(2, 2);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([['a'], ['b'], ['c']]);
    sheet.insertColumnsBefore(1, 1);
    expect(sheet.getRange('B1').getValue()).toBe('a');
    sheet.deleteColumn(1);
    expect(sheet.getRange('A1').getValue()).toBe('a');
  });

  it('deleting rows past the grid throws "Those rows are out of bounds."; deleting every unfrozen row throws Google\'s refusal', () => {
    const { sheet } = setup();
    expect(() => sheet.deleteRows(999, 5)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.deleteColumns(20, 10)).toThrow('Those columns are out of bounds.');
    sheet.setFrozenRows(1);
    expect(() => sheet.deleteRows(2, 999)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
  });

  it(`frozen rows and columns (${REF}#setfrozenrowsrows)`, () => {
    const { sheet } = setup();
    sheet.setFrozenRows(2);
    sheet.setFrozenColumns(1);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([2, 1]);
  });

  it(`column widths default to 100 px; setColumnWidths sets a run (${REF}#setcolumnwidthsstartcolumn,-numcolumns,-width)`, () => {
    const { sheet } = setup();
    sheet.setColumnWidths(2, 3, 240);
    sheet.setColumnWidth(1, 60);
    expect([1, 2, 4, 5].map((c) => sheet.getColumnWidth(c))).toEqual([60, 240, 240, 100]);
    sheet.setRowHeights(1, 2, 40);
    expect([sheet.getRowHeight(1), sheet.getRowHeight(3)]).toEqual([40, 21]);
  });

  it(`hidden columns (${REF}#hidecolumnscolumnindex,-numcolumns)`, () => {
    const { sheet } = setup();
    sheet.hideColumns(26);
    sheet.hideColumns(3, 2);
    expect([3, 4, 5, 26].map((c) => sheet.isColumnHiddenByUser(c))).toEqual([true, true, false, true]);
    sheet.showColumns(3);
    expect(sheet.isColumnHiddenByUser(3)).toBe(false);
  });

  it(`hideSheet / showSheet; the last visible sheet cannot be hidden (${REF}#hidesheet)`, () => {
    const { ws, sheet } = setup();
    expect(() => sheet.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    const other = ws.SpreadsheetApp.getActive().insertSheet('Ids');
    other.hideSheet();
    expect(other.isSheetHidden()).toBe(true);
    other.showSheet();
    expect(other.isSheetHidden()).toBe(false);
  });

  it(`sheet names are unique regardless of case: Google's 'A sheet with the name "X" already exists. Please enter another name.' (${REF}#setnamename)`, () => {
    const { ws, sheet } = setup();
    ws.SpreadsheetApp.getActive().insertSheet('Team');
    expect(thrown(() => sheet.setName('Team')).message).toBe('A sheet with the name "Team" already exists. Please enter another name.');
    expect(() => sheet.setName('team')).toThrow('A sheet with the name "team" already exists. Please enter another name.');
    expect(() => sheet.setName('')).toThrow();
    expect(() => sheet.setName('x'.repeat(101))).toThrow();
    expect(sheet.setName('Ladder').getName()).toBe('Ladder');
  });

  it(`getIndex is 1-based; getSheetId is 0 for the first sheet (${REF}#getindex)`, () => {
    const { ws, sheet } = setup();
    const second = ws.SpreadsheetApp.getActive().insertSheet('Team');
    expect([sheet.getIndex(), second.getIndex(), sheet.getSheetId()]).toEqual([1, 2, 0]);
    expect(second.getParent()).toBe(ws.SpreadsheetApp.getActive());
  });

  it('conditional format rules are set as a whole and read back (developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder)', () => {
    const { ws, sheet } = setup();
    const rule = ws.SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo('Exceptional')
      .setBackground('#B7E1CD')
      .setRanges([sheet.getRange('D2:D40')])
      .build();
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), rule]);
    const [read] = sheet.getConditionalFormatRules();
    expect(read!.getRanges().map((r) => r.getA1Notation())).toEqual(['D2:D40']);
    const condition = read!.getBooleanCondition()!;
    expect(String(condition.getCriteriaType())).toBe('TEXT_EQUAL_TO');
    expect(condition.getCriteriaValues()).toEqual(['Exceptional']);
    expect(condition.getBackground()).toBe('#b7e1cd');
    const formula = ws.SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=$E2="Exceeds"').setFontColor('#000000').build();
    expect(String(formula.getBooleanCondition()!.getCriteriaType())).toBe('CUSTOM_FORMULA');
  });

  it('an embedded column chart: built, inserted, read back with an id, updated and removed (developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder)', () => {
    const { ws, sheet } = setup();
    const built = sheet
      .newChart()
      .setChartType(ws.Charts.ChartType.COLUMN)
      .addRange(sheet.getRange('A1:B6'))
      .setPosition(2, 5, 0, 0)
      .setOption('title', 'Rating distribution')
      .build();
    expect(built.getChartId()).toBeNull();
    sheet.insertChart(built);
    const [chart] = sheet.getCharts();
    expect(chart!.getChartId()).toEqual(expect.any(Number));
    expect(chart!.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B6']);
    expect(chart!.getOptions().get('title')).toBe('Rating distribution');
    expect(chart!.getContainerInfo().getAnchorColumn()).toBe(5);
    sheet.updateChart(chart!.modify().setOption('title', 'Team ratings').build());
    expect(sheet.getCharts()[0]!.getOptions().get('title')).toBe('Team ratings');
    sheet.removeChart(sheet.getCharts()[0]!);
    expect(sheet.getCharts()).toEqual([]);
    expect(() => sheet.newChart().addRange(sheet.getRange('A1')).build()).toThrow(/chart type/);
  });

  it('rows inserted above a chart range or rule range move it', () => {
    const { ws, sheet } = setup();
    sheet.insertChart(sheet.newChart().setChartType(ws.Charts.ChartType.COLUMN).addRange(sheet.getRange('A2:B6')).build());
    sheet.getRange('A3:B4').merge();
    sheet.insertRowsBefore(1, 2);
    expect(sheet.getCharts()[0]!.getRanges()[0]!.getA1Notation()).toBe('A4:B8');
    expect(sheet.getRange('A1:B10').getMergedRanges()[0]!.getA1Notation()).toBe('A5:B6');
  });
});

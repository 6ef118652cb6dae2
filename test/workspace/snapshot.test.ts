import { fresh } from './setup';

describe('snapshot: a JSON-safe picture of everything', () => {
  function populated() {
    const ws = fresh();
    const { SpreadsheetApp } = ws;
    const ss = SpreadsheetApp.getActive();
    const team = ss.insertSheet('Team');
    team.getRange('A1:C2').setValues([
      ['Name', 'Level', 'Plan'],
      ['Ann', 'PM', '=HYPERLINK("https://docs.google.com/d/1","Growth plan")'],
    ]);
    team.getRange('A1:C1').setFontWeight('bold').setBackground('#eeeeee');
    team.getRange('B2').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['PM', 'Senior PM']).build());
    team.getRange('A2').setNote('joined in May');
    team.setFrozenRows(1);
    team.hideColumns(26);
    team.setColumnWidth(1, 180);
    team.getRange('A4:B4').merge();
    team.protect().setDescription('ids').setWarningOnly(true);
    team.insertChart(team.newChart().setChartType(ws.Charts.ChartType.COLUMN).addRange(team.getRange('A1:B2')).build());
    ws.PropertiesService.getDocumentProperties().setProperty('ladderId', 'intercom-pm-2021');
    return ws;
  }

  it('is JSON-safe and holds values, formulas, formats, validations, notes, protections, merges, hidden columns, frozen rows, charts and properties', () => {
    const ws = populated();
    const snap = ws.snapshot();
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
    const team = (snap.spreadsheet as { sheets: Array<Record<string, unknown>> }).sheets[1]!;
    expect(team).toMatchObject({
      name: 'Team',
      frozenRows: 1,
      hiddenColumns: ['Z'],
      columnWidths: { A: 180 },
      merges: ['A4:B4'],
      protections: [{ type: 'SHEET', description: 'ids', warningOnly: true }],
      charts: [{ chartType: 'COLUMN', ranges: ['Team!A1:B2'] }],
    });
    expect((team.cells as Record<string, unknown>).C2).toEqual({
      value: 'Growth plan',
      type: 'string',
      display: 'Growth plan',
      formula: '=HYPERLINK("https://docs.google.com/d/1","Growth plan")',
    });
    expect((team.cells as Record<string, unknown>).B2).toMatchObject({
      value: 'PM',
      validation: { criteria: 'VALUE_IN_LIST', values: [['PM', 'Senior PM'], true], allowInvalid: true, helpText: null },
    });
    expect((team.cells as Record<string, unknown>).A2).toMatchObject({ note: 'joined in May' });
    expect(snap.properties.document).toEqual({ ladderId: 'intercom-pm-2021' });
    expect(snap.docs).toBeDefined();
  });

  it('an operation that fails part-way leaves the snapshot exactly as it was (docs/ARCHITECTURE.md, Safety)', () => {
    const ws = populated();
    const before = ws.snapshot();
    const team = ws.SpreadsheetApp.getActive().getSheetByName('Team')!;
    expect(() => team.getRange('A5:B6').setValues([['x', 'y']])).toThrow();
    expect(() => team.getRange('A5').setValue('z'.repeat(50001))).toThrow();
    expect(() => ws.SpreadsheetApp.getActive().insertSheet('team')).toThrow();
    expect(() => ws.PropertiesService.getDocumentProperties().setProperty('big', 'x'.repeat(10000))).toThrow();
    expect(ws.snapshot()).toEqual(before);
  });

  it('any change shows in the snapshot', () => {
    const ws = populated();
    const before = ws.snapshot();
    ws.SpreadsheetApp.getActive().getSheetByName('Team')!.getRange('D9').setNumberFormat('@');
    expect(ws.snapshot()).not.toEqual(before);
  });

  it('the inspection object reads the workbook without counting calls', () => {
    const ws = populated();
    ws.log.reset();
    expect(ws.spreadsheet.sheetNames()).toEqual(['Sheet1', 'Team']);
    expect(ws.spreadsheet.values('Team')).toEqual([
      ['Name', 'Level', 'Plan'],
      ['Ann', 'PM', 'Growth plan'],
    ]);
    expect(ws.spreadsheet.formulas('Team!C2')).toEqual([['=HYPERLINK("https://docs.google.com/d/1","Growth plan")']]);
    expect(ws.spreadsheet.fontWeights('Team!A1:B1')).toEqual([['bold', 'bold']]);
    expect(ws.spreadsheet.validations('Team!B2')[0]![0]).toMatchObject({ criteria: 'VALUE_IN_LIST' });
    expect(ws.log.total()).toBe(0);
  });
});

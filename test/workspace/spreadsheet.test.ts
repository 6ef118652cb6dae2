import { fresh, thrown } from './setup';

const REF = 'developers.google.com/apps-script/reference/spreadsheet/spreadsheet';

describe('Spreadsheet', () => {
  it(`a new spreadsheet has one sheet, Sheet1; insertSheet adds and activates (${REF}#insertsheetsheetname)`, () => {
    const ws = fresh({ spreadsheetName: 'PM calibration H1' });
    const ss = ws.SpreadsheetApp.getActiveSpreadsheet();
    expect(ss.getName()).toBe('PM calibration H1');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    const team = ss.insertSheet('Team');
    expect(ss.getActiveSheet()).toBe(team);
    ss.insertSheet('Ladder', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Ladder', 'Sheet1', 'Team']);
    expect(ss.insertSheet().getName()).toBe('Sheet4');
    expect(ss.getNumSheets()).toBe(4);
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
  });

  it(`insertSheet with a taken name throws Google's message (${REF}#insertsheetsheetname)`, () => {
    const ss = fresh().SpreadsheetApp.getActive();
    ss.insertSheet('Team');
    expect(thrown(() => ss.insertSheet('Team')).message).toBe('A sheet with the name "Team" already exists. Please enter another name.');
  });

  it(`getSheetByName returns null for a missing sheet (${REF}#getsheetbynamename)`, () => {
    const ss = fresh().SpreadsheetApp.getActive();
    expect(ss.getSheetByName('Calibration')).toBeNull();
  });

  it(`deleteSheet; the last sheet cannot go: "You can't remove all the sheets in a document." (${REF}#deletesheetsheet)`, () => {
    const ss = fresh().SpreadsheetApp.getActive();
    const team = ss.insertSheet('Team');
    ss.deleteSheet(team);
    expect(ss.getSheetByName('Team')).toBeNull();
    expect(thrown(() => ss.deleteSheet(ss.getSheets()[0]!)).message).toBe("You can't remove all the sheets in a document.");
  });

  it(`active sheet and range: setActiveSheet, Range.activate, getActiveRange (${REF}#getactiverange)`, () => {
    const { SpreadsheetApp, spreadsheet } = fresh();
    const ss = SpreadsheetApp.getActive();
    const first = ss.getActiveSheet();
    expect(spreadsheet.activeRangeA1()).toBeNull();
    ss.insertSheet('Team');
    ss.setActiveSheet(first);
    expect(ss.getActiveSheet()).toBe(first);
    expect(ss.getActiveRange()!.getA1Notation()).toBe('A1');
    ss.getSheetByName('Team')!.getRange('C3').activate();
    expect(SpreadsheetApp.getActiveSheet().getName()).toBe('Team');
    expect(ss.getActiveRange()!.getA1Notation()).toBe('C3');
    // The inspection (uncounted) sees the same selection, and none once another sheet is active.
    expect(spreadsheet.activeRangeA1()).toBe('C3');
    ss.setActiveSheet(first);
    expect(spreadsheet.activeRangeA1()).toBeNull();
  });

  it(`moveActiveSheet takes a 1-based position (${REF}#moveactivesheetpos)`, () => {
    const ss = fresh().SpreadsheetApp.getActive();
    ss.insertSheet('A');
    ss.insertSheet('B');
    ss.moveActiveSheet(1);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['B', 'Sheet1', 'A']);
  });

  it(`getRangeList across the active sheet (${REF}#getrangelista1notations)`, () => {
    const ss = fresh().SpreadsheetApp.getActive();
    ss.getRangeList(['A1', 'C1']).setValue('x');
    expect(ss.getRange('A1:C1').getValues()).toEqual([['x', '', 'x']]);
  });

  it(`named ranges (${REF}#setnamedrangename,-range)`, () => {
    const ss = fresh().SpreadsheetApp.getActive();
    ss.setNamedRange('ratings_ann', ss.getRange('Sheet1!D2:F9'));
    expect(ss.getRangeByName('ratings_ann')!.getA1Notation()).toBe('D2:F9');
    expect(ss.getNamedRanges().map((n) => n.getName())).toEqual(['ratings_ann']);
    expect(ss.getRangeByName('nope')).toBeNull();
    ss.getSheets()[0]!.insertRowsBefore(1, 1);
    expect(ss.getRangeByName('ratings_ann')!.getA1Notation()).toBe('D3:F10');
    expect(() => ss.setNamedRange('A1', ss.getRange('A1'))).toThrow();
    ss.removeNamedRange('ratings_ann');
    expect(ss.getNamedRanges()).toEqual([]);
  });

  it(`toast is recorded on the UI inspection (${REF}#toastmsg,-title,-timeoutseconds)`, () => {
    const ws = fresh();
    ws.SpreadsheetApp.getActive().toast('Ratings saved', 'Career Ladder', 5);
    expect(ws.ui.toasts).toEqual([{ message: 'Ratings saved', title: 'Career Ladder', timeoutSeconds: 5 }]);
  });

  it(`the spreadsheet has its own time zone and locale, apart from the script's (${REF}#getspreadsheettimezone, ${REF}#getspreadsheetlocale; developers.google.com/apps-script/reference/base/session#getScriptTimeZone())`, () => {
    const ws = fresh({ timeZone: 'Europe/London', spreadsheetTimeZone: 'America/New_York', spreadsheetLocale: 'en_GB' });
    expect(ws.Session.getScriptTimeZone()).toBe('Europe/London');
    expect(ws.SpreadsheetApp.getActive().getSpreadsheetTimeZone()).toBe('America/New_York');
    expect(ws.SpreadsheetApp.getActive().getSpreadsheetLocale()).toBe('en_GB');
    // Cells are on the spreadsheet's wall clock, not the script's.
    ws.SpreadsheetApp.getActiveSheet().getRange('A1').setValue('2024-07-04');
    expect((ws.spreadsheet.values('Sheet1!A1')[0]![0] as Date).toISOString()).toBe('2024-07-04T04:00:00.000Z');
  });

  it(`by default the spreadsheet is on Los Angeles time in en_US while the script is on London time: code that mixes the two zones shows it (${REF}#getspreadsheettimezone)`, () => {
    const ws = fresh();
    expect(ws.Session.getScriptTimeZone()).toBe('Europe/London');
    expect(ws.SpreadsheetApp.getActive().getSpreadsheetTimeZone()).toBe('America/Los_Angeles');
    expect(ws.SpreadsheetApp.getActive().getSpreadsheetLocale()).toBe('en_US');
  });

  it(`sheet names are found regardless of case, as they are unique regardless of case (${REF}#getsheetbynamename: case not documented; ${REF}#insertsheetsheetname)`, () => {
    const ws = fresh();
    const ss = ws.SpreadsheetApp.getActive();
    ss.insertSheet('Team').getRange('A1').setValue('x');
    expect(ss.getSheetByName('team')?.getName()).toBe('Team');
    expect(ss.getSheetByName('TEAM')?.getName()).toBe('Team');
    expect(ss.getRange("'team'!A1").getValue()).toBe('x');
    expect(thrown(() => ss.insertSheet('team')).message).toBe('A sheet with the name "team" already exists. Please enter another name.');
    expect(thrown(() => ss.getSheetByName('Sheet1')!.setName('TEAM')).message).toBe(
      'A sheet with the name "TEAM" already exists. Please enter another name.',
    );
    // A sheet may change the case of its own name.
    ss.getSheetByName('team')!.setName('TEAM');
    expect(ws.spreadsheet.sheetNames()).toEqual(['Sheet1', 'TEAM']);
    expect(ws.spreadsheet.hasSheet('Team')).toBe(false);
  });

  it('SpreadsheetApp.flush costs one call and changes nothing (developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush)', () => {
    const ws = fresh();
    const before = ws.snapshot();
    ws.SpreadsheetApp.flush();
    expect(ws.log.count('SpreadsheetApp.flush')).toBe(1);
    expect(ws.snapshot()).toEqual(before);
  });
});

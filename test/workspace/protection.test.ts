import { fresh } from './setup';

const REF = 'developers.google.com/apps-script/reference/spreadsheet/protection';

describe('protections', () => {
  function setup() {
    const ws = fresh({ userEmail: 'manager@example.com', ownerEmail: 'owner@example.com' });
    return { ws, sheet: ws.SpreadsheetApp.getActiveSheet(), SpreadsheetApp: ws.SpreadsheetApp };
  }

  it(`Range.protect records a RANGE protection with description and warning-only flag (${REF})`, () => {
    const { sheet, SpreadsheetApp } = setup();
    const p = sheet.getRange('A1:E1').protect().setDescription('Ladder headers').setWarningOnly(true);
    expect(String(p.getProtectionType())).toBe('RANGE');
    expect(p.getProtectionType()).toBe(SpreadsheetApp.ProtectionType.RANGE);
    expect(p.getDescription()).toBe('Ladder headers');
    expect(p.isWarningOnly()).toBe(true);
    expect(p.getRange().getA1Notation()).toBe('A1:E1');
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)).toEqual([p]);
  });

  it(`Sheet.protect returns the existing sheet protection when there is one (developers.google.com/apps-script/reference/spreadsheet/sheet#protect)`, () => {
    const { sheet, SpreadsheetApp } = setup();
    const first = sheet.protect().setDescription('Reference only');
    expect(sheet.protect()).toBe(first);
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toEqual([first]);
    first.setUnprotectedRanges([sheet.getRange('F2:F40')]);
    expect(first.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['F2:F40']);
    expect(first.getRange().getA1Notation()).toBe('A1:Z1000');
  });

  it(`editors: owner and current user can never be removed (${REF}#removeeditorsemailaddresses)`, () => {
    const { sheet } = setup();
    const p = sheet.protect();
    p.addEditors(['peer@example.com', 'director@example.com']);
    p.removeEditors(p.getEditors());
    expect(
      p
        .getEditors()
        .map((u) => u.getEmail())
        .sort(),
    ).toEqual(['manager@example.com', 'owner@example.com']);
    expect(p.canEdit()).toBe(true);
    p.removeEditor('owner@example.com');
    expect(p.getEditors()).toHaveLength(2);
  });

  it(`remove() drops the protection (${REF}#remove)`, () => {
    const { sheet, SpreadsheetApp } = setup();
    sheet.getRange('A1').protect().remove();
    sheet.protect().remove();
    expect(SpreadsheetApp.getActive().getProtections(SpreadsheetApp.ProtectionType.RANGE)).toEqual([]);
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toEqual([]);
  });
});

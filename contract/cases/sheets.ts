import { check, equal, isDate, succeeds, throws, workspaceControls, type Contract } from '../contract';

/** Sheets: what the add-on reads and writes through SpreadsheetApp. */
const RANGE = 'https://developers.google.com/apps-script/reference/spreadsheet/range';
const SPREADSHEET = 'https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet';
const SHEET = 'https://developers.google.com/apps-script/reference/spreadsheet/sheet';

export const sheetContracts: Contract[] = [
  {
    name: 'setConditionalFormatRules: a text-equal rule over a range reads back with its text, background and range, and replaces the rules before',
    reference: `${SHEET}#setConditionalFormatRules(ConditionalFormatRule)`,
    run(env) {
      const sheet = env.scratchSheet();
      const range = sheet.getRange('D3:F10');
      const rule = (text: string, colour: string) =>
        SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo(text).setBackground(colour).setRanges([range]).build();
      sheet.setConditionalFormatRules([rule('Old', '#ffffff')]);
      sheet.setConditionalFormatRules([rule('Exceeds', '#b7e1cd'), rule('Exceptional', '#c9daf8')]);
      const rules = sheet.getConditionalFormatRules();
      equal(rules.length, 2, 'rules after the second set');
      const first = rules[0]!.getBooleanCondition()!;
      equal(first.getCriteriaType(), SpreadsheetApp.BooleanCriteria.TEXT_EQUAL_TO, 'criteria of the first rule');
      equal(first.getCriteriaValues(), ['Exceeds'], 'its text');
      equal(first.getBackground(), '#b7e1cd', 'its background');
      equal(
        rules[0]!.getRanges().map((r) => r.getA1Notation()),
        ['D3:F10'],
        'its range',
      );
    },
  },
  {
    name: 'getValues: text, numbers and booleans come back as string, number and boolean; empty cells as ""',
    reference: `${RANGE}#getValues()`,
    run(env) {
      const sheet = env.scratchSheet();
      sheet.getRange('A1:D1').setValues([['Exceeds', 42.5, true, '']]);
      const [row] = sheet.getRange('A1:E1').getValues();
      equal(row, ['Exceeds', 42.5, true, '', ''], 'A1:E1');
    },
  },
  {
    name: 'getValues: a date cell comes back as a Date; a number typed in a plain cell stays a number',
    reference: `${RANGE}#getValues()`,
    run(env) {
      const sheet = env.scratchSheet();
      const when = new Date(2026, 2, 15, 12, 0, 0);
      sheet.getRange('A1:B1').setValues([[when, 7]]);
      const [[date, seven]] = sheet.getRange('A1:B1').getValues() as [[unknown, unknown]];
      check(isDate(date), `A1 is a Date (got ${typeof date})`);
      // Only the calendar day is relied on: a cell has no time zone of its own.
      equal((date as Date).getFullYear(), 2026, 'year of A1');
      equal(seven, 7, 'B1');
    },
  },
  {
    name: 'getValues: an @-formatted (plain text) cell keeps what is written exactly, even "0042" and "=1+1"',
    reference: `${RANGE}#setNumberFormat(String)`,
    run(env) {
      const sheet = env.scratchSheet();
      const range = sheet.getRange('A1:C1');
      range.setNumberFormat('@');
      range.setValues([['0042', '=1+1', 'TRUE']]);
      equal(range.getValues(), [['0042', '=1+1', 'TRUE']], 'A1:C1');
      equal(range.getFormulas(), [['', '', '']], 'formulas of A1:C1');
    },
  },
  {
    name: 'setValues: a string starting with "=" is a formula',
    reference: `${RANGE}#setValues(Object)`,
    run(env) {
      const sheet = env.scratchSheet();
      sheet.getRange('A1:B1').setValues([[2, '=A1*3']]);
      // The add-on writes formulas (HYPERLINK) and reads them back; it never needs their value.
      equal(sheet.getRange('B1').getFormula(), '=A1*3', 'formula of B1');
    },
  },
  {
    name: 'setValues: a leading apostrophe keeps the rest as text and is not part of the value',
    reference: `${RANGE}#setValues(Object)`,
    run(env) {
      const sheet = env.scratchSheet();
      sheet.getRange('A1:C1').setValues([["'=not a formula", "'0042", "'+44 20"]]);
      equal(sheet.getRange('A1:C1').getValues(), [['=not a formula', '0042', '+44 20']], 'A1:C1');
      equal(sheet.getRange('A1:C1').getFormulas(), [['', '', '']], 'formulas of A1:C1');
    },
  },
  {
    name: 'setValues: text the add-on writes for people ("+", "-", "=" first) is kept as text by an apostrophe or an @ format',
    reference: `${RANGE}#setValues(Object)`,
    run(env) {
      // What Sheets makes of an unprefixed "+1 day" or "-x" is not documented; the add-on
      // never writes typed text unprefixed into a cell that is not plain text.
      const sheet = env.scratchSheet();
      sheet.getRange('B1').setNumberFormat('@');
      sheet.getRange('A1:B1').setValues([["'+1 day", '-x = y']]);
      equal(sheet.getRange('A1:B1').getValues(), [['+1 day', '-x = y']], 'A1:B1');
    },
  },
  {
    name: 'setValues: a data-validation rule that rejects input does not stop a script from writing',
    reference: 'https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#setAllowInvalid(Boolean)',
    run(env) {
      const sheet = env.scratchSheet();
      const rule = SpreadsheetApp.newDataValidation().requireValueInList(['Exceeds', 'Meets'], true).setAllowInvalid(false).build();
      sheet.getRange('A1').setDataValidation(rule);
      // The add-on validates ratings itself (saveRatings) and reads back what is in the cell.
      succeeds(() => sheet.getRange('A1').setValues([['Not on the list']]), 'setValues past the rule');
      equal(sheet.getRange('A1').getValue(), 'Not on the list', 'A1');
      equal(sheet.getRange('A1').getDataValidation()?.getAllowInvalid(), false, 'the rule is still there');
    },
  },
  {
    name: 'setValues: the array must match the range exactly, else nothing is written',
    reference: `${RANGE}#setValues(Object)`,
    run(env) {
      const sheet = env.scratchSheet();
      throws(() => sheet.getRange('A1:B2').setValues([['a', 'b']]), 'one row for two');
      throws(() => sheet.getRange('A1:B1').setValues([['a']]), 'one column for two');
      equal(
        sheet.getRange('A1:B2').getValues(),
        [
          ['', ''],
          ['', ''],
        ],
        'A1:B2 after the refusals',
      );
    },
  },
  {
    name: 'Range bounds: getRange past the last row or column throws; getMaxRows and getMaxColumns tell the size first',
    reference: `${SHEET}#getRange(Integer,Integer,Integer,Integer)`,
    run(env) {
      const sheet = env.scratchSheet();
      const rows = sheet.getMaxRows();
      const columns = sheet.getMaxColumns();
      check(rows >= 1 && columns >= 1, `the sheet has a size (${rows} × ${columns})`);
      succeeds(() => sheet.getRange(rows, columns).getValue(), 'the last cell');
      throws(() => sheet.getRange(rows, 1, 2, 1).getValues(), 'one row past the end');
      throws(() => sheet.getRange(0, 1), 'row 0');
      sheet.insertRowsAfter(rows, 5);
      equal(sheet.getMaxRows(), rows + 5, 'rows after insertRowsAfter');
      succeeds(() => sheet.getRange(rows + 1, 1, 5, 1).getValues(), 'the new rows');
    },
  },
  {
    name: 'Sheet names: getSheetByName returns null for a missing sheet (no error)',
    reference: `${SPREADSHEET}#getSheetByName(String)`,
    run(env) {
      equal(SpreadsheetApp.getActiveSpreadsheet().getSheetByName(env.uniqueName('No such sheet ')), null, 'a missing sheet');
    },
  },
  {
    name: 'Sheet names: unique regardless of case; insertSheet and setName refuse a name another sheet has in any case',
    reference: `${SPREADSHEET}#insertSheet(String)`,
    run(env) {
      const sheet = env.scratchSheet();
      const name = sheet.getName();
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      throws(() => spreadsheet.insertSheet(name), 'the same name');
      throws(() => spreadsheet.insertSheet(name.toUpperCase()), 'the same name in capitals');
      const other = env.scratchSheet();
      throws(() => other.setName(name.toLowerCase()), 'renaming to the same name in lower case');
      succeeds(() => other.setName(`${name} (2)`), 'a different name');
    },
  },
  {
    name: 'Sheet names: getSheetByName finds a sheet whatever the case of the name asked for',
    reference: `${SPREADSHEET}#getSheetByName(String)`,
    run(env) {
      // Not written in Google's reference, but Sheets keeps names unique regardless of case and
      // getSheetByName answers so; the add-on compares names case-insensitively either way.
      const sheet = env.scratchSheet();
      const found = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet.getName().toUpperCase());
      check(found !== null, 'the sheet is found by its name in capitals');
      equal(found?.getSheetId(), sheet.getSheetId(), 'the sheet found');
    },
  },
  {
    name: 'Sheet names: up to 100 characters, with quotes, spaces and accents; A1 notation quotes them',
    reference: `${SHEET}#setName(String)`,
    run(env) {
      const sheet = env.scratchSheet();
      const name = `Ann O'Neil — Señora ${'x'.repeat(60)}`.slice(0, 100);
      succeeds(() => sheet.setName(name), 'a 100-character name with a quote');
      equal(sheet.getName(), name, 'the name read back');
      sheet.getRange('A1').setValue('here');
      const quoted = `'${name.replace(/'/g, "''")}'!A1`;
      equal(SpreadsheetApp.getActiveSpreadsheet().getRange(quoted).getValue(), 'here', quoted);
    },
  },
  {
    name: "Time zones: getSpreadsheetTimeZone and Session.getScriptTimeZone are both valid zones, each Utilities.formatDate's to use",
    reference: 'https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()',
    run() {
      const spreadsheetZone = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
      const scriptZone = Session.getScriptTimeZone();
      const instant = new Date(Date.UTC(2026, 0, 15, 12, 0, 0));
      for (const [what, zone] of [
        ['spreadsheet', spreadsheetZone],
        ['script', scriptZone],
      ] as const) {
        check(typeof zone === 'string' && zone.length > 0, `the ${what} time zone is named (${zone})`);
        const day = succeeds(() => Utilities.formatDate(instant, zone, 'yyyy-MM-dd'), `formatDate in the ${what} zone`);
        check(/^2026-01-1[456]$/.test(day), `the ${what} zone gives a day next to 2026-01-15 (${day})`);
      }
    },
  },
  {
    name: 'Time zones: the spreadsheet and the script each have their own zone, which can differ',
    reference: `${SPREADSHEET}#getSpreadsheetTimeZone()`,
    workspaceOnly: 'the real run has one spreadsheet and one script, whose zones the maintainer set',
    run(env) {
      workspaceControls(env).withSettings({ spreadsheetTimeZone: 'America/Los_Angeles', timeZone: 'Europe/London' }, () => {
        equal(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone(), 'America/Los_Angeles', 'spreadsheet zone');
        equal(Session.getScriptTimeZone(), 'Europe/London', 'script zone');
      });
    },
  },
  {
    name: "Sheet.protect: editors removed as Google's example does keeps the current user; domain editing off; getProtections lists it by description; remove() ends it",
    reference: 'https://developers.google.com/apps-script/reference/spreadsheet/protection',
    run(env) {
      const sheet = env.scratchSheet();
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const protection = sheet.protect().setDescription('contract: closed');
      protection.removeEditors(protection.getEditors());
      if (protection.canDomainEdit()) protection.setDomainEdit(false);
      equal(protection.canDomainEdit(), false, 'domain editing after setDomainEdit(false)');
      equal(protection.isWarningOnly(), false, 'a new protection is not warning-only');
      check(protection.canEdit(), 'the user who protected the sheet can still edit it');
      equal(sheet.protect().getDescription(), 'contract: closed', 'protect() on a protected sheet returns its protection');
      const listed = ss.getProtections(SpreadsheetApp.ProtectionType.SHEET).filter((p) => p.getDescription() === 'contract: closed');
      equal(listed.length, 1, 'protections of the spreadsheet with that description');
      listed[0]!.remove();
      equal(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length, 0, "the sheet's protections after remove()");
    },
  },
  {
    name: 'Sheet.getLastRow: the last row holding a value; whole columns formatted as text do not count',
    reference: `${SHEET}#getLastRow()`,
    run(env) {
      const sheet = env.scratchSheet();
      sheet.getRange('A:C').setNumberFormat('@').setWrap(true);
      equal(sheet.getLastRow(), 0, 'an empty, formatted sheet');
      sheet.getRange('A1:C3').setValues([
        ['When', 'By', 'Change'],
        ['t', '', 'save'],
        ['', '', 'close'],
      ]);
      equal(sheet.getLastRow(), 3, 'after three rows');
      equal(sheet.getRange('A1').getWrap(), true, 'wrap set on the whole column');
    },
  },
  {
    name: 'Range.setNote: a cell note reads back whole, line breaks kept',
    reference: `${RANGE}#setNote(String)`,
    run(env) {
      const sheet = env.scratchSheet();
      sheet.getRange('C3').setNote('Rule:\n1. points\n2. thresholds');
      equal(sheet.getRange('C3').getNote(), 'Rule:\n1. points\n2. thresholds', 'note of C3');
    },
  },
];

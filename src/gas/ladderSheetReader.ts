/** The active sheet, read once as the manager sees it (display values: a checkbox reads TRUE, a number as shown). */
export interface ActiveSheetRead {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  name: string;
  range: GoogleAppsScript.Spreadsheet.Range;
  values: string[][];
}

export function readActiveSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): ActiveSheetRead {
  const sheet = ss.getActiveSheet();
  const range = sheet.getDataRange();
  return { sheet, name: sheet.getName(), range, values: range.getDisplayValues() };
}

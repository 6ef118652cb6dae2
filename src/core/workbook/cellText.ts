/**
 * A cell as text: the one reading of a `getValues()` cell that every reader of the workbook
 * uses (PM sheets, the Team sheet, the Calibration sheet), so that a value compares and shows
 * the same wherever it is found. getValues() gives numbers, booleans and Dates for cells Sheets
 * parsed; the formula, when there is one, is what the person entered and is kept instead of its result.
 * - a boolean as Sheets shows it: TRUE / FALSE;
 * - a Date as its ISO time ('' for an invalid one), whichever realm made it.
 */
export function cellText(value: unknown, formula?: string): string {
  if (formula) return formula;
  if (value === null || value === undefined) return '';
  // Not `instanceof Date`: a Date made by the services may come from another realm.
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const time = (value as Date).getTime();
    return Number.isNaN(time) ? '' : new Date(time).toISOString();
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

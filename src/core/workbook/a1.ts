/**
 * A1 notation as Google Sheets writes it: column letters, cell and range addresses, and sheet
 * names quoted for use before `!` (a quote inside a quoted name is doubled: `'Ann O''Neil'!A1`).
 * https://developers.google.com/sheets/api/guides/concepts#cell
 */

export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** `C7` for row 7, column 3. */
export function cellA1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** `C7:F9` (or `C7` for a single cell). */
export function rangeA1(row: number, column: number, numRows: number, numColumns: number): string {
  const start = cellA1(row, column);
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${cellA1(row + numRows - 1, column + numColumns - 1)}`;
}

/**
 * A sheet name as it must be written before `!`. Quoting every name is always valid, so we do
 * not guess which names Sheets would accept bare (a name like `A1` or `Ann Lee` needs quotes).
 */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** `'Ann Lee'!A:N`: every row of columns A to `lastColumn`, however many rows the sheet has. */
export function wholeColumnsA1(sheetName: string, lastColumn: number): string {
  return `${quoteSheetName(sheetName)}!A:${columnLetters(lastColumn)}`;
}

import { RESERVED_SHEET_NAMES } from './layout';

/**
 * A PM's sheet is named after them. A name can hold anything a person types; a sheet name
 * cannot, and must be unique in the spreadsheet ignoring case (Sheets refuses "ann lee" beside
 * "Ann Lee"). The characters `: \ / ? * [ ]` are replaced because the spreadsheet may be
 * downloaded as .xlsx, where they are not allowed in sheet names (nor a name starting or
 * ending with an apostrophe); line breaks and other control characters become spaces.
 */
export const MAX_SHEET_NAME_LENGTH = 50;

export function safeSheetName(personName: string): string {
  const cleaned = personName
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/[:\\/?*[\]]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
  const short = Array.from(cleaned).slice(0, MAX_SHEET_NAME_LENGTH).join('').trim();
  return short === '' ? 'PM' : short;
}

export function sheetNameKey(name: string): string {
  return name.toLowerCase();
}

/** Whether `sheetName` is `base` or `base (n)`: the name we would give a person named so. */
export function fitsPersonName(sheetName: string, personName: string): boolean {
  const base = safeSheetName(personName);
  if (sheetNameKey(sheetName) === sheetNameKey(base)) return true;
  const m = /^(.*) \((\d+)\)$/.exec(sheetName);
  return m !== null && sheetNameKey(m[1] ?? '') === sheetNameKey(base);
}

/** The first of `base`, `base (2)`, `base (3)`, … not in `taken` (keys from `sheetNameKey`); adds it to `taken`. */
export function uniqueSheetName(personName: string, taken: Set<string>): string {
  const base = safeSheetName(personName);
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const candidate = `${Array.from(base)
      .slice(0, MAX_SHEET_NAME_LENGTH - suffix.length)
      .join('')
      .trim()}${suffix}`;
    if (!taken.has(sheetNameKey(candidate))) {
      taken.add(sheetNameKey(candidate));
      return candidate;
    }
  }
}

export function isReservedSheetName(name: string): boolean {
  return RESERVED_SHEET_NAMES.some((r) => sheetNameKey(r) === sheetNameKey(name));
}

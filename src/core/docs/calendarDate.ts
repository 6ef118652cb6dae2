/**
 * Calendar dates as docs show them. The shell gives today's date in the spreadsheet's time zone
 * (the manager's, not the add-on project's) as `yyyy-MM-dd`; everything else is arithmetic on that date (UTC, so no daylight-saving jumps).
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parse(isoDate: string): Date {
  const m = ISO_DATE.exec(isoDate);
  if (!m) throw new Error(`"${isoDate}" is not a date written yyyy-MM-dd`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

export function addDays(isoDate: string, days: number): string {
  const d = parse(isoDate);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** "15 January 2026": the day first and the month in words, unambiguous in every locale. */
export function longDate(isoDate: string): string {
  const d = parse(isoDate);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/**
 * Number formats, as far as the workspace renders them for `getDisplayValues()`: Google's
 * pattern language (developers.google.com/sheets/api/guides/formats) for the patterns an add-on
 * uses: `0`, `0.00`, `#,##0`, `0%`, `"$"#,##0.00`, `@` (plain text), date and time patterns
 * (`yyyy-mm-dd`, `M/d/yyyy H:mm:ss`, `mmmm d`, `h:mm am/pm`). Other patterns fall back to the
 * default rendering; they are stored and read back exactly.
 */
import { fromSerial, zonedParts } from './timezone';

/** What `getNumberFormat()` returns for a cell nobody formatted (Google's "Automatic"). */
export const DEFAULT_NUMBER_FORMAT = '0.###############';
/** The format Google gives a cell when a script writes a Date into an unformatted cell. */
export const DEFAULT_DATE_TIME_FORMAT = 'M/d/yyyy H:mm:ss';
export const PLAIN_TEXT_FORMAT = '@';

function stripLiterals(pattern: string): string {
  return pattern
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

export function isDateFormat(pattern: string | undefined): boolean {
  if (pattern === undefined || pattern === PLAIN_TEXT_FORMAT) return false;
  return /[ydhms]/i.test(stripLiterals(pattern));
}

export function isNumericFormat(pattern: string | undefined): boolean {
  return pattern !== undefined && pattern !== PLAIN_TEXT_FORMAT && !isDateFormat(pattern);
}

function groupThousands(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

interface PatternChar {
  ch: string;
  literal: boolean;
}

/** Splits a format section into characters, marking quoted text and `\x` escapes as literal. */
function patternChars(section: string): PatternChar[] {
  const out: PatternChar[] = [];
  for (let i = 0; i < section.length; i += 1) {
    const ch = section[i] ?? '';
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      for (const c of section.slice(i + 1, stop)) out.push({ ch: c, literal: true });
      i = stop;
    } else if (ch === '\\') {
      out.push({ ch: section[i + 1] ?? '', literal: true });
      i += 1;
    } else {
      out.push({ ch, literal: false });
    }
  }
  return out;
}

export function formatNumber(value: number, pattern: string = DEFAULT_NUMBER_FORMAT): string {
  if (pattern === PLAIN_TEXT_FORMAT) return String(value);
  const sections = pattern.split(';');
  const negativeSection = value < 0 && sections.length > 1;
  const chars = patternChars((negativeSection ? sections[1] : sections[0]) ?? '');
  const isPlaceholder = (c: PatternChar) => !c.literal && '#0.,'.includes(c.ch);
  const first = chars.findIndex(isPlaceholder);
  let last = -1;
  chars.forEach((c, i) => {
    if (isPlaceholder(c)) last = i;
  });
  if (first < 0) return String(value);
  const text = (list: PatternChar[]) => list.map((c) => c.ch).join('');
  const prefix = text(chars.slice(0, first));
  const suffix = text(chars.slice(last + 1));
  const [intPattern = '', decPattern = ''] = text(chars.slice(first, last + 1)).split('.');
  const percent = prefix.includes('%') || suffix.includes('%');
  const magnitude = Math.abs(percent ? value * 100 : value);
  const maxDec = Math.min((decPattern.match(/[0#]/g) ?? []).length, 20);
  const minDec = (decPattern.match(/0/g) ?? []).length;
  let [intDigits = '0', decDigits = ''] = magnitude.toFixed(maxDec).split('.');
  while (decDigits.length > minDec && decDigits.endsWith('0')) decDigits = decDigits.slice(0, -1);
  const minInt = (intPattern.match(/0/g) ?? []).length;
  if (intDigits === '0' && minInt === 0) intDigits = '';
  intDigits = intDigits.padStart(minInt, '0');
  if (intPattern.includes(',')) intDigits = groupThousands(intDigits);
  const isZero = Number(`${intDigits || '0'}.${decDigits || '0'}`.replace(/,/g, '')) === 0;
  const sign = value < 0 && !negativeSection && !isZero ? '-' : '';
  return `${sign}${prefix}${intDigits}${decDigits ? `.${decDigits}` : ''}${suffix}`;
}

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

type DateToken = { kind: 'literal'; text: string } | { kind: 'field'; letter: string; count: number } | { kind: 'ampm'; text: string };

function tokenizeDatePattern(pattern: string): DateToken[] {
  const tokens: DateToken[] = [];
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i] ?? '';
    const rest = pattern.slice(i);
    const ampm = /^(am\/pm|a\/p)/i.exec(rest);
    if (ampm) {
      tokens.push({ kind: 'ampm', text: ampm[0] });
      i += ampm[0].length;
    } else if (ch === '"') {
      const end = pattern.indexOf('"', i + 1);
      const stop = end < 0 ? pattern.length : end;
      tokens.push({ kind: 'literal', text: pattern.slice(i + 1, stop) });
      i = stop + 1;
    } else if (ch === '\\') {
      tokens.push({ kind: 'literal', text: pattern[i + 1] ?? '' });
      i += 2;
    } else if (/[ydhms]/i.test(ch)) {
      let count = 1;
      while (pattern[i + count]?.toLowerCase() === ch.toLowerCase()) count += 1;
      tokens.push({ kind: 'field', letter: ch.toLowerCase(), count });
      i += count;
    } else {
      tokens.push({ kind: 'literal', text: ch });
      i += 1;
    }
  }
  return tokens;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Renders a date with a Sheets date pattern; `m` means minutes after an hour or before seconds. */
export function formatDateValue(date: Date, pattern: string, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  const tokens = tokenizeDatePattern(pattern);
  const fields = tokens.filter((t): t is Extract<DateToken, { kind: 'field' }> => t.kind === 'field');
  const twelveHour = tokens.some((t) => t.kind === 'ampm');
  let out = '';
  for (const t of tokens) {
    if (t.kind === 'literal') {
      out += t.text;
      continue;
    }
    if (t.kind === 'ampm') {
      const pm = p.hour >= 12;
      const lower = t.text[0] === t.text[0]?.toLowerCase();
      const text = t.text.length > 3 ? (pm ? 'PM' : 'AM') : pm ? 'P' : 'A';
      out += lower ? text.toLowerCase() : text;
      continue;
    }
    const idx = fields.indexOf(t);
    const prev = fields[idx - 1];
    const next = fields[idx + 1];
    switch (t.letter) {
      case 'y':
        out += t.count <= 2 ? pad(p.year % 100, 2) : String(p.year);
        break;
      case 'm': {
        const isMinute = t.count <= 2 && (prev?.letter === 'h' || next?.letter === 's');
        if (isMinute) out += t.count === 2 ? pad(p.minute, 2) : String(p.minute);
        else if (t.count === 1) out += String(p.month);
        else if (t.count === 2) out += pad(p.month, 2);
        else if (t.count === 3) out += (MONTHS[p.month - 1] ?? '').slice(0, 3);
        else if (t.count === 5) out += (MONTHS[p.month - 1] ?? '').slice(0, 1);
        else out += MONTHS[p.month - 1] ?? '';
        break;
      }
      case 'd':
        if (t.count === 1) out += String(p.day);
        else if (t.count === 2) out += pad(p.day, 2);
        else if (t.count === 3) out += (DAYS[p.weekday] ?? '').slice(0, 3);
        else out += DAYS[p.weekday] ?? '';
        break;
      case 'h': {
        const h = twelveHour ? ((p.hour + 11) % 12) + 1 : p.hour;
        out += t.count >= 2 ? pad(h, 2) : String(h);
        break;
      }
      case 's':
        out += t.count >= 2 ? pad(p.second, 2) : String(p.second);
        break;
      default:
        break;
    }
  }
  return out;
}

export function formatSerialAsDate(serial: number, pattern: string, timeZone: string): string {
  return formatDateValue(fromSerial(serial, timeZone), pattern, timeZone);
}

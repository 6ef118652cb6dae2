/**
 * Utilities (developers.google.com/apps-script/reference/utilities/utilities) and Logger
 * (developers.google.com/apps-script/reference/base/logger).
 *
 * `formatDate(date, timeZone, format)` follows Java's SimpleDateFormat, as Google documents
 * ("format: a format per the SimpleDateFormat specification"): y, M/L (numbers and month names),
 * d, D, E, u, a, H, k, K, h, m, s, S, z, Z, X, G and quoted text ('at', '' for a quote). A
 * pattern letter Java does not know throws Java's "Illegal pattern character 'q'". Week-based
 * letters (Y, w, W, F) are not implemented and throw.
 *
 * Time does not pass in memory: `sleep` only costs its call. `getUuid` is deterministic (a
 * counter shaped as a version-4 UUID) so that tests and the playground repeat.
 */
import { createHash } from 'node:crypto';
import type { CallLog } from './callLog';
import type { WorkspaceContext } from './context';
import { NotImplementedError, strict } from './strict';
import { Charset, DigestAlgorithm, enumName, strictEnum } from './sheets/enums';
import { signatureError } from './sheets/errors';
import { isDate, offsetMinutes, zonedParts } from './sheets/timezone';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function zoneName(date: Date, timeZone: string, long: boolean): string {
  if (/^(GMT|UTC)$/i.test(timeZone)) return timeZone.toUpperCase();
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: long ? 'long' : 'short' }).formatToParts(date);
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}

function offsetText(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}${colon ? ':' : ''}${pad(abs % 60, 2)}`;
}

function dayOfYear(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86400000 + 1;
}

function field(letter: string, count: number, date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  switch (letter) {
    case 'G':
      return 'AD';
    case 'y':
      return count === 2 ? pad(p.year % 100, 2) : pad(p.year, count);
    case 'M':
    case 'L':
      if (count >= 4) return MONTHS[p.month - 1] ?? '';
      if (count === 3) return (MONTHS[p.month - 1] ?? '').slice(0, 3);
      return pad(p.month, count);
    case 'd':
      return pad(p.day, count);
    case 'D':
      return pad(dayOfYear(p.year, p.month, p.day), count);
    case 'E':
      return count >= 4 ? (DAYS[p.weekday] ?? '') : (DAYS[p.weekday] ?? '').slice(0, 3);
    case 'u':
      return pad(p.weekday === 0 ? 7 : p.weekday, count);
    case 'a':
      return p.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(p.hour, count);
    case 'k':
      return pad(p.hour === 0 ? 24 : p.hour, count);
    case 'K':
      return pad(p.hour % 12, count);
    case 'h':
      return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, count);
    case 'm':
      return pad(p.minute, count);
    case 's':
      return pad(p.second, count);
    case 'S':
      return pad(p.millisecond, count);
    case 'z':
      return zoneName(date, timeZone, count >= 4);
    case 'Z':
      return offsetText(offsetMinutes(date, timeZone), false);
    case 'X': {
      const minutes = offsetMinutes(date, timeZone);
      if (minutes === 0) return 'Z';
      const full = offsetText(minutes, count >= 3);
      return count === 1 ? full.slice(0, 3) : full;
    }
    case 'Y':
    case 'w':
    case 'W':
    case 'F':
      throw new NotImplementedError(`Utilities.formatDate pattern letter '${letter}'`);
    default:
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

export function formatDate(date: Date, timeZone: string, format: string): string {
  let out = '';
  let i = 0;
  while (i < format.length) {
    const ch = format[i] ?? '';
    if (ch === "'") {
      if (format[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      let text = '';
      while (j < format.length) {
        if (format[j] === "'" && format[j + 1] === "'") {
          text += "'";
          j += 2;
        } else if (format[j] === "'") {
          break;
        } else {
          text += format[j];
          j += 1;
        }
      }
      out += text;
      i = j + 1;
    } else if (/[A-Za-z]/.test(ch)) {
      let count = 1;
      while (format[i + count] === ch) count += 1;
      out += field(ch, count, date, timeZone);
      i += count;
    } else {
      out += ch;
      i += 1;
    }
  }
  return out;
}

/** Apps Script bytes are Java bytes: signed, -128 to 127. */
function toSignedBytes(buffer: Uint8Array): number[] {
  return Array.from(buffer, (b) => (b > 127 ? b - 256 : b));
}

function fromBytes(data: unknown, method: string): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (Array.isArray(data) && data.every((b) => typeof b === 'number')) return Buffer.from(data.map((b: number) => b & 0xff));
  throw signatureError(`Utilities.${method}`, [data]);
}

class BlobImpl {
  readonly _self: GoogleAppsScript.Base.Blob;

  constructor(
    private readonly _log: CallLog,
    private _bytes: Buffer,
    private _contentType: string | null,
    private _name: string | null,
  ) {
    this._self = strict(this, 'Blob', _log) as unknown as GoogleAppsScript.Base.Blob;
  }

  getDataAsString(): string {
    return this._bytes.toString('utf8');
  }

  getName(): string | null {
    return this._name;
  }

  setName(name: string): this {
    this._name = String(name);
    return this;
  }
}

const DIGESTS: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };

class UtilitiesImpl {
  readonly Charset;
  readonly DigestAlgorithm;
  private _uuids = 0;

  constructor(private readonly _context: WorkspaceContext) {
    this.Charset = strictEnum(Charset, 'Utilities.Charset', _context.log);
    this.DigestAlgorithm = strictEnum(DigestAlgorithm, 'Utilities.DigestAlgorithm', _context.log);
  }

  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
      throw signatureError('Utilities.formatDate', [date, timeZone, format]);
    }
    return formatDate(date, timeZone, format);
  }

  getUuid(): string {
    this._uuids += 1;
    return `00000000-0000-4000-8000-${this._uuids.toString(16).padStart(12, '0')}`;
  }

  base64Encode(data: string | number[]): string {
    return fromBytes(data, 'base64Encode').toString('base64');
  }

  base64Decode(encoded: string): number[] {
    if (typeof encoded !== 'string') throw signatureError('Utilities.base64Decode', [encoded]);
    return toSignedBytes(Buffer.from(encoded, 'base64'));
  }

  computeDigest(algorithm: GoogleAppsScript.Utilities.DigestAlgorithm, value: string | number[]): number[] {
    const name = enumName(DigestAlgorithm, algorithm);
    const hash = name === null ? undefined : DIGESTS[name];
    if (!hash) throw new NotImplementedError(`Utilities.computeDigest with ${String(algorithm)}`);
    return toSignedBytes(createHash(hash).update(fromBytes(value, 'computeDigest')).digest());
  }

  newBlob(data: string | number[], contentType?: string, name?: string): GoogleAppsScript.Base.Blob {
    return new BlobImpl(this._context.log, fromBytes(data, 'newBlob'), contentType ?? null, name ?? null)._self;
  }
}

export function createUtilities(context: WorkspaceContext): GoogleAppsScript.Utilities.Utilities {
  return strict(new UtilitiesImpl(context), 'Utilities', context.log) as unknown as GoogleAppsScript.Utilities.Utilities;
}

/** Logger.log lines, kept for tests and the playground. */
export class LogLines {
  readonly lines: string[] = [];
}

function logText(data: unknown): string {
  if (typeof data === 'string') return data;
  if (isDate(data)) return data.toString();
  if (typeof data === 'object' && data !== null) return JSON.stringify(data);
  return String(data);
}

class LoggerImpl {
  constructor(private readonly _lines: LogLines) {}

  /** log(data) or log(format, ...values) with %s placeholders (logger#logformat,-values). */
  log(data: unknown, ...values: unknown[]): this {
    let text = logText(data);
    if (values.length > 0 && typeof data === 'string') {
      let next = 0;
      text = data.replace(/%s|%d|%f/g, () => logText(values[next++]));
    }
    this._lines.lines.push(text);
    return this;
  }

  getLog(): string {
    return this._lines.lines.join('\n');
  }

  clear(): void {
    this._lines.lines.length = 0;
  }
}

export function createLogger(lines: LogLines, log: CallLog): GoogleAppsScript.Base.Logger {
  return strict(new LoggerImpl(lines), 'Logger', log) as unknown as GoogleAppsScript.Base.Logger;
}

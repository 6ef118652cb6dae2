import { DOC_TITLES, type DocKind } from './docKinds';

/**
 * Where a generated doc goes and how the add-on finds it again (docs/ARCHITECTURE.md, Documents):
 * - one folder per review cycle, "Career Ladder — <cycle>";
 * - the doc named "Growth Plan — <name> — <cycle>" (" (v2)" and up for a new version);
 * - Drive `appProperties` on the folder and the doc (private to the add-on, invisible to
 *   people) say what each file is, so a query finds them whatever they were renamed to.
 *
 * Drive limits one property (key and value together) to 124 bytes of UTF-8, so long or
 * arbitrary values (a cycle may be 200 characters) are stored as a 16-hex-digit hash.
 * https://developers.google.com/workspace/drive/api/guides/properties
 */
export const APP_MARK = 'careerLadder';
export const KEY_PERSON = 'clPerson';
export const KEY_CYCLE = 'clCycle';
export const KEY_VERSION = 'clVersion';
export type FileRole = DocKind | 'cycle-folder' | 'template';

/** FNV-1a, 64 bits as two 32-bit halves: stable, tiny, and collisions are negligible here. */
export function shortHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h1 >>> 15);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** A value safe to store as is (short, plain), else its hash. */
export function propertyValue(value: string): string {
  return /^[A-Za-z0-9_-]{1,60}$/.test(value) ? value : `h${shortHash(value)}`;
}

/** Names shown in Drive are kept readable: a very long name is cut. */
function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

export function docName(kind: DocKind, personName: string, cycle: string, version: number): string {
  const base = `${DOC_TITLES[kind]} — ${clip(personName, 100)} — ${clip(cycle, 100)}`;
  return version > 1 ? `${base} (v${version})` : base;
}

export function cycleFolderName(cycle: string): string {
  return `Career Ladder — ${clip(cycle, 200)}`;
}

export function docAppProperties(kind: DocKind, personId: string, cycle: string, version: number): Record<string, string> {
  return { [APP_MARK]: kind, [KEY_PERSON]: propertyValue(personId), [KEY_CYCLE]: propertyValue(cycle), [KEY_VERSION]: String(version) };
}

export function cycleFolderAppProperties(cycle: string): Record<string, string> {
  return { [APP_MARK]: 'cycle-folder', [KEY_CYCLE]: propertyValue(cycle) };
}

/**
 * A string literal of the Drive query language: in single quotes, with `\` and `'` escaped.
 * https://developers.google.com/workspace/drive/api/guides/ref-search-terms
 */
export function queryLiteral(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function hasProperty(key: string, value: string): string {
  return `appProperties has { key=${queryLiteral(key)} and value=${queryLiteral(value)} }`;
}

export function existingDocsQuery(kind: DocKind, personId: string, cycle: string): string {
  return [
    hasProperty(APP_MARK, kind),
    hasProperty(KEY_PERSON, propertyValue(personId)),
    hasProperty(KEY_CYCLE, propertyValue(cycle)),
    'trashed = false',
  ].join(' and ');
}

export function cycleFolderQuery(cycle: string): string {
  return [
    `mimeType = 'application/vnd.google-apps.folder'`,
    hasProperty(APP_MARK, 'cycle-folder'),
    hasProperty(KEY_CYCLE, propertyValue(cycle)),
    'trashed = false',
  ].join(' and ');
}

/**
 * A doc made for the same PM, kind and cycle: found in this user's Drive, or only known from the
 * workbook (another editor made it: under drive.file this user's Drive does not show it).
 */
export interface ExistingDoc {
  id: string;
  name: string;
  url: string;
  version: number;
  /** The hash of the doc's text when the add-on finished writing it; null when unknown. */
  writtenHash: string | null;
}

/**
 * What to do when asked for a doc (docs/ARCHITECTURE.md, Documents: running it again for the same PM and
 * cycle asks before making a second copy, and never overwrites a doc someone edited):
 * - `ask` (no option given): nothing is created; the caller hears which doc exists and whether
 *   someone edited it since it was written, and asks the manager;
 * - `open`: the existing doc is returned as it is;
 * - `newVersion`: a new doc "(v2)", "(v3)", … is made; the existing one is left untouched.
 * No option ever writes into an existing doc.
 */
export type IfExists = 'ask' | 'open' | 'newVersion';

export type ExistingDecision = { action: 'create'; version: number } | { action: 'exists' | 'open'; doc: ExistingDoc };

export function latestDoc(docs: readonly ExistingDoc[]): ExistingDoc | undefined {
  return [...docs].sort((a, b) => b.version - a.version || a.id.localeCompare(b.id))[0];
}

export function existingDecision(docs: readonly ExistingDoc[], ifExists: IfExists): ExistingDecision {
  const latest = latestDoc(docs);
  if (!latest) return { action: 'create', version: 1 };
  if (ifExists === 'newVersion') return { action: 'create', version: Math.max(...docs.map((d) => d.version)) + 1 };
  return { action: ifExists === 'open' ? 'open' : 'exists', doc: latest };
}

export function versionOf(appProperties: Readonly<Record<string, string>> | undefined): number {
  const v = Number(appProperties?.[KEY_VERSION]);
  return Number.isInteger(v) && v > 0 ? v : 1;
}

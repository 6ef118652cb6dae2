import * as z from 'zod/mini';
import { hashText } from '../workbook/hash';
import { DOC_KINDS, type DocKind } from './docKinds';
import { propertyValue } from './docFiling';

/**
 * What the workbook remembers of every doc the add-on wrote, in its document properties (shared
 * by every editor of the spreadsheet, unlike Drive: under the drive.file scope each user's Drive
 * shows the add-on only the files it made for that user). One entry per doc, a few hundred bytes,
 * far below the 9 KB per value and 500 KB per store limits.
 * https://developers.google.com/apps-script/guides/properties#data_format
 *
 * It lets a second editor hear that a plan exists though their Drive does not show it, and it
 * holds a hash of the doc's text as written: a later run compares it with the doc's text now to
 * tell whether someone edited the doc. Drive's modifiedTime cannot tell: Google may move it after
 * the add-on saved the doc (Docs saves and processes a document on its own schedule), which would
 * report every plan as edited.
 */
export const WRITTEN_DOC_PREFIX = 'careerLadder.doc.';

export const writtenDocSchema = z.object({
  kind: z.enum(DOC_KINDS),
  /** The PM's id and the cycle as stored in the doc's Drive appProperties (long values hashed). */
  person: z.string(),
  cycle: z.string(),
  version: z.number(),
  name: z.string(),
  /** contentHash of the doc's text when the add-on finished writing it. */
  hash: z.string(),
});
export type WrittenDoc = z.infer<typeof writtenDocSchema>;

export function writtenDocKey(docId: string): string {
  return `${WRITTEN_DOC_PREFIX}${docId}`;
}

export function writtenDocValue(kind: DocKind, personId: string, cycle: string, version: number, name: string, hash: string): string {
  const entry: WrittenDoc = { kind, person: propertyValue(personId), cycle: propertyValue(cycle), version, name, hash };
  return JSON.stringify(entry);
}

function parseEntry(raw: string | undefined): WrittenDoc | null {
  if (!raw) return null;
  try {
    const parsed = writtenDocSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The entry of one doc; null when the workbook has none (or it does not parse). */
export function writtenDoc(properties: Readonly<Record<string, string>>, docId: string): WrittenDoc | null {
  return parseEntry(properties[writtenDocKey(docId)]);
}

/** The docs the workbook knows for one PM, kind and cycle, by id. */
export function writtenDocsFor(
  properties: Readonly<Record<string, string>>,
  kind: DocKind,
  personId: string,
  cycle: string,
): Array<{ id: string; entry: WrittenDoc }> {
  const person = propertyValue(personId);
  const cycleValue = propertyValue(cycle);
  const out: Array<{ id: string; entry: WrittenDoc }> = [];
  for (const [key, raw] of Object.entries(properties)) {
    if (!key.startsWith(WRITTEN_DOC_PREFIX)) continue;
    const entry = parseEntry(raw);
    if (entry && entry.kind === kind && entry.person === person && entry.cycle === cycleValue)
      out.push({ id: key.slice(WRITTEN_DOC_PREFIX.length), entry });
  }
  return out;
}

/** A hash of a doc's text (Body.getText()): what "edited" is decided on. */
export function contentHash(text: string): string {
  return hashText(text);
}

/**
 * Someone changed the doc's text since the add-on wrote it. Unknown (no hash recorded, e.g. a doc
 * from an older version of the add-on) counts as edited: the add-on never writes into it anyway.
 * A change of formatting alone leaves the text, and so the answer, as it was.
 */
export function isEdited(writtenHash: string | null, currentText: string): boolean {
  return writtenHash === null || writtenHash !== contentHash(currentText);
}

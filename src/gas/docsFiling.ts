import type { DocKind } from '../core/docs/docKinds';
import {
  cycleFolderAppProperties,
  cycleFolderName,
  cycleFolderQuery,
  existingDocsQuery,
  versionOf,
  type ExistingDoc,
} from '../core/docs/docFiling';
import { writtenDoc, writtenDocsFor } from '../core/docs/writtenDocs';
import { messageOf } from '../core/messages';

/**
 * Drive, through the advanced service (v3) under the drive.file scope: it sees the files the
 * add-on made for this user, which is all it needs (no DriveApp, no full-Drive scope). Another
 * editor's files are not among them, even when shared (drive.file is per user and per file).
 * https://developers.google.com/apps-script/advanced/drive
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/files
 * https://developers.google.com/workspace/drive/api/guides/about-auth
 */
const FOLDER_MIME = 'application/vnd.google-apps.folder';
const DOCUMENT_MIME = 'application/vnd.google-apps.document';
/** Metadata-only calls pass no file content; the advanced service takes null there. */
const NO_MEDIA = null as unknown as GoogleAppsScript.Base.Blob;

export { NO_MEDIA };

/**
 * The Drive advanced service. One that is not enabled is no global at all: reading `Drive` would
 * throw a ReferenceError ("Drive is not defined"), so ask with typeof.
 * https://developers.google.com/apps-script/guides/services/advanced
 */
export function drive(): GoogleAppsScript.Drive {
  if (typeof Drive === 'undefined')
    throw new Error(
      'The Drive advanced service is not enabled for this script: enable "Drive API" (v3) under Services. Nothing was created.',
    );
  return Drive;
}

export function docUrl(docId: string): string {
  return `https://docs.google.com/document/d/${docId}/edit`;
}

/**
 * The docs already made for this PM, kind and cycle: those this user's Drive shows (1 call), and
 * those only the workbook knows (made by another editor, or trashed): 1 call each to tell which.
 */
export function findExistingDocs(
  kind: DocKind,
  personId: string,
  cycle: string,
  properties: Readonly<Record<string, string>>,
): ExistingDoc[] {
  const found = drive().Files.list({ q: existingDocsQuery(kind, personId, cycle), fields: 'files(id,name,appProperties)', pageSize: 100 });
  const docs: ExistingDoc[] = (found.files ?? []).map((f) => {
    const id = String(f.id);
    return {
      id,
      name: String(f.name ?? ''),
      url: docUrl(id),
      version: versionOf(f.appProperties as Record<string, string> | undefined),
      writtenHash: writtenDoc(properties, id)?.hash ?? null,
    };
  });
  const listed = new Set(docs.map((d) => d.id));
  for (const { id, entry } of writtenDocsFor(properties, kind, personId, cycle)) {
    if (listed.has(id) || driveReach(id) === 'trashed') continue;
    docs.push({ id, name: entry.name, url: docUrl(id), version: entry.version, writtenHash: entry.hash });
  }
  return docs;
}

/** The cycle's folder if the add-on made it already for this user (1 call), else null. */
export function findCycleFolder(cycle: string): string | null {
  const found = drive().Files.list({ q: cycleFolderQuery(cycle), fields: 'files(id)', pageSize: 1 });
  const id = found.files?.[0]?.id;
  return id ? String(id) : null;
}

/** Makes the cycle's folder in this user's My Drive (1 call). */
export function createCycleFolder(cycle: string): string {
  const folder = drive().Files.create(
    { name: cycleFolderName(cycle), mimeType: FOLDER_MIME, parents: ['root'], appProperties: cycleFolderAppProperties(cycle) },
    NO_MEDIA,
    { fields: 'id' },
  );
  return String(folder.id);
}

/**
 * Makes an empty Google Doc in `folderId` (My Drive when null), tagged (1 call). Made through
 * Drive, so drive.file covers it for this user ("files created by the app"); Google's Docs guide
 * names this route for a doc that belongs in a folder (Drive files.create with the Google Docs
 * MIME type and the folder in `parents`), so the doc is born in its folder and never moved. It is
 * then opened with DocumentApp.openById to be written. Whether drive.file also covers a doc made
 * with DocumentApp.create, Google does not say; nothing here relies on it.
 * https://developers.google.com/workspace/docs/api/how-tos/documents ("Work with Google Drive folders")
 * https://developers.google.com/workspace/drive/api/guides/create-file
 */
export function createDocFile(name: string, folderId: string | null, appProperties: Record<string, string>): CreatedDocFile {
  // The owner comes with the same call: who made the doc, by name, for the plan's Manager line.
  const file = drive().Files.create({ name, mimeType: DOCUMENT_MIME, parents: [folderId ?? 'root'], appProperties }, NO_MEDIA, {
    fields: 'id,owners(displayName,emailAddress)',
  });
  const [owner] = file.owners ?? [];
  return {
    id: String(file.id),
    owner: owner ? { displayName: String(owner.displayName ?? ''), emailAddress: String(owner.emailAddress ?? '') } : null,
  };
}

export interface CreatedDocFile {
  id: string;
  /** The doc's owner as Drive names them; null where Drive gives none (a shared drive's file has no owner). */
  owner: { displayName: string; emailAddress: string } | null;
}

/**
 * Whether the add-on reaches a file through Drive for this user (1 call): `trashed` when it is in
 * the trash, `unreached` when Drive does not show it to this user — another editor made it
 * (drive.file), or it was deleted. Any error of the get counts as unreached: its text is in the
 * user's language and is not read.
 */
export function driveReach(fileId: string): 'reached' | 'trashed' | 'unreached' {
  try {
    return drive().Files.get(fileId, { fields: 'id,trashed' }).trashed ? 'trashed' : 'reached';
  } catch {
    return 'unreached';
  }
}

/**
 * The doc opened with DocumentApp (the `documents` scope: any doc this user can open, whoever
 * made it), or null when they cannot open it (not shared with them, or deleted). Any error
 * counts: its text is not read.
 * https://developers.google.com/apps-script/reference/document/document-app#openById(String)
 */
export function openDocIfAllowed(docId: string): GoogleAppsScript.Document.Document | null {
  try {
    return DocumentApp.openById(docId);
  } catch {
    return null;
  }
}

/** The doc's text now (2 calls): what "edited" is decided on (its hash, taken when written). */
export function docText(doc: GoogleAppsScript.Document.Document): string {
  return doc.getBody().getText();
}

/** Best effort: a doc left half-made by a failure goes to the trash, where the manager can still find it. */
export function trashQuietly(fileId: string): string | null {
  try {
    drive().Files.update({ trashed: true }, fileId, NO_MEDIA, { fields: 'id' });
    return null;
  } catch (error) {
    return messageOf(error);
  }
}

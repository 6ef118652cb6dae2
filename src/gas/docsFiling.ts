import type { DocKind } from '../core/docs/docKinds';
import {
  cycleFolderAppProperties,
  cycleFolderName,
  cycleFolderQuery,
  existingDocsQuery,
  versionOf,
  type ExistingDoc,
} from '../core/docs/docFiling';
import { writtenTimeKey } from '../core/docs/templateSettings';
import { messageOf } from '../core/messages';

/**
 * Drive, through the advanced service (v3) under the drive.file scope: it sees the files the
 * add-on made, which is all it needs (docs/ARCHITECTURE.md, Safety: no DriveApp, no full-Drive scope).
 * https://developers.google.com/apps-script/advanced/drive
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/files
 */
const FOLDER_MIME = 'application/vnd.google-apps.folder';
/** Metadata-only calls pass no file content; the advanced service takes null there. */
const NO_MEDIA = null as unknown as GoogleAppsScript.Base.Blob;

export { NO_MEDIA };

export function drive(): GoogleAppsScript.Drive {
  if (!Drive) throw new Error('The Drive advanced service is not enabled for this script: enable "Drive API" (v3) under Services.');
  return Drive;
}

export function docUrl(docId: string): string {
  return `https://docs.google.com/document/d/${docId}/edit`;
}

/** The docs already made for this PM, kind and cycle (1 call), with the time each was finished. */
export function findExistingDocs(
  kind: DocKind,
  personId: string,
  cycle: string,
  properties: Readonly<Record<string, string>>,
): ExistingDoc[] {
  const found = drive().Files.list({
    q: existingDocsQuery(kind, personId, cycle),
    fields: 'files(id,name,modifiedTime,appProperties)',
    pageSize: 100,
  });
  return (found.files ?? []).map((f) => {
    const id = String(f.id);
    return {
      id,
      name: String(f.name ?? ''),
      url: docUrl(id),
      modifiedTime: String(f.modifiedTime ?? ''),
      version: versionOf(f.appProperties as Record<string, string> | undefined),
      writtenTime: properties[writtenTimeKey(id)] ?? null,
    };
  });
}

/** The cycle's folder if the add-on made it already (1 call), else null. */
export function findCycleFolder(cycle: string): string | null {
  const found = drive().Files.list({ q: cycleFolderQuery(cycle), fields: 'files(id)', pageSize: 1 });
  const id = found.files?.[0]?.id;
  return id ? String(id) : null;
}

/** Makes the cycle's folder in My Drive (1 call). */
export function createCycleFolder(cycle: string): string {
  const folder = drive().Files.create(
    { name: cycleFolderName(cycle), mimeType: FOLDER_MIME, parents: ['root'], appProperties: cycleFolderAppProperties(cycle) },
    NO_MEDIA,
    { fields: 'id' },
  );
  return String(folder.id);
}

/**
 * Moves a doc the add-on just made from My Drive into `folderId` and tags it (1 call). Its
 * content must be saved first (Document.saveAndClose): the modifiedTime answered is then the
 * one a later run compares with to see whether someone edited the doc.
 */
export function fileDoc(docId: string, folderId: string | null, appProperties: Record<string, string>): { modifiedTime: string } {
  const moved = drive().Files.update({ appProperties }, docId, NO_MEDIA, {
    ...(folderId ? { addParents: folderId, removeParents: 'root' } : {}),
    fields: 'id,modifiedTime',
  });
  return { modifiedTime: String(moved.modifiedTime ?? '') };
}

/** Drive's answer for a file the add-on made (1 call), or null when it is gone or trashed. */
export function fileState(fileId: string): { modifiedTime: string; name: string } | null {
  try {
    const file = drive().Files.get(fileId, { fields: 'id,name,modifiedTime,trashed' });
    return file.trashed ? null : { modifiedTime: String(file.modifiedTime ?? ''), name: String(file.name ?? '') };
  } catch {
    return null;
  }
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

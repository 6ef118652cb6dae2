import type { DocModel } from './document';
import type { DocRegistry } from './documentApp';
import type { ElementSnapshot } from './elements';
import type { DriveFileRecord, DriveStore, SharingEmail } from './driveStore';
import { docToHtml } from './render';
import type { DocsRuntime } from './runtime';

export interface DocSnapshot {
  id: string;
  name: string;
  url: string;
  /** drive.file: whether the add-on may see the file through Drive, for the current user. */
  appAccess: boolean;
  closed: boolean;
  /** DocumentApp edits not yet saved (saveAndClose or the end of the script saves them). */
  pendingEdits: boolean;
  modifiedTime: string;
  version: number;
  body: ElementSnapshot[];
}

/**
 * A Drive file as tests see it: the stored record, with its users reduced to emails, and
 * `appAccess`: whether the add-on reaches it through Drive for the current user (drive.file).
 */
export type DriveFileSnapshot = Omit<DriveFileRecord, 'lastModifyingUser' | 'owner'> & {
  lastModifiedBy: string;
  ownerEmail: string;
  appAccess: boolean;
};

export interface DocsSnapshot {
  docs: DocSnapshot[];
  files: DriveFileSnapshot[];
}

type Body = GoogleAppsScript.Document.Body;

/** Hooks for tests and the playground; none of them counts as a service call. */
export interface DocsInspection {
  docs(): DocSnapshot[];
  doc(docId: string): DocSnapshot;
  /** The body's plain text, as Body.getText() gives it. */
  text(docId: string): string;
  structure(docId: string): ElementSnapshot[];
  html(docId: string): string;
  files(): DriveFileSnapshot[];
  file(fileId: string): DriveFileSnapshot | undefined;
  rootFolderId(): string;
  /**
   * A document the user made outside the add-on (their own template): DocumentApp.openById opens
   * it, Drive (drive.file) does not see it. `build` fills its body, uncounted.
   */
  createExternalDoc(name: string, build?: (body: Body) => void): string;
  /** As if the current user picked the file for the add-on with the Google Picker: Drive sees it for them from now on. */
  grantAccess(fileId: string): void;
  /**
   * The owner shares the file with `email` (Drive's Share dialog): that person can open it, and
   * DocumentApp.openById reaches it for them; drive.file still does not cover it for them.
   * https://developers.google.com/workspace/drive/api/guides/manage-sharing
   */
  share(fileId: string, email: string): void;
  /**
   * A person edits the document in Google Docs (default: appends a paragraph). The edit is saved
   * at once: modifiedTime and version move, lastModifyingUser is `by` (default: the user).
   */
  editAsPerson(docId: string, edit?: (body: Body) => void, by?: string): void;
  /** The script ends: Apps Script saves every document's pending edits. */
  endExecution(): void;
  /** Every email Drive sent when a file was shared through Permissions.create, oldest first. */
  sharingEmails(): SharingEmail[];
}

function fileSnapshot(store: DriveStore, f: DriveFileRecord): DriveFileSnapshot {
  return {
    id: f.id,
    name: f.name,
    mimeType: f.mimeType,
    parents: [...f.parents],
    createdTime: f.createdTime,
    modifiedTime: f.modifiedTime,
    version: f.version,
    trashed: f.trashed,
    appProperties: { ...f.appProperties },
    properties: { ...f.properties },
    description: f.description,
    sharedWith: [...f.sharedWith],
    permissions: f.permissions.map((p) => ({ ...p })),
    appUsers: [...f.appUsers],
    appAccess: store.appReaches(f),
    lastModifiedBy: f.lastModifyingUser.emailAddress,
    ownerEmail: f.owner.emailAddress,
  };
}

export function docSnapshot(doc: DocModel): DocSnapshot {
  return {
    id: doc.file.id,
    name: doc.file.name,
    url: `https://docs.google.com/document/d/${doc.file.id}/edit`,
    appAccess: doc.store.appReaches(doc.file),
    closed: doc.closed,
    pendingEdits: doc.pending,
    modifiedTime: doc.file.modifiedTime,
    version: doc.file.version,
    body: doc.elements(),
  };
}

export function snapshotOf(registry: DocRegistry, store: DriveStore): DocsSnapshot {
  const docs = [...registry.docs.values()].filter((doc) => store.files.has(doc.file.id)).map(docSnapshot);
  return JSON.parse(JSON.stringify({ docs, files: store.all().map((f) => fileSnapshot(store, f)) })) as DocsSnapshot;
}

export function createInspection(rt: DocsRuntime, registry: DocRegistry, store: DriveStore): DocsInspection {
  const docOf = (docId: string): DocModel => {
    const doc = registry.find(docId);
    if (!doc) throw new Error(`In-memory workspace: no document ${docId}`);
    return doc;
  };
  const bodyApi = (doc: DocModel): Body => doc.body._api() as unknown as Body;
  return {
    docs: () => snapshotOf(registry, store).docs,
    doc: (docId) => docSnapshot(docOf(docId)),
    text: (docId) => docOf(docId).body._plainText(),
    structure: (docId) => docOf(docId).elements(),
    html: (docId) => {
      const doc = docOf(docId);
      return docToHtml({ name: doc.file.name, body: doc.elements() });
    },
    files: () => store.all().map((f) => fileSnapshot(store, f)),
    file: (fileId) => {
      const f = store.files.get(store.resolve(fileId));
      return f ? fileSnapshot(store, f) : undefined;
    },
    rootFolderId: () => store.rootId,
    createExternalDoc: (name, build) => {
      const doc = registry.create(name, false);
      if (build) rt.quietly(() => build(bodyApi(doc)));
      doc.pending = false;
      return doc.file.id;
    },
    grantAccess: (fileId) => {
      const f = store.files.get(fileId);
      if (!f) throw new Error(`In-memory workspace: no file ${fileId}`);
      // The Picker lists only files the user can open.
      if (!store.canOpen(f)) throw new Error(`In-memory workspace: ${store.userEmail} cannot open ${fileId}, so cannot pick it`);
      if (!f.appUsers.includes(store.userEmail)) f.appUsers.push(store.userEmail);
    },
    share: (fileId, email) => {
      const f = store.files.get(fileId);
      if (!f) throw new Error(`In-memory workspace: no file ${fileId}`);
      if (f.owner.emailAddress !== email && !f.sharedWith.includes(email)) f.sharedWith.push(email);
    },
    editAsPerson: (docId, edit, by) => {
      const doc = docOf(docId);
      doc.flush();
      const wasClosed = doc.closed;
      doc.closed = false;
      try {
        rt.quietly(() => (edit ? edit(bodyApi(doc)) : bodyApi(doc).appendParagraph('Edited by a person.')));
      } finally {
        doc.closed = wasClosed;
      }
      doc.pending = true;
      doc.flush(by);
    },
    endExecution: () => registry.flushAll(),
    sharingEmails: () => store.sharingEmails.map((e) => ({ ...e })),
  };
}

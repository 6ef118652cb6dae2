/**
 * The user's Drive as files with metadata. Which of them the add-on may see through the Drive
 * advanced service follows the drive.file scope: "Create new Drive files, or modify existing
 * files, that you open with an app or that the user shares with an app while using the Google
 * Picker API or the app's file picker." Files the add-on created (with Drive or with
 * DocumentApp.create, same OAuth client) are visible; a user's own template doc is not, unless
 * picked. DocumentApp.openById reaches every document anyway: the `documents` scope covers them.
 * https://developers.google.com/workspace/drive/api/guides/about-auth
 * https://developers.google.com/apps-script/reference/document/document-app#openById(String)
 */
export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const DOCUMENT_MIME = 'application/vnd.google-apps.document';

export interface DriveUser {
  displayName: string;
  emailAddress: string;
}

export interface DriveFileRecord {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  createdTime: string;
  modifiedTime: string;
  /** Drive's file version: grows with every change of content. */
  version: number;
  trashed: boolean;
  appProperties: Record<string, string>;
  properties: Record<string, string>;
  description: string | null;
  lastModifyingUser: DriveUser;
  owner: DriveUser;
  /** drive.file: the add-on created it, or the user picked it for the add-on. */
  appAccess: boolean;
}

function userOf(email: string): DriveUser {
  const name = email.split('@')[0] ?? email;
  return { displayName: name.charAt(0).toUpperCase() + name.slice(1), emailAddress: email };
}

export class DriveStore {
  readonly files = new Map<string, DriveFileRecord>();
  readonly rootId: string;

  constructor(
    private readonly now: () => Date,
    private readonly newId: (prefix: string) => string,
    readonly userEmail: string,
  ) {
    this.rootId = newId('0AMyDrive');
    const time = now().toISOString();
    this.files.set(this.rootId, {
      id: this.rootId,
      name: 'My Drive',
      mimeType: FOLDER_MIME,
      parents: [],
      createdTime: time,
      modifiedTime: time,
      version: 1,
      trashed: false,
      appProperties: {},
      properties: {},
      description: null,
      lastModifyingUser: userOf(userEmail),
      owner: userOf(userEmail),
      appAccess: true,
    });
  }

  /** 'root' is Drive's alias of the My Drive folder. */
  resolve(id: string): string {
    return id === 'root' ? this.rootId : id;
  }

  add(fields: { name: string; mimeType: string; parents?: string[]; appAccess: boolean; idPrefix: string }): DriveFileRecord {
    const time = this.now().toISOString();
    const record: DriveFileRecord = {
      id: this.newId(fields.idPrefix),
      name: fields.name,
      mimeType: fields.mimeType,
      parents: fields.parents ?? [this.rootId],
      createdTime: time,
      modifiedTime: time,
      version: 1,
      trashed: false,
      appProperties: {},
      properties: {},
      description: null,
      lastModifyingUser: userOf(this.userEmail),
      owner: userOf(this.userEmail),
      appAccess: fields.appAccess,
    };
    this.files.set(record.id, record);
    return record;
  }

  /** A change of content: modifiedTime moves forward (strictly, even under a fixed test clock). */
  modified(record: DriveFileRecord, by: string = this.userEmail): void {
    const previous = Date.parse(record.modifiedTime);
    const now = this.now().getTime();
    record.modifiedTime = new Date(Math.max(now, previous + 1)).toISOString();
    record.version += 1;
    record.lastModifyingUser = userOf(by);
  }

  /** The files the add-on may see through Drive (drive.file). */
  visible(id: string): DriveFileRecord | undefined {
    const record = this.files.get(this.resolve(id));
    return record && record.appAccess ? record : undefined;
  }

  /** In creation order. */
  all(): DriveFileRecord[] {
    return [...this.files.values()];
  }

  remove(id: string): string[] {
    const removed: string[] = [];
    const visit = (fileId: string): void => {
      removed.push(fileId);
      this.files.delete(fileId);
      for (const child of this.all()) if (child.parents.includes(fileId)) visit(child.id);
    };
    visit(id);
    return removed;
  }
}

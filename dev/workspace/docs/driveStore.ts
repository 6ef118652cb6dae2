/**
 * The Drive of every user of the workspace, as files with metadata. Two kinds of access:
 *
 * - Who can open a file at all: its owner (who made it) and the people it is shared with. A file
 *   made by one manager lives in that manager's My Drive; a second manager who edits the same
 *   spreadsheet does not see it until it is shared with them.
 *   https://developers.google.com/workspace/drive/api/guides/manage-sharing
 * - Which files the add-on may reach through the Drive advanced service for a given user: the
 *   drive.file scope is per user and per file, "Create new Drive files, or modify existing files,
 *   that you open with an app or that the user shares with an app while using the Google Picker
 *   API or the app's file picker". So `appUsers` lists the users for whom the add-on created the
 *   file through Drive (Files.create), or who picked it. A file outside it is "File not found"
 *   (404) to Files.get/update and absent from Files.list, as a file the user cannot see is.
 *   https://developers.google.com/workspace/drive/api/guides/about-auth
 *   https://developers.google.com/workspace/drive/api/guides/handle-errors#resolve_a_404_error_file_not_found_fileid
 *   Google does not document whether a doc made with DocumentApp.create falls under drive.file;
 *   the workspace assumes it does not, so the add-on never relies on it.
 * - DocumentApp.openById works under the `documents` scope ("See, edit, create, and delete all
 *   your Google Docs documents"): any doc the user can open, whoever made it.
 *   https://developers.google.com/apps-script/reference/document/document-app#openById(String)
 */
export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const DOCUMENT_MIME = 'application/vnd.google-apps.document';
export const SPREADSHEET_MIME = 'application/vnd.google-apps.spreadsheet';

/** A permission made with Permissions.create (besides the owner's): who, and what they may do. */
export interface DrivePermissionRecord {
  id: string;
  type: 'user';
  role: 'reader' | 'commenter' | 'writer';
  emailAddress: string;
}

/** The email Drive sends when a file is shared with a user (sendNotificationEmail, on by default for users). */
export interface SharingEmail {
  fileId: string;
  to: string;
  from: string;
  role: string;
  /** `emailMessage`: "A plain text custom message to include in the notification email"; '' when none. */
  message: string;
}

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
  /** People the file is shared with (besides its owner): they can open it. */
  sharedWith: string[];
  /** Permissions made through Drive (Permissions.create), in order. */
  permissions: DrivePermissionRecord[];
  /** drive.file, per user: the add-on created the file through Drive for them, or they picked it. */
  appUsers: string[];
}

function userOf(email: string): DriveUser {
  const name = email.split('@')[0] ?? email;
  return { displayName: name.charAt(0).toUpperCase() + name.slice(1), emailAddress: email };
}

export class DriveStore {
  readonly files = new Map<string, DriveFileRecord>();
  /** Every sharing email Drive sent, oldest first. */
  readonly sharingEmails: SharingEmail[] = [];
  /** Each user's My Drive folder, made when the user first needs it. */
  private readonly roots = new Map<string, string>();

  constructor(
    private readonly now: () => Date,
    private readonly newId: (prefix: string) => string,
    /** The user running the script now (the workspace can switch users). */
    private readonly currentUser: () => string,
  ) {
    // The first user's My Drive exists from the start (ids stay in the order tests expect).
    this.rootOf(currentUser());
  }

  get userEmail(): string {
    return this.currentUser();
  }

  /** The current user's My Drive folder. */
  get rootId(): string {
    return this.rootOf(this.userEmail);
  }

  private rootOf(user: string): string {
    const known = this.roots.get(user);
    if (known) return known;
    const id = this.newId('0AMyDrive');
    const time = this.now().toISOString();
    this.files.set(id, {
      id,
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
      lastModifyingUser: userOf(user),
      owner: userOf(user),
      sharedWith: [],
      permissions: [],
      appUsers: [user],
    });
    this.roots.set(user, id);
    return id;
  }

  isRoot(id: string): boolean {
    return [...this.roots.values()].includes(id);
  }

  /** 'root' is Drive's alias of the My Drive folder. */
  resolve(id: string): string {
    return id === 'root' ? this.rootId : id;
  }

  add(fields: { name: string; mimeType: string; parents?: string[]; appAccess: boolean; idPrefix: string }): DriveFileRecord {
    const user = this.userEmail;
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
      lastModifyingUser: userOf(user),
      owner: userOf(user),
      sharedWith: [],
      permissions: [],
      appUsers: fields.appAccess ? [user] : [],
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

  /** Whether the current user can open the file: they own it, or it is shared with them. */
  canOpen(record: DriveFileRecord): boolean {
    const user = this.userEmail;
    return record.owner.emailAddress === user || record.sharedWith.includes(user);
  }

  /** Whether the add-on reaches the file through Drive for the current user (drive.file). */
  appReaches(record: DriveFileRecord): boolean {
    return record.appUsers.includes(this.userEmail) && this.canOpen(record);
  }

  /** The file by id if the add-on reaches it through Drive for the current user (drive.file). */
  visible(id: string): DriveFileRecord | undefined {
    const record = this.files.get(this.resolve(id));
    return record && this.appReaches(record) ? record : undefined;
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

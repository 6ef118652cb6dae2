import { NotImplementedError } from '../strict';
import type { DocRegistry } from './documentApp';
import { applyMask, FieldsSyntaxError, type Mask, maskKeys, parseMask, unknownFileField } from './driveFields';
import { compileQuery, QuerySyntaxError } from './driveQuery';
import { DOCUMENT_MIME, type DriveFileRecord, type DrivePermissionRecord, type DriveStore, FOLDER_MIME, SPREADSHEET_MIME } from './driveStore';

export type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
export type DriveFileList = GoogleAppsScript.Drive_v3.Drive.V3.Schema.FileList;
export type DrivePermission = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission;
type Blob = GoogleAppsScript.Base.Blob;

/** Drive.Files of the Drive advanced service (v3), as the add-on uses it. */
export interface DriveFilesV3 {
  create(resource: DriveFile, mediaData?: Blob | null, optionalArgs?: Record<string, unknown>): DriveFile;
  get(fileId: string, optionalArgs?: Record<string, unknown>): DriveFile;
  list(optionalArgs?: Record<string, unknown>): DriveFileList;
  update(resource: DriveFile, fileId: string, mediaData?: Blob | null, optionalArgs?: Record<string, unknown>): DriveFile;
  remove(fileId: string, optionalArgs?: Record<string, unknown>): void;
}

/** Drive.Permissions of the Drive advanced service (v3), as the add-on uses it. */
export interface DrivePermissionsV3 {
  create(resource: DrivePermission, fileId: string, optionalArgs?: Record<string, unknown>): DrivePermission;
}

export interface DriveV3 {
  Files: DriveFilesV3;
  Permissions: DrivePermissionsV3;
}

/** The spreadsheets Drive holds besides the bound one (made through the Sheets API): Files.delete removes one. */
export interface SpreadsheetFiles {
  remove(id: string): void;
}

/**
 * How the advanced service reports an API error: "GoogleJsonResponseException: API call to
 * drive.files.get failed with error: File not found: <id>." `details` carries Drive's code.
 * https://developers.google.com/apps-script/guides/services/advanced#how_to_handle_errors
 * https://developers.google.com/workspace/drive/api/guides/handle-errors#resolve_a_404_error_file_not_found_fileid
 */
export class GoogleJsonResponseException extends Error {
  readonly details: { code: number; message: string; errors: Array<{ domain: string; reason: string; message: string }> };

  constructor(method: string, code: number, message: string, reason: string, resource = 'files') {
    super(`API call to drive.${resource}.${method} failed with error: ${message}`);
    this.name = 'GoogleJsonResponseException';
    this.details = { code, message, errors: [{ domain: 'global', reason, message }] };
  }
}

function notFound(method: string, id: string): GoogleJsonResponseException {
  return new GoogleJsonResponseException(method, 404, `File not found: ${id}.`, 'notFound');
}

function invalid(method: string, what: string): GoogleJsonResponseException {
  return new GoogleJsonResponseException(method, 400, `Invalid Value${what ? ` (${what})` : ''}`, 'invalid');
}

const DEFAULT_FILE_MASK: Mask = new Map([
  ['kind', null],
  ['id', null],
  ['name', null],
  ['mimeType', null],
]);
const DEFAULT_LIST_MASK: Mask = new Map<string, Mask | null>([
  ['kind', null],
  ['nextPageToken', null],
  ['incompleteSearch', null],
  ['files', DEFAULT_FILE_MASK],
]);
const LIST_FIELDS = new Set(['kind', 'nextPageToken', 'incompleteSearch', 'files']);
const PAGE_SIZE = { default: 100, max: 1000 };

function checkArgs(method: string, args: Record<string, unknown> | undefined, allowed: readonly string[]): Record<string, unknown> {
  if (args === undefined || args === null) return {};
  if (typeof args !== 'object') throw invalid(method, 'optionalArgs');
  for (const key of Object.keys(args)) if (!allowed.includes(key)) throw new NotImplementedError(`Drive.Files.${method} with ${key}`);
  return args;
}

function fileMask(method: string, fields: unknown): Mask {
  if (fields === undefined) return DEFAULT_FILE_MASK;
  if (typeof fields !== 'string') throw invalid(method, 'fields');
  let mask: Mask;
  try {
    mask = parseMask(fields);
  } catch (e) {
    if (e instanceof FieldsSyntaxError)
      throw new GoogleJsonResponseException(method, 400, `Invalid field selection ${fields}`, 'invalidParameter');
    throw e;
  }
  const unknown = unknownFileField(mask);
  if (unknown) throw new GoogleJsonResponseException(method, 400, `Invalid field selection ${unknown}`, 'invalidParameter');
  return mask;
}

function listMask(fields: unknown): Mask {
  if (fields === undefined) return DEFAULT_LIST_MASK;
  if (typeof fields !== 'string') throw invalid('list', 'fields');
  let mask: Mask;
  try {
    mask = parseMask(fields);
  } catch (e) {
    if (e instanceof FieldsSyntaxError)
      throw new GoogleJsonResponseException('list', 400, `Invalid field selection ${fields}`, 'invalidParameter');
    throw e;
  }
  for (const key of maskKeys(mask))
    if (!LIST_FIELDS.has(key)) throw new GoogleJsonResponseException('list', 400, `Invalid field selection ${key}`, 'invalidParameter');
  if (mask instanceof Map) {
    const files = mask.get('files');
    if (files instanceof Map || files === '*') {
      const unknown = unknownFileField(files);
      if (unknown) throw new GoogleJsonResponseException('list', 400, `Invalid field selection ${unknown}`, 'invalidParameter');
    }
  }
  return mask;
}

/** Drive's string-valued property maps: a value of null removes the key (files.update). */
function mergeProperties(method: string, into: Record<string, string>, patch: unknown): void {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) throw invalid(method, 'properties');
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) {
      delete into[key];
      continue;
    }
    const text = String(value);
    // "Maximum of 124 bytes size per property (including both key and value) in UTF-8 encoding."
    // https://developers.google.com/workspace/drive/api/guides/properties
    if (new TextEncoder().encode(key + text).length > 124) {
      throw new GoogleJsonResponseException(
        method,
        400,
        `The property ${key} is larger than 124 bytes (key and value together).`,
        'invalidProperty',
      );
    }
    into[key] = text;
  }
}

/**
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/files
 * https://developers.google.com/apps-script/advanced/drive
 */
export class DriveFilesNode implements DriveFilesV3 {
  readonly _className = 'Drive.Files';

  constructor(
    private readonly _store: DriveStore,
    private readonly _docs: DocRegistry,
    private readonly _spreadsheets: SpreadsheetFiles | null,
  ) {}

  _resource(record: DriveFileRecord): DriveFile {
    const user = (u: { displayName: string; emailAddress: string }) => ({
      kind: 'drive#user',
      displayName: u.displayName,
      emailAddress: u.emailAddress,
      me: u.emailAddress === this._store.userEmail,
    });
    const webViewLink =
      record.mimeType === FOLDER_MIME
        ? `https://drive.google.com/drive/folders/${record.id}`
        : record.mimeType === DOCUMENT_MIME
          ? `https://docs.google.com/document/d/${record.id}/edit?usp=drivesdk`
          : record.mimeType === SPREADSHEET_MIME
            ? `https://docs.google.com/spreadsheets/d/${record.id}/edit?usp=drivesdk`
            : `https://drive.google.com/file/d/${record.id}/view?usp=drivesdk`;
    const out: DriveFile = {
      kind: 'drive#file',
      id: record.id,
      name: record.name,
      mimeType: record.mimeType,
      createdTime: record.createdTime,
      modifiedTime: record.modifiedTime,
      trashed: record.trashed,
      explicitlyTrashed: record.trashed,
      version: String(record.version),
      webViewLink,
      lastModifyingUser: user(record.lastModifyingUser),
      owners: [user(record.owner)],
      ownedByMe: record.owner.emailAddress === this._store.userEmail,
    };
    if (record.parents.length) out.parents = [...record.parents];
    if (Object.keys(record.appProperties).length) out.appProperties = { ...record.appProperties };
    if (Object.keys(record.properties).length) out.properties = { ...record.properties };
    if (record.description !== null) out.description = record.description;
    return out;
  }

  private _parentFolder(method: string, id: string): DriveFileRecord {
    const parent = this._store.visible(id);
    if (!parent) throw notFound(method, id);
    if (parent.mimeType !== FOLDER_MIME)
      throw new GoogleJsonResponseException(method, 403, 'The specified parent is not a folder.', 'parentNotAFolder');
    return parent;
  }

  create(resource: DriveFile, mediaData?: Blob | null, optionalArgs?: Record<string, unknown>): DriveFile {
    const args = checkArgs('create', optionalArgs, ['fields', 'supportsAllDrives']);
    if (mediaData !== undefined && mediaData !== null) throw new NotImplementedError('Drive.Files.create with media (file content)');
    if (typeof resource !== 'object' || resource === null) throw invalid('create', 'resource');
    for (const key of Object.keys(resource)) {
      if (!['name', 'mimeType', 'parents', 'appProperties', 'properties', 'description'].includes(key)) {
        throw new NotImplementedError(`Drive.Files.create with the file field ${key}`);
      }
    }
    const mask = fileMask('create', args.fields);
    const mimeType = resource.mimeType;
    if (mimeType !== FOLDER_MIME && mimeType !== DOCUMENT_MIME)
      throw new NotImplementedError(`Drive.Files.create of a file of type ${String(mimeType)}`);
    const parents = (resource.parents ?? ['root']).map((id) => this._store.resolve(String(id)));
    // Since 2020 a file has one parent: "Increasing the number of parents is not allowed" (cannotAddParent).
    if (parents.length > 1)
      throw new GoogleJsonResponseException('create', 403, 'Increasing the number of parents is not allowed', 'cannotAddParent');
    for (const id of parents) this._parentFolder('create', id);
    const name = resource.name ?? 'Untitled';
    const record =
      mimeType === DOCUMENT_MIME
        ? this._docs.create(name, true, parents).file
        : this._store.add({ name, mimeType, parents, appAccess: true, idPrefix: '1Fold' });
    if (resource.appProperties) mergeProperties('create', record.appProperties, resource.appProperties);
    if (resource.properties) mergeProperties('create', record.properties, resource.properties);
    if (resource.description !== undefined) record.description = resource.description ?? null;
    return applyMask(this._resource(record), mask) as DriveFile;
  }

  get(fileId: string, optionalArgs?: Record<string, unknown>): DriveFile {
    const args = checkArgs('get', optionalArgs, ['fields', 'supportsAllDrives']);
    const mask = fileMask('get', args.fields);
    const record = typeof fileId === 'string' ? this._store.visible(fileId) : undefined;
    if (!record) throw notFound('get', String(fileId));
    return applyMask(this._resource(record), mask) as DriveFile;
  }

  list(optionalArgs?: Record<string, unknown>): DriveFileList {
    const args = checkArgs('list', optionalArgs, [
      'q',
      'fields',
      'pageSize',
      'pageToken',
      'orderBy',
      'spaces',
      'corpora',
      'supportsAllDrives',
      'includeItemsFromAllDrives',
    ]);
    if (args.spaces !== undefined && args.spaces !== 'drive')
      throw new NotImplementedError(`Drive.Files.list in spaces ${String(args.spaces)}`);
    if (args.corpora !== undefined && args.corpora !== 'user')
      throw new NotImplementedError(`Drive.Files.list in corpora ${String(args.corpora)}`);
    const mask = listMask(args.fields);
    let test = (_f: DriveFileRecord): boolean => true;
    if (args.q !== undefined) {
      if (typeof args.q !== 'string') throw invalid('list', 'q');
      try {
        test = compileQuery(args.q, this._store.rootId);
      } catch (e) {
        if (e instanceof QuerySyntaxError) throw invalid('list', '');
        throw e;
      }
    }
    const pageSize = args.pageSize === undefined ? PAGE_SIZE.default : Number(args.pageSize);
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > PAGE_SIZE.max) throw invalid('list', 'pageSize');
    const files = this._store
      .all()
      .filter((f) => this._store.appReaches(f) && !this._store.isRoot(f.id))
      .filter(test);
    this._sort(files, args.orderBy);
    let offset = 0;
    if (args.pageToken !== undefined) {
      const match = typeof args.pageToken === 'string' ? /^page:(\d+)$/.exec(args.pageToken) : null;
      if (!match) throw invalid('list', 'pageToken');
      offset = Number(match[1]);
    }
    const page = files.slice(offset, offset + pageSize);
    const out: DriveFileList = { kind: 'drive#fileList', incompleteSearch: false, files: page.map((f) => this._resource(f)) };
    if (offset + pageSize < files.length) out.nextPageToken = `page:${offset + pageSize}`;
    return applyMask(out, mask) as DriveFileList;
  }

  private _sort(files: DriveFileRecord[], orderBy: unknown): void {
    if (orderBy === undefined) return;
    if (typeof orderBy !== 'string') throw invalid('list', 'orderBy');
    const keys = orderBy.split(',').map((part) => {
      const [key, direction] = part.trim().split(/\s+/);
      if (!key || (direction !== undefined && direction !== 'desc')) throw invalid('list', 'orderBy');
      if (!['name', 'createdTime', 'modifiedTime', 'folder'].includes(key))
        throw new NotImplementedError(`Drive.Files.list ordered by ${key}`);
      return { key, sign: direction === 'desc' ? -1 : 1 };
    });
    const valueOf = (f: DriveFileRecord, key: string): string =>
      key === 'folder'
        ? f.mimeType === FOLDER_MIME
          ? '0'
          : '1'
        : key === 'name'
          ? f.name.toLowerCase()
          : key === 'createdTime'
            ? f.createdTime
            : f.modifiedTime;
    files.sort((a, b) => {
      for (const { key, sign } of keys) {
        const x = valueOf(a, key);
        const y = valueOf(b, key);
        if (x !== y) return (x < y ? -1 : 1) * sign;
      }
      return 0;
    });
  }

  update(resource: DriveFile, fileId: string, mediaData?: Blob | null, optionalArgs?: Record<string, unknown>): DriveFile {
    const args = checkArgs('update', optionalArgs, ['fields', 'supportsAllDrives', 'addParents', 'removeParents']);
    if (mediaData !== undefined && mediaData !== null) throw new NotImplementedError('Drive.Files.update with media (file content)');
    const mask = fileMask('update', args.fields);
    const record = typeof fileId === 'string' ? this._store.visible(fileId) : undefined;
    if (!record) throw notFound('update', String(fileId));
    if (typeof resource !== 'object' || resource === null) throw invalid('update', 'resource');
    for (const key of Object.keys(resource)) {
      if (key === 'parents') {
        throw new GoogleJsonResponseException(
          'update',
          403,
          'The parents field is not directly writable in update requests. Use the addParents and removeParents parameters instead.',
          'fieldNotWritable',
        );
      }
      if (!['name', 'appProperties', 'properties', 'description', 'trashed'].includes(key))
        throw new NotImplementedError(`Drive.Files.update of the file field ${key}`);
    }
    const ids = (value: unknown): string[] =>
      value === undefined || value === ''
        ? []
        : String(value)
            .split(',')
            .map((id) => this._store.resolve(id.trim()));
    const adding = ids(args.addParents);
    const removing = ids(args.removeParents);
    for (const id of adding) this._parentFolder('update', id);
    const parents = [...record.parents.filter((id) => !removing.includes(id)), ...adding.filter((id) => !record.parents.includes(id))];
    if (parents.length > 1)
      throw new GoogleJsonResponseException('update', 403, 'Increasing the number of parents is not allowed', 'cannotAddParent');
    const appProperties = { ...record.appProperties };
    const properties = { ...record.properties };
    if (resource.appProperties !== undefined) mergeProperties('update', appProperties, resource.appProperties);
    if (resource.properties !== undefined) mergeProperties('update', properties, resource.properties);
    // All checked: apply.
    record.parents = parents;
    record.appProperties = appProperties;
    record.properties = properties;
    if (resource.trashed !== undefined) record.trashed = Boolean(resource.trashed);
    const renamed = resource.name !== undefined && resource.name !== record.name;
    if (resource.name !== undefined) record.name = String(resource.name);
    if (resource.description !== undefined) record.description = resource.description ?? null;
    if (renamed || resource.description !== undefined) this._store.modified(record);
    return applyMask(this._resource(record), mask) as DriveFile;
  }

  /** v3 files.delete: permanent, and "If the target is a folder, all descendants owned by the user are also deleted." */
  remove(fileId: string, optionalArgs?: Record<string, unknown>): void {
    checkArgs('remove', optionalArgs, ['supportsAllDrives']);
    const record = typeof fileId === 'string' ? this._store.visible(fileId) : undefined;
    if (!record || record.id === this._store.rootId) throw notFound('delete', String(fileId));
    for (const id of this._store.remove(record.id)) {
      this._docs.docs.delete(id);
      this._spreadsheets?.remove(id);
    }
  }
}

const ROLES: ReadonlyArray<DrivePermissionRecord['role']> = ['reader', 'commenter', 'writer'];

/**
 * Drive.Permissions (v3) for a user: shares a file the add-on reaches (drive.file) with one person.
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions/create
 * https://developers.google.com/workspace/drive/api/guides/manage-sharing
 * - `role` and `type` are required; a `user` permission needs `emailAddress` (400 otherwise).
 * - `sendNotificationEmail` "defaults to true for users and groups"; `emailMessage` is "a plain
 *   text custom message to include in the notification email".
 * - Under drive.file only a file the app created (or the user picked) is reached: any other is
 *   "File not found" (404), as Files.get answers
 *   (https://developers.google.com/workspace/drive/api/guides/api-specific-auth).
 * - Sharing again with the same person changes their role; Google does not document a second
 *   permission for the same person, so the workspace keeps one.
 */
export class DrivePermissionsNode implements DrivePermissionsV3 {
  readonly _className = 'Drive.Permissions';

  constructor(private readonly _store: DriveStore) {}

  create(resource: DrivePermission, fileId: string, optionalArgs?: Record<string, unknown>): DrivePermission {
    const bad = (what: string) => new GoogleJsonResponseException('create', 400, `Invalid Value (${what})`, 'invalid', 'permissions');
    let args: Record<string, unknown> = {};
    if (optionalArgs !== undefined && optionalArgs !== null) {
      if (typeof optionalArgs !== 'object') throw bad('optionalArgs');
      for (const key of Object.keys(optionalArgs))
        if (!['sendNotificationEmail', 'emailMessage', 'supportsAllDrives'].includes(key))
          throw new NotImplementedError(`Drive.Permissions.create with ${key}`);
      args = optionalArgs;
    }
    if (typeof resource !== 'object' || resource === null) throw bad('resource');
    for (const key of Object.keys(resource))
      if (!['role', 'type', 'emailAddress'].includes(key)) throw new NotImplementedError(`Drive.Permissions.create with the field ${key}`);
    if (resource.type !== 'user') {
      if (typeof resource.type !== 'string') throw bad('type');
      throw new NotImplementedError(`Drive.Permissions.create of type ${resource.type}`);
    }
    const role = ROLES.find((r) => r === resource.role);
    if (!role) {
      if (typeof resource.role !== 'string') throw bad('role');
      throw new NotImplementedError(`Drive.Permissions.create with the role ${resource.role}`);
    }
    const email = typeof resource.emailAddress === 'string' ? resource.emailAddress.trim().toLowerCase() : '';
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw bad('emailAddress');
    const record = typeof fileId === 'string' ? this._store.visible(fileId) : undefined;
    if (!record) throw new GoogleJsonResponseException('create', 404, `File not found: ${String(fileId)}.`, 'notFound', 'permissions');
    let permission = record.permissions.find((p) => p.emailAddress === email);
    if (permission) permission.role = role;
    else {
      permission = { id: `perm-${record.permissions.length + 1}-${email}`, type: 'user', role, emailAddress: email };
      record.permissions.push(permission);
    }
    if (record.owner.emailAddress !== email && !record.sharedWith.includes(email)) record.sharedWith.push(email);
    if (args.sendNotificationEmail !== false) {
      this._store.sharingEmails.push({
        fileId: record.id,
        to: email,
        from: this._store.userEmail,
        role,
        message: typeof args.emailMessage === 'string' ? args.emailMessage : '',
      });
    }
    // The default response of a permission: its kind, id, type and role.
    return { kind: 'drive#permission', id: permission.id, type: permission.type, role: permission.role };
  }
}

import { NotImplementedError } from '../strict';

/**
 * The `fields` parameter: which parts of a resource come back. Without it Drive returns a default
 * set: "the list method returns only the kind, id, name, mimeType, and resourceKey fields for each
 * file" (files.get, create and update return the same few).
 * https://developers.google.com/workspace/drive/api/guides/fields-parameter
 */
export type Mask = '*' | Map<string, Mask | null>;

export class FieldsSyntaxError extends Error {}

export function parseMask(fields: string): Mask {
  let i = 0;
  const skip = (): void => {
    while (i < fields.length && /\s/.test(fields[i] as string)) i += 1;
  };
  const list = (): Mask => {
    const out = new Map<string, Mask | null>();
    for (;;) {
      skip();
      if (fields[i] === '*') {
        i += 1;
        skip();
        if (i < fields.length && fields[i] !== ',' && fields[i] !== ')') throw new FieldsSyntaxError(fields);
        if (fields[i] === ',') {
          i += 1;
          continue;
        }
        return '*';
      }
      const path: string[] = [];
      for (;;) {
        const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(fields.slice(i))?.[0];
        if (!name) throw new FieldsSyntaxError(fields);
        path.push(name);
        i += name.length;
        if (fields[i] !== '/') break;
        i += 1;
      }
      skip();
      let sub: Mask | null = null;
      if (fields[i] === '(') {
        i += 1;
        sub = list();
        if (fields[i] !== ')') throw new FieldsSyntaxError(fields);
        i += 1;
      }
      // files/id is files(id)
      let node: Mask | null = sub;
      for (let k = path.length - 1; k >= 1; k -= 1) node = new Map([[path[k] as string, node]]);
      const head = path[0] as string;
      const existing = out.get(head);
      out.set(head, existing instanceof Map && node instanceof Map ? new Map([...existing, ...node]) : existing === null ? null : node);
      skip();
      if (fields[i] === ',') {
        i += 1;
        continue;
      }
      return out;
    }
  };
  const mask = list();
  skip();
  if (i !== fields.length) throw new FieldsSyntaxError(fields);
  return mask;
}

/** The fields a mask names at its top level, for validation. */
export function maskKeys(mask: Mask): string[] {
  return mask === '*' ? [] : [...mask.keys()];
}

export function applyMask(value: unknown, mask: Mask | null): unknown {
  if (mask === null || mask === '*') return value;
  if (Array.isArray(value)) return value.map((item) => applyMask(item, mask));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, sub] of mask) {
    const field = (value as Record<string, unknown>)[key];
    if (field !== undefined) out[key] = applyMask(field, sub);
  }
  return out;
}

/** File fields the workspace keeps. */
export const MODELED_FILE_FIELDS = new Set([
  'kind',
  'id',
  'name',
  'mimeType',
  'parents',
  'createdTime',
  'modifiedTime',
  'trashed',
  'explicitlyTrashed',
  'appProperties',
  'properties',
  'description',
  'webViewLink',
  'version',
  'lastModifyingUser',
  'owners',
  'ownedByMe',
]);

/** Real v3 File fields the workspace does not keep: asking for them throws as not implemented. */
const OTHER_FILE_FIELDS = new Set([
  'capabilities',
  'contentHints',
  'contentRestrictions',
  'copyRequiresWriterPermission',
  'driveId',
  'exportLinks',
  'fileExtension',
  'folderColorRgb',
  'fullFileExtension',
  'hasAugmentedPermissions',
  'hasThumbnail',
  'headRevisionId',
  'iconLink',
  'imageMediaMetadata',
  'isAppAuthorized',
  'labelInfo',
  'linkShareMetadata',
  'md5Checksum',
  'sha1Checksum',
  'sha256Checksum',
  'modifiedByMe',
  'modifiedByMeTime',
  'originalFilename',
  'permissionIds',
  'permissions',
  'quotaBytesUsed',
  'resourceKey',
  'shared',
  'sharedWithMeTime',
  'sharingUser',
  'shortcutDetails',
  'size',
  'spaces',
  'starred',
  'teamDriveId',
  'thumbnailLink',
  'thumbnailVersion',
  'trashedTime',
  'trashingUser',
  'videoMediaMetadata',
  'viewedByMe',
  'viewedByMeTime',
  'viewersCanCopyContent',
  'webContentLink',
  'writersCanShare',
]);

/** Returns the name of a field Drive does not know, after throwing for real fields not kept here. */
export function unknownFileField(mask: Mask): string | null {
  for (const key of maskKeys(mask)) {
    if (MODELED_FILE_FIELDS.has(key)) continue;
    if (OTHER_FILE_FIELDS.has(key)) throw new NotImplementedError(`the Drive file field ${key}`);
    return key;
  }
  return null;
}

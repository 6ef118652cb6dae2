/**
 * PropertiesService (developers.google.com/apps-script/reference/properties): three stores of
 * string key-value pairs. Values are strings ("Data types that are not already strings are
 * automatically converted to strings" — developers.google.com/apps-script/guides/properties);
 * a missing key reads as null; getProperties returns a copy, not a live view.
 *
 * Quotas (developers.google.com/apps-script/guides/services/quotas): "Properties value size
 * 9 KB / val", "Properties total storage 500 KB / property store". Past either, Google throws
 * "You have exceeded the property storage quota. Please remove some properties and try again."
 * (the text scripts report when a single value is too large, as well as when the store is full).
 * Sizes are counted in UTF-8 bytes, keys included in the total. A refused write changes nothing.
 */
import type { CallLog } from './callLog';
import { strict } from './strict';
import { exception, signatureError } from './sheets/errors';

export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;
const QUOTA_MESSAGE = 'You have exceeded the property storage quota. Please remove some properties and try again.';

const encoder = new TextEncoder();

function bytes(text: string): number {
  return encoder.encode(text).length;
}

export type PropertyScope = 'document' | 'user' | 'script';

class PropertiesImpl {
  constructor(private readonly _store: Map<string, string>) {}

  /** Replaces the store's content with `next`, or throws the quota error and keeps it as it was. */
  private _commit(next: Map<string, string>, written: Iterable<string>): this {
    for (const key of written) {
      if (bytes(next.get(key) ?? '') > MAX_VALUE_BYTES) throw exception(QUOTA_MESSAGE);
    }
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > MAX_STORE_BYTES) throw exception(QUOTA_MESSAGE);
    this._store.clear();
    for (const [k, v] of next) this._store.set(k, v);
    return this;
  }

  getProperty(key: string): string | null {
    return this._store.get(String(key)) ?? null;
  }

  getProperties(): Record<string, string> {
    return Object.fromEntries(this._store);
  }

  getKeys(): string[] {
    return [...this._store.keys()];
  }

  setProperty(key: string, value: string): this {
    if (key === null || key === undefined) throw signatureError('PropertiesService.Properties.setProperty', [key, value]);
    const next = new Map(this._store);
    next.set(String(key), String(value));
    return this._commit(next, [String(key)]);
  }

  setProperties(properties: Record<string, string>, deleteAllOthers?: boolean): this {
    if (typeof properties !== 'object' || properties === null) {
      throw signatureError('PropertiesService.Properties.setProperties', [properties]);
    }
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this._store);
    const keys = Object.keys(properties);
    for (const k of keys) next.set(k, String(properties[k]));
    return this._commit(next, keys);
  }

  deleteProperty(key: string): this {
    this._store.delete(String(key));
    return this;
  }

  deleteAllProperties(): this {
    this._store.clear();
    return this;
  }
}

/** The three stores' contents, for snapshots and tests (uncounted). */
export class PropertyStores {
  readonly document = new Map<string, string>();
  readonly user = new Map<string, string>();
  readonly script = new Map<string, string>();

  snapshot(): Record<PropertyScope, Record<string, string>> {
    const sorted = (m: Map<string, string>) => Object.fromEntries([...m.entries()].sort(([a], [b]) => a.localeCompare(b)));
    return { document: sorted(this.document), user: sorted(this.user), script: sorted(this.script) };
  }
}

class PropertiesServiceImpl {
  private readonly _views: Record<PropertyScope, GoogleAppsScript.Properties.Properties>;

  constructor(stores: PropertyStores, log: CallLog) {
    const view = (store: Map<string, string>) =>
      strict(new PropertiesImpl(store), 'Properties', log) as unknown as GoogleAppsScript.Properties.Properties;
    this._views = { document: view(stores.document), user: view(stores.user), script: view(stores.script) };
  }

  getDocumentProperties(): GoogleAppsScript.Properties.Properties {
    return this._views.document;
  }

  getUserProperties(): GoogleAppsScript.Properties.Properties {
    return this._views.user;
  }

  getScriptProperties(): GoogleAppsScript.Properties.Properties {
    return this._views.script;
  }
}

export function createPropertiesService(stores: PropertyStores, log: CallLog): GoogleAppsScript.Properties.PropertiesService {
  return strict(
    new PropertiesServiceImpl(stores, log),
    'PropertiesService',
    log,
  ) as unknown as GoogleAppsScript.Properties.PropertiesService;
}

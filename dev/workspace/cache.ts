/**
 * CacheService (developers.google.com/apps-script/reference/cache/cache): string values with an
 * expiration measured on the workspace clock. Limits from the Cache reference: "The maximum
 * length of a key is 250 characters. The maximum amount of data that can be stored per key is
 * 100KB"; expiration "The minimum is 1 second and the maximum is 21600 seconds (6 hours)", 600
 * seconds by default. Past a limit Google throws "Argument too large: key" / "Argument too
 * large: value". Expirations outside 1–21600 s are clamped (Google documents the range, not an
 * error).
 */
import type { CallLog } from './callLog';
import { strict } from './strict';
import { exception, signatureError } from './sheets/errors';

export const MAX_KEY_LENGTH = 250;
export const MAX_VALUE_BYTES = 100 * 1024;
const DEFAULT_TTL_SECONDS = 600;
const MAX_TTL_SECONDS = 21600;

const encoder = new TextEncoder();

interface Entry {
  value: string;
  expiresAt: number;
}

export type CacheScope = 'document' | 'script' | 'user';

class CacheImpl {
  constructor(
    private readonly _entries: Map<string, Entry>,
    private readonly _now: () => Date,
  ) {}

  private _check(key: unknown, value: unknown, method: string): [string, string] {
    if (typeof key !== 'string' || typeof value !== 'string') throw signatureError(`CacheService.Cache.${method}`, [key, value]);
    if (key.length > MAX_KEY_LENGTH) throw exception('Argument too large: key');
    if (encoder.encode(value).length > MAX_VALUE_BYTES) throw exception('Argument too large: value');
    return [key, value];
  }

  private _expiry(seconds: number | undefined): number {
    const ttl = seconds === undefined ? DEFAULT_TTL_SECONDS : Math.min(MAX_TTL_SECONDS, Math.max(1, seconds));
    return this._now().getTime() + ttl * 1000;
  }

  private _live(key: string): Entry | undefined {
    const entry = this._entries.get(key);
    if (entry && entry.expiresAt <= this._now().getTime()) {
      this._entries.delete(key);
      return undefined;
    }
    return entry;
  }

  get(key: string): string | null {
    return this._live(String(key))?.value ?? null;
  }

  getAll(keys: string[]): Record<string, string> {
    if (!Array.isArray(keys)) throw signatureError('CacheService.Cache.getAll', [keys]);
    const out: Record<string, string> = {};
    for (const k of keys) {
      const entry = this._live(String(k));
      if (entry) out[String(k)] = entry.value;
    }
    return out;
  }

  put(key: string, value: string, expirationInSeconds?: number): void {
    const [k, v] = this._check(key, value, 'put');
    this._entries.set(k, { value: v, expiresAt: this._expiry(expirationInSeconds) });
  }

  putAll(values: Record<string, string>, expirationInSeconds?: number): void {
    if (typeof values !== 'object' || values === null) throw signatureError('CacheService.Cache.putAll', [values]);
    const checked = Object.keys(values).map((k) => this._check(k, values[k], 'putAll'));
    for (const [k, v] of checked) this._entries.set(k, { value: v, expiresAt: this._expiry(expirationInSeconds) });
  }

  remove(key: string): void {
    this._entries.delete(String(key));
  }
}

class CacheServiceImpl {
  private readonly _caches: Record<CacheScope, GoogleAppsScript.Cache.Cache>;

  constructor(log: CallLog, now: () => Date) {
    const make = () => strict(new CacheImpl(new Map(), now), 'Cache', log) as unknown as GoogleAppsScript.Cache.Cache;
    this._caches = { document: make(), script: make(), user: make() };
  }

  getScriptCache(): GoogleAppsScript.Cache.Cache {
    return this._caches.script;
  }
}

export function createCacheService(log: CallLog, now: () => Date): GoogleAppsScript.Cache.CacheService {
  return strict(new CacheServiceImpl(log, now), 'CacheService', log) as unknown as GoogleAppsScript.Cache.CacheService;
}

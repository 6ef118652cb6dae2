import type { CallLog } from './callLog';
import { inErrorLanguage } from './errorLanguage';

/**
 * Wraps a stand-in object so that it behaves strictly:
 * - a public member that the stand-in does not implement throws, naming it, instead of
 *   returning undefined (nothing passes by accident);
 * - every call of a public method is counted in the CallLog as `ClassName.method`
 *   (unless `counted` is false: builders count only at `build()`).
 *
 * Members whose names start with `_` are the workspace's own inspection hooks for tests:
 * never counted, never part of Google's API.
 */
export interface StrictOptions {
  counted?: boolean | ((method: string) => boolean);
}

/** Probes that JavaScript runtimes and jest make on any object; answering undefined is safe. */
const PROBES = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  'constructor',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
  '_isMockFunction',
  'inspect',
]);

export class NotImplementedError extends Error {
  constructor(member: string) {
    super(`In-memory workspace: ${member} is not implemented. Implement it as Google documents it, or do not call it.`);
    this.name = 'NotImplementedError';
  }
}

export function strict<T extends object>(target: T, className: string, log: CallLog, options: StrictOptions = {}): T {
  const counted = options.counted ?? true;
  const isCounted = typeof counted === 'function' ? counted : () => counted;
  return new Proxy(target, {
    get(obj, prop, receiver) {
      if (typeof prop === 'symbol') return Reflect.get(obj, prop, receiver);
      if (!(prop in obj)) {
        if (PROBES.has(prop)) return undefined;
        throw new NotImplementedError(`${className}.${prop}`);
      }
      const value = Reflect.get(obj, prop, obj);
      if (typeof value !== 'function' || prop.startsWith('_')) return value;
      const name = `${className}.${prop}`;
      return function (this: unknown, ...args: unknown[]) {
        let out: unknown;
        try {
          log.beforeCall(name);
          if (isCounted(prop)) log.record(name);
          out = (value as (...a: unknown[]) => unknown).apply(obj, args);
        } catch (error) {
          // What a service throws reaches the script worded in the workspace's language.
          throw inErrorLanguage(log, error);
        }
        // Chained setters return the bare object; hand back the strict wrapper instead.
        return out === obj ? receiver : out;
      };
    },
    set(obj, prop, value) {
      if (typeof prop === 'string' && !prop.startsWith('_') && !(prop in obj)) {
        throw new NotImplementedError(`setting ${className}.${prop}`);
      }
      return Reflect.set(obj, prop, value, obj);
    },
  });
}

import type { WorkspaceContext } from '../context';
import { strict } from '../strict';

/**
 * What every document and Drive object shares: the workspace context, one strict wrapper per
 * object (so `===` holds between two handles of the same element), and a switch that lets
 * the inspection hooks build or edit documents without counting service calls.
 */
export class DocsRuntime {
  private readonly wrappers = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();

  constructor(readonly context: WorkspaceContext) {}

  /** The strict wrapper of `target`, made once and reused. */
  wrap<T extends object>(target: T, className: string): T {
    const known = this.wrappers.get(target);
    if (known) return known as T;
    // Quiet spells are the call log's own (CallLog.quietly): a call in one is not recorded.
    const proxy = strict(target, className, this.context.log);
    this.wrappers.set(target, proxy);
    this.targets.set(proxy, target);
    return proxy;
  }

  /** The object behind a wrapper handed out earlier (or the object itself when it is not a wrapper). */
  unwrap(value: unknown): object | undefined {
    if (typeof value !== 'object' || value === null) return undefined;
    return this.targets.get(value) ?? value;
  }

  /** Runs `fn` without counting calls: for test set-up and simulated people, never for the add-on. */
  quietly<T>(fn: () => T): T {
    return this.context.log.quietly(fn);
  }

  now(): Date {
    return this.context.now();
  }
}

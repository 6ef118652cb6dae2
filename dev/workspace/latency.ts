import type { WorkspaceContext } from './context';

/**
 * Simulated service latency. In Apps Script each service call is a round trip to Google, and
 * what limits a long operation is time: "Script runtime: 6 min / execution"
 * (https://developers.google.com/apps-script/guides/services/quotas). With `latencyMs`, each
 * counted call moves the workspace's clock on by that much instead of sleeping, and the script
 * sees the same clock through `Date` (`new Date()`, `Date.now()`), so a time budget can be
 * tested, and benchmarked, in milliseconds of real time.
 */
export function simulateLatency(context: WorkspaceContext, latencyMs: number): DateConstructor {
  const base = context.now.bind(context);
  let elapsed = 0;
  context.now = () => new Date(base().getTime() + elapsed);
  context.log.onCall = () => {
    elapsed += latencyMs;
  };
  return clockedDate(() => context.now().getTime());
}

/**
 * A `Date` whose current time is `now()`; dates built from arguments are untouched. A subclass,
 * so `instanceof Date` holds for the workspace's dates and the script's alike.
 */
function clockedDate(now: () => number): DateConstructor {
  class ClockedDate extends Date {
    constructor(...args: ConstructorParameters<DateConstructor> | []) {
      if (args.length === 0) super(now());
      else super(...(args as [string | number | Date]));
    }

    static override now(): number {
      return now();
    }
  }
  return ClockedDate as unknown as DateConstructor;
}

/**
 * Counts every Apps Script service call by `Class.method` (docs/ARCHITECTURE.md, Service-call budgets: the
 * measure of speed is service calls per operation). Builders count once, at `build()`.
 */
export class CallLog {
  private readonly counts = new Map<string, number>();
  private readonly order: string[] = [];
  /** Keep the sequence of calls too; tests read it to see what an operation did. */
  keepSequence = true;
  /**
   * Asked before every service call, counted or not (a builder's setters, the documents' calls
   * within the workspace), with its `Class.method`; throws to refuse the call. The workspace
   * sets it to its OAuth scope check (scopes.ts).
   */
  beforeCall: (name: string) => void = () => {};
  /** Told of every counted call (the workspace's simulated latency, latency.ts). */
  onCall: ((name: string) => void) | null = null;

  private quietDepth = 0;

  record(name: string): void {
    if (this.quietDepth > 0) return;
    this.onCall?.(name);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    if (this.keepSequence) this.order.push(name);
  }

  /** Runs `fn` without counting its calls: simulated people (a reviewer typing in a file), never the add-on. */
  quietly<T>(fn: () => T): T {
    this.quietDepth += 1;
    try {
      return fn();
    } finally {
      this.quietDepth -= 1;
    }
  }

  total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }

  count(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  /** Calls by name, most frequent first. */
  byName(): Array<[string, number]> {
    return [...this.counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }

  sequence(): readonly string[] {
    return this.order;
  }

  reset(): void {
    this.counts.clear();
    this.order.length = 0;
  }

  /** Runs `fn` and returns what it cost, without disturbing counts gathered before. */
  measure<T>(fn: () => T): { result: T; calls: number; byName: Array<[string, number]> } {
    const before = new Map(this.counts);
    const result = fn();
    const delta = new Map<string, number>();
    for (const [name, n] of this.counts) {
      const d = n - (before.get(name) ?? 0);
      if (d > 0) delta.set(name, d);
    }
    let calls = 0;
    for (const n of delta.values()) calls += n;
    return { result, calls, byName: [...delta.entries()].sort((a, b) => b[1] - a[1]) };
  }
}

import { statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { addonOver, distHtmlFiles, type LoadedAddon } from '../../dev/addonLoader';
import { createWorkspace, type WorkspaceOptions } from '../../dev/workspace';

/** One row of the benchmark table: an operation, what it cost in service calls, and time. */
export interface BenchRow {
  operation: string;
  /** Free text: team size, ladder, ... */
  setting: string;
  calls: number;
  /** The budget from docs/ARCHITECTURE.md, Service-call budgets, when there is one. */
  budget?: number;
  ms: number;
  /** The three most frequent calls, e.g. "Range.setValues×12". */
  top: string;
}

export interface Scenario {
  name: string;
  run(): BenchRow[];
}

/** Runs `fn` against the built add-on and measures its service calls and wall time. */
export function measure(addon: LoadedAddon, operation: string, setting: string, fn: () => unknown, budget?: number): BenchRow {
  const start = performance.now();
  const { calls, byName } = addon.workspace.log.measure(fn);
  const ms = performance.now() - start;
  const top = byName
    .slice(0, 3)
    .map(([n, c]) => `${n}×${c}`)
    .join(', ');
  return { operation, setting, calls, budget, ms, top };
}

/** The built add-on in a fresh in-memory workspace; each call is one execution (dev/addonLoader.ts). */
export function loadAddon(options: WorkspaceOptions = {}): LoadedAddon {
  return addonOver(createWorkspace({ htmlFiles: distHtmlFiles(), ...options }));
}

/** A page of dist/ and its size: the whole page, script and style inlined, as the browser downloads it on every opening. */
export function pageSize(file: string): string {
  const bytes = statSync(join(__dirname, '../../dist', file)).size;
  return `dist/${file} ${(bytes / 1024).toFixed(1)} KB`;
}

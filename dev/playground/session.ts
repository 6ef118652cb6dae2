import { runInContext } from 'node:vm';
import { createWorkspace, type Workspace, type WorkspaceOptions } from '../workspace';
import { bareContext, distHtmlFiles, readDist } from '../../test/support/bundle';
import { sheetView, type SheetSnapshot, type SheetView } from './sheetView';
import { BUILTIN_LADDER_INDEX } from '../../src/core/ladder/builtinIndex';
import { ladderDataFileName } from '../../src/core/ladder/dataFile';

/**
 * One spreadsheet with the add-on installed: the built dist/Code.js against an in-memory
 * workspace. Every call is one Apps Script execution: the script is loaded into a fresh bare
 * context (Apps Script starts each execution with fresh globals, so nothing cached in one call
 * leaks into the next), and at its end locks are released and documents saved.
 */

export interface RunResult {
  ok: boolean;
  value?: unknown;
  error?: string;
  /** Service calls the execution made (DESIGN.md section 8). */
  calls: number;
  ms: number;
}

export interface CallRecord {
  fn: string;
  ok: boolean;
  calls: number;
  ms: number;
  error?: string;
}

export interface SessionOptions {
  /** A fixed clock, so that the playground and its tests are repeatable. */
  now?: Date;
  workspace?: WorkspaceOptions;
  /** The built add-on; read from dist/ when not given. */
  bundle?: AddonBundle;
}

/** What `npm run build` wrote: dist/Code.js and the HTML files HtmlService serves. */
export interface AddonBundle {
  code: string;
  htmlFiles: Record<string, string>;
}

/** Reads dist/ once, so that every spreadsheet of a playground run uses the same build. */
export function readBundle(): AddonBundle {
  const bundle = { code: readDist('Code.js'), htmlFiles: distHtmlFiles() };
  const missing = ['Sidebar', 'Setup', ...BUILTIN_LADDER_INDEX.map((l) => ladderDataFileName(l.id))].filter(
    (name) => !(name in bundle.htmlFiles),
  );
  if (missing.length > 0) throw new Error(`dist/ is incomplete (no ${missing.map((m) => `${m}.html`).join(', ')}): run "npm run build".`);
  return bundle;
}

/** google.script.run's rule for replies: JSON-safe values only, and a Date arrives as null. */
export function overTheWire(value: unknown): unknown {
  if (value === undefined) return undefined;
  const text = JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
    // `v` has been through Date#toJSON already; the holder still has the Date itself.
    const original = key === '' ? value : this[key];
    if (Object.prototype.toString.call(original) === '[object Date]') return null;
    return typeof v === 'function' ? undefined : v;
  });
  return text === undefined ? undefined : (JSON.parse(text) as unknown);
}

/**
 * Makes `new Date()` and `Date.now()` in a context give a fixed time, so that what the script
 * stamps (an "updated at", a doc's date) is the same on every run; dates given explicitly are
 * untouched.
 */
function fixedClock(ms: number): string {
  return `(function (fixed) {
  var RealDate = Date;
  function FixedDate() {
    var args = Array.prototype.slice.call(arguments);
    if (!(this instanceof FixedDate)) return new RealDate(fixed).toString();
    return args.length === 0 ? new RealDate(fixed) : new (Function.prototype.bind.apply(RealDate, [null].concat(args)))();
  }
  FixedDate.prototype = RealDate.prototype;
  FixedDate.now = function () { return fixed; };
  FixedDate.parse = RealDate.parse;
  FixedDate.UTC = RealDate.UTC;
  globalThis.Date = FixedDate;
})(${ms});`;
}

export class PlaygroundSession {
  readonly workspace: Workspace;
  readonly code: string;
  readonly functionNames: string[];
  readonly history: CallRecord[] = [];
  /** With a fixed clock, `new Date()` in the script gives this time too (ms since 1970). */
  private readonly fixedNow: number | null;

  constructor(options: SessionOptions = {}) {
    const now = options.now;
    this.fixedNow = now ? now.getTime() : null;
    const bundle = options.bundle ?? readBundle();
    this.workspace = createWorkspace({
      htmlFiles: bundle.htmlFiles,
      ...(now ? { now: () => new Date(now.getTime()) } : {}),
      ...options.workspace,
    });
    this.code = bundle.code;
    this.functionNames = this.topLevelFunctions();
  }

  private topLevelFunctions(): string[] {
    const context = bareContext({});
    runInContext(this.code, context, { filename: 'Code.js' });
    const names = Object.keys(context).filter((k) => typeof (context as Record<string, unknown>)[k] === 'function');
    // Apps Script does not offer private functions (a trailing underscore) to google.script.run.
    return names.filter((n) => !n.endsWith('_')).sort();
  }

  /** Runs a top-level function as google.script.run or a menu click would: JSON in, JSON out. */
  run(fn: string, args: unknown[] = []): RunResult {
    const started = process.hrtime.bigint();
    const finish = (result: Omit<RunResult, 'ms'>): RunResult => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      this.history.push({ fn, ok: result.ok, calls: result.calls, ms, ...(result.error ? { error: result.error } : {}) });
      return { ...result, ms };
    };
    if (!this.functionNames.includes(fn)) return finish({ ok: false, error: `Script function not found: ${fn}`, calls: 0 });
    const context = bareContext(this.workspace.globals);
    // A workspace simulating latency hands the script its own clock.
    if (this.fixedNow !== null && !this.workspace.globals.Date) runInContext(fixedClock(this.fixedNow), context);
    runInContext(this.code, context, { filename: 'Code.js' });
    const target = (context as Record<string, unknown>)[fn] as (...a: unknown[]) => unknown;
    const jsonArgs = args.map((a) => (a === undefined ? undefined : (JSON.parse(JSON.stringify(a)) as unknown)));
    const measured = this.workspace.log.measure(() => {
      try {
        return { ok: true as const, value: overTheWire(target(...jsonArgs)) };
      } catch (error) {
        return { ok: false as const, error: error instanceof Error ? error.message : String(error) };
      }
    });
    this.endExecution();
    return finish({ ...measured.result, calls: measured.calls });
  }

  private endExecution(): void {
    this.workspace.locks.endExecution();
    this.workspace.docs.endExecution();
  }

  /** The user clicks a sheet tab. */
  activateSheet(name: string): void {
    const sheet = this.workspace.spreadsheet.api.getSheetByName(name);
    if (!sheet) throw new Error(`No sheet named ${name}`);
    sheet.activate();
  }

  /** The user types into a cell (as another manager might, between two sidebar saves). */
  editCell(sheetName: string, a1: string, value: string): void {
    const sheet = this.workspace.spreadsheet.api.getSheetByName(sheetName);
    if (!sheet) throw new Error(`No sheet named ${sheetName}`);
    sheet.getRange(a1).setValue(value);
  }

  sheetNames(): string[] {
    return this.workspace.spreadsheet.sheetNames();
  }

  sheet(name: string): SheetView {
    const snapshot = this.workspace.spreadsheet.sheet(name) as SheetSnapshot;
    return sheetView(snapshot, (ref) => {
      try {
        return this.workspace.spreadsheet
          .displayValues(ref)
          .flat()
          .filter((v) => v !== '');
      } catch {
        return [];
      }
    });
  }
}

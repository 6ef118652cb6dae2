import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Script, createContext, type Context } from 'node:vm';
import type { Workspace } from './workspace';
import { createHtmlService } from './workspace/html';
import { ladderDataFileName } from '../src/core/ladder/dataFile';
import type { Ladder } from '../src/core/ladder/schema';

/**
 * Runs the built add-on as Apps Script does: every execution (a menu click, a google.script.run
 * call, a trigger) starts from fresh globals, with dist/Code.js loaded anew into them. The
 * tests (test/support/bundle.ts), the benchmark (tools/bench) and the playground
 * (dev/playground/session.ts) all run it through here, so module state in src/gas lives for
 * one call everywhere, as it does in Google (docs/ARCHITECTURE.md, The in-memory workspace and
 * the playground).
 */

export const DIST = join(__dirname, '../dist');

export function readDist(file: string): string {
  const path = join(DIST, file);
  if (!existsSync(path)) throw new Error(`${path} is missing: run "npm run build" first (npm test does).`);
  return readFileSync(path, 'utf8');
}

/** The HTML files of dist/, as HtmlService.createHtmlOutputFromFile finds them. */
export function distHtmlFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(DIST)) {
    if (name.endsWith('.html')) files[name.slice(0, -5)] = readFileSync(join(DIST, name), 'utf8');
  }
  return files;
}

/**
 * A bare V8 context holding only what Apps Script gives a script: the JavaScript built-ins,
 * `console`, and the services. No require, process, window or timers.
 */
export function bareContext(globals: object): Context {
  // The workspace makes its Date values in this realm; sharing Date keeps `instanceof Date`
  // true inside the script, as it is for the Dates Apps Script hands a script. A workspace
  // with simulated latency hands its own Date (a subclass on its clock), which wins.
  return createContext({ console, Date, ...globals });
}

/**
 * dist/Code.js compiled once per text: each execution still runs it from the top in a new
 * context (every top-level statement, every function object made anew); only V8's parse is
 * shared, which keeps a jest run of hundreds of calls quick.
 */
const compiled = new Map<string, Script>();

function codeScript(code: string): Script {
  let script = compiled.get(code);
  if (!script) {
    script = new Script(code, { filename: 'Code.js' });
    compiled.set(code, script);
  }
  return script;
}

/** A fresh context holding `globals` with dist/Code.js loaded into it; `prelude` runs first. */
export function loadedContext(code: string, globals: object, prelude?: string): Context {
  const context = bareContext(globals);
  if (prelude) new Script(prelude).runInContext(context);
  codeScript(code).runInContext(context);
  return context;
}

/** The top-level functions of dist/Code.js that google.script.run and menus can call. */
export function topLevelFunctions(code: string): string[] {
  const context = loadedContext(code, {});
  const names = Object.keys(context).filter((k) => typeof (context as Record<string, unknown>)[k] === 'function');
  // Apps Script does not offer private functions (a trailing underscore) to google.script.run.
  return names.filter((n) => !n.endsWith('_')).sort();
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

export interface Execution {
  /** dist/Code.js. */
  code: string;
  workspace: Workspace;
  /** Services to use instead of the workspace's own (e.g. an HtmlService serving other files). */
  globals?: Partial<Workspace['globals']>;
  /** Script run in the fresh context before dist/Code.js (the playground's fixed clock). */
  prelude?: string;
}

/**
 * One Apps Script execution: a fresh context, dist/Code.js loaded into it, the top-level
 * function `name` called with the arguments passed through JSON, and the reply passed back the
 * way google.script.run passes it. Whatever the call throws is thrown; either way, at the end
 * the locks the execution held are released and the documents it opened are saved.
 */
export function runExecution(execution: Execution, name: string, args: readonly unknown[]): unknown {
  const { code, workspace, globals = {}, prelude } = execution;
  const context = loadedContext(code, { ...workspace.globals, ...globals }, prelude);
  const fn = (context as Record<string, unknown>)[name];
  if (typeof fn !== 'function') throw new Error(`dist/Code.js has no top-level function ${name}`);
  const jsonArgs = args.map((a) => (a === undefined ? undefined : (JSON.parse(JSON.stringify(a)) as unknown)));
  try {
    return overTheWire((fn as (...a: unknown[]) => unknown)(...jsonArgs));
  } finally {
    workspace.endExecution();
  }
}

/** The built add-on installed in one workspace: each `run` is one execution. */
export interface LoadedAddon {
  workspace: Workspace;
  /** The top-level functions of dist/Code.js, as Apps Script lists them. */
  functions: string[];
  /**
   * Calls a top-level function as google.script.run would, as one execution of its own: a fresh
   * context with dist/Code.js loaded anew, JSON in, JSON out (a Date becomes null).
   */
  run<T = unknown>(name: string, ...args: unknown[]): T;
}

/**
 * dist/Code.js as read now, over a workspace (a new one, or one an earlier version of the
 * add-on wrote); `globals` replaces services (e.g. an HtmlService serving other project files,
 * such as a changed ladder data file).
 */
export function addonOver(workspace: Workspace, globals: Partial<Workspace['globals']> = {}): LoadedAddon {
  const code = readDist('Code.js');
  return {
    workspace,
    functions: topLevelFunctions(code),
    run<T>(name: string, ...args: unknown[]): T {
      return runExecution({ code, workspace, globals }, name, args) as T;
    },
  };
}

/**
 * The same workbook opened by another build of the add-on: the spreadsheet, properties and
 * locks are kept, only the project's files change (e.g. a ladder data file with sub-skills
 * reordered, renamed or removed), as after deploying a new version.
 */
export function reloadAddon(previous: LoadedAddon, htmlFiles: Record<string, string> = distHtmlFiles()): LoadedAddon {
  const { workspace } = previous;
  return addonOver(workspace, { HtmlService: createHtmlService(workspace.log, htmlFiles) });
}

/** The same workbook under a build whose data file of `ladder` holds this ladder instead. */
export function withLadder(previous: LoadedAddon, ladder: Ladder): LoadedAddon {
  return reloadAddon(previous, { ...distHtmlFiles(), [ladderDataFileName(ladder.id)]: JSON.stringify(ladder) });
}

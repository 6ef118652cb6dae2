import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext, type Context } from 'node:vm';
import { createWorkspace, type Workspace, type WorkspaceOptions } from '../../dev/workspace';

export const DIST = join(__dirname, '../../dist');

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
  // with simulated latency hands its own Date (a subclass on its clock).
  return createContext({ console, Date, ...globals });
}

export interface LoadedAddon {
  workspace: Workspace;
  context: Context;
  /** Calls a top-level function as google.script.run would: JSON in, JSON out (a Date becomes null). */
  run<T = unknown>(name: string, ...args: unknown[]): T;
}

/** Loads the built dist/Code.js into a bare context wired to a fresh in-memory workspace. */
export function loadAddon(options: WorkspaceOptions = {}): LoadedAddon {
  const workspace = createWorkspace({ htmlFiles: distHtmlFiles(), ...options });
  return addonOver(workspace);
}

/**
 * Loads dist/Code.js again over an existing workspace, as a new version of the add-on finds
 * the workbook an earlier one made; `globals` replaces services (e.g. an HtmlService serving
 * other project files, such as a changed ladder data file).
 */
export function addonOver(workspace: Workspace, globals: Partial<Workspace['globals']> = {}): LoadedAddon {
  const context = bareContext({ ...workspace.globals, ...globals });
  runInContext(readDist('Code.js'), context, { filename: 'Code.js' });
  return {
    workspace,
    context,
    run<T>(name: string, ...args: unknown[]): T {
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== 'function') throw new Error(`dist/Code.js has no top-level function ${name}`);
      const jsonArgs = args.map((a) => (a === undefined ? undefined : JSON.parse(JSON.stringify(a))));
      let result: unknown;
      try {
        result = (fn as (...a: unknown[]) => unknown)(...jsonArgs);
      } finally {
        workspace.endExecution();
      }
      // JSON.stringify has already called Date#toJSON on `v`; `this[key]` is the value before that.
      // A Date reaches google.script.run's caller as null (DESIGN.md section 7).
      const overTheWire = JSON.stringify(result, function (this: Record<string, unknown>, key, v: unknown) {
        return Object.prototype.toString.call(this[key]) === '[object Date]' ? null : v;
      });
      return (overTheWire === undefined ? undefined : JSON.parse(overTheWire)) as T;
    },
  };
}

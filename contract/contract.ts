/**
 * The contract suite: each contract states one behaviour of Google's services that the add-on
 * relies on, with the reference page that documents it, and checks it through the same
 * service globals the add-on uses (SpreadsheetApp, DocumentApp, Drive, …). The same contracts
 * run in jest against the in-memory workspace (test/contract/) and inside a real Apps Script
 * project (contract/appsScript.ts, `npm run contract:push`), so a difference between the two
 * shows up as a FAIL on one side.
 *
 * A contract uses nothing but the globals and `env`: no jest, no Node.
 */
export interface Contract {
  /** Short and unique: the PASS / FAIL line of the real run names it. */
  name: string;
  /** Google's page that documents the behaviour (or, where Google documents nothing, the page that comes closest). */
  reference: string;
  /**
   * Set when the contract can only run against the in-memory workspace (it needs a second
   * user, a missing scope or service…, which the real run, one user under a fixed manifest,
   * cannot arrange): why. The real run lists it as SKIP.
   */
  workspaceOnly?: string;
  run(env: ContractEnv): void;
}

export interface ContractEnv {
  /** Where the contract runs. */
  readonly where: 'workspace' | 'apps-script';
  /** A new sheet of the bound spreadsheet with a unique name; deleted when the contract ends. */
  scratchSheet(): GoogleAppsScript.Spreadsheet.Sheet;
  /** A name no sheet or file has yet, starting with `prefix`. */
  uniqueName(prefix: string): string;
  /** A Drive file or folder the contract made: trashed when the contract ends. */
  made(fileId: string): void;
  /** Only for workspaceOnly contracts, and only in jest: the in-memory workspace's own controls. */
  readonly workspace?: WorkspaceControls;
}

/** Settings of the in-memory workspace that the real run cannot vary. */
export interface WorkspaceSettings {
  /** The OAuth scopes granted to the script (default: the manifest's). */
  oauthScopes?: readonly string[];
  /** The advanced services enabled, by user symbol (default: the manifest's). */
  advancedServices?: readonly string[];
  /** The spreadsheet's time zone (File › Settings), apart from the script's. */
  spreadsheetTimeZone?: string;
  /** The script's time zone (appsscript.json). */
  timeZone?: string;
  /** How Google's errors are worded: in English, or as another language would word them. */
  errorLanguage?: 'en' | 'reworded';
}

export interface WorkspaceControls {
  /** Runs `body` against a fresh workspace made with these settings, its globals in place. */
  withSettings(settings: WorkspaceSettings, body: () => void): void;
  /** Another editor of the same spreadsheet runs the add-on from now on (own Drive, own drive.file grants). */
  switchUser(email: string): void;
  /**
   * A page calls a server function through google.script.run with `value` as its argument:
   * what the server function receives, or `delivered: false` when the call fails instead.
   */
  sendFromPage(value: unknown): { delivered: true; received: unknown } | { delivered: false };
}

/** Thrown by the checks below; the runner reports its message after FAIL. */
export class ContractFailure extends Error {}

/** A Date, also one made by another JavaScript realm (the build test runs the bundle in a vm). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function shown(value: unknown): string {
  if (isDate(value)) return `Date(${isNaN(value.getTime()) ? 'invalid' : value.toISOString()})`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value, (_k, v: unknown) => (isDate(v) ? `Date(${v.toISOString()})` : v)) ?? String(value);
  } catch {
    return String(value);
  }
}

function same(a: unknown, b: unknown): boolean {
  if (isDate(a) || isDate(b)) return isDate(a) && isDate(b) && a.getTime() === b.getTime();
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return same(ka, kb) && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return Object.is(a, b);
}

export function check(condition: boolean, what: string): void {
  if (!condition) throw new ContractFailure(what);
}

/** Deep equality: arrays, plain objects, Dates by time, everything else by Object.is. */
export function equal(actual: unknown, expected: unknown, what: string): void {
  if (!same(actual, expected)) throw new ContractFailure(`${what}: expected ${shown(expected)}, got ${shown(actual)}`);
}

/** The call throws (any error: its wording is the user's language, never checked). */
export function throws(fn: () => unknown, what: string): void {
  try {
    fn();
  } catch {
    return;
  }
  throw new ContractFailure(`${what}: expected an error, none was thrown`);
}

/** The call returns without throwing; its result. */
export function succeeds<T>(fn: () => T, what: string): T {
  try {
    return fn();
  } catch (error) {
    throw new ContractFailure(`${what}: threw ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The workspace controls of a workspaceOnly contract (present in jest, where those run). */
export function workspaceControls(env: ContractEnv): WorkspaceControls {
  if (!env.workspace) throw new ContractFailure('this contract runs only against the in-memory workspace');
  return env.workspace;
}

/** The Drive advanced service (v3), which the add-on's manifest enables. */
export function drive(): GoogleAppsScript.Drive {
  if (typeof Drive === 'undefined' || !Drive) throw new ContractFailure('the Drive advanced service is not enabled');
  return Drive;
}

/**
 * A scratch doc, made as the add-on makes its plan docs: a file of the Docs MIME type created
 * through Drive (so drive.file reaches it), then opened with DocumentApp. Whether drive.file
 * reaches a doc made by DocumentApp.create is not documented, so no contract relies on it.
 * https://developers.google.com/workspace/drive/api/guides/api-specific-auth
 */
export function newScratchDoc(env: ContractEnv, prefix: string): GoogleAppsScript.Document.Document {
  const file = drive().Files.create(
    { name: env.uniqueName(prefix), mimeType: 'application/vnd.google-apps.document' },
    null as unknown as GoogleAppsScript.Base.Blob,
    { fields: 'id' },
  );
  const id = String(file.id);
  env.made(id);
  return DocumentApp.openById(id);
}

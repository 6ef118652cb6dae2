/**
 * The in-memory Google workspace (docs/ARCHITECTURE.md, The in-memory workspace and the playground): strict, counted stand-ins for the Apps
 * Script services the add-on uses, for the tests, the benchmark and the local playground.
 *
 *   const ws = createWorkspace({ htmlFiles: { Sidebar: '<html>…' } });
 *   Object.assign(globalThis, ws.globals);       // or a vm context
 *   … run add-on code …
 *   ws.log.total();                               // service calls made
 *   ws.spreadsheet.values('Team!A1:C3');          // inspect, uncounted
 */
import type { CallLog } from './callLog';
import { type ContextOptions, type WorkspaceContext, createContext } from './context';
import { type DocsInspection, type DocsServices, type DriveFileRecord, type SpreadsheetFiles, createDocsServices } from './docs';
import { type SheetsV4, createSheetsService } from './sheets/sheetsApi';
import { createCacheService } from './cache';
import { type ErrorLanguage, errorLanguage, setErrorLanguage } from './errorLanguage';
import { createHtmlService } from './html';
import { enabledAdvancedServices } from './manifest';
import { simulateLatency } from './latency';
import { LocksInspection, createLockService } from './lock';
import { PropertyStores, createPropertiesService } from './properties';
import { MANIFEST_SCOPES, scopeCheck } from './scopes';
import { createSession } from './session';
import { InMemorySpreadsheet } from './sheets/inspect';
import type { SheetsEnv } from './sheets/env';
import { SpreadsheetImpl } from './sheets/spreadsheet';
import { createCharts, createSpreadsheetApp } from './sheets/spreadsheetApp';
import { UiInspection, createUi } from './ui';
import { LogLines, createLogger, createUtilities } from './utilities';

export { NotImplementedError } from './strict';
export { CallLog } from './callLog';
export type { WorkspaceContext } from './context';
export { InMemorySpreadsheet } from './sheets/inspect';
export { UiInspection } from './ui';
export type { MenuEntry, MenuRecord, ShownHtml, DialogRecord, ToastRecord, ScriptedResponse, AskedDialog } from './ui';
export { LocksInspection } from './lock';
export type { LockScope } from './lock';
export type { PropertyScope } from './properties';
export { MANIFEST_SCOPES, MissingScopeError, UnlistedMethodError, scopesFor, referencePage } from './scopes';
export type { ErrorLanguage } from './errorLanguage';

export interface WorkspaceOptions extends ContextOptions {
  /** The script's HTML files: name (no .html) → content, read by HtmlService.createHtmlOutputFromFile. */
  htmlFiles?: Record<string, string>;
  /** The bound spreadsheet's name. */
  spreadsheetName?: string;
  /** The name under which createAddonMenu's menu shows (Extensions › name). */
  addonName?: string;
  /** The spreadsheet's owner; defaults to the user. */
  ownerEmail?: string;
  /**
   * The OAuth scopes the user granted; defaults to the manifest's (appsscript.json
   * `oauthScopes`). A call that none of them authorises throws as Apps Script does (scopes.ts).
   */
  oauthScopes?: readonly string[];
  /**
   * The spreadsheet's own time zone (File › Settings), kept apart from the script's `timeZone`:
   * Google warns that the two differ and that this is a frequent source of bugs
   * (developers.google.com/apps-script/reference/base/session#getScriptTimeZone()). Cells are
   * read and written on this zone's wall clock. Defaults to America/Los_Angeles, unlike the
   * script's Europe/London, so that code using the wrong zone shows it.
   */
  spreadsheetTimeZone?: string;
  /**
   * The spreadsheet's locale (Spreadsheet.getSpreadsheetLocale), which decides how a typed date
   * is read: "5/3/2026" is 3 May in en_US and 5 March in en_GB. Defaults to en_US.
   */
  spreadsheetLocale?: string;
  /**
   * false: the script runs outside a document (a standalone script or a web app), where
   * LockService.getDocumentLock() returns null
   * (developers.google.com/apps-script/reference/lock/lock-service#getdocumentlock).
   */
  documentContext?: boolean;
  /**
   * How Google's exceptions are worded: `en` as Google words them for English users, or
   * `reworded` as another language would (see errorLanguage.ts). Defaults to the
   * WORKSPACE_ERROR_LANGUAGE environment variable (jest sets `reworded`), else `en`.
   */
  errorLanguage?: ErrorLanguage;
  /**
   * The advanced services the script has enabled, by their `userSymbol` ("Drive"); defaults to
   * those of the project's appsscript.json. One left out is no global at all (manifest.ts).
   */
  advancedServices?: readonly string[];
  /** Simulated time each service call takes: moves the clock (the script's `Date` too) on, never sleeps (latency.ts). */
  latencyMs?: number;
}

/** Exactly the globals Apps Script gives a script (plus `Charts`, whose enums embedded charts use). */
export interface WorkspaceGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  Charts: GoogleAppsScript.Charts.Charts;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  /** Present only when the manifest enables the Drive advanced service. */
  Drive?: DocsServices['Drive'];
  /** Present only when the manifest enables the Sheets advanced service. */
  Sheets?: SheetsV4;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Logger: GoogleAppsScript.Base.Logger;
  /** With simulated latency only: JavaScript's own Date, on the workspace's clock. */
  Date?: DateConstructor;
}

export interface WorkspaceSnapshot {
  spreadsheet: unknown;
  /** The other spreadsheets Drive holds (made by the add-on through Drive), by file id. */
  spreadsheetFiles: Record<string, unknown>;
  properties: Record<'document' | 'user' | 'script', Record<string, string>>;
  docs: unknown;
}

export interface Workspace {
  context: WorkspaceContext;
  log: CallLog;
  /** Exactly the globals Apps Script gives a script: put these on a vm context or globalThis. */
  globals: WorkspaceGlobals;
  /** The active spreadsheet, for tests to inspect without counting calls. */
  spreadsheet: InMemorySpreadsheet;
  /** Menus, sidebars, dialogs, alerts, prompts and toasts shown; scripted answers to alerts and prompts. */
  ui: UiInspection;
  /** Documents and Drive files. */
  docs: DocsInspection;
  /** Who holds the locks; simulate another execution holding one. */
  locks: LocksInspection;
  /** The property stores' contents (uncounted). */
  properties: PropertyStores;
  /** Lines written with Logger.log. */
  logs(): string[];
  /**
   * A JSON-safe deep picture of everything — sheets (values, formulas, formats, validations,
   * notes, protections, merges, hidden columns, frozen panes, charts), properties, documents and
   * Drive files — to assert that a failed operation left everything as it was.
   */
  snapshot(): WorkspaceSnapshot;
  /**
   * Another user runs the add-on from now on: an editor of the same spreadsheet (same sheets,
   * same document properties) with their own Drive, and drive.file access to their own files only.
   */
  switchUser(email: string): void;
  /**
   * A spreadsheet Drive holds besides the bound one (a file the add-on made through Drive), to
   * read without counting calls; undefined when there is none with that id (or it was deleted).
   */
  spreadsheetFile(fileId: string): InMemorySpreadsheet | undefined;
  /**
   * `by` opens a spreadsheet file in Google Sheets and edits it, as the owner or a writer it was
   * shared with: `edit` gets the Spreadsheet, its calls uncounted and outside the script's scopes
   * (a person in Sheets, not the add-on). What `edit` writes with setValues passes a dropdown's
   * rule, as a paste does. Drive's modifiedTime and lastModifyingUser follow.
   */
  editSpreadsheetAsPerson(fileId: string, by: string, edit: (spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) => void): void;
  /**
   * The end of one script execution: locks it held are released and documents it left open
   * are saved (Apps Script does both when a script returns). Call it after each simulated call.
   */
  endExecution(): void;
}

export const DEFAULT_SPREADSHEET_TIME_ZONE = 'America/Los_Angeles';
export const DEFAULT_SPREADSHEET_LOCALE = 'en_US';

export function createWorkspace(options: WorkspaceOptions = {}): Workspace {
  const context = createContext(options);
  const clockedDate = options.latencyMs ? simulateLatency(context, options.latencyMs) : null;
  const { log } = context;
  log.beforeCall = scopeCheck(options.oauthScopes ?? MANIFEST_SCOPES);
  setErrorLanguage(log, errorLanguage(options.errorLanguage));
  const ui = new UiInspection(options.addonName ?? 'Career Ladder');
  const env: SheetsEnv = {
    log,
    timeZone: options.spreadsheetTimeZone ?? DEFAULT_SPREADSHEET_TIME_ZONE,
    locale: options.spreadsheetLocale ?? DEFAULT_SPREADSHEET_LOCALE,
    now: () => context.now(),
    get userEmail() {
      return context.userEmail;
    },
    ownerEmail: options.ownerEmail ?? context.userEmail,
    newId: (prefix) => context.newId(prefix),
    toast: (message, title, timeoutSeconds) => ui.toasts.push({ message, title, timeoutSeconds }),
  };
  const spreadsheet = new SpreadsheetImpl(env, options.spreadsheetName ?? 'Career Ladder calibration');
  const uiApi = createUi(ui, log);
  const files = new Map<string, SpreadsheetImpl>();
  const makeFile = (record: DriveFileRecord): SpreadsheetImpl => {
    const file = new SpreadsheetImpl(env, record.name, record.id);
    files.set(record.id, file);
    return file;
  };
  const spreadsheetFiles: SpreadsheetFiles = { remove: (id) => void files.delete(id) };
  const docs = createDocsServices(context, spreadsheetFiles);
  const sheetsApi = createSheetsService({ log, env, store: docs.store, create: makeFile, find: (id) => files.get(id) });
  const advanced = options.advancedServices ?? enabledAdvancedServices();
  const locks = new LocksInspection();
  const properties = new PropertyStores();
  const lines = new LogLines();

  const globals: WorkspaceGlobals = {
    SpreadsheetApp: createSpreadsheetApp(spreadsheet, () => uiApi),
    Charts: createCharts(log),
    DocumentApp: docs.DocumentApp,
    ...(advanced.includes('Drive') ? { Drive: docs.Drive } : {}),
    ...(advanced.includes('Sheets') ? { Sheets: sheetsApi } : {}),
    HtmlService: createHtmlService(log, options.htmlFiles ?? {}),
    PropertiesService: createPropertiesService(properties, log),
    LockService: createLockService(locks, log, options.documentContext ?? true),
    CacheService: createCacheService(log, () => context.now()),
    Session: createSession(context),
    Utilities: createUtilities(context),
    Logger: createLogger(lines, log),
    ...(clockedDate ? { Date: clockedDate } : {}),
  };

  return {
    context,
    log,
    globals,
    spreadsheet: new InMemorySpreadsheet(spreadsheet),
    ui,
    docs: docs.inspect,
    locks,
    properties,
    logs: () => [...lines.lines],
    switchUser: (email) => {
      context.userEmail = email;
      // Hidden stays hidden (activeUserEmailHidden): the same policy applies to the other editor.
      context.activeUserEmail = context.activeUserEmail === '' ? '' : email;
      // Their My Drive exists before they run anything, as a Google account's does.
      docs.inspect.rootFolderId();
    },
    spreadsheetFile: (fileId) => {
      const file = files.get(fileId);
      return file ? new InMemorySpreadsheet(file) : undefined;
    },
    editSpreadsheetAsPerson: (fileId, by, edit) => {
      const record = docs.store.files.get(fileId);
      const file = files.get(fileId);
      if (!record || !file) throw new Error(`In-memory workspace: no spreadsheet file ${fileId}`);
      const writer = record.owner.emailAddress === by || record.permissions.some((p) => p.emailAddress === by && p.role === 'writer');
      if (!writer) throw new Error(`In-memory workspace: ${by} cannot edit ${fileId} (not its owner, not shared with them as writer)`);
      const scopeCheck = log.beforeCall;
      const user = context.userEmail;
      log.beforeCall = () => {};
      context.userEmail = by;
      try {
        log.quietly(() => edit(file._self));
      } finally {
        log.beforeCall = scopeCheck;
        context.userEmail = user;
      }
      docs.store.modified(record, by);
    },
    endExecution: () => {
      locks.endExecution();
      docs.inspect.endExecution();
    },
    snapshot: () => ({
      spreadsheet: spreadsheet._snapshot(),
      spreadsheetFiles: Object.fromEntries([...files].map(([id, file]) => [id, file._snapshot()])),
      properties: properties.snapshot(),
      docs: docs.snapshot(),
    }),
  };
}

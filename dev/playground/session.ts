import {
  createWorkspace,
  UiInspection,
  type AskedDialog,
  type ScriptedResponse,
  type Workspace,
  type WorkspaceOptions,
} from '../workspace';
import type { ButtonName } from '../workspace/sheets/enums';
import { distHtmlFiles, readDist, runExecution, topLevelFunctions } from '../addonLoader';
import { sheetView, type SheetSnapshot, type SheetView } from './sheetView';
import { BUILTIN_LADDER_INDEX } from '../../src/core/ladder/builtinIndex';
import { ladderDataFileName } from '../../src/core/ladder/dataFile';

/**
 * One spreadsheet with the add-on installed: the built dist/Code.js against an in-memory
 * workspace. Every call is one Apps Script execution (dev/addonLoader.ts): the script is loaded
 * into a fresh bare context, so nothing cached in one call leaks into the next, and at its end
 * locks are released and documents saved.
 *
 * Alerts and prompts wait for the person at the page, as in Sheets, where "alerts suspend the
 * server-side script while the dialog is open" (https://developers.google.com/apps-script/guides/dialogs).
 * A call runs synchronously here, so it cannot pause: when the script reaches an alert or prompt
 * nobody has answered yet, the execution stops there, the spreadsheet is put back as it was
 * before the call, and the call's result says what the dialog asks (`awaiting`). Once answered,
 * the call runs again from the start with the answers given so far, so the script sees one
 * execution in which `Ui.alert` returned the button pressed and `Ui.prompt` the text typed
 * (https://developers.google.com/apps-script/reference/base/ui#alert(String,String,ButtonSet),
 * https://developers.google.com/apps-script/reference/base/prompt-response). Putting the
 * spreadsheet back means replaying, into a new workspace, everything done since the session began
 * (calls, cell edits, tab clicks, selections): with the fixed clock and the workspace's
 * deterministic ids, the replay gives the same spreadsheet.
 */

export interface RunResult {
  ok: boolean;
  value?: unknown;
  error?: string;
  /** Service calls the execution made (docs/ARCHITECTURE.md, Service-call budgets). */
  calls: number;
  ms: number;
  /** The alert or prompt the call stopped at: run it again with one more answer. */
  awaiting?: AwaitedDialog;
}

/** An alert or prompt waiting for the person at the page, with the buttons its ButtonSet shows. */
export interface AwaitedDialog extends AskedDialog {
  choices: ButtonName[];
  /** How many dialogs of this call were answered before this one. */
  answered: number;
}

/** Everything that changes the spreadsheet, in order, so that it can be replayed. */
type JournalEntry =
  | { kind: 'run'; fn: string; args: unknown[]; answers: ScriptedResponse[] }
  | { kind: 'activate'; sheet: string }
  | { kind: 'select'; sheet: string; a1: string }
  | { kind: 'edit'; sheet: string; a1: string; value: string }
  /** A reviewer fills in the review file shared with them, in Google Sheets. */
  | { kind: 'review'; fileId: string; by: string; cells: Array<{ a1: string; value: string }> };

/** Thrown into the script where it reached an unanswered dialog; any later service call throws it too. */
class AwaitingAnswer extends Error {
  constructor() {
    super('The script is waiting for an answer to a dialog.');
  }
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
  readonly code: string;
  readonly functionNames: string[];
  readonly history: CallRecord[] = [];
  /** With a fixed clock, `new Date()` in the script gives this time too (ms since 1970). */
  private readonly fixedNow: number | null;
  private readonly newWorkspace: () => Workspace;
  private current: Workspace;
  private readonly journal: JournalEntry[] = [];
  /** Set when the running execution reached an unanswered dialog. */
  private stoppedAt: AskedDialog | null = null;

  constructor(options: SessionOptions = {}) {
    const now = options.now;
    this.fixedNow = now ? now.getTime() : null;
    const bundle = options.bundle ?? readBundle();
    this.newWorkspace = () => {
      const workspace = createWorkspace({
        htmlFiles: bundle.htmlFiles,
        ...(now ? { now: () => new Date(now.getTime()) } : {}),
        ...options.workspace,
      });
      // Once stopped at a dialog, the execution makes no further service call, even if the
      // script catches the stop: it is discarded anyway.
      const check = workspace.log.beforeCall;
      workspace.log.beforeCall = (name) => {
        if (this.stoppedAt) throw new AwaitingAnswer();
        check(name);
      };
      return workspace;
    };
    this.current = this.newWorkspace();
    this.code = bundle.code;
    this.functionNames = topLevelFunctions(this.code);
  }

  /** The spreadsheet as it is now (a new one after a call stopped at a dialog: see above). */
  get workspace(): Workspace {
    return this.current;
  }

  /**
   * Runs a top-level function as google.script.run or a menu click would: JSON in, JSON out.
   * `answers` are the buttons pressed (and text typed) in the call's alerts and prompts so far.
   */
  run(fn: string, args: unknown[] = [], answers: readonly ScriptedResponse[] = []): RunResult {
    const started = process.hrtime.bigint();
    const finish = (result: Omit<RunResult, 'ms'>): RunResult => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      this.history.push({ fn, ok: result.ok, calls: result.calls, ms, ...(result.error ? { error: result.error } : {}) });
      return { ...result, ms };
    };
    if (!this.functionNames.includes(fn)) return finish({ ok: false, error: `Script function not found: ${fn}`, calls: 0 });
    const jsonArgs = args.map((a) => (a === undefined ? undefined : (JSON.parse(JSON.stringify(a)) as unknown)));
    const entry: JournalEntry = { kind: 'run', fn, args: jsonArgs, answers: answers.map((a) => ({ ...a })) };
    const outcome = this.execute(entry, true);
    if (outcome.awaiting) {
      this.replay();
      const awaiting: AwaitedDialog = {
        ...outcome.awaiting,
        choices: [...UiInspection.buttonsOf(outcome.awaiting.buttons)],
        answered: answers.length,
      };
      return { ok: true, awaiting, calls: outcome.calls, ms: Number(process.hrtime.bigint() - started) / 1e6 };
    }
    this.journal.push(entry);
    return finish(outcome.result);
  }

  /** One execution of the script; `ask` stops it at a dialog the answers do not cover. */
  private execute(
    entry: Extract<JournalEntry, { kind: 'run' }>,
    ask: boolean,
  ): { result: Omit<RunResult, 'ms'>; calls: number; awaiting: AskedDialog | null } {
    const ws = this.current;
    const execution = {
      code: this.code,
      workspace: ws,
      ...(this.fixedNow !== null && !this.workspace.globals.Date ? { prelude: fixedClock(this.fixedNow) } : {}),
    };
    ws.ui.clearResponses();
    for (const answer of entry.answers) ws.ui.queueResponse(answer);
    ws.ui.whenUnanswered = ask
      ? (dialog) => {
          this.stoppedAt = dialog;
          throw new AwaitingAnswer();
        }
      : null;
    try {
      const measured = ws.log.measure(() => {
        try {
          return { ok: true as const, value: runExecution(execution, entry.fn, entry.args) };
        } catch (error) {
          return { ok: false as const, error: error instanceof Error ? error.message : String(error) };
        }
      });
      return { result: { ...measured.result, calls: measured.calls }, calls: measured.calls, awaiting: this.stoppedAt };
    } finally {
      this.stoppedAt = null;
      ws.ui.whenUnanswered = null;
      ws.ui.clearResponses();
    }
  }

  /** A new workspace with everything done so far done again (a call stopped at a dialog is not in the journal). */
  private replay(): void {
    this.current = this.newWorkspace();
    for (const entry of this.journal) {
      if (entry.kind === 'run') this.execute(entry, false);
      else this.apply(entry);
    }
  }

  private apply(entry: Exclude<JournalEntry, { kind: 'run' }>): void {
    if (entry.kind === 'review') {
      this.current.editSpreadsheetAsPerson(entry.fileId, entry.by, (ss) => {
        const sheet = ss.getSheets()[0]!;
        for (const { a1, value } of entry.cells) sheet.getRange(a1).setValue(value);
      });
      return;
    }
    const sheet = this.current.spreadsheet.api.getSheetByName(entry.sheet);
    if (!sheet) throw new Error(`No sheet named ${entry.sheet}`);
    if (entry.kind === 'activate') sheet.activate();
    else if (entry.kind === 'select') sheet.getRange(entry.a1).activate();
    else sheet.getRange(entry.a1).setValue(entry.value);
  }

  private record(entry: Exclude<JournalEntry, { kind: 'run' }>): void {
    this.apply(entry);
    this.journal.push(entry);
  }

  /** The user clicks a sheet tab. */
  activateSheet(name: string): void {
    this.record({ kind: 'activate', sheet: name });
  }

  /**
   * The user clicks a cell: it becomes the active range and its sheet the active sheet, what
   * SpreadsheetApp.getActiveRange() and getActiveSheet() give the next execution
   * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getActiveRange()).
   */
  selectCell(sheetName: string, a1: string): void {
    if (!/^[A-Z]{1,3}[1-9][0-9]{0,6}$/.test(a1)) throw new Error(`Not a cell: ${a1}`);
    this.record({ kind: 'select', sheet: sheetName, a1 });
  }

  /** The user types into a cell (as another manager might, between two sidebar saves). */
  editCell(sheetName: string, a1: string, value: string): void {
    this.record({ kind: 'edit', sheet: sheetName, a1, value });
  }

  /** The review files the add-on shared, each with the person it was shared with as writer. */
  reviewFiles(): Array<{ id: string; name: string; reviewer: string }> {
    return this.workspace.docs
      .files()
      .filter((f) => f.mimeType === 'application/vnd.google-apps.spreadsheet' && !f.trashed)
      .flatMap((f) => {
        const writer = f.permissions.find((p) => p.role === 'writer');
        return writer ? [{ id: f.id, name: f.name, reviewer: writer.emailAddress }] : [];
      });
  }

  /**
   * The reviewer types into their review file (cells of its one sheet, by A1): what they type
   * passes the dropdown, as a paste does.
   */
  editReviewFile(fileId: string, cells: Array<{ a1: string; value: string }>): void {
    const file = this.reviewFiles().find((f) => f.id === fileId);
    if (!file) throw new Error(`No review file ${fileId}`);
    for (const { a1 } of cells) if (!/^[A-Z]{1,3}[1-9][0-9]{0,6}$/.test(a1)) throw new Error(`Not a cell: ${a1}`);
    this.record({ kind: 'review', fileId, by: file.reviewer, cells: cells.map((c) => ({ ...c })) });
  }

  sheetNames(): string[] {
    return this.workspace.spreadsheet.sheetNames();
  }

  sheet(name: string): SheetView {
    const snapshot = this.workspace.spreadsheet.sheet(name) as SheetSnapshot;
    const table = (ref: string): string[][] => {
      try {
        return this.workspace.spreadsheet.displayValues(ref);
      } catch {
        return [];
      }
    };
    return sheetView(
      snapshot,
      (ref) =>
        table(ref)
          .flat()
          .filter((v) => v !== ''),
      table,
    );
  }
}

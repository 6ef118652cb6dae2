import { runInNewContext } from 'node:vm';
import { shimScript } from '../../dev/playground/shim';
import { createWorkspace, type Workspace, type WorkspaceOptions } from '../../dev/workspace';
import { ContractFailure, type WorkspaceControls, type WorkspaceSettings } from '../../contract/contract';
import { resultLine, runContract, type ContractResult } from '../../contract/runner';
import { contracts } from '../../contract/suite';
import { contractsAwaitingWorkspace } from './awaitingWorkspace';

/**
 * The contract suite against the in-memory workspace: every contract must PASS here, as it
 * must inside Apps Script (`npm run contract:push`), except those awaiting the workspace.
 */

/** The names Apps Script gives a script, as the workspace provides them (Drive included: the manifest enables it). */
const GLOBAL_NAMES = Object.keys(createWorkspace().globals);

const globals = globalThis as Record<string, unknown>;

function install(ws: Workspace): void {
  for (const name of GLOBAL_NAMES) delete globals[name];
  Object.assign(globalThis, ws.globals);
}

function uninstall(): void {
  for (const name of GLOBAL_NAMES) delete globals[name];
}

/** Settings the workspace may not know yet are passed on as they are; it ignores unknown ones. */
function workspaceWith(settings: WorkspaceSettings = {}): Workspace {
  return createWorkspace({ ...(settings as WorkspaceOptions), now: () => new Date('2026-03-02T10:00:00Z') });
}

function controlsFor(ws: Workspace): WorkspaceControls {
  return {
    withSettings(settings, body) {
      const variant = workspaceWith(settings);
      install(variant);
      try {
        body();
      } finally {
        install(ws);
      }
    },
    sendFromPage: (value) => sendThroughShim(value),
    switchUser(email) {
      const switchable = ws as Workspace & { switchUser?: (email: string) => void };
      if (typeof switchable.switchUser !== 'function') throw new ContractFailure('this workspace cannot switch users');
      switchable.switchUser(email);
    },
  };
}

/**
 * google.script.run as the playground gives it to a page (dev/playground/shim.ts), run in a
 * bare context: what reaches the server, or that the call failed before leaving the page.
 */
function sendThroughShim(value: unknown): { delivered: true; received: unknown } | { delivered: false } {
  const script = shimScript(['echo']).replace(/^<script>|<\/script>$/g, '');
  let body: string | null = null;
  let failed = false;
  const window: Record<string, unknown> = { parent: { postMessage: () => undefined } };
  const context = {
    window,
    document: { addEventListener: () => undefined },
    fetch: (_url: string, init: { body: string }) => {
      body = init.body;
      return new Promise(() => undefined);
    },
    setTimeout: (fn: () => void) => fn(),
    Object,
    Array,
    JSON,
    Error,
  };
  runInNewContext(script, context);
  const google = window.google as { script: { run: Record<string, (...args: unknown[]) => unknown> } };
  const runner = google.script.run.withFailureHandler!(() => (failed = true)) as Record<string, (...args: unknown[]) => void>;
  runner.echo!(value);
  if (failed || body === null) return { delivered: false };
  return { delivered: true, received: (JSON.parse(body) as { args: unknown[] }).args[0] };
}

/** Runs one contract on a fresh workspace; also what it left behind. */
function runOnWorkspace(name: string): { result: ContractResult; sheetsBefore: string[]; sheetsAfter: string[]; filesLeft: string[] } {
  const contract = contracts.find((c) => c.name === name)!;
  const ws = workspaceWith();
  install(ws);
  try {
    const sheetNames = () =>
      ws.globals.SpreadsheetApp.getActiveSpreadsheet()
        .getSheets()
        .map((s) => s.getName());
    const sheetsBefore = sheetNames();
    const result = runContract(contract, 'workspace', controlsFor(ws));
    install(ws);
    const files = ws.globals.Drive?.Files.list({ q: 'trashed = false', fields: 'files(id,name)' }).files ?? [];
    return { result, sheetsBefore, sheetsAfter: sheetNames(), filesLeft: files.map((f) => String(f.name)) };
  } finally {
    uninstall();
  }
}

describe('the contract suite, against the in-memory workspace', () => {
  it('names each contract once and cites a Google page for each', () => {
    const names = contracts.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const contract of contracts) expect(contract.reference).toMatch(/^https:\/\/developers\.google\.com\//);
    for (const name of Object.keys(contractsAwaitingWorkspace)) expect(names).toContain(name);
  });

  const passing = contracts.filter((c) => !(c.name in contractsAwaitingWorkspace));
  it.each(passing.map((c) => [c.name]))('PASS %s', (name) => {
    const { result, sheetsBefore, sheetsAfter, filesLeft } = runOnWorkspace(name);
    expect(resultLine(result)).toBe(`PASS ${name}`);
    // Every sheet, doc and folder the contract made is gone again.
    expect(sheetsAfter).toEqual(sheetsBefore);
    expect(filesLeft).toEqual([]);
  });

  const awaiting = contracts.filter((c) => c.name in contractsAwaitingWorkspace);
  // jest refuses an empty table: with nothing awaited, there is nothing to check here.
  const awaitsWorkspace = awaiting.length > 0 ? it.each(awaiting.map((c) => [c.name])) : null;
  awaitsWorkspace?.('awaits the workspace: %s', (name: string) => {
    const { result } = runOnWorkspace(name);
    if (result.status === 'PASS') {
      throw new Error(`"${name}" passes now: remove it from contractsAwaitingWorkspace in test/contract/awaitingWorkspace.ts`);
    }
    expect(result.status).toBe('FAIL');
  });

  it('reports a failing contract as FAIL with its reason, and still cleans up what it made', () => {
    const ws = workspaceWith();
    install(ws);
    try {
      const result = runContract(
        {
          name: 'a contract that fails half-way',
          reference: 'https://developers.google.com/apps-script/reference/spreadsheet/sheet',
          run(env) {
            env.scratchSheet();
            const doc = DocumentApp.create('half-way');
            env.made(doc.getId());
            throw new ContractFailure('A1: expected 1, got 2');
          },
        },
        'workspace',
      );
      expect(resultLine(result)).toBe('FAIL a contract that fails half-way: A1: expected 1, got 2');
      expect(ws.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()).toHaveLength(1);
      expect(ws.globals.Drive!.Files.list({ q: 'trashed = false' }).files).toEqual([]);
    } finally {
      uninstall();
    }
  });

  it('skips a workspace-only contract in the real run, with its reason', () => {
    const contract = contracts.find((c) => c.workspaceOnly)!;
    expect(runContract(contract, 'apps-script')).toEqual({ name: contract.name, status: 'SKIP', reason: contract.workspaceOnly });
  });
});

import type { WorkspaceContext } from '../context';
import { DocRegistry, DocumentAppNode } from './documentApp';
import { DriveFilesNode, DrivePermissionsNode, type DriveV3, type SpreadsheetFiles } from './drive';
import { DriveStore } from './driveStore';
import { createInspection, type DocsInspection, type DocsSnapshot, snapshotOf } from './inspect';
import { DocsRuntime } from './runtime';

export { docToHtml, escapeHtml } from './render';
export type { RenderableDoc } from './render';
export type { DocsInspection, DocSnapshot, DocsSnapshot, DriveFileSnapshot } from './inspect';
export type { DriveV3, DriveFilesV3, DriveFile, DriveFileList, SpreadsheetFiles } from './drive';
export { SPREADSHEET_MIME } from './driveStore';
export type { DriveFileRecord, DriveStore, SharingEmail } from './driveStore';
export { GoogleJsonResponseException } from './drive';
export { AppsScriptException } from './errors';
export type { ElementSnapshot } from './elements';

export interface DocsServices {
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  Drive: DriveV3;
  inspect: DocsInspection;
  /** Drive's files of every user (the workspace's other spreadsheets live there too). */
  store: DriveStore;
  /** A JSON-safe picture of every document (element tree) and Drive file. */
  snapshot(): DocsSnapshot;
}

/**
 * DocumentApp and the Drive advanced service (v3) in memory, strict and counted
 * (docs/ARCHITECTURE.md: Documents, Service-call budgets, Safety, The in-memory workspace and the playground).
 */
export function createDocsServices(context: WorkspaceContext, spreadsheets: SpreadsheetFiles | null = null): DocsServices {
  const rt = new DocsRuntime(context);
  const store = new DriveStore(
    () => context.now(),
    (prefix) => context.newId(prefix),
    () => context.userEmail,
  );
  const registry = new DocRegistry(rt, store);
  const files = rt.wrap(new DriveFilesNode(store, registry, spreadsheets), 'Drive.Files');
  const permissions = rt.wrap(new DrivePermissionsNode(store), 'Drive.Permissions');
  return {
    DocumentApp: new DocumentAppNode(registry)._api() as unknown as GoogleAppsScript.Document.DocumentApp,
    Drive: rt.wrap({ Files: files, Permissions: permissions }, 'Drive'),
    store,
    inspect: createInspection(rt, registry, store),
    snapshot: () => snapshotOf(registry, store),
  };
}

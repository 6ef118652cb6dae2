import { cycleFolderAppProperties, cycleFolderQuery, docAppProperties, existingDocsQuery } from '../../src/core/docs/docFiling';
import { check, drive, equal, newScratchDoc, throws, workspaceControls, type Contract, type ContractEnv } from '../contract';

/**
 * Drive through the advanced service (v3) under the drive.file scope: the calls the add-on
 * makes (src/gas/docsFiling.ts), with the queries it builds (src/core/docs/docFiling.ts).
 */
const FILES = 'https://developers.google.com/workspace/drive/api/reference/rest/v3/files';
const SEARCH = 'https://developers.google.com/workspace/drive/api/guides/ref-search-terms';
const FOLDER = 'application/vnd.google-apps.folder';
const DOC = 'application/vnd.google-apps.document';
const NO_MEDIA = null as unknown as GoogleAppsScript.Base.Blob;

function newDocId(env: ContractEnv): string {
  const doc = newScratchDoc(env, 'Contract Drive ');
  doc.saveAndClose();
  return doc.getId();
}

function newFolder(env: ContractEnv, cycle: string): string {
  const folder = drive().Files.create(
    { name: env.uniqueName('Contract folder '), mimeType: FOLDER, parents: ['root'], appProperties: cycleFolderAppProperties(cycle) },
    NO_MEDIA,
    { fields: 'id' },
  );
  const id = String(folder.id);
  env.made(id);
  return id;
}

function listIds(q: string): string[] {
  return (drive().Files.list({ q, fields: 'files(id)', pageSize: 100 }).files ?? []).map((f) => String(f.id));
}

export const driveContracts: Contract[] = [
  {
    name: "Drive: a doc made by Files.create with the Docs MIME type is the app's own under drive.file; DocumentApp.openById opens it, Files.get sees it",
    reference: 'https://developers.google.com/workspace/drive/api/guides/api-specific-auth',
    run(env) {
      const id = newDocId(env);
      const file = drive().Files.get(id, { fields: 'id,name,mimeType,trashed,modifiedTime' });
      equal(file.mimeType, DOC, 'mimeType');
      equal(file.trashed, false, 'trashed');
      check(typeof file.modifiedTime === 'string' && file.modifiedTime !== '', 'modifiedTime is answered');
    },
  },
  {
    name: "Drive: Files.create makes a folder in 'root' (My Drive) with appProperties; the add-on's query finds it",
    reference: `${FILES}/create`,
    run(env) {
      const cycle = env.uniqueName('contract-cycle-');
      const id = newFolder(env, cycle);
      equal(listIds(cycleFolderQuery(cycle)), [id], cycleFolderQuery(cycle));
      equal(listIds(`'root' in parents and ${cycleFolderQuery(cycle)}`), [id], "with 'root' in parents");
      equal(listIds(cycleFolderQuery(env.uniqueName('other-cycle-'))), [], 'another cycle');
    },
  },
  {
    name: "Drive: Files.update moves a doc out of 'root' into a folder and tags it; the add-on's query finds it there",
    reference: `${FILES}/update`,
    run(env) {
      const cycle = env.uniqueName('contract-cycle-');
      const folderId = newFolder(env, cycle);
      const docId = newDocId(env);
      const moved = drive().Files.update({ appProperties: docAppProperties('growth-plan', 'p-contract', cycle, 1) }, docId, NO_MEDIA, {
        addParents: folderId,
        removeParents: 'root',
        fields: 'id,modifiedTime',
      });
      check(typeof moved.modifiedTime === 'string' && moved.modifiedTime !== '', 'modifiedTime is answered');
      equal(listIds(existingDocsQuery('growth-plan', 'p-contract', cycle)), [docId], existingDocsQuery('growth-plan', 'p-contract', cycle));
      equal(listIds(`'${folderId}' in parents`), [docId], 'in the folder');
      equal(listIds(`'root' in parents and ${existingDocsQuery('growth-plan', 'p-contract', cycle)}`), [], "no longer in 'root'");
    },
  },
  {
    name: 'Drive: a trashed file drops out of "trashed = false" queries; Files.get still answers, with trashed: true',
    reference: `${SEARCH}`,
    run(env) {
      const cycle = env.uniqueName('contract-cycle-');
      const id = newFolder(env, cycle);
      drive().Files.update({ trashed: true }, id, NO_MEDIA, { fields: 'id' });
      equal(listIds(cycleFolderQuery(cycle)), [], 'the query after trashing');
      equal(drive().Files.get(id, { fields: 'id,trashed' }).trashed, true, 'trashed');
    },
  },
  {
    name: 'Drive: Files.get of an id that is not there throws (the add-on treats it as gone)',
    reference: `${FILES}/get`,
    run(env) {
      throws(() => drive().Files.get(env.uniqueName('no-such-file-'), { fields: 'id' }), 'Files.get of a made-up id');
    },
  },
  {
    name: "Drive visibility: under drive.file another editor of the spreadsheet does not see the first user's docs",
    reference: 'https://developers.google.com/workspace/drive/api/guides/api-specific-auth',
    workspaceOnly: 'needs a second Google account running the add-on on the same spreadsheet',
    run(env) {
      const cycle = env.uniqueName('contract-cycle-');
      const folderId = newFolder(env, cycle);
      const docId = newDocId(env);
      const controls = workspaceControls(env);
      const first = Session.getEffectiveUser().getEmail();
      controls.switchUser('second-manager@example.com');
      try {
        throws(() => drive().Files.get(docId, { fields: 'id' }), "the other user's doc");
        equal(listIds(cycleFolderQuery(cycle)), [], "the other user's folder by query");
        throws(() => drive().Files.get(folderId, { fields: 'id' }), "the other user's folder");
      } finally {
        // The clean-up trashes the files as the user who made them.
        controls.switchUser(first);
      }
    },
  },
  {
    name: 'Drive: the global Drive does not exist unless the Drive advanced service is enabled',
    reference: 'https://developers.google.com/apps-script/guides/services/advanced',
    workspaceOnly: 'the real run has the Drive advanced service enabled, as the add-on does',
    run(env) {
      workspaceControls(env).withSettings({ advancedServices: [] }, () => {
        equal(typeof (globalThis as { Drive?: unknown }).Drive, 'undefined', 'typeof Drive');
      });
    },
  },
];

import { createContext } from '../../dev/workspace/context';
import { createDocsServices, GoogleJsonResponseException } from '../../dev/workspace/docs';
import { NotImplementedError } from '../../dev/workspace/strict';

const FOLDER = 'application/vnd.google-apps.folder';
const DOC = 'application/vnd.google-apps.document';

function setup() {
  let clock = Date.parse('2026-03-02T10:00:00Z');
  const context = createContext({ now: () => new Date(clock) });
  const services = createDocsServices(context);
  /**
   * A Google Doc made through Drive (files.create with the Google Docs MIME type), opened with
   * DocumentApp: the route drive.file covers ("files created by the app").
   * https://developers.google.com/workspace/docs/api/how-tos/documents ("Work with Google Drive folders")
   */
  const newDoc = (name: string) => services.DocumentApp.openById(String(services.Drive.Files.create({ name, mimeType: DOC }).id));
  return { ...services, context, newDoc, log: context.log, tick: (ms = 60_000) => (clock += ms) };
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('did not throw');
}

describe('Drive.Files.create (https://developers.google.com/workspace/drive/api/reference/rest/v3/files/create)', () => {
  test('a folder in My Drive or in a parent; without `fields` only kind, id, name and mimeType come back (guides/fields-parameter)', () => {
    const { Drive, inspect, log } = setup();
    const cycles = Drive.Files.create({ name: 'Career Ladder', mimeType: FOLDER });
    expect(cycles).toEqual({ kind: 'drive#file', id: cycles.id, name: 'Career Ladder', mimeType: FOLDER });
    const folder = Drive.Files.create(
      { name: '2026 H1', mimeType: FOLDER, parents: [cycles.id as string], appProperties: { careerLadderCycle: '2026-H1' } },
      null,
      { fields: 'id,name,parents,appProperties,webViewLink' },
    );
    expect(folder).toEqual({
      id: folder.id,
      name: '2026 H1',
      parents: [cycles.id],
      appProperties: { careerLadderCycle: '2026-H1' },
      webViewLink: `https://drive.google.com/drive/folders/${folder.id}`,
    });
    expect(inspect.file(cycles.id as string)?.parents).toEqual([inspect.rootFolderId()]);
    expect(log.count('Drive.Files.create')).toBe(2);
  });

  test('a parent the app cannot see is "File not found"; a second parent is refused ("Increasing the number of parents is not allowed")', () => {
    const { Drive, inspect } = setup();
    const a = Drive.Files.create({ name: 'a', mimeType: FOLDER });
    const b = Drive.Files.create({ name: 'b', mimeType: FOLDER });
    const external = inspect.createExternalDoc('Team template');
    expect(() => Drive.Files.create({ name: 'x', mimeType: FOLDER, parents: [external] })).toThrow(`File not found: ${external}.`);
    expect(() => Drive.Files.create({ name: 'x', mimeType: FOLDER, parents: [a.id as string, b.id as string] })).toThrow(
      'Increasing the number of parents is not allowed',
    );
  });

  test('a Google Doc created through Drive opens with DocumentApp; media uploads and other types are not implemented', () => {
    const { Drive, DocumentApp } = setup();
    const file = Drive.Files.create({ name: 'Plan', mimeType: DOC });
    expect(
      DocumentApp.openById(file.id as string)
        .getBody()
        .getText(),
    ).toBe('');
    expect(() => Drive.Files.create({ name: 'x.txt', mimeType: 'text/plain' })).toThrow(NotImplementedError);
    expect(() => Drive.Files.create({ name: 'x', mimeType: FOLDER, starred: true })).toThrow(
      'Drive.Files.create with the file field starred',
    );
  });
});

describe('Drive.Files.get and errors (https://developers.google.com/apps-script/guides/services/advanced)', () => {
  test('an unknown id throws GoogleJsonResponseException "API call to drive.files.get failed with error: File not found: <id>." with code 404', () => {
    const { Drive } = setup();
    const error = thrown(() => Drive.Files.get('missing-id'));
    expect(error).toBeInstanceOf(GoogleJsonResponseException);
    expect((error as Error).name).toBe('GoogleJsonResponseException');
    expect((error as Error).message).toBe('API call to drive.files.get failed with error: File not found: missing-id.');
    expect((error as GoogleJsonResponseException).details.code).toBe(404);
  });

  test('fields pick what comes back; an unknown field is an invalid selection; a real field the workspace does not keep is not implemented', () => {
    const { Drive, newDoc } = setup();
    const doc = newDoc('Growth Plan - Ana');
    const file = Drive.Files.get(doc.getId(), { fields: 'id, webViewLink, modifiedTime, lastModifyingUser(emailAddress)' });
    expect(file).toEqual({
      id: doc.getId(),
      webViewLink: `https://docs.google.com/document/d/${doc.getId()}/edit?usp=drivesdk`,
      modifiedTime: '2026-03-02T10:00:00.000Z',
      lastModifyingUser: { emailAddress: 'manager@example.com' },
    });
    expect(() => Drive.Files.get(doc.getId(), { fields: 'id,colour' })).toThrow('Invalid field selection colour');
    expect(() => Drive.Files.get(doc.getId(), { fields: 'thumbnailLink' })).toThrow(NotImplementedError);
    expect(() => Drive.Files.get(doc.getId(), { alt: 'media' })).toThrow('Drive.Files.get with alt');
  });
});

describe('drive.file scope (https://developers.google.com/workspace/drive/api/guides/about-auth)', () => {
  test('a doc the user made outside the add-on is invisible to Drive, yet DocumentApp.openById opens it (documents scope); picking it grants access', () => {
    const { Drive, DocumentApp, inspect } = setup();
    const templateId = inspect.createExternalDoc('Our Growth Plan template', (body) => body.appendParagraph('{{person.name}}'));
    expect(DocumentApp.openById(templateId).getBody().getText()).toBe('\n{{person.name}}');
    expect(() => Drive.Files.get(templateId)).toThrow(`File not found: ${templateId}.`);
    expect(Drive.Files.list({ q: "name contains 'Growth'" }).files).toEqual([]);
    expect(() => Drive.Files.update({ name: 'x' }, templateId)).toThrow('API call to drive.files.update failed with error: File not found');
    inspect.grantAccess(templateId);
    expect(Drive.Files.get(templateId).name).toBe('Our Growth Plan template');
  });

  test("a doc made through Drive is the app's own; one made with DocumentApp.create is not assumed to be (Google does not say)", () => {
    const { Drive, DocumentApp, newDoc } = setup();
    const viaDrive = newDoc('Mine');
    expect(Drive.Files.get(viaDrive.getId()).mimeType).toBe(DOC);
    const viaDocumentApp = DocumentApp.create('Mine too');
    expect(() => Drive.Files.get(viaDocumentApp.getId())).toThrow(`File not found: ${viaDocumentApp.getId()}.`);
    expect(DocumentApp.openById(viaDocumentApp.getId()).getName()).toBe('Mine too');
  });
});

describe('Drive.Files.list (https://developers.google.com/workspace/drive/api/guides/ref-search-terms)', () => {
  function world() {
    const s = setup();
    const root = s.Drive.Files.create({ name: 'Career Ladder', mimeType: FOLDER });
    const cycle = s.Drive.Files.create({
      name: "Ana's 2026 H1",
      mimeType: FOLDER,
      parents: [root.id as string],
      appProperties: { cycle: '2026-H1' },
    });
    const plan = s.newDoc('Growth Plan - Ana');
    s.Drive.Files.update({ appProperties: { personId: 'p1', kind: 'growth' } }, plan.getId(), null, {
      addParents: cycle.id,
      removeParents: 'root',
    });
    const old = s.newDoc('Growth Plan - Old');
    s.Drive.Files.update({ trashed: true }, old.getId(), null, { addParents: cycle.id, removeParents: 'root' });
    return { ...s, root, cycle, plan, old };
  }

  test("name = '…' with \\' escapes, mimeType, '<id>' in parents, trashed = false, joined with and", () => {
    const { Drive, root, cycle, plan } = world();
    const byName = Drive.Files.list({
      q: `name = 'Ana\\'s 2026 H1' and mimeType = '${FOLDER}' and '${root.id}' in parents and trashed = false`,
    });
    expect(byName.files?.map((f) => f.id)).toEqual([cycle.id]);
    const inCycle = Drive.Files.list({ q: `'${cycle.id}' in parents and trashed = false`, fields: 'files(id,name)' });
    expect(inCycle).toEqual({ files: [{ id: plan.getId(), name: 'Growth Plan - Ana' }] });
    const withTrash = Drive.Files.list({ q: `'${cycle.id}' in parents` });
    expect(withTrash.files).toHaveLength(2);
  });

  test('appProperties has { key=… and value=… }; or / not / parentheses', () => {
    const { Drive, plan, cycle } = world();
    expect(Drive.Files.list({ q: "appProperties has { key='personId' and value='p1' }" }).files?.map((f) => f.id)).toEqual([plan.getId()]);
    const q =
      "(appProperties has { key='cycle' and value='2026-H1' } or appProperties has { key='kind' and value='growth' }) and not trashed = true";
    expect(Drive.Files.list({ q }).files?.map((f) => f.id)).toEqual([cycle.id, plan.getId()]);
  });

  test('"The contains operator only performs prefix matching for a name term" (guides/search-files)', () => {
    const { Drive } = world();
    const names = (q: string) => Drive.Files.list({ q }).files?.map((f) => f.name);
    expect(names("name contains 'growth'")).toEqual(['Growth Plan - Ana', 'Growth Plan - Old']);
    expect(names("name contains 'Plan'")).toEqual(['Growth Plan - Ana', 'Growth Plan - Old']);
    expect(names("name contains 'rowth'")).toEqual([]);
  });

  test('pageSize and nextPageToken page through the results', () => {
    const { Drive } = world();
    const first = Drive.Files.list({ pageSize: 2, fields: 'nextPageToken, files(name)' });
    expect(first.files).toHaveLength(2);
    const second = Drive.Files.list({ pageSize: 2, pageToken: first.nextPageToken, fields: 'nextPageToken, files(name)' });
    expect(second.files).toHaveLength(2);
    expect(second.nextPageToken).toBeUndefined();
    expect(() => Drive.Files.list({ pageToken: 'bogus' })).toThrow('Invalid Value');
  });

  test('a query term the workspace does not support throws as not implemented; a malformed query is "Invalid Value"', () => {
    const { Drive } = world();
    expect(() => Drive.Files.list({ q: "fullText contains 'Ana'" })).toThrow(NotImplementedError);
    expect(() => Drive.Files.list({ q: "fullText contains 'Ana'" })).toThrow('the Drive query term fullText');
    expect(() => Drive.Files.list({ q: "name = 'unterminated" })).toThrow('API call to drive.files.list failed with error: Invalid Value');
    expect(() => Drive.Files.list({ q: "colour = 'red'" })).toThrow('Invalid Value');
    expect(() => Drive.Files.list({ q: "'x' in owners" })).toThrow(NotImplementedError);
    expect(() => Drive.Files.list({ orderBy: 'recency' })).toThrow(NotImplementedError);
    expect(() => Drive.Files.list({ corpora: 'allDrives' })).toThrow(NotImplementedError);
  });
});

describe('Drive.Files.update (https://developers.google.com/workspace/drive/api/reference/rest/v3/files/update)', () => {
  test('moves a doc with addParents / removeParents, renames it, and merges appProperties (null removes a key)', () => {
    const { Drive, newDoc, inspect } = setup();
    const folder = Drive.Files.create({ name: 'Cycle', mimeType: FOLDER });
    const doc = newDoc('Draft');
    const moved = Drive.Files.update({ name: 'Growth Plan - Ana', appProperties: { a: '1', b: '2' } }, doc.getId(), null, {
      addParents: folder.id,
      removeParents: inspect.rootFolderId(),
      fields: 'id,name,parents,appProperties',
    });
    expect(moved).toEqual({ id: doc.getId(), name: 'Growth Plan - Ana', parents: [folder.id], appProperties: { a: '1', b: '2' } });
    expect(doc.getName()).toBe('Growth Plan - Ana');
    Drive.Files.update({ appProperties: { a: null } as unknown as Record<string, string> }, doc.getId());
    expect(inspect.file(doc.getId())?.appProperties).toEqual({ b: '2' });
  });

  test('"The parents field is not directly writable in update requests. Use the addParents and removeParents parameters instead."', () => {
    const { Drive, newDoc } = setup();
    const folder = Drive.Files.create({ name: 'Cycle', mimeType: FOLDER });
    const doc = newDoc('Draft');
    const error = thrown(() => Drive.Files.update({ parents: [folder.id as string] }, doc.getId()));
    expect((error as Error).message).toBe(
      'API call to drive.files.update failed with error: The parents field is not directly writable in update requests. Use the addParents and removeParents parameters instead.',
    );
    expect(() => Drive.Files.update({}, doc.getId(), null, { addParents: folder.id })).toThrow(
      'Increasing the number of parents is not allowed',
    );
    expect(() => Drive.Files.update({ appProperties: { k: 'v'.repeat(200) } }, doc.getId())).toThrow('124 bytes');
  });

  test('remove deletes a folder with what is in it; the doc is then missing for DocumentApp too', () => {
    const { Drive, DocumentApp, newDoc } = setup();
    const folder = Drive.Files.create({ name: 'Cycle', mimeType: FOLDER });
    const doc = newDoc('Plan');
    Drive.Files.update({}, doc.getId(), null, { addParents: folder.id, removeParents: 'root' });
    Drive.Files.remove(folder.id as string);
    expect(() => Drive.Files.get(doc.getId())).toThrow('File not found');
    expect(() => DocumentApp.openById(doc.getId())).toThrow('is missing');
  });
});

describe('modifiedTime (https://developers.google.com/workspace/drive/api/reference/rest/v3/files#File.FIELDS.modified_time)', () => {
  test('DocumentApp edits move modifiedTime and version when saved (saveAndClose or the end of the script), moves do not', () => {
    const { Drive, newDoc, tick } = setup();
    const doc = newDoc('Plan');
    const created = Drive.Files.get(doc.getId(), { fields: 'modifiedTime,version' });
    tick();
    const folder = Drive.Files.create({ name: 'Cycle', mimeType: FOLDER });
    Drive.Files.update({}, doc.getId(), null, { addParents: folder.id, removeParents: 'root' });
    doc.getBody().appendParagraph('Goals');
    expect(Drive.Files.get(doc.getId(), { fields: 'modifiedTime,version' })).toEqual(created);
    doc.saveAndClose();
    const saved = Drive.Files.get(doc.getId(), { fields: 'modifiedTime,version' });
    expect(saved.modifiedTime).toBe('2026-03-02T10:01:00.000Z');
    expect(Number(saved.version)).toBe(Number(created.version) + 1);
  });

  test('inspect.endExecution() saves what the script left pending, as Apps Script does when a script ends', () => {
    const { Drive, newDoc, inspect, tick } = setup();
    const doc = newDoc('Plan');
    tick();
    doc.getBody().appendParagraph('x');
    expect(inspect.doc(doc.getId()).pendingEdits).toBe(true);
    inspect.endExecution();
    expect(Drive.Files.get(doc.getId(), { fields: 'modifiedTime' }).modifiedTime).toBe('2026-03-02T10:01:00.000Z');
  });

  test('a person editing the doc later moves modifiedTime and version (what "never overwrite a doc someone edited" checks)', () => {
    const { Drive, newDoc, inspect, tick, log } = setup();
    const doc = newDoc('Plan');
    doc.getBody().appendParagraph('Goals');
    doc.saveAndClose();
    const ours = Drive.Files.get(doc.getId(), { fields: 'modifiedTime,version' });
    tick(3_600_000);
    const id = doc.getId();
    log.reset();
    inspect.editAsPerson(id, (body) => body.appendParagraph('Agreed with Ana'), 'ana@example.com');
    expect(log.total()).toBe(0);
    const now = Drive.Files.get(doc.getId(), { fields: 'modifiedTime,version,lastModifyingUser(emailAddress)' });
    expect(now.modifiedTime).toBe('2026-03-02T11:00:00.000Z');
    expect(Number(now.version)).toBeGreaterThan(Number(ours.version));
    expect(now.lastModifyingUser).toEqual({ emailAddress: 'ana@example.com' });
    expect(inspect.text(doc.getId())).toBe('\nGoals\nAgreed with Ana');
    expect(inspect.doc(doc.getId()).closed).toBe(true);
  });

  test('modifiedTime moves forward even when the clock does not', () => {
    const { Drive, newDoc } = setup();
    const doc = newDoc('Plan');
    const before = Drive.Files.get(doc.getId(), { fields: 'modifiedTime' }).modifiedTime as string;
    doc.getBody().appendParagraph('x');
    doc.saveAndClose();
    const after = Drive.Files.get(doc.getId(), { fields: 'modifiedTime' }).modifiedTime as string;
    expect(Date.parse(after)).toBeGreaterThan(Date.parse(before));
  });
});

describe('drive.file is per user; opening needs sharing (https://developers.google.com/workspace/drive/api/guides/about-auth)', () => {
  test("a second editor's Drive does not show the first one's files: get/update are File not found (404), list leaves them out, a parent of theirs is not found", () => {
    const { Drive, DocumentApp, inspect, context, newDoc } = setup();
    const folder = Drive.Files.create({ name: 'Career Ladder — H2', mimeType: FOLDER, appProperties: { careerLadder: 'cycle-folder' } });
    const plan = newDoc('Growth Plan — Ana');
    const aliceRoot = inspect.rootFolderId();

    context.userEmail = 'second@example.com';
    const error = thrown(() => Drive.Files.get(plan.getId()));
    expect(error).toBeInstanceOf(GoogleJsonResponseException);
    expect((error as GoogleJsonResponseException).details.code).toBe(404);
    expect(() => Drive.Files.update({ name: 'x' }, plan.getId())).toThrow(`File not found: ${plan.getId()}.`);
    expect(Drive.Files.list({ q: "appProperties has { key='careerLadder' and value='cycle-folder' }" }).files).toEqual([]);
    expect(() => Drive.Files.create({ name: 'Plan', mimeType: DOC, parents: [folder.id as string] })).toThrow(
      `File not found: ${folder.id}.`,
    );
    // Not shared with them: DocumentApp cannot open it either (https://developers.google.com/apps-script/reference/document/document-app#openById(String)).
    expect(() => DocumentApp.openById(plan.getId())).toThrow('is missing');
    // Their own My Drive and their own files.
    const mine = Drive.Files.create({ name: 'Mine', mimeType: FOLDER }, null, { fields: 'id,parents' });
    expect(mine.parents).toEqual([inspect.rootFolderId()]);
    expect(inspect.rootFolderId()).not.toBe(aliceRoot);
    expect(Drive.Files.list({ fields: 'files(id)' }).files).toEqual([{ id: mine.id }]);
  });

  test('sharing lets the second editor open the doc with DocumentApp (documents scope), while Drive still does not show it; picking it does', () => {
    const { Drive, DocumentApp, inspect, context, newDoc } = setup();
    const plan = newDoc('Growth Plan — Ana');
    plan.getBody().appendParagraph('Goals');
    plan.saveAndClose();
    inspect.share(plan.getId(), 'second@example.com');
    context.userEmail = 'second@example.com';
    expect(DocumentApp.openById(plan.getId()).getBody().getText()).toBe('\nGoals');
    expect(() => Drive.Files.get(plan.getId())).toThrow('File not found');
    inspect.grantAccess(plan.getId());
    expect(Drive.Files.get(plan.getId()).name).toBe('Growth Plan — Ana');
    context.userEmail = 'third@example.com';
    expect(() => inspect.grantAccess(plan.getId())).toThrow('cannot open');
  });
});

import type { DocResult, DocTemplateInfo } from '../../src/core/api';
import type { LoadedAddon } from '../support/bundle';
import { docsWorkbook, docText, everything, HOSTILE_EVIDENCE, HOSTILE_NAME } from './docsFixture';

type Body = GoogleAppsScript.Document.Body;

/** A team's own template, made in Google Docs outside the add-on: the Drive scope (drive.file) cannot see it. */
function ownTemplate(addon: LoadedAddon, build: (body: Body) => void): string {
  return addon.workspace.docs.createExternalDoc('Our growth plan', build);
}

function standardTemplate(body: Body): void {
  const heading = body.appendParagraph('Growth conversation: {{name}}');
  heading.setHeading(DocumentApp.ParagraphHeading.HEADING1);
  body.appendParagraph('Name: {{ name }} ({{level}} → {{nextLevel}}), cycle {{cycle}}').editAsText().setBold(0, 4, true);
  body.appendTable([
    ['Focus', 'Rating', 'Evidence'],
    ['{{focus.name}}', '{{focus.rating}}', '{{focus.evidence}}'],
    ['Reviewed on {{date}}', '', ''],
  ]);
  body.appendListItem('Strengths to build on are in the review.');
  body.appendTable([['A table', 'without placeholders']]);
}

let DocumentApp: GoogleAppsScript.Document.DocumentApp;

describe('doc templates through dist/Code.js', () => {
  it('fills a custom template: paragraphs copied with their formatting, a repeating row once per focus sub-skill, hostile text as typed', () => {
    const { addon, ids } = docsWorkbook();
    DocumentApp = addon.workspace.globals.DocumentApp;
    const templateId = ownTemplate(addon, standardTemplate);
    const info = addon.run<DocTemplateInfo>('setDocTemplate', {
      kind: 'growth-plan',
      urlOrId: `https://docs.google.com/document/d/${templateId}/edit`,
    });
    expect(info).toMatchObject({ kind: 'growth-plan', source: 'custom', docId: templateId });
    expect(info.placeholders).toContain('{{focus.evidence}}');

    const { result, calls } = addon.workspace.log.measure(() => addon.run<DocResult>('createGrowthPlan', ids[HOSTILE_NAME]));
    expect(result.status).toBe('created');
    // Reading and copying a template costs calls per element of the template, never per sub-skill.
    expect(calls).toBeLessThanOrEqual(100);
    const text = docText(addon, result);
    expect(text.split('\n')).toEqual([
      '',
      `Growth conversation: ${HOSTILE_NAME}`,
      `Name: ${HOSTILE_NAME} (Senior PM → Staff PM), cycle H2 '26 \\ $1`,
      'Focus',
      'Rating',
      'Evidence',
      'Communication',
      'Needs Immediate Improvement',
      'Updates arrive late',
      'Learn fast',
      'Successfully Meets',
      'Ran 4 beta tests',
      'Customer focus',
      'Successfully Meets',
      HOSTILE_EVIDENCE,
      expect.stringMatching(/^Reviewed on \d{1,2} [A-Z][a-z]+ \d{4}$/),
      '',
      '',
      '',
      'Strengths to build on are in the review.',
      'A table',
      'without placeholders',
      '',
    ]);
    const body = addon.workspace.docs.structure(result.docId);
    const heading = body[1];
    expect(heading).toMatchObject({ type: 'PARAGRAPH', heading: 'HEADING1' });
    const name = body[2];
    if (name?.type !== 'PARAGRAPH') throw new Error('expected a paragraph');
    expect(name.runs[0]).toEqual({ text: 'Name:', style: { BOLD: true } });
    expect(body[5]).toMatchObject({ type: 'LIST_ITEM' });
    expect(body.map((e) => e.type)).toEqual([
      'PARAGRAPH',
      'PARAGRAPH',
      'PARAGRAPH',
      'TABLE',
      'PARAGRAPH',
      'LIST_ITEM',
      'TABLE',
      'PARAGRAPH',
    ]);
    // The template itself is untouched.
    expect(addon.workspace.docs.text(templateId)).toContain('{{focus.name}}');
  });

  it('refuses a template with unknown placeholders, listing them, when it is set and when it is used; nothing changes', () => {
    const { addon, ids } = docsWorkbook();
    DocumentApp = addon.workspace.globals.DocumentApp;
    const bad = ownTemplate(addon, (body) => {
      body.appendParagraph('Hello {{nmae}} and {{first name}}');
      body.appendTable([['{{focus.name}}', '{{focus.colour}}']]);
      body.appendParagraph('{{strength.name}}');
    });
    const before = everything(addon);
    expect(() => addon.run('setDocTemplate', { kind: 'growth-plan', urlOrId: bad })).toThrow(
      // Paragraph 1 is the doc's first, empty line; paragraph 3 the one Docs keeps after a table.
      'The growth plan template "Our growth plan" cannot be used: it has placeholders the add-on does not know: {{nmae}} (paragraph 2), {{first name}} (paragraph 2), {{focus.colour}} (table 1, row 1); {{strength.name}} (paragraph 4) repeats once per strongest sub-skill, so it must sit in a table row. Known placeholders: {{name}},',
    );
    expect(everything(addon)).toBe(before);

    // A good template that someone later breaks is refused when used.
    const good = ownTemplate(addon, standardTemplate);
    addon.run('setDocTemplate', { kind: 'growth-plan', urlOrId: good });
    addon.workspace.docs.editAsPerson(good, (body) => body.appendParagraph('Signed: {{signature}}'));
    const beforeUse = everything(addon);
    expect(() => addon.run('createGrowthPlan', ids[HOSTILE_NAME])).toThrow(
      /placeholders the add-on does not know: \{\{signature\}\} \(paragraph \d+\)\. Known placeholders: \{\{name\}\}, .*Nothing was created\./,
    );
    expect(everything(addon)).toBe(beforeUse);
  });

  it('refuses a template that cannot be opened, and a link that is not a doc, changing nothing', () => {
    const { addon, ids } = docsWorkbook();
    DocumentApp = addon.workspace.globals.DocumentApp;
    const before = everything(addon);
    expect(() => addon.run('setDocTemplate', { kind: 'career-plan', urlOrId: '1NoSuchDoc' })).toThrow(
      // Google's reason, in the manager's language, between the add-on's own words.
      /^The career plan template \(doc 1NoSuchDoc\) cannot be opened: .+ Nothing was created\.$/,
    );
    expect(() => addon.run('setDocTemplate', { kind: 'career-plan', urlOrId: 'https://example.com/x' })).toThrow(
      /is not a Google Doc link or id/,
    );
    expect(() => addon.run('setDocTemplate', { kind: 'memo', urlOrId: '' })).toThrow(
      /Doc template: the kind of doc is "growth-plan" or "career-plan"/,
    );
    expect(everything(addon)).toBe(before);

    // The team's template is deleted after it was chosen: the plan is refused, nothing half-made.
    const doomed = ownTemplate(addon, standardTemplate);
    addon.run('setDocTemplate', { kind: 'growth-plan', urlOrId: doomed });
    // The person deletes it in Drive (the add-on's own Drive access, drive.file, cannot see it).
    addon.workspace.docs.grantAccess(doomed);
    addon.workspace.globals.Drive?.Files.remove(doomed);
    const beforeUse = everything(addon);
    expect(() => addon.run('createGrowthPlan', ids[HOSTILE_NAME])).toThrow(/The growth plan template \(doc .+\) cannot be opened/);
    expect(everything(addon)).toBe(beforeUse);

    // Going back to the built-in template works again.
    expect(addon.run<DocTemplateInfo>('setDocTemplate', { kind: 'growth-plan', urlOrId: 'default' })).toMatchObject({
      source: 'built-in',
      docId: null,
    });
    expect(addon.run<DocResult>('createGrowthPlan', ids[HOSTILE_NAME]).status).toBe('created');
  });

  it('writes the built-in templates into docs the first time they are listed; an edited one becomes the template, an untouched one is used from data', () => {
    const { addon, ids } = docsWorkbook();
    const templates = addon.run<DocTemplateInfo[]>('getDocTemplates');
    expect(templates.map((t) => [t.kind, t.source, t.edited])).toEqual([
      ['growth-plan', 'built-in', false],
      ['career-plan', 'built-in', false],
    ]);
    const growthTemplate = templates[0]?.docId ?? '';
    expect(addon.workspace.docs.doc(growthTemplate).name).toBe('Career Ladder template — Growth Plan');
    expect(addon.workspace.docs.text(growthTemplate)).toContain('{{focus.name}} ({{focus.area}}) — {{focus.rating}}');
    // Listing again makes no second copy.
    const files = addon.workspace.docs.files().length;
    expect(addon.run<DocTemplateInfo[]>('getDocTemplates').map((t) => t.docId)).toEqual(templates.map((t) => t.docId));
    expect(addon.workspace.docs.files()).toHaveLength(files);

    // Untouched — even though Drive moved its modifiedTime after the save, as Google may — the
    // plan comes from the built-in data: the doc's text hashes as written, its elements are not read.
    addon.workspace.docs.editAsPerson(growthTemplate, () => undefined);
    expect(addon.run<DocTemplateInfo[]>('getDocTemplates')[0]).toMatchObject({ source: 'built-in', edited: false, reachable: true });
    const plain = addon.workspace.log.measure(() => addon.run<DocResult>('createGrowthPlan', ids['Bo Chen'], { blank: true }));
    expect(plain.calls).toBeLessThanOrEqual(60);
    expect(plain.byName.find(([n]) => n === 'Body.getNumChildren')).toBeUndefined();

    // Edited by the manager: their version is used from then on.
    addon.workspace.docs.editAsPerson(growthTemplate, (body) => body.appendParagraph('Signed by {{manager}} and {{name}} on {{date}}.'));
    expect(addon.run<DocTemplateInfo[]>('getDocTemplates')[0]).toMatchObject({ source: 'built-in', edited: true });
    const result = addon.run<DocResult>('createGrowthPlan', ids[HOSTILE_NAME]);
    expect(docText(addon, result)).toMatch(
      new RegExp(`Signed by Manager and ${HOSTILE_NAME.replace(/[$\\{}()|.*+?^[\]]/g, '\\$&')} on \\d`),
    );
    expect(docText(addon, result)).toContain(HOSTILE_EVIDENCE);
  });
});

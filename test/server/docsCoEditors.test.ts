import type { DocResult, DocTemplateInfo } from '../../src/core/api';
import { docsWorkbook, everything, HOSTILE_NAME } from './docsFixture';

/**
 * Two managers edit the same workbook. Each runs the add-on as themselves: the spreadsheet and its
 * document properties are shared, but the Drive advanced service reaches, under drive.file, only
 * the files the add-on made for the user running it, and a doc opens only for its owner and the
 * people it is shared with.
 * https://developers.google.com/workspace/drive/api/guides/about-auth
 * https://developers.google.com/apps-script/reference/document/document-app#openById(String)
 */
const SECOND = 'second.manager@example.com';
const DOC_TEMPLATES = 'careerLadder.docTemplates';

describe('a second editor of the workbook', () => {
  it("hears of the first editor's plan with its link, and nothing is duplicated or overwritten", () => {
    const { addon, ids } = docsWorkbook();
    const id = ids[HOSTILE_NAME] ?? '';
    const first = addon.run<DocResult>('createGrowthPlan', id);
    const teamLink = addon.workspace.spreadsheet.formulas('Team!H3:H3')[0]?.[0];

    addon.workspace.switchUser(SECOND);
    const before = everything(addon);
    const asked = addon.run<DocResult>('createGrowthPlan', id);
    expect(asked).toMatchObject({ status: 'exists', docId: first.docId, url: first.url, name: first.name, version: 1, reachable: false });
    expect(asked.message).toContain('you cannot open it: another editor of this workbook made it and has not shared it with you');
    expect(asked.message).toContain(`Ask them for access at ${first.url}`);
    expect(asked.message).toContain('nothing was created');
    const opened = addon.run<DocResult>('createGrowthPlan', id, { ifExists: 'open' });
    expect(opened).toMatchObject({ status: 'opened', docId: first.docId, reachable: false });
    expect(everything(addon)).toBe(before);
    expect(addon.workspace.spreadsheet.formulas('Team!H3:H3')[0]?.[0]).toBe(teamLink);

    // Once the first manager shares it, the second opens it and hears whether it was edited.
    addon.workspace.docs.share(first.docId, SECOND);
    expect(addon.run<DocResult>('createGrowthPlan', id)).toMatchObject({ status: 'exists', reachable: true, edited: false });

    // Asked for explicitly, a new version is theirs: in their own cycle folder, numbered after the first's.
    const v2 = addon.run<DocResult>('createGrowthPlan', id, { ifExists: 'newVersion' });
    expect(v2).toMatchObject({ status: 'created', version: 2 });
    const file = addon.workspace.docs.file(v2.docId);
    expect(file).toMatchObject({ ownerEmail: SECOND, appAccess: true });
    expect(addon.workspace.docs.file(file?.parents[0] ?? '')?.ownerEmail).toBe(SECOND);
  });

  it("is told the workbook's template docs are another editor's: the shared setting is never replaced, and no plan is written from a guess", () => {
    const { addon, ids } = docsWorkbook();
    const templates = addon.run<DocTemplateInfo[]>('getDocTemplates');
    const setting = addon.workspace.properties.snapshot().document[DOC_TEMPLATES];

    addon.workspace.switchUser(SECOND);
    const before = everything(addon);
    const seen = addon.run<DocTemplateInfo[]>('getDocTemplates');
    expect(seen.map((t) => [t.docId, t.reachable])).toEqual(templates.map((t) => [t.docId, false]));
    expect(everything(addon)).toBe(before);
    expect(addon.workspace.properties.snapshot().document[DOC_TEMPLATES]).toBe(setting);

    expect(() => addon.run<DocResult>('createGrowthPlan', ids['Bo Chen'], { blank: true })).toThrow(
      `This workbook uses the growth plan template in the doc ${templates[0]?.url}, which you cannot open: another editor of this workbook made it and has not shared it with you`,
    );
    expect(everything(addon)).toBe(before);

    // Shared with them: plans are written from it.
    addon.workspace.docs.share(templates[0]?.docId ?? '', SECOND);
    expect(addon.run<DocResult>('createGrowthPlan', ids['Bo Chen'], { blank: true }).status).toBe('created');
    expect(addon.workspace.properties.snapshot().document[DOC_TEMPLATES]).toBe(setting);
  });

  it("in the plan menu: the question says the doc is another editor's, and No shows its link to ask for access", () => {
    const { addon } = docsWorkbook();
    const ss = addon.workspace.globals.SpreadsheetApp.getActiveSpreadsheet();
    ss.setActiveRange(ss.getSheetByName('Team')?.getRange('E4') ?? ss.getRange('A1'));
    // Bo Chen has no manager rating: the menu asks first, and Yes makes a blank plan.
    addon.workspace.ui.queueResponse({ button: 'YES' });
    addon.run('menuCreateGrowthPlan');
    const url = /href="([^"]+)"/.exec(addon.workspace.ui.htmlDialogs.at(-1)?.html ?? '')?.[1];
    expect(url).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
    const docs = addon.workspace.docs.docs().length;

    addon.workspace.switchUser(SECOND);
    addon.workspace.ui.queueResponse({ button: 'YES' });
    addon.workspace.ui.queueResponse({ button: 'NO' });
    addon.run('menuCreateGrowthPlan');
    expect(addon.workspace.ui.alerts.at(-1)?.prompt).toContain(
      "Bo Chen already has a growth plan for H2 '26 \\ $1 (“Growth Plan — Bo Chen — H2 '26 \\ $1”), but you cannot open it",
    );
    const shown = addon.workspace.ui.htmlDialogs.at(-1);
    expect(shown?.title).toBe('Existing doc');
    expect(shown?.html).toContain('another editor of this workbook made it and has not shared it with you');
    expect(shown?.html).toContain(`href="${url}"`);
    expect(addon.workspace.docs.docs()).toHaveLength(docs);
  });

  it('in the templates menu: the line names the doc they cannot open and its link', () => {
    const { addon } = docsWorkbook();
    const templates = addon.run<DocTemplateInfo[]>('getDocTemplates');
    addon.workspace.switchUser(SECOND);
    addon.workspace.ui.queueResponse({ button: 'CANCEL' });
    addon.run('menuDocTemplates');
    expect(addon.workspace.ui.prompts.at(-1)?.prompt).toContain(
      `a doc you cannot open (another editor of this workbook made it and has not shared it with you, or it was deleted): ask them for access — ${templates[0]?.url}`,
    );
  });
});

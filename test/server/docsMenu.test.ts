import type { DocTemplateInfo } from '../../src/core/api';
import type { LoadedAddon } from '../support/bundle';
import { docsWorkbook } from './docsFixture';

/** The hostile PM's rating sheet, as the workbook named it (a sheet name cannot hold every character). */
function hostileSheet(addon: LoadedAddon): string {
  return String(addon.workspace.spreadsheet.values('Team!J3:J3')[0]?.[0]);
}

function activate(addon: LoadedAddon, sheet: string, a1?: string): void {
  const ss = addon.workspace.globals.SpreadsheetApp.getActiveSpreadsheet();
  const target = ss.getSheetByName(sheet);
  if (!target) throw new Error(`no sheet ${sheet}`);
  if (a1) ss.setActiveRange(target.getRange(a1));
  else target.activate();
}

describe('the docs menu items', () => {
  it('are in the add-on menu', () => {
    const { addon } = docsWorkbook();
    addon.run('onOpen', {});
    const captions = addon.workspace.ui.menu()?.items.map((i) => ('caption' in i ? i.caption : '—'));
    expect(captions).toEqual(
      expect.arrayContaining(['Create growth plan for selected PM', 'Create career plan for selected PM', 'Doc templates…']),
    );
  });

  it('create a growth plan for the PM whose sheet is active, and show its link', () => {
    const { addon } = docsWorkbook();
    activate(addon, hostileSheet(addon));
    addon.run('menuCreateGrowthPlan');
    const dialog = addon.workspace.ui.htmlDialogs.at(-1);
    expect(dialog?.title).toBe('Doc created');
    // Everything in the dialog is escaped.
    expect(dialog?.html).toContain('Open “Growth Plan — Zoë $1 $&amp; \\ {{cycle}} O&#39;Neil');
    expect(dialog?.html).toMatch(/href="https:\/\/docs\.google\.com\/document\/d\/[^"]+\/edit"/);
  });

  it('find the PM from the selected Team row, ask before a blank plan for an unrated PM, and ask before a second copy', () => {
    const { addon } = docsWorkbook();
    activate(addon, 'Team', 'E4');
    const none = addon.workspace.docs.docs().length;
    // Bo Chen has no manager rating: the menu asks first; No makes nothing.
    addon.workspace.ui.queueResponse({ button: 'NO' });
    addon.run('menuCreateGrowthPlan');
    expect(addon.workspace.ui.alerts.at(-1)?.title).toBe('Bo Chen: make a blank growth plan?');
    expect(addon.workspace.ui.alerts.at(-1)?.prompt).toContain('Bo Chen has no manager rating yet');
    expect(addon.workspace.docs.docs()).toHaveLength(none);

    addon.workspace.ui.queueResponse({ button: 'YES' });
    addon.run('menuCreateGrowthPlan');
    expect(addon.workspace.ui.htmlDialogs.at(-1)?.html).toContain('Growth Plan — Bo Chen');
    const docs = addon.workspace.docs.docs().length;

    addon.workspace.ui.queueResponse({ button: 'YES' });
    addon.workspace.ui.queueResponse({ button: 'CANCEL' });
    addon.run('menuCreateGrowthPlan');
    expect(addon.workspace.ui.alerts.at(-1)?.prompt).toContain('Bo Chen already has a growth plan');
    expect(addon.workspace.docs.docs()).toHaveLength(docs);

    addon.workspace.ui.queueResponse({ button: 'YES' });
    addon.workspace.ui.queueResponse({ button: 'NO' });
    addon.run('menuCreateGrowthPlan');
    expect(addon.workspace.ui.htmlDialogs.at(-1)?.title).toBe('Existing doc');
    expect(addon.workspace.docs.docs()).toHaveLength(docs);

    addon.workspace.ui.queueResponse({ button: 'YES' });
    addon.workspace.ui.queueResponse({ button: 'YES' });
    addon.run('menuCreateGrowthPlan');
    expect(addon.workspace.ui.htmlDialogs.at(-1)?.html).toContain('Growth Plan — Bo Chen — H2 &#39;26 \\ $1 (v2)');
  });

  it('make the career plan towards the target level on the Team sheet', () => {
    const { addon } = docsWorkbook();
    activate(addon, hostileSheet(addon));
    addon.run('menuCreateCareerPlan');
    const html = addon.workspace.ui.htmlDialogs.at(-1)?.html ?? '';
    const docId = /document\/d\/([^/"]+)/.exec(html)?.[1] ?? '';
    expect(addon.workspace.docs.text(docId)).toContain('2 levels: Staff PM, Principal PM');
  });

  it('say what to do when no PM is selected', () => {
    const { addon } = docsWorkbook();
    activate(addon, 'Ladder');
    addon.run('menuCreateGrowthPlan');
    expect(addon.workspace.ui.alerts.at(-1)?.prompt).toMatch(/^Select a PM first/);
  });

  it('list the templates and take a doc link', () => {
    const { addon } = docsWorkbook();
    const own = addon.workspace.docs.createExternalDoc('Ours', (body) =>
      body.appendParagraph('Career talk with {{name}} towards {{targetLevel}}'),
    );
    addon.workspace.ui.queueResponse({ button: 'OK', text: `career: https://docs.google.com/document/d/${own}/edit` });
    addon.run('menuDocTemplates');
    expect(addon.workspace.ui.prompts.at(-1)?.prompt).toContain('Growth Plan: the built-in template — https://docs.google.com/document/d/');
    expect(addon.run<DocTemplateInfo[]>('getDocTemplates').map((t) => t.source)).toEqual(['built-in', 'custom']);
  });
});

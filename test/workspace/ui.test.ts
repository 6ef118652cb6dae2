import { fresh, thrown } from './setup';

const REF = 'developers.google.com/apps-script/reference/base/ui';

describe('Ui: menus, sidebars, dialogs, alerts and prompts are recorded', () => {
  it(`createAddonMenu with items, a separator and a sub-menu is recorded at addToUi (developers.google.com/apps-script/reference/base/menu)`, () => {
    const ws = fresh({ addonName: 'Career Ladder' });
    const ui = ws.SpreadsheetApp.getUi();
    ws.log.reset();
    ui.createAddonMenu()
      .addItem('Set up calibration…', 'showSetupDialog')
      .addSeparator()
      .addSubMenu(ui.createMenu('Documents').addItem('Growth plan', 'createGrowthPlanForActive'))
      .addToUi();
    expect(ws.ui.menu()).toEqual({
      name: 'Career Ladder',
      addon: true,
      items: [
        { caption: 'Set up calibration…', functionName: 'showSetupDialog' },
        { separator: true },
        { subMenu: { name: 'Documents', addon: false, items: [{ caption: 'Growth plan', functionName: 'createGrowthPlanForActive' }] } },
      ],
    });
    // A Menu is a builder: createMenu and addToUi are the calls.
    expect(ws.log.byName()).toEqual([
      ['Menu.addToUi', 1],
      ['Ui.createAddonMenu', 1],
      ['Ui.createMenu', 1],
    ]);
  });

  it('adding the add-on menu again (onOpen runs on every open) replaces it', () => {
    const ws = fresh();
    const ui = ws.SpreadsheetApp.getUi();
    ui.createAddonMenu().addItem('A', 'a').addToUi();
    ui.createAddonMenu().addItem('B', 'b').addToUi();
    expect(ws.ui.menus).toHaveLength(1);
    expect(ws.ui.menu()!.items).toEqual([{ caption: 'B', functionName: 'b' }]);
  });

  it(`showSidebar and showModalDialog record title, html, width and height (${REF}#showsidebaruserinterface)`, () => {
    const ws = fresh({ htmlFiles: { Sidebar: '<p>Rate</p>' } });
    const ui = ws.SpreadsheetApp.getUi();
    ui.showSidebar(ws.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Career Ladder'));
    ui.showModalDialog(ws.HtmlService.createHtmlOutput('<p>Setup</p>').setWidth(640).setHeight(480), 'Set up calibration');
    expect(ws.ui.sidebars).toEqual([{ kind: 'sidebar', title: 'Career Ladder', html: '<p>Rate</p>', width: null, height: null }]);
    expect(ws.ui.htmlDialogs).toEqual([{ kind: 'modal', title: 'Set up calibration', html: '<p>Setup</p>', width: 640, height: 480 }]);
    expect(() => ui.showSidebar('<p>raw</p>' as unknown as GoogleAppsScript.HTML.HtmlOutput)).toThrow(
      "The parameters (String) don't match the method signature for Ui.showSidebar.",
    );
  });

  it(`alert with no queued response answers OK; the three signatures are told apart (${REF}#alerttitle,-prompt,-buttons)`, () => {
    const ws = fresh();
    const ui = ws.SpreadsheetApp.getUi();
    expect(ui.alert('Saved')).toBe(ui.Button.OK);
    expect(ui.alert('Replace?', ui.ButtonSet.OK_CANCEL)).toBe(ui.Button.OK);
    // YES_NO has no OK: with nothing queued the user closes the dialog, never a silent YES.
    expect(ui.alert('Second copy', 'Make another growth plan?', ui.ButtonSet.YES_NO)).toBe(ui.Button.CLOSE);
    expect(ws.ui.alerts.map((a) => [a.title, a.prompt, a.buttons, a.button])).toEqual([
      ['', 'Saved', 'OK', 'OK'],
      ['', 'Replace?', 'OK_CANCEL', 'OK'],
      ['Second copy', 'Make another growth plan?', 'YES_NO', 'CLOSE'],
    ]);
  });

  it('queued responses answer alerts and prompts in order; a button outside the set is a test error', () => {
    const ws = fresh();
    const ui = ws.SpreadsheetApp.getUi();
    ws.ui.queueResponse({ button: 'YES' });
    ws.ui.queueResponse({ button: 'OK', text: 'Q3 2024' });
    expect(ui.alert('Sure?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    const answer = ui.prompt('Cycle', 'Name of the review cycle', ui.ButtonSet.OK_CANCEL);
    expect([answer.getResponseText(), answer.getSelectedButton()]).toEqual(['Q3 2024', ui.Button.OK]);
    ws.ui.queueResponse({ button: 'YES' });
    expect(thrown(() => ui.alert('x', ui.ButtonSet.OK_CANCEL)).message).toMatch(/YES is not a button of ButtonSet.OK_CANCEL/);
  });

  it(`prompt with nothing queued answers OK and empty text (developers.google.com/apps-script/reference/base/prompt-response)`, () => {
    const ws = fresh();
    const r = ws.SpreadsheetApp.getUi().prompt('Name?');
    expect([r.getResponseText(), String(r.getSelectedButton())]).toEqual(['', 'OK']);
    expect(ws.ui.prompts).toHaveLength(1);
  });

  it(`with nothing queued, whenUnanswered is asked what the dialog shows — "alerts suspend the server-side script while the dialog is open" (developers.google.com/apps-script/guides/dialogs)`, () => {
    const ws = fresh();
    const ui = ws.SpreadsheetApp.getUi();
    const asked: unknown[] = [];
    ws.ui.whenUnanswered = (dialog) => {
      asked.push(dialog);
      return dialog.kind === 'prompt' ? { button: 'CANCEL', text: 'typed' } : { button: 'NO' };
    };
    expect(ui.alert('Plan', 'Make a new version?', ui.ButtonSet.YES_NO_CANCEL)).toBe(ui.Button.NO);
    const r = ui.prompt('Cycle', 'Name it', ui.ButtonSet.OK_CANCEL);
    expect([r.getResponseText(), r.getSelectedButton()]).toEqual(['typed', ui.Button.CANCEL]);
    expect(asked).toEqual([
      { kind: 'alert', title: 'Plan', prompt: 'Make a new version?', buttons: 'YES_NO_CANCEL' },
      { kind: 'prompt', title: 'Cycle', prompt: 'Name it', buttons: 'OK_CANCEL' },
    ]);
    // A queued response still comes first; clearResponses drops what is left.
    ws.ui.queueResponse({ button: 'YES' });
    ws.ui.queueResponse({ button: 'YES' });
    expect(ui.alert('Sure?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    ws.ui.clearResponses();
    expect(ws.ui.pendingResponses()).toBe(0);
    expect(ui.alert('Sure?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
  });
});

import { PlaygroundSession } from '../../dev/playground/session';
import { seedDemo, DEMO_NOW } from '../../dev/playground/demo';
import { startPlayground } from '../../dev/playground/server';

/**
 * Alerts and prompts wait for the person at the playground, as in Sheets: "alerts suspend the
 * server-side script while the dialog is open" (https://developers.google.com/apps-script/guides/dialogs).
 * The session stops the call at the dialog, puts the spreadsheet back, and runs the call again
 * with the answer; the add-on sees one execution.
 */
describe('a playground call that reaches an alert', () => {
  const session = new PlaygroundSession({ now: DEMO_NOW });
  session.run('onOpen', [{ authMode: 'FULL' }]);
  seedDemo(session);
  const docNames = () => session.workspace.docs.docs().map((d) => d.name);

  it('uses the clicked Team cell as the selection (developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getActiveRange())', () => {
    session.selectCell('Team', 'D4');
    expect(session.workspace.spreadsheet.activeSheetName()).toBe('Team');
    expect(session.workspace.spreadsheet.activeRangeA1()).toBe('D4');
    expect(session.run('menuCreateGrowthPlan')).toMatchObject({ ok: true });
    expect(docNames()).toEqual(['Growth Plan — Alan Turing — H1 2026']);
    expect(session.workspace.ui.htmlDialogs.map((d) => d.title)).toEqual(['Doc created']);
  });

  it('stops at an unanswered alert, says what it asks, and leaves the spreadsheet as it was', () => {
    const before = JSON.stringify(session.workspace.snapshot());
    const shown = session.workspace.ui.shown.length;
    const result = session.run('menuCreateGrowthPlan');
    expect(result.awaiting).toEqual({
      kind: 'alert',
      title: 'Alan Turing: make a new version?',
      prompt: expect.stringMatching(
        /Yes: make a new version; the existing doc stays as it is\.\nNo: make nothing, and show the existing doc\.$/,
      ),
      buttons: 'YES_NO_CANCEL',
      choices: ['YES', 'NO', 'CANCEL'],
      answered: 0,
    });
    expect(JSON.stringify(session.workspace.snapshot())).toBe(before);
    expect(session.workspace.ui.shown).toHaveLength(shown);
    expect(session.workspace.ui.dialogs).toEqual([]);
    // The selection survives the replay.
    expect(session.workspace.spreadsheet.activeRangeA1()).toBe('D4');
  });

  it('runs the call again with the button pressed: No shows the existing doc, Yes makes a new version', () => {
    expect(session.run('menuCreateGrowthPlan', [], [{ button: 'NO' }])).toMatchObject({ ok: true });
    expect(docNames()).toEqual(['Growth Plan — Alan Turing — H1 2026']);
    expect(session.workspace.ui.htmlDialogs.map((d) => d.title)).toEqual(['Doc created', 'Existing doc']);
    expect(session.workspace.ui.alerts.map((a) => a.button)).toEqual(['NO']);

    expect(session.run('menuCreateGrowthPlan', [], [{ button: 'YES' }])).toMatchObject({ ok: true });
    expect(docNames()).toEqual(['Growth Plan — Alan Turing — H1 2026', 'Growth Plan — Alan Turing — H1 2026 (v2)']);
  });

  it('asks the next dialog of the same call after the first is answered (a prompt, then an alert)', () => {
    const first = session.run('menuDocTemplates');
    expect(first.awaiting).toMatchObject({ kind: 'prompt', title: 'Doc templates', choices: ['OK', 'CANCEL'], answered: 0 });
    const second = session.run('menuDocTemplates', [], [{ button: 'OK', text: 'growth: default' }]);
    expect(second.awaiting).toMatchObject({ kind: 'alert', title: 'Doc templates', choices: ['OK'], answered: 1 });
    expect(second.awaiting?.prompt).toMatch(/Saved\.$/);
    const done = session.run('menuDocTemplates', [], [{ button: 'OK', text: 'growth: default' }, { button: 'OK' }]);
    expect(done).toMatchObject({ ok: true });
    expect(done.awaiting).toBeUndefined();
    expect(session.workspace.ui.prompts.map((p) => [p.button, p.text])).toEqual([['OK', 'growth: default']]);
  });
});

describe('the playground server holds a call open until its dialog is answered', () => {
  it('answers /api/menu once the alert is answered, and refuses a button the alert does not have', async () => {
    const playground = await startPlayground({ port: 0, demo: false });
    try {
      const post = (path: string, body: unknown) =>
        fetch(new URL(path, playground.url), { method: 'POST', body: JSON.stringify(body) }).then(async (r) => ({
          status: r.status,
          body: (await r.json()) as { ok: boolean; error?: string },
        }));
      const reply = post('/api/menu', { fn: 'menuCreateGrowthPlan' });
      let waiting = playground.awaiting();
      for (let i = 0; i < 100 && !waiting; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        waiting = playground.awaiting();
      }
      expect(waiting).toMatchObject({ kind: 'alert', choices: ['OK'] });
      expect(await post('/api/answer', { id: waiting!.id, button: 'YES' })).toMatchObject({ status: 400 });
      expect(await post('/api/answer', { id: waiting!.id, button: 'OK' })).toMatchObject({ status: 200, body: { ok: true } });
      expect(await reply).toMatchObject({ status: 200, body: { ok: true } });
      expect(playground.awaiting()).toBeNull();
      expect(playground.session.workspace.ui.alerts.map((a) => a.button)).toEqual(['OK']);
    } finally {
      await playground.close();
    }
  });

  it('starts again as it started: an empty playground resets to empty', async () => {
    const playground = await startPlayground({ port: 0, demo: false });
    try {
      playground.session.workspace.spreadsheet.api.insertSheet('Scratch');
      await fetch(new URL('/api/reset', playground.url), { method: 'POST', body: '{}' });
      expect(playground.session.sheetNames()).toEqual(['Sheet1']);
    } finally {
      await playground.close();
    }
  });
});

import { openRig, rigForEachTest, runMenuItem, type BrowserRig } from './browser';

/**
 * The playground behaves like Sheets where the add-on relies on Sheets: a clicked cell is the
 * add-on's selection, alerts and prompts are modal dialogs that wait for a button
 * (https://developers.google.com/apps-script/guides/dialogs), charts are drawn, links open,
 * and the page works from the keyboard.
 */
jest.setTimeout(120_000);

const rig = rigForEachTest();

beforeEach(async () => {
  await rig.page.locator('#grid table').waitFor();
});

/** Waits until `read` gives `expected` (the server finishes a call a moment after the page shows its end). */
async function until<T>(read: () => T | Promise<T>, expected: T, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  let value = await read();
  while (JSON.stringify(value) !== JSON.stringify(expected) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  expect(value).toEqual(expected);
}

const docNames = () => rig.playground.session.workspace.docs.docs().map((d) => d.name);

async function openSheet(name: string): Promise<void> {
  await rig.page.click(`[data-sheet="${name}"]`);
  await rig.page.locator(`table[data-sheet-view="${name}"]`).waitFor();
}

describe('alerts and prompts', () => {
  it('shows a prompt with its text field and buttons, and gives the add-on the text and the button pressed', async () => {
    const { page } = rig;
    await runMenuItem(page, rig.playground.url, 'menuDocTemplates');
    const prompt = page.locator('#addon-alert');
    await prompt.waitFor();
    await expect(prompt.getAttribute('aria-label')).resolves.toBe('Doc templates');
    await expect(prompt.locator('[data-button]').allTextContents()).resolves.toEqual(['OK', 'Cancel']);
    await prompt.locator('#addon-prompt-input').fill('growth: default');
    await prompt.locator('[data-button="OK"]').click();

    // The same execution goes on: the add-on saved the answer and says so in a second alert.
    const saved = page.locator('#addon-alert .alert-prompt', { hasText: 'Saved.' });
    await saved.waitFor();
    await expect(page.locator('#addon-alert [data-button]').allTextContents()).resolves.toEqual(['OK']);
    await page.locator('#addon-alert [data-button="OK"]').click();
    await page.locator('#addon-alert').waitFor({ state: 'detached' });

    const ui = rig.playground.session.workspace.ui;
    expect(ui.prompts.map((p) => [p.button, p.text])).toEqual([['OK', 'growth: default']]);
    expect(ui.alerts.map((a) => a.button)).toEqual(['OK']);
    const runs = rig.playground.session.history.filter((c) => c.fn === 'menuDocTemplates');
    expect(runs.map((c) => c.ok)).toEqual([true]);
  });

  it('answers CLOSE when the dialog is closed with Escape, and the add-on stops there', async () => {
    const { page } = rig;
    await runMenuItem(page, rig.playground.url, 'menuDocTemplates');
    await page.locator('#addon-prompt-input').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('#addon-alert').waitFor({ state: 'detached' });
    await until(() => rig.playground.session.history.some((c) => c.fn === 'menuDocTemplates'), true);
    expect(rig.playground.session.workspace.ui.prompts.map((p) => p.button)).toEqual(['CLOSE']);
    expect(rig.playground.session.workspace.ui.alerts).toEqual([]);
  });
});

describe('the selection', () => {
  it('makes a growth plan for the PM of the Team row clicked, then asks before a second one with Yes, No and Cancel', async () => {
    const { page } = rig;
    await openSheet('Team');
    const alan = page.locator('table.sheet td', { hasText: /^Alan Turing$/ }).first();
    await alan.click();
    await expect(alan.getAttribute('class')).resolves.toContain('selected');
    await until(() => rig.playground.session.workspace.spreadsheet.activeRangeA1(), await alan.getAttribute('data-a1'));

    await runMenuItem(page, rig.playground.url, 'menuCreateGrowthPlan');
    await page.locator('#addon-dialog[aria-label="Doc created"]').waitFor();
    expect(docNames()).toEqual(['Growth Plan — Alan Turing — H1 2026']);
    await page.locator('#addon-dialog button[aria-label^="Close"]').click();

    // The selection stays; a second run asks first.
    await runMenuItem(page, rig.playground.url, 'menuCreateGrowthPlan');
    const ask = page.locator('#addon-alert');
    await ask.waitFor();
    await expect(ask.getAttribute('aria-label')).resolves.toBe('Alan Turing: make a new version?');
    await expect(ask.locator('[data-button]').allTextContents()).resolves.toEqual(['Yes', 'No', 'Cancel']);
    await ask.locator('[data-button="YES"]').click();
    await page.locator('#addon-dialog[aria-label="Doc created"]').waitFor();
    expect(docNames()).toEqual(['Growth Plan — Alan Turing — H1 2026', 'Growth Plan — Alan Turing — H1 2026 (v2)']);
    expect(rig.playground.session.workspace.ui.alerts.map((a) => a.button)).toEqual(['YES']);
  });

  it('says to select a PM first when the selection is on no PM, in an alert that waits for OK', async () => {
    const { page } = rig;
    await openSheet('Ladder');
    await page.locator('table.sheet td[data-a1="B3"]').click();
    await runMenuItem(page, rig.playground.url, 'menuCreateGrowthPlan');
    const alert = page.locator('#addon-alert');
    await alert.waitFor();
    await expect(alert.locator('.alert-prompt').textContent()).resolves.toMatch(/^Select a PM first/);
    await alert.locator('[data-button="OK"]').click();
    await alert.waitFor({ state: 'detached' });
    expect(docNames()).toEqual([]);
  });
});

describe('charts, links and the keyboard', () => {
  it("draws the Calibration sheet's chart from its range", async () => {
    await openSheet('Calibration');
    const chart = rig.page.locator('figure.chart');
    await expect(chart.getAttribute('aria-label')).resolves.toBe('Overall ratings');
    // One bar per rating and "Incomplete"; the tallest is the two incomplete PMs.
    const heights = await chart.locator('rect.bar').evaluateAll((bars) => bars.map((b) => Number(b.getAttribute('height'))));
    expect(heights).toHaveLength(6);
    // Each bar as tall as its count in the distribution the sheet was written from: no bar where no PM is.
    const result = rig.playground.session.run('refreshCalibration');
    const { distribution } = result.value as { distribution: { rows: Array<{ count: number }>; incomplete: number } };
    const counts = [...distribution.rows.map((r) => r.count), distribution.incomplete];
    const unit = Math.max(...heights) / Math.max(...counts);
    expect(heights.map((h) => Math.round(h / unit))).toEqual(counts);
  });

  it("opens a plan's link from its Team cell in the document view, and Escape closes the view", async () => {
    const { page } = rig;
    rig.playground.session.selectCell('Team', 'D3');
    rig.playground.session.run('menuCreateGrowthPlan');
    await page.reload();
    await openSheet('Team');
    const link = page.locator('table.sheet td a[href^="https://docs.google.com/document/d/"]').first();
    await link.click();
    const viewer = page.locator('#doc-dialog');
    await viewer.waitFor();
    await page.frameLocator('#doc-frame').locator('h1').first().waitFor();
    await page.frameLocator('#doc-frame').locator('body').press('Escape');
    await viewer.waitFor({ state: 'detached' });
  });

  it('moves the focus into the sidebar opened from the keyboard', async () => {
    const { page } = rig;
    await page.focus('#menu-extensions');
    await page.keyboard.press('Enter');
    await page.locator('[data-fn="showSidebar"]').focus();
    await page.keyboard.press('Enter');
    await page.frameLocator('#sidebar-frame').locator('#person').waitFor();
    await until(() => page.evaluate(() => document.activeElement?.id), 'sidebar-frame');
  });

  it('keeps frozen rows and columns above the cells scrolled under them', async () => {
    await openSheet('Ada Lovelace');
    const covered = await rig.page.evaluate(() => {
      const grid = document.getElementById('grid')!;
      grid.scrollTop = 300;
      grid.scrollLeft = 250;
      // What stays in view: column letters, row numbers, frozen rows and frozen columns. Each
      // may pass under another of them (a row number under the frozen rows), never under a
      // cell that scrolls, nor under a chart.
      const stays = (el: Element | null | undefined) =>
        !!el && (el.matches('thead th, tr.frozen > *, th.row-head') || (el as HTMLElement).style.position === 'sticky');
      const frozen = [...document.querySelectorAll<HTMLElement>('thead th, tr.frozen > *, th.row-head')];
      const box = grid.getBoundingClientRect();
      const out: string[] = [];
      for (const cell of frozen) {
        const r = cell.getBoundingClientRect();
        const x = r.left + 3;
        const y = r.top + 3;
        if (x < box.left || y < box.top || x > box.right - 20 || y > box.bottom - 20) continue;
        const hit = document.elementFromPoint(x, y)?.closest('td, th, figure');
        if (!stays(hit)) out.push(`${cell.textContent ?? ''} under ${hit?.textContent ?? ''}`);
      }
      return { out, checked: frozen.length };
    });
    expect(covered.checked).toBeGreaterThan(10);
    expect(covered.out).toEqual([]);
  });

  it('scrolls the tab bar so that the last sheet tab can be reached at 1280 px', async () => {
    const api = rig.playground.session.workspace.spreadsheet.api;
    for (let i = 1; i <= 12; i++) api.insertSheet(`Another sheet with a long name ${i}`);
    await rig.page.reload();
    await rig.page.locator('#grid table').waitFor();
    const tabs = rig.page.locator('#tabs');
    const sizes = await tabs.evaluate((t) => ({ scroll: t.scrollWidth, client: t.clientWidth }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    await rig.page.mouse.move(600, 785);
    await rig.page.mouse.wheel(0, 5000);
    const last = rig.page.locator('[data-sheet="Another sheet with a long name 12"]');
    const box = await last.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(1280);
    await last.click();
    await rig.page.locator('table[data-sheet-view="Another sheet with a long name 12"]').waitFor();
  });
});

describe('an empty playground (npm start -- --empty)', () => {
  let empty: BrowserRig;
  beforeAll(async () => {
    empty = await openRig({ demo: false });
  });
  afterAll(async () => {
    await empty?.close();
  });

  it('starts again empty when reset', async () => {
    await empty.page.goto(empty.playground.url);
    empty.playground.session.workspace.spreadsheet.api.insertSheet('Scratch');
    await empty.page.reload();
    await empty.page.locator('[data-sheet="Scratch"]').waitFor();
    await expect(empty.page.locator('#reset').textContent()).resolves.toBe('Reset');
    await empty.page.click('#reset');
    await empty.page.locator('[data-sheet="Scratch"]').waitFor({ state: 'detached' });
    expect(empty.playground.session.sheetNames()).toEqual(['Sheet1']);
    expect(empty.dialogs).toEqual([]);
  });
});

import { ladderLabel, type LadderSummary } from '../../src/core/ladder/summary';
import { rigForEachTest, runMenuItem } from './browser';

/** "Export a ladder…" in Chromium: the page lists the ladders and exports through the typed bridge. */
jest.setTimeout(90_000);

const rig = rigForEachTest({ demo: false });

async function openExport() {
  await runMenuItem(rig.page, rig.playground.url, 'showLadderExport');
  const dialog = rig.page.frameLocator('#dialog-frame').first();
  await dialog.locator('#ladder:not([disabled])').waitFor();
  return dialog;
}

describe('the ladder export dialog', () => {
  it('lists every built-in ladder and writes the chosen one as a sheet, then closes', async () => {
    const dialog = await openExport();
    const ladders = rig.playground.session.run('listLadders').value as LadderSummary[];
    await expect(dialog.locator('#ladder option').allTextContents()).resolves.toEqual(ladders.map(ladderLabel));
    await dialog.locator('#ladder').selectOption('webflow-pm');
    await dialog.locator('#as-sheet').click();
    await rig.page.locator('#dialog-frame').waitFor({ state: 'detached' });
    const title = ladders.find((l) => l.id === 'webflow-pm')!.title;
    expect(rig.playground.session.sheetNames()).toContain(`${title} (ladder sheet)`);
    expect(rig.playground.session.history.filter((c) => c.ok).map((c) => c.fn)).toEqual(
      expect.arrayContaining(['listLadders', 'exportLadderSheet']),
    );
  });

  it('shows the chosen ladder as a ladder file in the JSON dialog', async () => {
    const dialog = await openExport();
    await dialog.locator('#ladder').selectOption('rookie-to-rockstar');
    await dialog.locator('#as-json').click();
    const json = rig.page.frameLocator('#dialog-frame').last().locator('#json');
    await json.waitFor();
    expect(JSON.parse(await json.inputValue())).toMatchObject({ id: 'rookie-to-rockstar' });
  });

  it('says why when the server refuses, and lets the manager try again', async () => {
    const dialog = await openExport();
    // The ladder vanished between listing and exporting (another tab, a damaged store).
    await dialog.locator('#ladder').evaluate((select: HTMLSelectElement) => {
      select.add(new Option('Gone', 'no-such-ladder'));
      select.value = 'no-such-ladder';
    });
    await dialog.locator('#as-json').click();
    await dialog.locator('#status.error').waitFor();
    await expect(dialog.locator('#status').textContent()).resolves.toMatch(/^There is no ladder “no-such-ladder”/);
    await expect(dialog.locator('#as-json').isEnabled()).resolves.toBe(true);
  });
});

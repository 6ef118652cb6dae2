import { rigForEachTest, runMenuItem } from './browser';

/** The set-up dialog on the demo workbook: an update says what it will change before it changes anything. */
jest.setTimeout(90_000);

const rig = rigForEachTest();

describe('the set-up dialog on an existing workbook', () => {
  it('previews a ladder switch, asks to confirm the ratings it archives, and says after what it did', async () => {
    await runMenuItem(rig.page, rig.playground.url, 'showSetupDialog');
    const dialog = rig.page.frameLocator('#dialog-frame');
    await dialog.locator('#ladder:not([disabled])').waitFor();
    await expect(dialog.locator('#team-rows tr[data-row]').count()).resolves.toBe(5);

    await dialog.locator('#ladder').selectOption('intercom-pm-4-level');
    for (let row = 0; row < 5; row += 1) {
      await dialog.locator(`tr[data-row="${row}"] select[data-field="level"]`).selectOption('pm');
      await dialog.locator(`tr[data-row="${row}"] select[data-field="targetLevel"]`).selectOption('');
    }
    const before = JSON.stringify(rig.playground.session.workspace.snapshot());
    await dialog.locator('#preview').click();
    await dialog.locator('#preview-changes:not([hidden])').waitFor();

    const changes = await dialog.locator('#preview-change-list li').allTextContents();
    expect(changes[0]).toBe(
      'The ladder changes from Product Manager expectations by level to Product Manager expectations by level (4 levels).',
    );
    expect(changes).toContain('Ada Lovelace: Senior PM → PM.');
    expect(changes.some((c) => /^Alan Turing: \d+ ratings? moves? to Archived ratings\.$/.test(c))).toBe(true);
    // Nothing written by the preview; the button says it updates, and waits for the confirmation.
    expect(JSON.stringify(rig.playground.session.workspace.snapshot())).toBe(before);
    await expect(dialog.locator('#create').textContent()).resolves.toBe('Update the workbook');
    await expect(dialog.locator('#create').isDisabled()).resolves.toBe(true);
    await expect(dialog.locator('#confirm-archive-text').textContent()).resolves.toMatch(/^Move \d+ ratings? to Archived ratings/);

    await dialog.locator('#confirm-archive').check();
    await dialog.locator('#create').click();
    await dialog.locator('#step-done:not([hidden])').waitFor();
    await expect(dialog.locator('#done-summary').textContent()).resolves.toMatch(
      /^Workbook refreshed: \d+ rated sub-skills kept; \d+ moved to archived ratings\. 5 PMs ready to rate/,
    );
  });
});

describe('the set-up dialog asked for another cycle on a rated workbook', () => {
  it('refuses to relabel the ratings, offers Start next cycle, and previews the update once it has begun', async () => {
    await runMenuItem(rig.page, rig.playground.url, 'showSetupDialog');
    const dialog = rig.page.frameLocator('#dialog-frame');
    await dialog.locator('#ladder:not([disabled])').waitFor();
    const current = await dialog.locator('#cycle').inputValue();
    await dialog.locator('#cycle').fill('Next half');
    const before = JSON.stringify(rig.playground.session.workspace.snapshot());
    await dialog.locator('#preview').click();
    await dialog.locator('#next-cycle-offer:not([hidden])').waitFor();
    await expect(dialog.locator('#general-error').textContent()).resolves.toContain(`holds the ratings of “${current}”`);
    await expect(dialog.locator('#start-next-cycle').textContent()).resolves.toBe('Start “Next half”');
    expect(JSON.stringify(rig.playground.session.workspace.snapshot())).toBe(before);

    await dialog.locator('#start-next-cycle').click();
    await dialog.locator('#preview-changes:not([hidden])').waitFor();
    await expect(dialog.locator('#create').textContent()).resolves.toBe('Update the workbook');
    await expect(dialog.locator('#status').textContent()).resolves.toBe('');
    const history = rig.playground.session.workspace.spreadsheet.values('History!A:A').flat();
    expect(new Set(history.filter((c) => c !== ''))).toContain(current);
  });
});

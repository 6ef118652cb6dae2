import type { TeamMember } from '../../src/core/api';
import { rigForEachTest, runMenuItem, screenshotPath } from './browser';

/** The set-up dialog in Chromium, creating a workbook in an empty spreadsheet of the playground. */
jest.setTimeout(90_000);

const rig = rigForEachTest({ demo: false });

async function openSetup() {
  await runMenuItem(rig.page, rig.playground.url, 'showSetupDialog');
  const dialog = rig.page.frameLocator('#dialog-frame');
  await dialog.locator('#ladder:not([disabled])').waitFor();
  return dialog;
}

describe('the set-up dialog', () => {
  it('shows each ladder with its levels, takes pasted rows, flags a bad row beside it, and creates the workbook', async () => {
    const dialog = await openSetup();
    await dialog.locator('#ladder').selectOption('intercom-pm-2021');
    await expect(dialog.locator('#levels li').allTextContents()).resolves.toEqual([
      'Associate PM',
      'PM',
      'Senior PM',
      'Staff PM',
      'Principal PM',
    ]);
    await dialog.locator('#ladder').selectOption('intercom-pm-4-level');
    await expect(dialog.locator('#levels li').count()).resolves.toBe(4);
    await dialog.locator('#ladder').selectOption('intercom-pm-2021');
    await dialog.locator('#cycle').fill('H2 2026');

    // Rows copied from a sheet, header included; one level is not on the ladder.
    await dialog.locator('#paste-toggle').click();
    await dialog
      .locator('#paste')
      .fill(
        'Name\tEmail\tLevel\nAda Lovelace\tada@example.com\tSenior PM\nAlan Turing\talan@example.com\tSr PM\nGrace Hopper\tgrace@example.com\tstaff-pm\n',
      );
    await dialog.locator('#paste-add').click();
    await expect(dialog.locator('#team-rows tr[data-row]').count()).resolves.toBe(3);

    await dialog.locator('#preview').click();
    const error = dialog.locator('tr[data-row-error="1"]');
    await expect(error.textContent()).resolves.toContain('“Sr PM” is not a level of Product Manager expectations by level');
    await expect(dialog.locator('tr[data-row-error]').count()).resolves.toBe(1);
    await expect(dialog.locator('tr[data-row="1"] select[data-field="level"]').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(rig.playground.session.sheetNames()).toEqual(['Sheet1']);
    await rig.page.locator('#addon-dialog').screenshot({ path: screenshotPath('setup-dialog.png') });

    // Fixing the row clears its error; the preview lists the team with level names.
    await dialog.locator('tr[data-row="1"] select[data-field="level"]').selectOption('senior-pm');
    await expect(dialog.locator('tr[data-row-error]').count()).resolves.toBe(0);
    await dialog.locator('#preview').click();
    await expect(dialog.locator('#preview-rows tr').allTextContents()).resolves.toEqual([
      'Ada Lovelaceada@example.comSenior PM',
      'Alan Turingalan@example.comSenior PM',
      'Grace Hoppergrace@example.comStaff PM',
    ]);
    await dialog.locator('#create').click();
    await dialog.locator('#step-done:not([hidden])').waitFor();
    await expect(dialog.locator('#done-sheets li').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['Ladder', 'Team', 'Ada Lovelace', 'Alan Turing', 'Grace Hopper']),
    );

    const team = rig.playground.session.run('getTeam').value as TeamMember[];
    expect(team.map((m) => [m.name, m.email, m.level])).toEqual([
      ['Ada Lovelace', 'ada@example.com', 'senior-pm'],
      ['Alan Turing', 'alan@example.com', 'senior-pm'],
      ['Grace Hopper', 'grace@example.com', 'staff-pm'],
    ]);
    // The playground shows the new sheets.
    await rig.page.locator('[data-sheet="Grace Hopper"]').waitFor();

    await dialog.locator('#close').click();
    await rig.page.locator('#dialog-frame').waitFor({ state: 'detached' });
  });

  it('spreads rows pasted into a Name box over the table, and opens on the team when run again', async () => {
    const dialog = await openSetup();
    await dialog.locator('#cycle').fill('Q3');
    const name = dialog.locator('tr[data-row="0"] input[data-field="name"]');
    await name.evaluate((input) => {
      const data = new DataTransfer();
      data.setData('text/plain', 'Katherine Johnson\tkj@example.com\tAssociate PM\n<img src=x onerror=alert(1)>\t\tPM');
      input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect(dialog.locator('#team-rows tr[data-row]').count()).resolves.toBe(2);
    await expect(dialog.locator('tr[data-row="1"] input[data-field="name"]').inputValue()).resolves.toBe('<img src=x onerror=alert(1)>');
    await dialog.locator('#preview').click();
    await dialog.locator('#create').click();
    await dialog.locator('#step-done:not([hidden])').waitFor();
    await dialog.locator('#close').click();

    // Set-up again: the dialog shows the workbook's ladder, cycle and team.
    const again = await openSetup();
    await expect(again.locator('#cycle').inputValue()).resolves.toBe('Q3');
    await expect(again.locator('#ladder').inputValue()).resolves.toBe('intercom-pm-2021');
    await expect(
      again.locator('#team-rows input[data-field="name"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
    ).resolves.toEqual(['Katherine Johnson', '<img src=x onerror=alert(1)>']);
    await expect(again.locator('img').count()).resolves.toBe(0);
  });

  it('sets up a team too large for one call in several calls, showing how far it got', async () => {
    // 400 ms a service call: one call's 20-second budget holds 50 calls, fewer than 6 PM sheets need.
    rig.playground.reset({ demo: false, latencyMs: 400 });
    const dialog = await openSetup();
    await dialog.locator('#cycle').fill('H1 2027');
    await dialog.locator('#paste-toggle').click();
    const rows = Array.from({ length: 6 }, (_, i) => `PM ${i + 1}\tpm${i + 1}@example.com\tPM`).join('\n');
    await dialog.locator('#paste').fill(`Name\tEmail\tLevel\n${rows}\n`);
    await dialog.locator('#paste-add').click();
    await dialog.locator('#preview').click();
    await dialog.locator('#status').evaluate((status) => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await dialog.locator('#create').click();
    await dialog.locator('#step-done:not([hidden])').waitFor();

    const seen = await dialog.locator('#status').evaluate(() => (window as unknown as { seen: string[] }).seen);
    const steps = seen.filter((text) => /^Writing PM sheets: \d+ of 6…$/.test(text));
    expect(steps.length).toBeGreaterThanOrEqual(1);
    const calls = rig.playground.session.history.filter((c) => c.fn === 'setupCalibration');
    expect(calls.length).toBe(steps.length + 1);
    expect(calls.every((c) => c.ok)).toBe(true);
    await expect(dialog.locator('#done-summary').textContent()).resolves.toMatch(/^6 PMs ready to rate/);
    await expect(dialog.locator('#setup-progress').isHidden()).resolves.toBe(true);
    expect(rig.playground.session.sheetNames()).toEqual(expect.arrayContaining(['Ladder', 'Team', 'PM 1', 'PM 6']));
    await dialog.locator('#close').click();
  });

  it('places the cycle and an empty team beside their fields and sends nothing', async () => {
    const dialog = await openSetup();
    await dialog.locator('#preview').click();
    await expect(dialog.locator('#cycle-error').textContent()).resolves.toMatch(/Name the review cycle/);
    await expect(dialog.locator('#team-error').textContent()).resolves.toMatch(/team is empty/);
    expect(rig.playground.session.history.map((c) => c.fn)).not.toContain('setupCalibration');
  });
});

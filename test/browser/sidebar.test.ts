import { readFileSync } from 'node:fs';
import type { RatingForm } from '../../src/core/api';
import { choosePerson, openSidebar, personId, rigForEachTest, screenshotPath } from './browser';

/**
 * The rating sidebar in Chromium, against the playground: the real Sidebar.html from dist/,
 * its google.script.run calls run by the real dist/Code.js on the in-memory workbook.
 */
jest.setTimeout(90_000);

const rig = rigForEachTest();

beforeEach(async () => {
  // Drafts the sidebar kept in the browser belong to the previous test's workbook.
  await rig.page.evaluate(() => localStorage.clear());
});

/** The sidebar closes without saving (a reload of the page), then opens again on `name`. */
async function reopenOn(name: string) {
  await rig.page.reload();
  const sidebar = await openSidebar(rig);
  await choosePerson(sidebar, name);
  return sidebar;
}

function form(name: string): RatingForm {
  const result = rig.playground.session.run('getRatingForm', [personId(rig, name)]);
  if (!result.ok) throw new Error(result.error);
  return result.value as RatingForm;
}

/** The A1 address of a PM sheet's cell: the sub-skill's row (by its name), the column headed `header`. */
function ratingCell(sheet: string, subskillName: string, header: string): string {
  const view = rig.playground.session.sheet(sheet);
  const headers = view.rows[1]!.cells;
  const row = view.rows.find((r) => r.cells[headers.findIndex((c) => c?.text === 'Sub-skill')]?.text === subskillName)!;
  return `${headers.find((c) => c?.text === header)!.a1.replace(/\d+$/, '')}${row.index}`;
}

describe('the rating sidebar', () => {
  it('shows a value typed into the sheet that is not on the scale, with its cell', async () => {
    const item = form('Alan Turing').items[2]!;
    const manager = { a1: ratingCell('Alan Turing', item.name, 'Manager') };
    rig.playground.session.editCell('Alan Turing', manager.a1, 'great');
    const sidebar = await openSidebar(rig);
    await choosePerson(sidebar, 'Alan Turing');
    const article = sidebar.locator(`article[data-subskill="${item.subskillId}"]`);
    await expect(article.locator('select.rating option').first().textContent()).resolves.toBe(`“great” in ${manager.a1} (not counted)`);
    await expect(article.locator('.unreadable').textContent()).resolves.toContain(`${manager.a1} holds “great”: not on the rating scale`);
  });

  it("shows last cycle's manager rating under each sub-skill, and a closed cycle with Save off", async () => {
    const ada = form('Ada Lovelace');
    const rated = ada.items.find((i) => i.lastManager !== null)!;
    const sidebar = await openSidebar(rig);
    await choosePerson(sidebar, 'Ada Lovelace');
    const article = sidebar.locator(`article[data-subskill="${rated.subskillId}"]`);
    await expect(article.locator('.last-cycle').textContent()).resolves.toBe(`${ada.lastCycle}: ${rated.lastManager}`);

    const closed = rig.playground.session.run('closeCycle', [{ note: 'Calibrated' }]);
    if (!closed.ok) throw new Error(closed.error);
    const again = await reopenOn('Ada Lovelace');
    await expect(again.locator('.closed').textContent()).resolves.toMatch(/^“H1 2026” was closed on \d{4}-\d{2}-\d{2}.*Reopen cycle…/);
    await again.locator('article.item').first().locator('select.rating').selectOption('Exceeds');
    await expect(again.locator('#save').isDisabled()).resolves.toBe(true);
  });

  it("folds each collected review under its sub-skill, attributed (the demo's returned self review)", async () => {
    const sidebar = await openSidebar(rig);
    await choosePerson(sidebar, 'Ada Lovelace');
    const reviews = sidebar.locator('article.item .reviews').first();
    await reviews.waitFor({ state: 'attached' });
    await expect(reviews.locator('summary').textContent()).resolves.toMatch(/^Reviews \(1\)$/);
    await expect(reviews.locator('li').first().textContent()).resolves.toMatch(
      /^Ada Lovelace \(self\): Exceeds — Interviewed 40 customers/,
    );
  });

  it('rates two sub-skills, saves them to the PM sheet, and shows them again after a reload', async () => {
    const sidebar = await openSidebar(rig);
    await choosePerson(sidebar, 'Katherine Johnson');
    const items = sidebar.locator('article.item');
    const before = form('Katherine Johnson');
    expect(before.items.every((i) => i.ratings.manager === null)).toBe(true);
    await expect(sidebar.locator('#progress-text').textContent()).resolves.toBe(`0 of ${before.items.length} rated`);

    await items.nth(0).locator('select.rating').selectOption('Exceeds');
    await items.nth(0).locator('textarea').fill('Ran the Q1 discovery sprint; three problems reframed.');
    await items.nth(1).locator('select.rating').selectOption('Successfully Meets');
    await expect(sidebar.locator('#save').textContent()).resolves.toBe('Save 2 changes');
    await sidebar.locator('#save').click();
    await sidebar.locator('#status', { hasText: 'Saved 2 changes for Katherine Johnson.' }).waitFor();
    await expect(sidebar.locator('#progress-text').textContent()).resolves.toBe(`2 of ${before.items.length} rated`);

    const after = form('Katherine Johnson');
    expect(after.items[0]).toMatchObject({
      ratings: { manager: 'Exceeds' },
      evidence: 'Ran the Q1 discovery sprint; three problems reframed.',
    });
    expect(after.items[1]!.ratings.manager).toBe('Successfully Meets');
    expect(after.items.slice(2).every((i) => i.ratings.manager === null)).toBe(true);

    // A fresh page: the sidebar reads the ratings back from the sheet.
    await rig.page.reload();
    const again = await openSidebar(rig);
    await choosePerson(again, 'Katherine Johnson');
    await expect(again.locator('article.item').nth(0).locator('select.rating').inputValue()).resolves.toBe('Exceeds');
    await expect(again.locator('article.item').nth(0).locator('textarea').inputValue()).resolves.toBe(
      'Ran the Q1 discovery sprint; three problems reframed.',
    );
    await expect(again.locator('article.item').nth(1).locator('select.rating').inputValue()).resolves.toBe('Successfully Meets');

    // And the PM's sheet shows them.
    await rig.page.click('[data-sheet="Katherine Johnson"]');
    await rig.page.locator('table[data-sheet-view="Katherine Johnson"] td', { hasText: 'Ran the Q1 discovery sprint' }).waitFor();
  });

  it('refuses a stale save with the conflict message, keeps what was typed, and saves after a reload', async () => {
    const sidebar = await openSidebar(rig);
    await choosePerson(sidebar, 'Alan Turing');
    const loaded = form('Alan Turing');
    const mine = loaded.items[0]!;
    const theirs = loaded.items[5]!;

    // Another manager saves a rating for Alan while this sidebar is open.
    const other = rig.playground.session.run('saveRatings', [
      {
        personId: loaded.person.id,
        version: loaded.version,
        ratings: [{ subskillId: theirs.subskillId, source: 'manager', rating: 'Exceptional', evidence: 'From the other manager' }],
      },
    ]);
    expect(other.ok).toBe(true);

    const first = sidebar.locator('article.item').nth(0);
    await first.locator('select.rating').selectOption('Stronger Performance Needed');
    await first.locator('textarea').fill('My evidence, typed before the conflict.');
    await sidebar.locator('#save').click();

    const notice = sidebar.locator('#notice');
    await notice.getByText('Someone else changed these ratings').waitFor();
    await sidebar.locator('#status', { hasText: 'Not saved' }).waitFor();
    // Nothing typed is lost, and nothing was written.
    await expect(first.locator('textarea').inputValue()).resolves.toBe('My evidence, typed before the conflict.');
    expect(form('Alan Turing').items[0]!.ratings.manager).toBe(mine.ratings.manager);

    await notice.getByRole('button', { name: 'Reload, keeping my changes' }).click();
    await sidebar.locator('#status', { hasText: 'Your 1 unsaved change is kept' }).waitFor();
    await expect(first.locator('select.rating').inputValue()).resolves.toBe('Stronger Performance Needed');
    await expect(first.locator('textarea').inputValue()).resolves.toBe('My evidence, typed before the conflict.');
    // The other manager's rating is now shown too.
    await expect(sidebar.locator(`article[data-subskill="${theirs.subskillId}"] select.rating`).inputValue()).resolves.toBe('Exceptional');

    await sidebar.locator('#save').click();
    await sidebar.locator('#status', { hasText: 'Saved 1 change for Alan Turing.' }).waitFor();
    const saved = form('Alan Turing');
    expect(saved.items[0]).toMatchObject({
      ratings: { manager: 'Stronger Performance Needed' },
      evidence: 'My evidence, typed before the conflict.',
    });
    expect(saved.items[5]).toMatchObject({ ratings: { manager: 'Exceptional' }, evidence: 'From the other manager' });
  });

  it('offers the set-up dialog when the workbook lost its Team sheet while the sidebar was open (NOT_SET_UP)', async () => {
    const sidebar = await openSidebar(rig);
    const ss = rig.playground.session.workspace.spreadsheet.api;
    ss.deleteSheet(ss.getSheetByName('Team')!);
    await sidebar.locator('#person').selectOption({ label: 'Grace Hopper' });
    // Decided on the refusal's code: the same offer as on a workbook never set up.
    await sidebar.getByRole('button', { name: 'Set up the workbook…' }).waitFor();
    await expect(sidebar.locator('#notice').isHidden()).resolves.toBe(true);
  });

  it('keeps unsaved edits in the browser when the sidebar closes unsaved, and offers them back when it reopens', async () => {
    const sidebar = await openSidebar(rig);
    await choosePerson(sidebar, 'Grace Hopper');
    const first = sidebar.locator('article.item').nth(0);
    await first.locator('select.rating').selectOption('Exceeds');
    await first.locator('textarea').fill('Typed, then the sidebar closed: $1 and C:\\notes kept.');
    // The sidebar goes without saving (Sheets may close its frame without a beforeunload).
    const again = await reopenOn('Grace Hopper');
    const notice = again.locator('#notice');
    await notice.getByText('You have unsaved changes from earlier (1 sub-skill').waitFor();
    // Nothing is applied before the manager chooses: the sheet's evidence shows.
    await expect(again.locator('article.item').nth(0).locator('textarea').inputValue()).resolves.toBe(
      form('Grace Hopper').items[0]!.evidence,
    );
    await notice.getByRole('button', { name: 'Restore' }).click();
    await expect(again.locator('article.item').nth(0).locator('select.rating').inputValue()).resolves.toBe('Exceeds');
    await expect(again.locator('article.item').nth(0).locator('textarea').inputValue()).resolves.toBe(
      'Typed, then the sidebar closed: $1 and C:\\notes kept.',
    );
    await again.locator('#save').click();
    await again.locator('#status', { hasText: 'Saved 1 change for Grace Hopper.' }).waitFor();
    expect(form('Grace Hopper').items[0]).toMatchObject({
      ratings: { manager: 'Exceeds' },
      evidence: 'Typed, then the sidebar closed: $1 and C:\\notes kept.',
    });

    // Saved: nothing is offered any more.
    const third = await reopenOn('Grace Hopper');
    await expect(third.locator('#notice').isHidden()).resolves.toBe(true);
  });

  it('discarding a kept draft forgets it', async () => {
    const sidebar = await openSidebar(rig);
    await choosePerson(sidebar, 'Ada Lovelace');
    await sidebar.locator('article.item').nth(1).locator('textarea').fill('A thought I do not want after all.');
    const again = await reopenOn('Ada Lovelace');
    await again.locator('#notice').getByRole('button', { name: 'Discard' }).click();
    await expect(again.locator('#notice').isHidden()).resolves.toBe(true);
    await expect(again.locator('article.item').nth(1).locator('textarea').inputValue()).resolves.toBe('');
    const third = await reopenOn('Ada Lovelace');
    await expect(third.locator('#notice').isHidden()).resolves.toBe(true);
  });

  it('a failed save keeps the text and says why', async () => {
    const sidebar = await openSidebar(rig);
    await choosePerson(sidebar, 'Grace Hopper');
    const first = sidebar.locator('article.item').nth(0);
    await first.locator('textarea').fill('x'.repeat(50_001));
    await sidebar.locator('#save').click();
    await sidebar.locator('#status.error', { hasText: 'Not saved:' }).waitFor();
    await expect(sidebar.locator('#status').textContent()).resolves.toMatch(/50000 characters/);
    await expect(first.locator('textarea').inputValue()).resolves.toHaveLength(50_001);
  });

  it('can be used with the keyboard alone', async () => {
    // From the Team sheet, so the sidebar opens on no PM and the picker is the manager's alone.
    rig.playground.session.activateSheet('Team');
    const sidebar = await openSidebar(rig);
    const { page } = rig;
    await sidebar.locator('#person:not([disabled]) option[value]:not([value=""])').first().waitFor({ state: 'attached' });
    // Focus enters the sidebar at its first control, as a Tab from the sheet would bring it.
    await sidebar.locator('#person').focus();
    // One key: a select's type-ahead starts over after a pause between keys, which a loaded machine can make.
    await page.keyboard.type('K');
    await sidebar.locator('article.item').first().waitFor();
    await expect(sidebar.locator('#person').inputValue()).resolves.toBe(personId(rig, 'Katherine Johnson'));

    // "Next unrated" takes focus to the first rating control.
    await sidebar.locator('#next-unrated').focus();
    await page.keyboard.press('Enter');
    await expect(
      sidebar
        .locator('article.item')
        .nth(0)
        .locator('select.rating')
        .evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true);
    await page.keyboard.type('Exc'); // type-ahead picks "Exceeds"
    await page.keyboard.press('Tab');
    await page.keyboard.type('Shipped the billing migration with zero downtime.');
    await page.keyboard.press('Control+s');
    await sidebar.locator('#status', { hasText: 'Saved 1 change for Katherine Johnson.' }).waitFor();
    expect(form('Katherine Johnson').items[0]).toMatchObject({
      ratings: { manager: 'Exceeds' },
      evidence: 'Shipped the billing migration with zero downtime.',
    });
  });

  it('shows a hostile name, cycle and evidence as text and runs none of it', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    // The workbook holds ratings of an earlier test: a new cycle label is begun with Start next cycle.
    expect(rig.playground.session.run('startNextCycle', [{ cycle: '<script>alert(2)</script>' }]).ok).toBe(true);
    const setup = rig.playground.session.run('setupCalibration', [
      {
        ladderId: 'intercom-pm-2021',
        cycle: '<script>alert(2)</script>',
        team: [
          { name: hostile, email: 'x@example.com', level: 'pm' },
          { name: 'Ada Lovelace', email: 'ada@example.com', level: 'Senior PM', targetLevel: 'Staff PM' },
        ],
      },
    ]);
    expect(setup.ok).toBe(true);
    const id = personId(rig, hostile);
    const hostileForm = form(hostile);
    rig.playground.session.run('saveRatings', [
      {
        personId: id,
        version: hostileForm.version,
        ratings: [
          { subskillId: hostileForm.items[0]!.subskillId, source: 'manager', rating: 'Exceeds', evidence: '"><svg onload=alert(3)>' },
        ],
      },
    ]);
    await rig.page.reload();

    const sidebar = await openSidebar(rig);
    await expect(sidebar.locator('#person option', { hasText: hostile }).count()).resolves.toBe(1);
    await choosePerson(sidebar, hostile);
    await expect(sidebar.locator('#meta').textContent()).resolves.toContain('<script>alert(2)</script>');
    await expect(sidebar.locator('article.item').nth(0).locator('textarea').inputValue()).resolves.toBe('"><svg onload=alert(3)>');
    await expect(sidebar.locator('img, svg, [onerror], [onload]').count()).resolves.toBe(0);

    // The sheet view shows the same text as text.
    await rig.page.click(`[data-sheet="Team"]`);
    await rig.page.locator('table.sheet td', { hasText: hostile }).first().waitFor();
    await expect(rig.page.locator('#grid img, #grid svg').count()).resolves.toBe(0);
    await rig.page.waitForTimeout(300);
    expect(rig.dialogs).toEqual([]);
  });

  it('asks first for a PM with no manager rating, and makes a blank plan only when asked to', async () => {
    const sidebar = await openSidebar(rig);
    await choosePerson(sidebar, 'Katherine Johnson');
    const before = rig.playground.session.workspace.docs.docs().length;
    await sidebar.locator('#growth-plan').click();
    await sidebar.locator('#growth-plan-result', { hasText: 'Katherine Johnson has no manager rating yet' }).waitFor();
    expect(rig.playground.session.workspace.docs.docs()).toHaveLength(before);
    await sidebar.locator('#growth-plan-result button', { hasText: 'Create a blank plan' }).click();
    await sidebar.locator('#growth-plan-result a', { hasText: 'Open Growth Plan — Katherine Johnson' }).waitFor();
    expect(rig.playground.session.workspace.docs.docs()).toHaveLength(before + 1);
  });

  it('makes a growth plan in one click, and asks before a second copy for the same cycle', async () => {
    const sidebar = await openSidebar(rig);
    await choosePerson(sidebar, 'Ada Lovelace');
    await sidebar.locator('#growth-plan').click();
    await sidebar.locator('#growth-plan-result a', { hasText: 'Open Growth Plan — Ada Lovelace' }).waitFor();
    const docsAfterFirst = rig.playground.session.workspace.docs.docs().length;

    // Again: nothing is made until the manager chooses.
    await sidebar.locator('#growth-plan').click();
    await sidebar.locator('#growth-plan-result', { hasText: 'already has a growth plan' }).waitFor();
    expect(rig.playground.session.workspace.docs.docs()).toHaveLength(docsAfterFirst);

    await sidebar.locator('#growth-plan-result button', { hasText: 'Make a new version' }).click();
    await sidebar.locator('#growth-plan-result a', { hasText: '(v2)' }).waitFor();
    expect(rig.playground.session.workspace.docs.docs()).toHaveLength(docsAfterFirst + 1);

    // Another editor of the workbook: the plan is not theirs to open, and they are told so, with its link.
    rig.playground.session.workspace.switchUser('second.manager@example.com');
    await sidebar.locator('#growth-plan').click();
    await sidebar.locator('#growth-plan-result', { hasText: 'another editor of this workbook made it' }).waitFor();
    await sidebar.locator('#growth-plan-result a', { hasText: 'Ask for access' }).waitFor();
    expect(rig.playground.session.workspace.docs.docs()).toHaveLength(docsAfterFirst + 1);
  });

  it('writes the screenshots the README shows: the sidebar at 300 px, a PM sheet, the Calibration sheet and a career plan', async () => {
    await rig.page.setViewportSize({ width: 1440, height: 900 });
    const sidebar = await openSidebar(rig);
    await choosePerson(sidebar, 'Alan Turing');
    const item = sidebar.locator('article.item').nth(10);
    await item.locator('select.rating').selectOption('Exceeds');
    await item.locator('textarea').fill('Took over the roadmap review and ran it well.');
    await item.evaluate((article) => article.scrollIntoView({ block: 'start' }));
    await expect(rig.page.locator('#sidebar-frame').evaluate((f) => f.getBoundingClientRect().width)).resolves.toBe(300);
    // Nothing in the sidebar is wider than the sidebar.
    await expect(sidebar.locator('body').evaluate((b) => b.scrollWidth)).resolves.toBeLessThanOrEqual(300);
    await rig.page.locator('#sidebar').screenshot({ path: screenshotPath('sidebar.png') });

    await rig.page.locator('#sidebar button[aria-label="Close the sidebar"]').click();
    await rig.page.click('[data-sheet="Ada Lovelace"]');
    await rig.page.locator('table[data-sheet-view="Ada Lovelace"]').waitFor();
    // As it opens: the sub-skills, the ratings and evidence beside them, then the PM's level and the next.
    await rig.page.locator('#grid').evaluate((grid) => {
      grid.scrollLeft = 0;
      grid.scrollTop = 0;
    });
    await rig.page.screenshot({ path: screenshotPath('pm-sheet.png') });

    // The team's calibration view, as the demo opens with it.
    await rig.page.click('[data-sheet="Calibration"]');
    await rig.page.locator('table[data-sheet-view="Calibration"] td', { hasText: 'Role model' }).waitFor();
    await rig.page.locator('#grid').evaluate((grid) => {
      grid.scrollLeft = 0;
      grid.scrollTop = 0;
    });
    await rig.page.screenshot({ path: screenshotPath('calibration.png') });

    // Ada's career plan, from the link its menu item puts on her Team row, in the document view.
    rig.playground.session.selectCell('Team', 'D3');
    rig.playground.session.run('menuCreateCareerPlan');
    await rig.page.reload();
    await rig.page.click('[data-sheet="Team"]');
    await rig.page.locator('table.sheet td a[href^="https://docs.google.com/document/d/"]', { hasText: 'Career Plan' }).first().click();
    await rig.page.frameLocator('#doc-frame').locator('h2', { hasText: 'Sub-skill by sub-skill' }).waitFor();
    await rig.page.locator('#doc-dialog').screenshot({ path: screenshotPath('career-plan.png') });
    for (const name of ['sidebar.png', 'pm-sheet.png', 'calibration.png', 'career-plan.png']) {
      expect(readFileSync(screenshotPath(name)).subarray(1, 4).toString()).toBe('PNG');
    }
  });
});

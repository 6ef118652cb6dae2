import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type FrameLocator, type Page } from 'playwright-core';
import { startPlayground, type Playground } from '../../dev/playground/server';
import { browserExecutable } from './chromiumPath';

/**
 * The browser tests drive a local Chromium (chromiumPath.ts: the system's, or the one npm
 * installed; never one downloaded at run time) with playwright-core against the playground
 * served in-process on a free port.
 */

/**
 * Where screenshots go: a temporary folder, so a test run never rewrites the committed
 * docs/screenshots/*.png; `npm run screenshots` sets CAREER_LADDER_SCREENSHOTS to refresh them.
 */
export function screenshotPath(name: string): string {
  const named = process.env.CAREER_LADDER_SCREENSHOTS;
  const dir = named ? resolve(__dirname, '../..', named) : join(tmpdir(), 'career-ladder-screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}

export interface BrowserRig {
  playground: Playground;
  context: BrowserContext;
  page: Page;
  /** alert(), confirm() or prompt() calls and script errors seen in any frame: none is expected. */
  dialogs: string[];
  close(): Promise<void>;
}

export async function openRig(options: { demo?: boolean; viewport?: { width: number; height: number } } = {}): Promise<BrowserRig> {
  const executablePath = await browserExecutable();
  const playground = await startPlayground({ port: 0, demo: options.demo ?? true });
  const profile = mkdtempSync(join(tmpdir(), 'career-ladder-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        // The npm Chromium is a headless shell built without the zygote helper.
        '--no-zygote',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: options.viewport ?? { width: 1280, height: 800 },
      deviceScaleFactor: 1,
    });
  } catch (error) {
    await playground.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    // Leaving a sidebar with unsaved changes asks first (beforeunload); the tests move on.
    if (dialog.type() === 'beforeunload') return void dialog.accept();
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => dialogs.push(`page error: ${error.message}`));
  return {
    playground,
    context,
    page,
    dialogs,
    async close() {
      await context.close();
      await playground.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens the playground and runs an item of the add-on menu (Extensions › Career Ladder). */
export async function runMenuItem(page: Page, url: string, functionName: string): Promise<void> {
  if (page.url() !== url) await page.goto(url);
  await page.locator('#grid table').waitFor();
  await page.click('#menu-extensions');
  await page.click(`[data-fn="${functionName}"]`);
}

export async function openSidebar(rig: BrowserRig): Promise<FrameLocator> {
  await runMenuItem(rig.page, rig.playground.url, 'showSidebar');
  const sidebar = rig.page.frameLocator('#sidebar-frame');
  await sidebar.locator('#person:not([disabled])').waitFor();
  return sidebar;
}

export async function choosePerson(sidebar: FrameLocator, name: string): Promise<void> {
  await sidebar.locator('#person').selectOption({ label: name });
  await sidebar.locator('article.item').first().waitFor();
}

/** A person's id by name, as the server knows it. */
export function personId(rig: BrowserRig, name: string): string {
  const team = rig.playground.session.run('getTeam').value as Array<{ id: string; name: string }>;
  const person = team.find((p) => p.name === name);
  if (!person) throw new Error(`No PM named ${name}`);
  return person.id;
}

/**
 * One Chromium and one playground for a test file, set up in `beforeAll`: before each test the
 * spreadsheet starts again (the demo team, or empty) and the page reloads; after each, no alert,
 * confirm, prompt or script error may have been seen. The object is filled when the file starts.
 */
export function rigForEachTest(options: { demo?: boolean } = {}): BrowserRig {
  const rig = {} as BrowserRig;
  let opened = false;
  beforeAll(async () => {
    Object.assign(rig, await openRig(options));
    opened = true;
  });
  afterAll(async () => {
    if (opened) await rig.close();
  });
  beforeEach(async () => {
    rig.playground.reset(options.demo === undefined ? undefined : { demo: options.demo });
    rig.dialogs.length = 0;
    await rig.page.goto(rig.playground.url);
  });
  afterEach(() => {
    if (opened) expect(rig.dialogs).toEqual([]);
  });
  return rig;
}

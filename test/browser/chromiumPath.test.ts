import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { chooseBrowser, DEBIAN_CHROMIUM } from './chromiumPath';
import { screenshotPath } from './browser';

describe('the browser the browser tests drive', () => {
  const only =
    (...present: string[]) =>
    (path: string) =>
      present.includes(path);

  it("is Debian's chromium when installed, else the Chromium npm installed; never a download", () => {
    expect(chooseBrowser({}, only(DEBIAN_CHROMIUM))).toEqual({ kind: 'path', path: DEBIAN_CHROMIUM, why: "Debian's chromium package" });
    expect(chooseBrowser({}, only())).toEqual({ kind: 'npm', why: 'no system Chromium' });
  });

  it('is the binary CHROMIUM_PATH names, which must exist; an empty CHROMIUM_PATH is unset', () => {
    expect(chooseBrowser({ CHROMIUM_PATH: '/opt/chrome/chrome' }, only('/opt/chrome/chrome', DEBIAN_CHROMIUM))).toMatchObject({
      kind: 'path',
      path: '/opt/chrome/chrome',
    });
    expect(() => chooseBrowser({ CHROMIUM_PATH: '/nowhere/chrome' }, only(DEBIAN_CHROMIUM))).toThrow(/\/nowhere\/chrome/);
    expect(chooseBrowser({ CHROMIUM_PATH: '' }, only())).toMatchObject({ kind: 'npm' });
  });

  it('is the npm one when CAREER_LADDER_BROWSER=npm, even with a system Chromium', () => {
    expect(chooseBrowser({ CAREER_LADDER_BROWSER: 'npm', CHROMIUM_PATH: DEBIAN_CHROMIUM }, only(DEBIAN_CHROMIUM))).toMatchObject({
      kind: 'npm',
    });
  });
});

describe('screenshots', () => {
  const saved = process.env.CAREER_LADDER_SCREENSHOTS;
  afterEach(() => {
    if (saved === undefined) delete process.env.CAREER_LADDER_SCREENSHOTS;
    else process.env.CAREER_LADDER_SCREENSHOTS = saved;
  });

  it('go to a temporary folder in a test run, never over the committed docs/screenshots', () => {
    delete process.env.CAREER_LADDER_SCREENSHOTS;
    const path = screenshotPath('sidebar.png');
    expect(path.startsWith(tmpdir())).toBe(true);
    expect(path).not.toContain(join('docs', 'screenshots'));
  });

  it('go to the folder npm run screenshots names', () => {
    const dir = resolve(__dirname, '../../docs/screenshots');
    process.env.CAREER_LADDER_SCREENSHOTS = dir;
    expect(screenshotPath('sidebar.png')).toBe(join(dir, 'sidebar.png'));
  });
});

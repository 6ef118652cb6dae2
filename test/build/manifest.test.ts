import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8')) as {
  runtimeVersion: string;
  timeZone: string;
  oauthScopes: string[];
  dependencies: { enabledAdvancedServices: Array<{ userSymbol: string; serviceId: string; version: string }> };
};

/** docs/ARCHITECTURE.md, Safety: the narrowest scopes; no full Drive, no full Sheets. */
const ALLOWED_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/documents',
  'https://www.googleapis.com/auth/drive.file',
  'https://www.googleapis.com/auth/script.container.ui',
  // Non-sensitive (the user's primary email only): Session.getActiveUser needs it.
  // https://developers.google.com/apps-script/reference/base/session#getActiveUser()
  // https://developers.google.com/workspace/guides/configure-oauth-consent
  'https://www.googleapis.com/auth/userinfo.email',
];

describe('appsscript.json', () => {
  it('runs on V8 with a time zone', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toMatch(/^[A-Za-z_]+\/[A-Za-z_]+$/);
  });

  it('asks for no OAuth scope outside the allow-list', () => {
    const extra = manifest.oauthScopes.filter((s) => !ALLOWED_SCOPES.includes(s));
    expect(extra).toEqual([]);
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/drive');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/spreadsheets');
  });

  it('is listed in the README, each scope with the Google reference page that asks for it', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const start = readme.indexOf('The manifest (`appsscript.json`) asks for');
    const table = readme.slice(start, readme.indexOf('\n## ', start));
    const rows = table.split('\n').filter((line) => line.startsWith('| `'));
    expect(rows.map((row) => `https://www.googleapis.com/auth/${/^\| `([^`]+)`/.exec(row)?.[1]}`).sort()).toEqual(
      [...manifest.oauthScopes].sort(),
    );
    for (const row of rows) expect(row).toMatch(/\]\(https:\/\/developers\.google\.com\//);
  });

  it('enables the Drive advanced service, v3, as Drive', () => {
    expect(manifest.dependencies.enabledAdvancedServices).toContainEqual({ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' });
  });

  // Review files are made and read through the Sheets API, whose methods accept drive.file: no
  // spreadsheets scope beyond the bound workbook (README, "Self and peer reviews").
  it('enables the Sheets advanced service, v4, as Sheets', () => {
    expect(manifest.dependencies.enabledAdvancedServices).toContainEqual({ userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' });
  });

  it('is copied into dist/ by the build', () => {
    expect(JSON.parse(readFileSync(join(root, 'dist/appsscript.json'), 'utf8'))).toEqual(manifest);
  });
});

describe('clasp', () => {
  it('pushes exactly Code.js, appsscript.json and the HTML files from dist/ (clasp status --json, offline)', () => {
    const out = execFileSync(join(root, 'node_modules/.bin/clasp'), ['status', '--json'], { cwd: root, encoding: 'utf8' });
    const status = JSON.parse(out) as { filesToPush: string[] };
    const pushed = status.filesToPush.map((f) => f.replace(/^dist\//, '')).sort();
    expect(pushed).toContain('Code.js');
    expect(pushed).toContain('appsscript.json');
    expect(pushed.filter((f) => f !== 'Code.js' && f !== 'appsscript.json').every((f) => f.endsWith('.html'))).toBe(true);
    expect(status.filesToPush.every((f) => f.startsWith('dist/'))).toBe(true);
  });
});

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { createWorkspace } from '../../dev/workspace';
import { contracts } from '../../contract/suite';
import { buildContracts } from '../../tools/contractBuild';
import { contractsAwaitingWorkspace } from '../contract/awaitingWorkspace';

/**
 * `npm run contract:build`: the bundle a maintainer pushes to a scratch Apps Script project.
 * Running it on Google is not tested here (these machines cannot reach Google); running the
 * built file on the in-memory workspace, as Apps Script would run it, is.
 */
const root = resolve(__dirname, '../..');
const dist = join(root, 'dist');

function distState(): string[] {
  if (!existsSync(dist)) return [];
  return readdirSync(dist)
    .sort()
    .map((f) => `${f} ${statSync(join(dist, f)).mtimeMs} ${statSync(join(dist, f)).size}`);
}

/** `npm run contract:build`, into a temporary folder. */
function contractBuild(out: string): string {
  return execFileSync(join(root, 'node_modules/.bin/tsx'), ['tools/contractBuild.ts', '--out', out], { cwd: root, encoding: 'utf8' });
}

let out: string;
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'career-ladder-contracts-'));
  contractBuild(out);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the contract bundle', () => {
  it("holds Code.js and the add-on's own manifest, and leaves dist/ alone", async () => {
    const before = distState();
    expect(contractBuild(out)).toContain('entry runContractTests()');
    expect(readdirSync(out).sort()).toEqual(['Code.js', 'appsscript.json']);
    expect(JSON.parse(readFileSync(join(out, 'appsscript.json'), 'utf8'))).toEqual(
      JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8')),
    );
    expect(distState()).toEqual(before);
    await expect(buildContracts(dist)).rejects.toThrow('never writes into dist/');
  });

  it('runs as an Apps Script file: runContractTests() logs one line per contract and a summary, and cleans up', () => {
    const ws = createWorkspace({ now: () => new Date('2026-03-02T10:00:00Z') });
    const lines: string[] = [];
    const context: Record<string, unknown> = { ...ws.globals, console: { log: (line: string) => lines.push(line) } };
    runInNewContext(readFileSync(join(out, 'Code.js'), 'utf8'), context);
    expect(typeof context.runContractTests).toBe('function');
    const summary = (context.runContractTests as () => string)();

    const expected = contracts.map((c) =>
      c.workspaceOnly ? `SKIP ${c.name}: ${c.workspaceOnly}` : c.name in contractsAwaitingWorkspace ? `FAIL ${c.name}` : `PASS ${c.name}`,
    );
    expect(lines).toHaveLength(contracts.length + 1);
    lines.slice(0, -1).forEach((line, i) => expect(line.startsWith(expected[i]!)).toBe(true));
    const count = (status: string) => expected.filter((l) => l.startsWith(status)).length;
    expect(summary).toBe(
      `${count('PASS')} passed, ${count('FAIL')} failed, ${count('SKIP')} skipped (workspace only) of ${contracts.length} contracts`,
    );
    expect(lines.at(-1)).toBe(summary);
    expect(
      ws.globals.SpreadsheetApp.getActiveSpreadsheet()
        .getSheets()
        .map((s) => s.getName()),
    ).toEqual(['Sheet1']);
    expect(ws.globals.Drive!.Files.list({ q: 'trashed = false' }).files).toEqual([]);
  });
});

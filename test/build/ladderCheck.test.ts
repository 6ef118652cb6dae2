import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectedGeneratedFiles } from '../../tools/ladderIndex';

const root = join(__dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');

/** Runs the real build entry over a folder of ladder files; returns its exit status and output. */
function buildWithLadders(dir: string): { status: number; output: string } {
  try {
    const out = execFileSync(tsx, ['tools/build.ts', '--ladders', dir], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    return { status: 0, output: out };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { status: err.status, output: `${err.stdout}${err.stderr}` };
  }
}

describe('npm run build and the ladder files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ladders-'));
    for (const f of readdirSync(join(root, 'ladders')).filter((n) => n.endsWith('.json')))
      copyFileSync(join(root, 'ladders', f), join(dir, f));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('passes the five built-in ladders', () => {
    expect(buildWithLadders(dir)).toMatchObject({ status: 0 });
  });

  it('fails on a damaged ladder file, naming the file, the JSON path and the reason', () => {
    const file = join(dir, 'webflow-pm.json');
    const ladder = JSON.parse(readFileSync(file, 'utf8')) as {
      areas: Array<{ subskills: Array<{ expectations: Record<string, string> }> }>;
    };
    delete ladder.areas[1]!.subskills[0]!.expectations.pm3;
    writeFileSync(file, JSON.stringify(ladder));
    const { status, output } = buildWithLadders(dir);
    expect(status).toBe(1);
    expect(output).toContain('ladders/webflow-pm.json: areas[1].subskills[0].expectations: level "pm3" is missing');
  });

  it('fails on a file that is not JSON, and on one whose id does not match its name', () => {
    writeFileSync(join(dir, 'broken.json'), '{ "id": ');
    const renamed = JSON.parse(readFileSync(join(dir, 'rookie-to-rockstar.json'), 'utf8')) as { id: string };
    writeFileSync(join(dir, 'rookies.json'), JSON.stringify(renamed));
    const { status, output } = buildWithLadders(dir);
    expect(status).toBe(1);
    expect(output).toMatch(/ladders\/broken\.json: not valid JSON/);
    expect(output).toContain('ladders/rookies.json: id: the id "rookie-to-rockstar" must match the file name');
  });

  it('keeps the generated ladder index and the table in ladders/README.md in step with the files', () => {
    for (const { path, content } of expectedGeneratedFiles()) expect(readFileSync(path, 'utf8')).toBe(content);
  });
});

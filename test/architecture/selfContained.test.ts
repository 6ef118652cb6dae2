import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The repository explains itself (docs/ARCHITECTURE.md, README): no file may send a reader to a
 * document that is not in it. The names are split so that this file does not match itself.
 */
const ROOT = join(__dirname, '../..');
const SKIPPED = new Set(['node_modules', 'dist', 'coverage', '.git', '.playground', 'test-results']);
const OUTSIDE = [['DESIGN', '.md'].join(''), ['..', 'shared'].join('/'), ['/work', 'shared'].join('/')];

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIPPED.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return textFiles(path);
    return /\.(ts|mjs|cjs|js|json|md|html|css)$/.test(entry.name) || entry.name === 'run' ? [path] : [];
  });
}

/**
 * The files a clone holds: what git tracks plus what it would add, so that ignored output (the
 * jest report, a build) is not read. Outside a git checkout, every file below the root.
 */
function repositoryFiles(): string[] {
  try {
    const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
    const kept = new Set(textFiles(ROOT));
    return listed
      .split('\n')
      .filter((name) => name !== '')
      .map((name) => join(ROOT, name))
      .filter((path) => kept.has(path));
  } catch {
    return textFiles(ROOT);
  }
}

describe('the repository is self-contained', () => {
  it('has docs/ARCHITECTURE.md, and no file refers to a document outside the repository', () => {
    const files = repositoryFiles();
    expect(files.map((f) => relative(ROOT, f))).toContain(join('docs', 'ARCHITECTURE.md'));
    const offenders = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return OUTSIDE.filter((name) => text.includes(name)).map((name) => `${relative(ROOT, file)}: ${name}`);
    });
    expect(offenders).toEqual([]);
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as ts from 'typescript';

/**
 * The in-memory workspace imitates only what the add-on, the playground and their tests use
 * (docs/ARCHITECTURE.md, The in-memory workspace and the playground): every member it carries is
 * one more behaviour to keep true to Google, so a member nothing calls is removed rather than
 * kept "in case". Anything the workspace lacks throws NotImplementedError, so a new call shows
 * up at once and the member is added with its contract then.
 *
 * A member counts as used when its name appears, as an identifier or a string (for calls made
 * by name, such as the strict wrapper's lists or `ws.globals[...]`), anywhere in the repository's
 * code outside its own declaration. scopeTable.ts is left out: it lists Google's methods per
 * scope, implemented or not.
 */

const ROOT = resolve(__dirname, '../..');
const SEARCHED = ['src', 'dev', 'test', 'tools', 'contract'];
const WORKSPACE = join(ROOT, 'dev/workspace');
const LEFT_OUT = new Set([join(WORKSPACE, 'scopeTable.ts')]);

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : tsFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

interface Member {
  file: string;
  owner: string;
  name: string;
  start: number;
  end: number;
}

/** Public members of the classes in a workspace file: not private or protected, not `_`-named. */
function publicMembers(file: string, source: ts.SourceFile): Member[] {
  const found: Member[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isClassDeclaration(node)) {
      for (const member of node.members) {
        if (!member.name || !(ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))) continue;
        const modifiers = ts.canHaveModifiers(member) ? (ts.getModifiers(member) ?? []) : [];
        const hidden = modifiers.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword);
        if (hidden || member.name.text.startsWith('_')) continue;
        found.push({
          file,
          owner: node.name?.text ?? '(anonymous class)',
          name: member.name.text,
          start: member.getFullStart(),
          end: member.getEnd(),
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Where each name occurs as an identifier or a string literal, by file and position. */
function occurrences(files: Array<{ file: string; source: ts.SourceFile }>): Map<string, Array<{ file: string; pos: number }>> {
  const byName = new Map<string, Array<{ file: string; pos: number }>>();
  for (const { file, source } of files) {
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) || ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        const list = byName.get(node.text) ?? [];
        list.push({ file, pos: node.getStart(source) });
        byName.set(node.text, list);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return byName;
}

describe('the in-memory workspace', () => {
  it('carries no public member that nothing in the repository uses', () => {
    const files = SEARCHED.flatMap((dir) => tsFiles(join(ROOT, dir)))
      .filter((file) => !LEFT_OUT.has(file))
      .map((file) => ({ file, source: ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true) }));
    const members = files.filter(({ file }) => file.startsWith(WORKSPACE)).flatMap(({ file, source }) => publicMembers(file, source));
    const uses = occurrences(files);

    const unused = members.filter(
      (m) => !(uses.get(m.name) ?? []).some((use) => use.file !== m.file || use.pos < m.start || use.pos >= m.end),
    );

    // A sanity floor: the scan must see the workspace's classes at all.
    expect(members.length).toBeGreaterThan(300);
    expect(unused.map((m) => `${relative(ROOT, m.file)}: ${m.owner}.${m.name}`)).toEqual([]);
  });
});

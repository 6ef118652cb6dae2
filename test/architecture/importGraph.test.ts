import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The layers of src/ (docs/ARCHITECTURE.md, Layers): ui → server → entry → gas → core. Each
 * layer imports only itself and the layers below; the pages (ui) take from the server its types
 * only, the typed bridge, since no server code may land in a page; and src/ has no import
 * cycle, so every module can be read, and loaded, after the ones it uses.
 */

const SRC = resolve(__dirname, '../../src');

type Layer = 'ui' | 'server' | 'entry' | 'gas' | 'core';
const RANK: Record<Layer, number> = { core: 0, gas: 1, entry: 2, server: 3, ui: 4 };

interface Import {
  from: string;
  to: string;
  typeOnly: boolean;
}

/** `src/gas/x.ts` → gas. Paths are relative to src/. */
export function layerOf(path: string): Layer {
  if (path === 'server.ts') return 'server';
  const top = path.split('/')[0];
  if (top === 'ui' || top === 'entry' || top === 'gas' || top === 'core') return top;
  throw new Error(`src/${path} belongs to no layer: put it in src/core, gas, entry or ui`);
}

/** Module specifiers of a TypeScript file, with whether the whole import is type-only. */
export function importsOf(text: string): Array<{ specifier: string; typeOnly: boolean }> {
  const found: Array<{ specifier: string; typeOnly: boolean }> = [];
  // `import x from '…'`, `import type { X } from '…'`, `export { x } from '…'`, `export * from '…'`.
  const fromClause = /(?:^|[;\n])\s*(import|export)\s+(type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g;
  for (const m of text.matchAll(fromClause)) found.push({ specifier: m[3]!, typeOnly: Boolean(m[2]) });
  // `import '…'` (side effects) and `import('…')`, `typeof import('…')`.
  for (const m of text.matchAll(/(?:^|[;\n])\s*import\s*['"]([^'"]+)['"]/g)) found.push({ specifier: m[1]!, typeOnly: false });
  for (const m of text.matchAll(/(typeof\s+)?\bimport\(\s*['"]([^'"]+)['"]\s*\)/g))
    found.push({ specifier: m[2]!, typeOnly: Boolean(m[1]) });
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

function resolveModule(fromFile: string, specifier: string): string | null {
  const base = resolve(dirname(fromFile), specifier);
  for (const candidate of [`${base}.ts`, join(base, 'index.ts'), base]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function srcGraph(): { files: string[]; imports: Import[]; unresolved: string[] } {
  const files = sourceFiles(SRC).map((f) => relative(SRC, f));
  const imports: Import[] = [];
  const unresolved: string[] = [];
  for (const file of files) {
    for (const { specifier, typeOnly } of importsOf(readFileSync(join(SRC, file), 'utf8'))) {
      if (!specifier.startsWith('.')) continue; // a package (zod)
      const target = resolveModule(join(SRC, file), specifier);
      if (!target) unresolved.push(`src/${file}: ${specifier}`);
      else imports.push({ from: file, to: relative(SRC, target), typeOnly });
    }
  }
  return { files, imports, unresolved };
}

/** Imports that go up a layer, leave src/, or bring server code into a page. */
export function layerViolations(imports: readonly Import[]): string[] {
  return imports.flatMap(({ from, to, typeOnly }) => {
    if (to.startsWith('..')) return [`src/${from} imports ${to}, outside src/`];
    const [a, b] = [layerOf(from), layerOf(to)];
    if (a === 'ui' && b !== 'ui' && b !== 'core' && !(b === 'server' && typeOnly)) {
      return [`src/${from} (ui) imports src/${to} (${b}): a page takes only types from the server, through src/ui/bridge.ts`];
    }
    return RANK[b] > RANK[a] ? [`src/${from} (${a}) imports src/${to} (${b}), a layer above it`] : [];
  });
}

/** Every cycle of the graph, each once, as the list of its modules. */
export function cycles(files: readonly string[], imports: readonly Import[]): string[][] {
  const next = new Map<string, string[]>(files.map((f) => [f, []]));
  for (const { from, to } of imports) next.get(from)?.push(to);
  const found = new Map<string, string[]>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const to of next.get(file) ?? []) {
      if (state.get(to) === 'open') {
        const cycle = stack.slice(stack.indexOf(to));
        found.set([...cycle].sort().join(' '), [...cycle, to]);
      } else if (!state.has(to)) visit(to);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return [...found.values()];
}

describe('the import graph of src/', () => {
  const graph = srcGraph();

  it('resolves every relative import', () => {
    expect(graph.unresolved).toEqual([]);
    expect(graph.imports.length).toBeGreaterThan(200);
  });

  it('imports only downwards: ui → server → entry → gas → core, the server into a page as types only', () => {
    expect(layerViolations(graph.imports)).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(cycles(graph.files, graph.imports).map((c) => c.join(' → '))).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it('read every form of import, type-only or not', () => {
    const text = [
      "import * as z from 'zod/mini';",
      "import type * as Server from '../server';",
      "import { a, type B } from './a';",
      "export { c } from './c';",
      'export type { D } from "./d";',
      "import './side';",
      "type E = typeof import('./e');",
      "const f = import('./f');",
    ].join('\n');
    expect(importsOf(text)).toEqual(
      expect.arrayContaining([
        { specifier: 'zod/mini', typeOnly: false },
        { specifier: '../server', typeOnly: true },
        { specifier: './a', typeOnly: false },
        { specifier: './c', typeOnly: false },
        { specifier: './d', typeOnly: true },
        { specifier: './side', typeOnly: false },
        { specifier: './e', typeOnly: true },
        { specifier: './f', typeOnly: false },
      ]),
    );
    expect(importsOf(text)).toHaveLength(8);
  });

  it('find an upward import and server code in a page', () => {
    expect(
      layerViolations([
        { from: 'core/a.ts', to: 'gas/b.ts', typeOnly: false },
        { from: 'gas/b.ts', to: 'entry/c.ts', typeOnly: true },
        { from: 'ui/bridge.ts', to: 'server.ts', typeOnly: false },
        { from: 'ui/bridge.ts', to: 'server.ts', typeOnly: true },
        { from: 'ui/main.ts', to: 'core/api.ts', typeOnly: false },
        { from: 'entry/x.ts', to: 'gas/y.ts', typeOnly: false },
      ]),
    ).toEqual([
      'src/core/a.ts (core) imports src/gas/b.ts (gas), a layer above it',
      'src/gas/b.ts (gas) imports src/entry/c.ts (entry), a layer above it',
      'src/ui/bridge.ts (ui) imports src/server.ts (server): a page takes only types from the server, through src/ui/bridge.ts',
    ]);
  });

  it('find a cycle, once, however long', () => {
    const files = ['gas/a.ts', 'gas/b.ts', 'gas/c.ts', 'core/d.ts'];
    const imports = [
      { from: 'gas/a.ts', to: 'gas/b.ts', typeOnly: false },
      { from: 'gas/b.ts', to: 'gas/c.ts', typeOnly: false },
      { from: 'gas/c.ts', to: 'gas/a.ts', typeOnly: false },
      { from: 'gas/c.ts', to: 'core/d.ts', typeOnly: false },
    ];
    expect(cycles(files, imports)).toEqual([['gas/a.ts', 'gas/b.ts', 'gas/c.ts', 'gas/a.ts']]);
    expect(cycles(files, imports.slice(1))).toEqual([]);
  });
});

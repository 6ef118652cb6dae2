import type { Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/**
 * zod/mini's schema constructors (`z.object(…)`, `z.string()`, …) build a schema and touch
 * nothing else; zod marks them `@__NO_SIDE_EFFECTS__`, but esbuild does not follow that mark
 * across modules, so it keeps every schema a module defines, used or not. The schemas of
 * src/core/api.ts that only give the replies their types (docs/ARCHITECTURE.md, Server API) would then be
 * built on every call and parsed with dist/Code.js (docs/ARCHITECTURE.md, Service-call budgets). This marks each such
 * call `/* @__PURE__ *\/`, so that esbuild drops a schema nothing uses.
 * https://esbuild.github.io/api/#ignore-annotations
 */
export const ZOD_CONSTRUCTORS: ReadonlySet<string> = new Set([
  'array',
  'boolean',
  'enum',
  'extend',
  'literal',
  'maxLength',
  'minLength',
  'null',
  'nullable',
  'number',
  'object',
  'optional',
  'partialRecord',
  'record',
  'regex',
  'strictObject',
  'string',
  'trim',
  'union',
]);

/** `source` with `/* @__PURE__ *\/` before each call `z.<constructor>(…)`, found in its syntax tree (not in comments or strings). */
export function markZodCallsPure(source: string, fileName = 'source.ts'): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const starts: number[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      ts.isIdentifier(node.expression.expression) &&
      node.expression.expression.text === 'z' &&
      ZOD_CONSTRUCTORS.has(node.expression.name.text)
    ) {
      starts.push(node.getStart(file));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const start of starts.sort((a, b) => b - a)) out = `${out.slice(0, start)}/* @__PURE__ */ ${out.slice(start)}`;
  return out;
}

/** The esbuild plugin: every TypeScript file that imports zod/mini gets its schema constructors marked. */
export const pureZodPlugin: Plugin = {
  name: 'pure-zod',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes("from 'zod/mini'")) return undefined;
      return { contents: markZodCallsPure(source, args.path), loader: 'ts' };
    });
  },
};

/**
 * `npm run build`: validates every ladder file, bundles src/server.ts into dist/Code.js with a
 * top-level function per export, builds each UI page into one self-contained HTML file, copies
 * the dialog templates and the manifest. Fails (exit 1) with file, JSON path and reason on a broken ladder.
 */
import { build, type BuildOptions } from 'esbuild';
import { readFileSync, readdirSync, writeFileSync, mkdirSync, rmSync, existsSync, copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { parseLadder, describeLadderProblems } from '../src/core/ladder/parse';
import { expectedGeneratedFiles, readBuiltinLadders } from './ladderIndex';
import { ladderDataFileName } from '../src/core/ladder/dataFile';
import { pureZodPlugin } from './pureZod';
import { RATING_SCALE_DEFINITION, ratingScaleCss } from '../src/core/ratingScale';

const root = resolve(__dirname, '..');
const dist = join(root, 'dist');
export const GLOBAL_NAME = 'CareerLadder';

export function checkLadderFiles(dir: string): string[] {
  const errors: string[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (e) {
      errors.push(`ladders/${file}: not valid JSON: ${(e as Error).message}`);
      continue;
    }
    const result = parseLadder(json);
    if (!result.ok) errors.push(describeLadderProblems(`ladders/${file}`, result.problems));
    else if (`${result.ladder.id}.json` !== file) errors.push(`ladders/${file}: id: the id "${result.ladder.id}" must match the file name`);
  }
  return errors;
}

/** The names the bundle exports, read by running it in a bare context (it must not touch services when loaded). */
function exportedNames(code: string): string[] {
  const sandbox: Record<string, unknown> = {};
  runInNewContext(`${code}\nthis.__exports = Object.keys(${GLOBAL_NAME});`, sandbox);
  return (sandbox.__exports as string[]).filter((n) => n !== 'default').sort();
}

/**
 * The ES module esbuild wrote, as a script: its body in a function whose result, the object
 * `${GLOBAL_NAME}`, holds the exports (instead of esbuild's iife format, whose export getters and
 * helpers would be parsed on every call too).
 */
export function moduleAsScript(esm: string): string {
  const match = /export\s*\{([^}]*)\};?\s*$/.exec(esm);
  if (!match) throw new Error('src/server.ts: the bundle ends without the export list esbuild writes');
  const exports = match[1]!
    .split(',')
    .map((spec) => spec.trim())
    .filter((spec) => spec !== '')
    .map((spec) => {
      const [local, exported = local] = spec.split(/\s+as\s+/);
      return `${exported}:${local}`;
    });
  return `"use strict";var ${GLOBAL_NAME}=(()=>{${esm.slice(0, match.index)}return{${exports.join(',')}}})();`;
}

/** How a bundle for Apps Script is built: one ES module of plain ES2020, read back by moduleAsScript. */
export const APPS_SCRIPT_BUNDLE = {
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  target: 'es2020',
  legalComments: 'none',
  write: false,
  charset: 'utf8',
} as const satisfies BuildOptions;

async function buildServer(): Promise<{ size: number; functions: string[] }> {
  const result = await build({
    ...APPS_SCRIPT_BUNDLE,
    entryPoints: [join(root, 'src/server.ts')],
    // Apps Script parses the whole file on every call and the budget is 150 KB: minify fully.
    // Error messages are plain strings and survive; top-level stub names are kept by the stubs.
    minify: true,
    plugins: [pureZodPlugin],
  });
  const code = moduleAsScript(result.outputFiles[0]!.text);
  const functions = exportedNames(code);
  for (const name of functions) {
    // Apps Script hides functions ending in "_" from google.script.run and menus.
    if (name.endsWith('_')) throw new Error(`src/server.ts: export "${name}" ends with "_", which Apps Script treats as private`);
  }
  const stubs = functions.map((name) => `function ${name}(...a){return ${GLOBAL_NAME}.${name}(...a)}`).join('\n');
  const out = `// Career Ladder — built by tools/build.ts; do not edit.\n${code}\n${stubs}\n`;
  writeFileSync(join(dist, 'Code.js'), out);
  return { size: Buffer.byteLength(out), functions };
}

/**
 * Each src/ui/<page>/ with page.html + main.ts (+ style.css) becomes dist/<Page>.html with everything inlined;
 * a style sheet that uses `--rating-mark` gets the rating scale's colours in front of it.
 */
async function buildPages(): Promise<Array<{ file: string; size: number }>> {
  const uiDir = join(root, 'src/ui');
  if (!existsSync(uiDir)) return [];
  const pages: Array<{ file: string; size: number }> = [];
  for (const page of readdirSync(uiDir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const dir = join(uiDir, page.name);
    if (!existsSync(join(dir, 'page.html'))) continue;
    const script = await build({
      entryPoints: [join(dir, 'main.ts')],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2019',
      minify: true,
      write: false,
      legalComments: 'none',
    });
    const css = existsSync(join(dir, 'style.css'))
      ? (await build({ entryPoints: [join(dir, 'style.css')], bundle: true, minify: true, write: false, loader: { '.css': 'css' } }))
          .outputFiles[0]!.text
      : '';
    // A page that marks ratings in colour gets the scale's colours as CSS variables (one definition: the rating scale).
    const styles = css.includes('--rating-mark') ? `${ratingScaleCss(RATING_SCALE_DEFINITION)}${css}` : css;
    // "</script" inside inlined code would end the tag early.
    const js = script.outputFiles[0]!.text.replace(/<\/(script)/gi, '<\\/$1');
    const html = readFileSync(join(dir, 'page.html'), 'utf8')
      .replace('<!-- inline:style -->', () => `<style>${styles}</style>`)
      .replace('<!-- inline:script -->', () => `<script>${js}</script>`);
    const name = page.name.charAt(0).toUpperCase() + page.name.slice(1);
    writeFileSync(join(dist, `${name}.html`), html);
    pages.push({ file: `${name}.html`, size: Buffer.byteLength(html) });
  }
  return pages;
}

/**
 * Each src/ui/templates/<Name>.html is copied as is into dist/<Name>.html: the dialogs the
 * server shows through HtmlService.createTemplateFromFile (src/gas/htmlPanels.ts showDialog).
 * Markup in these files is not parsed on every call, as dist/Code.js is (docs/ARCHITECTURE.md, Service-call budgets).
 */
function copyTemplates(): string[] {
  const dir = join(root, 'src/ui/templates');
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();
  for (const file of files) {
    if (existsSync(join(dist, file))) throw new Error(`src/ui/templates/${file}: dist/${file} is already a page of src/ui`);
    copyFileSync(join(dir, file), join(dist, file));
  }
  return files;
}

async function main(): Promise<void> {
  // `--ladders DIR` checks another folder of ladder files (the build test damages a copy).
  const dirFlag = process.argv.indexOf('--ladders');
  const laddersDir = dirFlag > 0 && process.argv[dirFlag + 1] ? resolve(process.argv[dirFlag + 1]!) : join(root, 'ladders');
  const ladderErrors = checkLadderFiles(laddersDir);
  if (ladderErrors.length > 0) {
    console.error(`Build failed: ${ladderErrors.length} ladder file(s) are broken:\n${ladderErrors.join('\n')}`);
    process.exit(1);
  }
  if (laddersDir !== join(root, 'ladders')) {
    console.log(`${laddersDir}: every ladder file is valid`);
    return;
  }
  const stale = expectedGeneratedFiles().filter(({ path, content }) => !existsSync(path) || readFileSync(path, 'utf8') !== content);
  if (stale.length > 0) {
    console.error(
      `Build failed: ${stale.map((f) => f.path.slice(root.length + 1)).join(', ')} out of date with ladders/*.json: run "npm run ladders".`,
    );
    process.exit(1);
  }
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  const server = await buildServer();
  const pages = await buildPages();
  const templates = copyTemplates();
  // The ladders' texts would take the bundle past its 150 KB budget and be parsed on every
  // call; as HTML files of the project they are read only when needed (src/gas/ladderSource.ts).
  for (const ladder of readBuiltinLadders()) writeFileSync(join(dist, `${ladderDataFileName(ladder.id)}.html`), JSON.stringify(ladder));
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  console.log(
    `dist/Code.js ${(server.size / 1024).toFixed(1)} KB, ${server.functions.length} top-level functions: ${server.functions.join(', ')}`,
  );
  for (const p of pages) console.log(`dist/${p.file} ${(p.size / 1024).toFixed(1)} KB`);
  console.log(`dialog templates: ${templates.map((t) => `dist/${t}`).join(', ')}`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}

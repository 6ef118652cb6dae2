/**
 * `npm run contract:build`: bundles the contract suite (contract/appsScript.ts) into
 * contract-dist/Code.js with a top-level `runContractTests()`, beside a manifest with the
 * add-on's own scopes and advanced services, for a throwaway script bound to a scratch
 * spreadsheet (`npm run contract:push`). Never touches dist/, the add-on's bundle.
 * `--out DIR` writes elsewhere (the build test uses a temporary folder).
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { APPS_SCRIPT_BUNDLE, GLOBAL_NAME, moduleAsScript } from './build';

const root = resolve(__dirname, '..');
const ENTRY = 'runContractTests';

export async function buildContracts(out: string): Promise<{ size: number }> {
  if (resolve(out) === join(root, 'dist')) throw new Error('contract:build never writes into dist/, the add-on bundle');
  const result = await build({
    ...APPS_SCRIPT_BUNDLE,
    entryPoints: [join(root, 'contract/appsScript.ts')],
    // Readable: a FAIL is looked into in the Apps Script editor.
    minify: false,
  });
  const code = moduleAsScript(result.outputFiles[0]!.text);
  const out_ = `// Career Ladder contract suite — built by tools/contractBuild.ts; do not edit.\n${code}\nfunction ${ENTRY}(){return ${GLOBAL_NAME}.${ENTRY}()}\n`;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'Code.js'), out_);
  // The add-on's manifest as it is: the contracts run under exactly its scopes and services.
  const manifest = JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(out, 'appsscript.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { size: Buffer.byteLength(out_) };
}

if (require.main === module) {
  const flag = process.argv.indexOf('--out');
  const out = flag > 0 && process.argv[flag + 1] ? resolve(process.argv[flag + 1]!) : join(root, 'contract-dist');
  buildContracts(out)
    .then(({ size }) => console.log(`${out}/Code.js ${(size / 1024).toFixed(1)} KB, entry ${ENTRY}(); ${out}/appsscript.json`))
    .catch((e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    });
}

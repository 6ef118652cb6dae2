import { build } from 'esbuild';
import { join } from 'node:path';

/**
 * The playground page: one HTML file with its script and style inlined, bundled from
 * dev/playground/client/ when the server starts (nothing to build by hand).
 */
export async function playgroundPage(): Promise<string> {
  const dir = join(__dirname, 'client');
  const [script, style] = await Promise.all([
    build({
      entryPoints: [join(dir, 'main.ts')],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      write: false,
      minify: false,
      legalComments: 'none',
    }),
    build({ entryPoints: [join(dir, 'style.css')], bundle: true, write: false, loader: { '.css': 'css' } }),
  ]);
  const js = script.outputFiles[0]!.text.replace(/<\/(script)/gi, '<\\/$1');
  const css = style.outputFiles[0]!.text;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Career Ladder — playground</title>
<style>${css}</style>
</head>
<body>
<div id="app"></div>
<script>${js}</script>
</body>
</html>`;
}

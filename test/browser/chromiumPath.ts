import { existsSync } from 'node:fs';

/**
 * Which Chromium the browser tests drive. Never a browser downloaded at run time:
 * - `CHROMIUM_PATH`, when set, names the binary (and it must exist);
 * - otherwise Debian's `/usr/bin/chromium`, when installed;
 * - otherwise the Chromium shipped inside the `@sparticuz/chromium` dev dependency, which
 *   `npm install` brought with the rest (unpacked once into the system's temp folder).
 * `CAREER_LADDER_BROWSER=npm` skips the first two, to check the npm route on a machine that has both.
 */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export type BrowserChoice = { kind: 'path'; path: string; why: string } | { kind: 'npm'; why: string };

export function chooseBrowser(env: NodeJS.ProcessEnv, exists: (path: string) => boolean = existsSync): BrowserChoice {
  if (env.CAREER_LADDER_BROWSER === 'npm') return { kind: 'npm', why: 'CAREER_LADDER_BROWSER=npm' };
  const named = env.CHROMIUM_PATH?.trim();
  if (named) {
    if (!exists(named)) throw new Error(`CHROMIUM_PATH is ${named}, which does not exist. Unset it to use the Chromium npm installed.`);
    return { kind: 'path', path: named, why: 'CHROMIUM_PATH' };
  }
  if (exists(DEBIAN_CHROMIUM)) return { kind: 'path', path: DEBIAN_CHROMIUM, why: "Debian's chromium package" };
  return { kind: 'npm', why: 'no system Chromium' };
}

/** The environment variable through which jest's global set-up hands the chosen binary to every test worker. */
export const RESOLVED_CHROMIUM = 'CAREER_LADDER_CHROMIUM_RESOLVED';

/** The binary to launch: the chosen path, or the npm one unpacked (a no-op once it is). */
export async function browserExecutable(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const resolved = env[RESOLVED_CHROMIUM];
  if (resolved && existsSync(resolved)) return resolved;
  const choice = chooseBrowser(env);
  if (choice.kind === 'path') return choice.path;
  const { default: shipped } = await import('@sparticuz/chromium');
  // The package's own files only (no URL): nothing is downloaded.
  return shipped.executablePath();
}

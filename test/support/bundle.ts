import { createWorkspace, type WorkspaceOptions } from '../../dev/workspace';
import { addonOver, distHtmlFiles, type LoadedAddon } from '../../dev/addonLoader';

export { DIST, addonOver, bareContext, distHtmlFiles, readDist, type LoadedAddon } from '../../dev/addonLoader';

/**
 * The built dist/Code.js, wired to a fresh in-memory workspace. Each `run` is one Apps Script
 * execution in a context of its own (dev/addonLoader.ts).
 */
export function loadAddon(options: WorkspaceOptions = {}): LoadedAddon {
  const workspace = createWorkspace({ htmlFiles: distHtmlFiles(), ...options });
  return addonOver(workspace);
}

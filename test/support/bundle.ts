import { createWorkspace, type WorkspaceOptions } from '../../dev/workspace';
import { addonOver, distHtmlFiles, type LoadedAddon } from '../../dev/addonLoader';
import { readRefusal, type ReadRefusal } from '../../src/core/messages';

export { DIST, addonOver, bareContext, distHtmlFiles, readDist, type LoadedAddon } from '../../dev/addonLoader';

/**
 * The built dist/Code.js, wired to a fresh in-memory workspace. Each `run` is one Apps Script
 * execution in a context of its own (dev/addonLoader.ts).
 */
export function loadAddon(options: WorkspaceOptions = {}): LoadedAddon {
  const workspace = createWorkspace({ htmlFiles: distHtmlFiles(), ...options });
  return addonOver(workspace);
}

/**
 * What a server function refused with: its code (null when it threw anything but a refusal)
 * and its sentence. Tests decide on the code, as the sidebar does; the sentence is for reading.
 * Fails the test when `fn` throws nothing.
 */
export function refusal(fn: () => unknown): ReadRefusal {
  try {
    fn();
  } catch (error) {
    return readRefusal(error);
  }
  throw new Error('expected the server to refuse, it did not');
}

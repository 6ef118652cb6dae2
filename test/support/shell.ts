import type { Workspace } from '../../dev/workspace';

/**
 * Runs `body` as one Apps Script execution of shell code (src/gas) that is not part of the
 * public API: the workspace's services are globals for its duration, and the modules `body`
 * loads with `jest.requireActual` are fresh (jest.isolateModules), so their per-execution
 * caches start empty, as every execution's do in Google (docs/ARCHITECTURE.md, The in-memory
 * workspace and the playground). At the end the globals are taken away again, locks released
 * and documents saved.
 */
export function shellExecution<T>(workspace: Workspace, body: () => T): T {
  const globals = globalThis as Record<string, unknown>;
  const saved = new Map(Object.keys(workspace.globals).map((name) => [name, globals[name]] as const));
  Object.assign(globalThis, workspace.globals);
  let result: { value: T } | undefined;
  try {
    jest.isolateModules(() => {
      result = { value: body() };
    });
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete globals[name];
      else globals[name] = value;
    }
    workspace.endExecution();
  }
  return result!.value;
}

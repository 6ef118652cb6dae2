import { createWorkspace, type Workspace, type WorkspaceOptions } from '../../dev/workspace';

export const NOW = new Date('2024-05-01T10:00:00Z');

/**
 * A fresh workspace on a fixed clock, with its globals at hand. These tests pin Google's
 * English wording of its exceptions, so they ask for English. Drive is there as the project's
 * manifest enables it (a test passing `advancedServices` without it must not use it).
 */
export function fresh(options: WorkspaceOptions = {}): Workspace & Required<Workspace['globals']> {
  const ws = createWorkspace({ now: () => NOW, errorLanguage: 'en', ...options });
  return Object.assign(ws, ws.globals) as Workspace & Required<Workspace['globals']>;
}

/** Runs `fn` and returns the error it throws (failing the test if it throws none). */
export function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error, none was thrown');
}

import type { SetupResult } from '../../core/api';

/**
 * The set-up dialog's side of a set-up in several runs: each setupCalibration call writes what
 * fits in its time and says how far the whole set-up is (`done`, `progress`); the dialog calls
 * again with the same input until it is done, showing the progress after each call.
 */

export type SetupProgress = SetupResult['progress'];

export function progressText(progress: SetupProgress): string {
  return `Writing PM sheets: ${progress.done} of ${progress.total}…`;
}

/** A call failed after earlier calls had written part of the workbook (kept: calling again goes on). */
export class SetupInterrupted extends Error {
  constructor(
    message: string,
    readonly progress: SetupProgress,
  ) {
    super(message);
    this.name = 'SetupInterrupted';
  }
}

/** Calls that may end without getting further (the team changed meanwhile) before the dialog gives up. */
const STALLED_CALLS = 3;

export async function setUpInRuns(call: () => Promise<SetupResult>, onProgress: (progress: SetupProgress) => void): Promise<SetupResult> {
  let last: SetupProgress | null = null;
  let stalled = 0;
  for (;;) {
    let result: SetupResult;
    try {
      result = await call();
    } catch (error) {
      if (!last) throw error;
      throw new SetupInterrupted(error instanceof Error ? error.message : String(error), last);
    }
    if (result.done) return result;
    stalled = last && result.progress.done <= last.done ? stalled + 1 : 0;
    last = result.progress;
    onProgress(result.progress);
    if (stalled >= STALLED_CALLS) throw new SetupInterrupted('The set-up is not getting any further.', last);
  }
}

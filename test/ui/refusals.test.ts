import { ratingsConflict, workbookBusy, notSetUp, unknownPerson } from '../../src/core/messages';
import { createBridge, ServerError, type ScriptRun } from '../../src/ui/bridge';
import { isConflict, isNotSetUp } from '../../src/ui/sidebar/refusals';

/** A google.script.run whose saveRatings fails as Apps Script reports it: an Error with the message only. */
function failingWith(message: string): () => ScriptRun {
  return () => {
    let onFailure: (error: unknown) => void = () => undefined;
    const runner: ScriptRun = {
      withSuccessHandler: () => runner,
      withFailureHandler: (handler) => {
        onFailure = handler;
        return runner;
      },
      saveRatings: () => onFailure(new Error(message)),
    };
    return runner;
  };
}

async function refusedWith(message: string): Promise<unknown> {
  return createBridge(failingWith(message))
    .saveRatings({ personId: 'p-1', version: 'v0', ratings: [] })
    .then(
      () => null,
      (error: unknown) => error,
    );
}

describe('the sidebar decides on the code of a refusal, never on its words', () => {
  it('knows a conflict by its code, with or without a type prefix, and shows the sentence alone', async () => {
    for (const message of [ratingsConflict().message, `Error: ${ratingsConflict().message}`]) {
      const error = await refusedWith(message);
      expect(isConflict(error)).toBe(true);
      expect((error as ServerError).message).toBe(ratingsConflict().sentence);
    }
  });

  it('knows "not set up" by its code', async () => {
    const error = await refusedWith(notSetUp().message);
    expect(isNotSetUp(error)).toBe(true);
    expect(isConflict(error)).toBe(false);
  });

  it.each([
    ['a busy workbook: trying again is the answer', workbookBusy('saved', null).message],
    ['an unknown PM', unknownPerson('p-9', 'reload the sidebar.').message],
    ['the conflict sentence without its code', ratingsConflict().sentence],
    ['words about someone else changing the ratings', 'Someone else changed these ratings since the form was loaded.'],
  ])('%s is not a conflict', async (_what, message) => {
    expect(isConflict(await refusedWith(message))).toBe(false);
  });

  it('an error that is not a ServerError is neither', () => {
    expect(isConflict(new Error(ratingsConflict().message))).toBe(false);
    expect(isNotSetUp(ratingsConflict())).toBe(false);
  });
});

import { isConflictMessage } from '../../src/ui/sidebar/conflict';
import { CONFLICT_MESSAGE } from '../../src/core/workbook/ratingSave';

describe('recognising a save refused because someone else changed the ratings', () => {
  it('knows the message saveRatings gives for a stale version, with or without an "Error:" prefix', () => {
    expect(isConflictMessage(CONFLICT_MESSAGE)).toBe(true);
    expect(isConflictMessage(`Error: ${CONFLICT_MESSAGE}`)).toBe(true);
  });

  it.each(['someone else has changed the ratings of Ada', 'These ratings changed since you loaded them'])('"%s" is a conflict', (message) =>
    expect(isConflictMessage(message)).toBe(true),
  );

  it.each([
    'Someone else is saving ratings in this workbook right now. Nothing was saved: try again in a moment.',
    '"Great" is not a rating on the scale',
    'There is no PM with the id “p-9” on the Team sheet (they may have been removed): reload the sidebar. Nothing was saved.',
  ])('"%s" is not: trying again is the answer', (message) => expect(isConflictMessage(message)).toBe(false));
});

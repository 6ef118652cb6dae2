import * as messages from '../../src/core/messages';
import { REFUSAL_CODES, Refusal, asSentence, messageOf, readRefusal } from '../../src/core/messages';

const { saveRefused } = messages;

/** Every refusal the catalogue makes, with sample arguments. */
const catalogue: Array<[string, Refusal]> = [
  ['notSetUp', messages.notSetUp()],
  ['ratingsConflict', messages.ratingsConflict()],
  ['workbookBusy', messages.workbookBusy('saved', null)],
  ['unknownPerson', messages.unknownPerson('p-1', 'reload the sidebar.')],
  ['ratingSheetMissing', messages.ratingSheetMissing('Ann', null, ' Nothing was saved.')],
  ['ratingSheetReplaced', messages.ratingSheetReplaced('Ann', 'Ann Lee')],
  ['teamSheetProblems', messages.teamSheetProblems('Team!F3: “Senior” is not a level.')],
  ['invalidInput', messages.invalidInput('The ratings were not saved: choose a person.')],
  ['unknownLadder', messages.unknownLadder('acme', 'intercom-pm-2021')],
  ['noSpreadsheet', messages.noSpreadsheet()],
  ['foreignSheet', messages.foreignSheet('team', 'Team', 'Rename it, then set up again.')],
  ['saveRefused.headersLost', saveRefused.headersLost('Ann', ['Self', 'Peer', 'Manager', 'Evidence'])],
  ['saveRefused.columnBetween', saveRefused.columnBetween('Ann', ['Self', 'Peer', 'Manager', 'Evidence'])],
  ['saveRefused.unknownSubskills', saveRefused.unknownSubskills(['juggling'], 'Ann')],
  ['saveRefused.twoValues', saveRefused.twoValues('Ann’s self rating')],
  ['cycleChange', messages.cycleChange('H1 2026', 'H2 2026')],
  ['cycleExists', messages.cycleExists('H1 2026')],
  ['historyDamaged', messages.historyDamaged('L3', 'must be blank or a rating of the scale')],
  ['notRated', messages.notRated('Ann Lee')],
  ['archiveNeedsConfirmation', messages.archiveNeedsConfirmation(18, 'Ann Lee 18', true)],
  ['cycleClosed', messages.cycleClosed('H1 2026', '2026-06-30T10:00:00.000Z', 'dir@example.com')],
  ['noEmail', messages.noEmail('Ann Lee', 'E4')],
  ['archivedPerson', messages.archivedPerson('Ann Lee')],
];

describe('the catalogue of refusals', () => {
  it.each(catalogue)('%s reads back to its code and a sentence a manager can read', (_name, refusal) => {
    expect(refusal).toBeInstanceOf(Error);
    expect(REFUSAL_CODES).toContain(refusal.code);
    expect(refusal.message).toBe(`[${refusal.code}] ${refusal.sentence}`);
    expect(readRefusal(refusal)).toEqual({ code: refusal.code, message: refusal.sentence });
    expect(refusal.sentence).toMatch(/^[A-Z“].*[.!?]$/s);
  });

  it('gives every code at least one refusal', () => {
    expect(new Set(catalogue.map(([, r]) => r.code))).toEqual(new Set(REFUSAL_CODES));
  });
});

describe('reading an error back', () => {
  it('drops a type prefix Apps Script may add, then the code', () => {
    expect(readRefusal(`Error: ${messages.notSetUp().message}`)).toEqual({ code: 'NOT_SET_UP', message: messages.notSetUp().sentence });
    expect(readRefusal({ message: `Exception: ${messages.ratingsConflict().message}` }).code).toBe('CONFLICT');
  });

  it('gives any other error no code and its text as it came', () => {
    expect(readRefusal(new Error('Exception: «Ŕáñğé ñöţ ƒöûñď»'))).toEqual({ code: null, message: '«Ŕáñğé ñöţ ƒöûñď»' });
    expect(readRefusal('[SOMETHING_ELSE] text')).toEqual({ code: null, message: '[SOMETHING_ELSE] text' });
    expect(readRefusal(undefined)).toEqual({ code: null, message: '' });
    expect(messageOf(42)).toBe('42');
  });

  it('ends a message as a sentence ends, once', () => {
    expect(asSentence('Nothing was saved')).toBe('Nothing was saved.');
    expect(asSentence('Nothing was saved.')).toBe('Nothing was saved.');
    expect(asSentence('Why?')).toBe('Why?');
  });
});

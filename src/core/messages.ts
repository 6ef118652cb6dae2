/**
 * The server's refusals, each with a code, in one catalogue, and the one way to read an error
 * back as words for the manager.
 *
 * A refusal is an Error whose message is its code in brackets, then a sentence:
 * "[NOT_SET_UP] Set up the calibration workbook first (…)". The code rides in the message
 * because the message is all that crosses google.script.run: the failure handler receives an
 * Error built from it (https://developers.google.com/apps-script/guides/html/reference/run#withFailureHandler(Function)),
 * and Google documents no other field of the thrown value that survives the trip. The sidebar's
 * bridge reads the code off the message (readRefusal) and shows the sentence; menu alerts show
 * the sentence (messageOf). Code decides on the code, never on the sentence, and never on the
 * text of Google's own exceptions, which Apps Script words in the user's language
 * (https://developers.google.com/apps-script/api/reference/rest/v1/ExecutionError#FIELDS.error_message).
 */

export const REFUSAL_CODES = [
  /** No Team sheet or settings yet: the manager sets the workbook up first. */
  'NOT_SET_UP',
  /** saveRatings with a stale version: someone else changed the ratings; reload, then save. */
  'CONFLICT',
  /** Another execution holds the document lock: trying again in a moment works. */
  'BUSY',
  /** A person id that is not (or no longer) on the Team sheet. */
  'UNKNOWN_PERSON',
  /** A PM's rating sheet is gone or renamed. */
  'SHEET_MISSING',
  /** The sheet recorded for a PM holds someone else's ratings, or none. */
  'SHEET_REPLACED',
  /** The Team sheet has problems, each named by its cell. */
  'TEAM_PROBLEMS',
  /** An argument of a server function does not have the documented shape. */
  'INVALID_INPUT',
  /** A save that cannot be applied as asked (nothing was written). */
  'SAVE_REFUSED',
  /** A ladder id that is neither built in nor stored in this spreadsheet. */
  'UNKNOWN_LADDER',
  /** A sheet with a name Career Ladder uses, that Career Ladder did not make. */
  'FOREIGN_SHEET',
  /** The script runs outside a spreadsheet (no document lock to take). */
  'NO_SPREADSHEET',
  /** Set-up asked for another cycle label on a workbook that holds ratings: Start next cycle archives them first. */
  'CYCLE_CHANGE',
  /** Start next cycle with a label the workbook already used (the current cycle or one in the History sheet). */
  'CYCLE_EXISTS',
  /** The History sheet holds a cell that does not read back (changed by hand). */
  'HISTORY_DAMAGED',
  /** A set-up that would move ratings to Archived ratings, asked without `confirmArchive: true`. */
  'CONFIRM_ARCHIVE',
  /** A growth plan for a PM with no manager rating: the manager chooses a blank plan explicitly (`blank: true`). */
  'NOT_RATED',
  /** A write while the cycle is closed: reopening it (Career Ladder → Reopen cycle…) allows writes again. */
  'CYCLE_CLOSED',
  /** A review asked of someone the add-on cannot send it to: a PM with no email on the Team sheet. */
  'NO_EMAIL',
  /** A review requested for a PM who left the team (archived on the Team sheet). */
  'ARCHIVED_PERSON',
] as const;

export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** An error the server raises on purpose: `code` is for code, `sentence` for the manager. */
export class Refusal extends Error {
  constructor(
    readonly code: RefusalCode,
    readonly sentence: string,
    options?: { cause?: unknown },
  ) {
    super(`[${code}] ${sentence}`, options);
  }
}

// ---- the catalogue ---------------------------------------------------------------------------

export function archiveNeedsConfirmation(ratings: number, byPerson: string, mostArchived: boolean): Refusal {
  const instead = mostArchived
    ? ' Most ratings would move: to rate against a new ladder, Career Ladder → Start next cycle… keeps this cycle whole in the History sheet first.'
    : '';
  return new Refusal(
    'CONFIRM_ARCHIVE',
    `This set-up would move ${ratings} rating${ratings === 1 ? '' : 's'} to Archived ratings, which calibration does not count (${byPerson}). Confirm to go ahead.${instead} Nothing was changed.`,
  );
}

export function notRated(personName: string): Refusal {
  return new Refusal(
    'NOT_RATED',
    `${personName} has no manager rating yet, so a growth plan has nothing to choose its focus from. Rate ${personName} first, or create a blank plan to fill in together. Nothing was created.`,
  );
}

export function notSetUp(): Refusal {
  return new Refusal('NOT_SET_UP', 'Set up the calibration workbook first (Career Ladder → Set up or refresh the workbook…).');
}

export function ratingsConflict(): Refusal {
  return new Refusal(
    'CONFLICT',
    'Someone else changed these ratings since the form was loaded. Nothing was saved: reload the form to see their changes, then make yours again.',
  );
}

/** The document lock is held by another save or refresh; `outcome` is "saved" or "changed". */
export function workbookBusy(outcome: 'saved' | 'changed', cause: unknown): Refusal {
  return new Refusal(
    'BUSY',
    `Someone else is saving ratings or refreshing this workbook right now. Nothing was ${outcome}: try again in a moment.`,
    { cause },
  );
}

/** `whatNow` ends the sentence: what the manager can do, and what did not happen. */
export function unknownPerson(personId: string, whatNow: string): Refusal {
  return new Refusal(
    'UNKNOWN_PERSON',
    `There is no PM with the id “${personId}” on the Team sheet (they may have been removed, or not refreshed yet): ${whatNow}`,
  );
}

export function ratingSheetMissing(sheetName: string, cause: unknown, afterwards = ''): Refusal {
  return new Refusal(
    'SHEET_MISSING',
    `The rating sheet “${sheetName}” is missing or was renamed: run Career Ladder → Refresh workbook to find or make it again.${afterwards}`,
    { cause },
  );
}

export function ratingSheetReplaced(sheetName: string, personName: string, afterwards = ''): Refusal {
  return new Refusal(
    'SHEET_REPLACED',
    `The sheet “${sheetName}” is not ${personName}’s rating sheet any more: run Career Ladder → Refresh workbook to find it again.${afterwards}`,
  );
}

/** `described`: the Team sheet's problems, one per line, each with its cell. */
export function teamSheetProblems(described: string): Refusal {
  return new Refusal('TEAM_PROBLEMS', described);
}

/** `described`: what was asked, then each problem of the input (see describeInputError). */
export function invalidInput(described: string): Refusal {
  return new Refusal('INVALID_INPUT', described);
}

export function unknownLadder(ladderId: string, known: string): Refusal {
  return new Refusal('UNKNOWN_LADDER', `There is no ladder “${ladderId}”. Choose one of: ${known}.`);
}

/**
 * A sheet named `found` is where Career Ladder's `wanted` sheet would go (Sheets tells sheet
 * names apart ignoring case), and Career Ladder did not make it. `whatNow` ends the message.
 */
export function foreignSheet(found: string, wanted: string, whatNow: string): Refusal {
  const same = found === wanted ? '' : ` (Google Sheets does not tell “${found}” and “${wanted}” apart)`;
  return new Refusal(
    'FOREIGN_SHEET',
    `This spreadsheet already has a sheet named “${found}” that Career Ladder did not make${same}. ${whatNow}`,
  );
}

export function noSpreadsheet(): Refusal {
  return new Refusal(
    'NO_SPREADSHEET',
    'Career Ladder must run from a spreadsheet: open the calibration spreadsheet and use Extensions → Career Ladder there. Nothing was changed.',
  );
}

/** Set-up with a new cycle label would relabel `current`'s ratings as `wanted`'s. */
export function cycleChange(current: string, wanted: string): Refusal {
  return new Refusal(
    'CYCLE_CHANGE',
    `This workbook holds the ratings of “${current}”. To begin “${wanted}”, use Career Ladder → Start next cycle…: it keeps “${current}” in the History sheet, then empties the ratings. Nothing was changed.`,
  );
}

export function cycleExists(cycle: string): Refusal {
  return new Refusal('CYCLE_EXISTS', `This workbook already has a cycle named “${cycle}”: choose another name. Nothing was changed.`);
}

/** `cell`: the History sheet's A1 address; `problem`: what is wrong with it. */
export function historyDamaged(cell: string, problem: string): Refusal {
  return new Refusal(
    'HISTORY_DAMAGED',
    `The History sheet's cell ${cell} ${problem}: put back what it held (Edit → Version history), then try again. Nothing was changed.`,
  );
}

/** `by` is empty when Google does not reveal who closed the cycle. */
export function cycleClosed(cycle: string, closedAt: string, by: string): Refusal {
  const who = by ? ` by ${by}` : '';
  return new Refusal(
    'CYCLE_CLOSED',
    `The cycle “${cycle}” was closed on ${closedAt}${who}. Nothing was changed: to change ratings again, use Career Ladder → Reopen cycle… and give a reason.`,
  );
}

export const saveRefused = {
  headersLost: (personName: string, headers: readonly string[]) =>
    new Refusal(
      'SAVE_REFUSED',
      `${personName}’s rating sheet has lost its ${headers.join(' / ')} headers (row 2): put them back, then save again.`,
    ),
  columnBetween: (personName: string, headers: readonly string[]) =>
    new Refusal(
      'SAVE_REFUSED',
      `${personName}’s rating sheet has a column between ${headers.slice(0, -1).join(', ')} and ${headers[headers.length - 1]}: run Refresh workbook to put the sheet back in order, then save again.`,
    ),
  unknownSubskills: (ids: readonly string[], personName: string) =>
    new Refusal(
      'SAVE_REFUSED',
      `${ids.map((id) => `“${id}”`).join(', ')} ${ids.length === 1 ? 'is not a sub-skill' : 'are not sub-skills'} on ${personName}’s rating sheet. Nothing was saved: run Refresh workbook, reload the form, then save again.`,
    ),
  twoValues: (what: string) => new Refusal('SAVE_REFUSED', `The save gives two different values for ${what}. Nothing was saved.`),
};

/** `cell`: the Team sheet cell where the PM's email belongs. */
export function noEmail(personName: string, cell: string): Refusal {
  return new Refusal(
    'NO_EMAIL',
    `${personName} has no email on the Team sheet (cell Team!${cell}), so the self review cannot be shared with them: type their email there, then request it again. Nothing was sent.`,
  );
}

export function archivedPerson(personName: string): Refusal {
  return new Refusal(
    'ARCHIVED_PERSON',
    `${personName} is archived on the Team sheet (no longer on the team): reviews are requested for current PMs only. Nothing was sent.`,
  );
}

// ---- reading an error back -------------------------------------------------------------------

/** A refusal as read back from an error's text: its code (null for any other error) and its sentence. */
export interface ReadRefusal {
  code: RefusalCode | null;
  message: string;
}

const CODE_MARK = /^\[([A-Z][A-Z_]*)\] /;
/** Apps Script may show an error's type before its message ("Exception: …"); it means nothing to a manager. */
const TYPE_PREFIX = /^(?:Error|Exception|TypeError|RangeError|ReferenceError):\s*/;

function textOf(error: unknown): string {
  if (typeof error === 'string') return error;
  if (typeof error === 'object' && error !== null) {
    // Not `instanceof Error`: an error from a script context or a service is from another realm.
    const message = (error as { message?: unknown }).message;
    if (typeof message === 'string') return message;
  }
  return error === undefined || error === null ? '' : String(error);
}

function isRefusalCode(text: string | undefined): text is RefusalCode {
  return (REFUSAL_CODES as readonly string[]).includes(text ?? '');
}

/** The code and the sentence of any error, thrown here or received over google.script.run. */
export function readRefusal(error: unknown): ReadRefusal {
  const text = textOf(error).replace(TYPE_PREFIX, '').trim();
  const marked = CODE_MARK.exec(text);
  if (!marked || !isRefusalCode(marked[1])) return { code: null, message: text };
  return { code: marked[1], message: text.slice(marked[0].length) };
}

/** What to show the manager for any error: the sentence, without a code or a type prefix. */
export function messageOf(error: unknown): string {
  return readRefusal(error).message;
}

/** A message ending as a sentence does, so that another sentence can follow it. */
export function asSentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

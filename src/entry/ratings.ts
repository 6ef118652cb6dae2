import { parseInput, personIdSchema, saveRatingsInputSchema, type RatingForm, type SaveRatingsResult } from '../core/api';
import { buildRatingForm } from '../core/workbook/ratingForm';
import { unknownPerson } from '../core/messages';
import { savePersonRatings } from '../gas/ratingSheets';
import { readPersonSheet, readTeam, setUpPeople } from '../gas/workbookReader';

/**
 * getRatingForm (docs/ARCHITECTURE.md, Server API): per sub-skill, what is expected at the PM's level and
 * at the next, the current ratings and evidence, and the version saveRatings checks.
 * 7 calls: spreadsheet, Team sheet (2), ladder (2), the PM's sheet (2).
 */
export function getRatingForm(personId: unknown): RatingForm {
  const id = parseInput(personIdSchema, personId, 'The rating form cannot be opened');
  const { settings, ladder, checked } = readTeam();
  const person = setUpPeople(checked).find((p) => p.id === id);
  if (!person) throw unknownPerson(id, 'run Refresh workbook, then reload the sidebar.');
  const { content } = readPersonSheet(person, ladder, false);
  return buildRatingForm({ ladder, settings, person, content });
}

/** saveRatings (docs/ARCHITECTURE.md, Server API): validated first, then saved under the document lock; a stale version is refused. */
export function saveRatings(input: unknown): SaveRatingsResult {
  const request = parseInput(saveRatingsInputSchema, input, 'The ratings were not saved');
  return savePersonRatings(request.personId, request.ratings, request.version);
}

import {
  parseInput,
  personIdSchema,
  saveRatingsInputSchema,
  type InputItemLabel,
  type RatingForm,
  type SaveRatingsResult,
} from '../core/api';
import { buildRatingForm } from '../core/workbook/ratingForm';
import { unknownPerson } from '../core/messages';
import { savePersonRatings } from '../gas/ratingSheets';
import { trendRows } from '../gas/cycleHistory';
import { lastManagerRatings } from '../core/cycles/trend';
import { readPersonSheet, readTeam, setUpPeople } from '../gas/workbookReader';

/**
 * getRatingForm (docs/ARCHITECTURE.md, Server API): per sub-skill, what is expected at the PM's level and
 * at the next, the current ratings and evidence, and the version saveRatings checks.
 * and last cycle's manager ratings. 9 calls: spreadsheet, Team sheet (2), ladder (2), the PM's
 * sheet (2), the History sheet (2; none in the first cycle).
 */
export function getRatingForm(personId: unknown): RatingForm {
  const id = parseInput(personIdSchema, personId, 'The rating form cannot be opened');
  const { settings, ladder, checked } = readTeam();
  const person = setUpPeople(checked).find((p) => p.id === id);
  if (!person) throw unknownPerson(id, 'run Refresh workbook, then reload the sidebar.');
  const { content } = readPersonSheet(person, ladder, false);
  const lastCycle = lastManagerRatings(trendRows(settings), person.id);
  return buildRatingForm({ ladder, settings, person, content, lastCycle });
}

/**
 * Names a refused rating change by its sub-skill, as the sidebar shows it, not by its place in
 * the list. Reads the workbook's ladder only when a save is refused; a workbook that cannot be
 * read names the sub-skill by its id.
 */
function subskillLabel(): InputItemLabel {
  let names: ReadonlyMap<string, string>;
  try {
    names = new Map(readTeam().ladder.areas.flatMap((a) => a.subskills.map((s) => [s.id, s.name] as const)));
  } catch {
    names = new Map();
  }
  return (item) => {
    const id = item !== null && typeof item === 'object' ? (item as { subskillId?: unknown }).subskillId : undefined;
    return typeof id === 'string' ? `sub-skill “${names.get(id) ?? id}”` : null;
  };
}

/** saveRatings (docs/ARCHITECTURE.md, Server API): validated first, then saved under the document lock; a stale version is refused. */
export function saveRatings(input: unknown): SaveRatingsResult {
  const request = parseInput(saveRatingsInputSchema, input, 'The ratings were not saved', subskillLabel);
  return savePersonRatings(request.personId, request.ratings, request.version);
}

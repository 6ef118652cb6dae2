import { RATING_SOURCES, type RatingSource } from '../ratingScale';
import type { PersonRatings, SubskillRatings } from './model';
import { cellText } from './cellText';
import { archivedRating } from './ratingCells';
import { judgeRatingCell, invalidCells } from './ratingValidation';
import { cellsText, type RatingSheetContent } from './ratingSheetRead';

/**
 * A PM sheet as the rest of the product reads it: valid ratings by sub-skill id, each invalid
 * cell listed (so that calibration can refuse to count it), and the archived block.
 * Read without formulas (one call fewer per PM), a formula whose value is a valid rating
 * counts here; validateRatings reads the formulas and reports it.
 */
export function personRatings(personId: string, sheetName: string, content: RatingSheetContent): PersonRatings {
  const bySubskill: Record<string, SubskillRatings> = {};
  for (const row of content.ratingRows) {
    const verdict = (source: RatingSource) => judgeRatingCell(row.cells[source].value, row.cells[source].formula);
    bySubskill[row.subskillId] = {
      subskillId: row.subskillId,
      self: verdict('self').rating,
      peer: verdict('peer').rating,
      manager: verdict('manager').rating,
      notApplicable: RATING_SOURCES.filter((source) => verdict(source).notApplicable),
      evidence: cellText(row.cells.evidence.value),
      invalid: invalidCells(row.cells),
    };
  }
  const archived = content.archived.map((row) => archivedRating(row.subskillId, row.name, cellsText(row.cells)));
  return { personId, sheetName, bySubskill, archived };
}

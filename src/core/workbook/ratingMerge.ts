import type { Ladder } from '../ladder/schema';
import { allSubskills } from '../ladder/query';
import type { ArchivedRating } from './model';
import { archivedRating, isEmptyRatingCells, type RatingCells } from './ratingCells';
import { cellsText, type RatingSheetContent } from './ratingSheetRead';

export interface MergedRatings {
  /** Rating cells for the sub-skills of the ladder, by id. */
  ratings: Map<string, RatingCells>;
  /** The archived ratings block, in order: what was archived before, then what is archived now. */
  archived: ArchivedRating[];
  /** Sub-skills with a rating or evidence, carried to their (possibly moved) row. */
  kept: number;
  /** Ratings moved to the archived block by this refresh (their sub-skill left the ladder, or they sat on no sub-skill's row). */
  archivedNow: number;
  /** Archived ratings moved back because their sub-skill is in the ladder again and its row was empty. */
  restored: number;
}

/**
 * Refresh never loses a rating (docs/ARCHITECTURE.md, Workbook layout). Each sub-skill's cells follow its id to
 * wherever the ladder now puts it; cells of a sub-skill the ladder no longer has move to the
 * archived block; anything typed in a rating or evidence column on a row of no sub-skill is
 * archived too, with the row it was found on. An archived entry the manager emptied is dropped.
 */
export function mergeRatings(ladder: Ladder, content: RatingSheetContent | null): MergedRatings {
  const merged: MergedRatings = { ratings: new Map(), archived: [], kept: 0, archivedNow: 0, restored: 0 };
  if (!content) return merged;
  const inLadder = new Set(allSubskills(ladder).map((s) => s.subskill.id));
  const archivedNow: ArchivedRating[] = [];

  for (const row of content.ratingRows) {
    const cells = cellsText(row.cells);
    if (inLadder.has(row.subskillId)) {
      merged.ratings.set(row.subskillId, cells);
      if (!isEmptyRatingCells(cells)) merged.kept += 1;
    } else if (!isEmptyRatingCells(cells)) {
      archivedNow.push(archivedRating(row.subskillId, row.name || row.subskillId, cells));
    }
  }
  for (const row of content.archived) {
    const cells = cellsText(row.cells);
    if (isEmptyRatingCells(cells)) continue;
    const live = merged.ratings.get(row.subskillId);
    if (row.subskillId !== '' && inLadder.has(row.subskillId) && (!live || isEmptyRatingCells(live))) {
      merged.ratings.set(row.subskillId, cells);
      merged.restored += 1;
      merged.kept += 1;
      continue;
    }
    merged.archived.push(archivedRating(row.subskillId, row.name, cells));
  }
  for (const stray of content.stray) {
    const cells = cellsText(stray.cells);
    const name = stray.name ? `${stray.name} (second copy, row ${stray.row})` : `Found on row ${stray.row}, a row of no sub-skill`;
    archivedNow.push(archivedRating(stray.subskillId, name, cells));
  }
  merged.archived.push(...archivedNow);
  merged.archivedNow = archivedNow.length;
  return merged;
}

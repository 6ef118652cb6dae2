import type { ArchivedRating } from './model';
import { RATING_COLUMNS, type RatingColumnKey } from './ratingColumns';

/**
 * The text of one sub-skill's rating cells exactly as found on a sheet: a rating as typed
 * (valid or not), a formula as its formula text, a number as its digits. Refresh carries these
 * strings over unchanged, so it never loses or "repairs" what a person entered; judging them is
 * validateRatings' job.
 */
export type RatingCells = Record<RatingColumnKey, string>;

/** The keys of `RATING_COLUMNS`, in column order. */
export const RATING_CELL_KEYS: readonly RatingColumnKey[] = /* @__PURE__ */ RATING_COLUMNS.map((c) => c.key);

/** Row 2's text of a column. */
export function ratingHeader(key: RatingColumnKey): string {
  return RATING_COLUMNS.find((c) => c.key === key)?.header ?? key;
}

export function emptyRatingCells(): RatingCells {
  return Object.fromEntries(RATING_CELL_KEYS.map((k) => [k, ''])) as RatingCells;
}

export function isEmptyRatingCells(cells: RatingCells): boolean {
  return RATING_CELL_KEYS.every((k) => cells[k].trim() === '');
}

export function archivedRating(subskillId: string, name: string, cells: RatingCells): ArchivedRating {
  const out = { subskillId, name } as ArchivedRating;
  for (const key of RATING_CELL_KEYS) out[key] = cells[key];
  return out;
}

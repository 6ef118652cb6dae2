import type { RatingSource } from '../ratingScale';
import type { WIDTH } from './sheetStyle';

/**
 * The columns a PM rating sheet adds right of the ladder grid, in order: the one list that the
 * sheet's writer (ratingSheetPlan), reader (ratingSheetRead), saver (ratingSave), checks
 * (ratingValidation), refresh (ratingMerge, workbookRefresh) and the sidebar form (ratingForm)
 * derive their columns from. Adding a column is adding an entry here, and raising
 * `LAYOUT_VERSION` (layoutVersion.ts) so that refresh brings existing sheets up to date; see
 * docs/CHANGING.md.
 *
 * - `rating`: a dropdown of the rating scale; its key is the rating's source, and every cell is
 *   judged as a rating (a paste can bypass the dropdown).
 * - `text`: what a person writes (plain text, so "=…" or "+1555" stays as typed); a formula is reported.
 *
 * Sheets are read by header, never by position: a sheet laid out by an older list (a column
 * fewer, or in another order) still reads back, and refresh rewrites it in this order.
 */
export interface RatingColumnDefinition {
  key: string;
  /** Row 2's text: how readers find the column. */
  header: string;
  kind: 'rating' | 'text';
  /** Its width, by name in sheetStyle's WIDTH (a name, not the number: the sidebar's bundle then leaves WIDTH out). */
  width: keyof typeof WIDTH;
}

export const RATING_COLUMNS = [
  { key: 'self', header: 'Self', kind: 'rating', width: 'rating' },
  { key: 'peer', header: 'Peer', kind: 'rating', width: 'rating' },
  { key: 'manager', header: 'Manager', kind: 'rating', width: 'rating' },
  { key: 'evidence', header: 'Evidence', kind: 'text', width: 'evidence' },
] as const satisfies ReadonlyArray<RatingColumnDefinition & ({ kind: 'rating'; key: RatingSource } | { kind: 'text' })>;

export type RatingColumn = (typeof RATING_COLUMNS)[number];
export type RatingColumnKey = RatingColumn['key'];

/** Every rating source has its column: a source without one makes this `false`, and the line below fails to compile. */
type EverySourceHasAColumn = [Exclude<RatingSource, Extract<RatingColumn, { kind: 'rating' }>['key']>] extends [never] ? true : false;
export type { EverySourceHasAColumn };
true satisfies EverySourceHasAColumn;

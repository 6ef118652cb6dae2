import type { RatingSource } from '../ratingScale';
import { WIDTH } from './sheetStyle';

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
  width: number;
}

export const RATING_COLUMNS = [
  { key: 'self', header: 'Self', kind: 'rating', width: WIDTH.ratingSheetColumn },
  { key: 'peer', header: 'Peer', kind: 'rating', width: WIDTH.ratingSheetColumn },
  { key: 'manager', header: 'Manager', kind: 'rating', width: WIDTH.ratingSheetColumn },
  { key: 'evidence', header: 'Evidence', kind: 'text', width: WIDTH.evidence },
] as const satisfies ReadonlyArray<RatingColumnDefinition & ({ kind: 'rating'; key: RatingSource } | { kind: 'text' })>;

export type RatingColumn = (typeof RATING_COLUMNS)[number];
export type RatingColumnKey = RatingColumn['key'];
/** The text columns' keys ('evidence'). */
export type TextColumnKey = Extract<RatingColumn, { kind: 'text' }>['key'];

/** Every rating source has its column: a source without one fails to compile here. */
type MissingSources = Exclude<RatingSource, Extract<RatingColumn, { kind: 'rating' }>['key']>;
const EVERY_SOURCE_HAS_A_COLUMN: MissingSources extends never ? true : MissingSources = true;
void EVERY_SOURCE_HAS_A_COLUMN;

/** The keys in column order. */
export const RATING_CELL_KEYS: readonly RatingColumnKey[] = RATING_COLUMNS.map((c) => c.key);

export const TEXT_COLUMN_KEYS: readonly TextColumnKey[] = RATING_COLUMNS.flatMap((c) => (c.kind === 'text' ? [c.key] : []));

export const RATING_HEADERS = Object.fromEntries(RATING_COLUMNS.map((c) => [c.key, c.header])) as Readonly<Record<RatingColumnKey, string>>;

/** Columns by key from the first one: the list's order, side by side. */
export function ratingColumnPositions(first: number): Record<RatingColumnKey, number> {
  return Object.fromEntries(RATING_COLUMNS.map((c, i) => [c.key, first + i])) as Record<RatingColumnKey, number>;
}

import type { ArchivedRating } from './model';

/**
 * The text of one sub-skill's rating cells exactly as found on a sheet: a rating as typed
 * (valid or not), a formula as its formula text, a number as its digits. Refresh carries these
 * strings over unchanged, so it never loses or "repairs" what a person entered; judging them is
 * validateRatings' job.
 */
export interface RatingCells {
  self: string;
  peer: string;
  manager: string;
  evidence: string;
}

export const RATING_CELL_KEYS = ['self', 'peer', 'manager', 'evidence'] as const;

export function emptyRatingCells(): RatingCells {
  return { self: '', peer: '', manager: '', evidence: '' };
}

export function isEmptyRatingCells(cells: RatingCells): boolean {
  return RATING_CELL_KEYS.every((k) => cells[k].trim() === '');
}

export function archivedRating(subskillId: string, name: string, cells: RatingCells): ArchivedRating {
  return { subskillId, name, self: cells.self, peer: cells.peer, manager: cells.manager, evidence: cells.evidence };
}

/**
 * A cell as text. getValues() gives numbers, booleans and Dates for cells Sheets parsed; the
 * formula, when there is one, is what the person entered and is kept instead of its result.
 */
export function cellText(value: unknown, formula?: string): string {
  if (formula) return formula;
  if (value === null || value === undefined) return '';
  // Not `instanceof Date`: a Date made by the services may come from another realm.
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const time = (value as Date).getTime();
    return Number.isNaN(time) ? '' : new Date(time).toISOString();
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

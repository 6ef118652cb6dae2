import { NOT_APPLICABLE, RATING_SCALE, isNotApplicable, isRating, type RatingChoice } from '../ratingScale';
import { cellA1 } from '../workbook/a1';
import { cellText } from '../workbook/cellText';
import { formatMarker, parseMarker } from '../workbook/layout';

/**
 * The review file: a spreadsheet of its own, shared with one reviewer, holding only what they
 * need to rate one PM (README, "Self and peer reviews"): the PM's name, level and next level, and
 * per sub-skill the expectations at both levels, a rating cell (a dropdown of the rating scale)
 * and an evidence cell. Nothing about other PMs and no other ratings: the reviewer can open the
 * file, not the workbook.
 *
 *   A (hidden)          B           C           D              E                 F (dropdown)  G
 * 1 review:<requestId>  <title>
 * 2                     <PM · level · next level · cycle>
 * 3                     <how to fill this in>
 * 4 #header             Skill area  Sub-skill   At <level>     At <next level>   Rating        Evidence
 * 5 subskill:<id>       Strategy    Roadmap     …              …                 ▾             …
 *
 * Rows are found back by the markers of column A, never by position.
 */
export const REVIEW_SHEET = 'Review';
export const REVIEW_HEADER_ROW = 4;
export const REVIEW_FIRST_ROW = 5;
export const REVIEW_COLUMNS = { id: 1, area: 2, subskill: 3, current: 4, next: 5, rating: 6, evidence: 7 } as const;
export const REVIEW_LAST_COLUMN = 7;

export type ReviewKind = 'self' | 'peer';

export interface ReviewItem {
  subskillId: string;
  area: string;
  name: string;
  /** What the PM's level expects, and the next level ('' at the top). */
  current: string;
  next: string;
}

export interface ReviewFileInput {
  requestId: string;
  kind: ReviewKind;
  personName: string;
  levelName: string;
  nextLevelName: string | null;
  cycle: string;
  dueDate: string | null;
  items: readonly ReviewItem[];
}

export interface ReviewFilePlan {
  /** The file's name in Drive. */
  name: string;
  /** Every cell of the sheet, rows × REVIEW_LAST_COLUMN, as text. */
  values: string[][];
  /** The rating cells: one column, one row per sub-skill. */
  ratingRows: { first: number; count: number };
}

export function reviewFileName(input: Pick<ReviewFileInput, 'kind' | 'personName' | 'cycle'>): string {
  return `${input.kind === 'self' ? 'Self review' : 'Peer review'}: ${input.personName} (${input.cycle})`;
}

export function reviewFilePlan(input: ReviewFileInput): ReviewFilePlan {
  const width = REVIEW_LAST_COLUMN;
  const row = (cells: Record<number, string>): string[] => Array.from({ length: width }, (_, i) => cells[i + 1] ?? '');
  const next = input.nextLevelName ?? '';
  const who = input.kind === 'self' ? `Your self review, ${input.personName}` : `Peer review of ${input.personName}`;
  const levels = next ? `Level: ${input.levelName} · next level: ${next}` : `Level: ${input.levelName} (the top level)`;
  const due = input.dueDate ? ` Please fill it in by ${input.dueDate}.` : '';
  const subject = input.kind === 'self' ? 'yourself' : input.personName;
  const howTo =
    `How to fill this in: for each sub-skill, read what the level expects (column D; column E is the next level), ` +
    `choose how ${subject} did this cycle in the Rating column from its list, and note the evidence ` +
    `(what happened, with examples) next to it. A rating is measured against the current level: ` +
    `${RATING_SCALE.join(' < ')}; choose ${NOT_APPLICABLE} where the role gave no chance to show it. Leave a row empty if you cannot judge it. Your manager collects ` +
    `this file from Career Ladder; nothing else needs sending.${due}`;
  const values: string[][] = [
    row({ 1: formatReviewMarker(input.requestId), 2: `${who} (${input.cycle})` }),
    row({ 2: levels }),
    row({ 2: howTo }),
    row({
      1: formatMarker({ kind: 'header' }),
      [REVIEW_COLUMNS.area]: 'Skill area',
      [REVIEW_COLUMNS.subskill]: 'Sub-skill',
      [REVIEW_COLUMNS.current]: `At ${input.levelName}`,
      [REVIEW_COLUMNS.next]: next ? `At ${next}` : 'Next level',
      [REVIEW_COLUMNS.rating]: 'Rating',
      [REVIEW_COLUMNS.evidence]: 'Evidence',
    }),
  ];
  for (const item of input.items) {
    values.push(
      row({
        1: formatMarker({ kind: 'subskill', subskillId: item.subskillId }),
        [REVIEW_COLUMNS.area]: item.area,
        [REVIEW_COLUMNS.subskill]: item.name,
        [REVIEW_COLUMNS.current]: item.current,
        [REVIEW_COLUMNS.next]: item.next,
      }),
    );
  }
  return { name: reviewFileName(input), values, ratingRows: { first: REVIEW_FIRST_ROW, count: input.items.length } };
}

/** The request a review file answers, in its A1: a file copied or swapped for another is told apart. */
export function formatReviewMarker(requestId: string): string {
  return `review:${requestId}`;
}

export interface ReturnedRating {
  subskillId: string;
  /** A1 of its rating cell on the review file. */
  cell: string;
  rating: RatingChoice | null;
  evidence: string;
}

export interface ReturnedProblem {
  /** A1 on the review file's sheet. */
  cell: string;
  value: string;
  message: string;
}

export interface ReturnedReview {
  /** The request id the file's A1 names; null when A1 was changed. */
  requestId: string | null;
  /** Rows with a rating on the scale or evidence, by sub-skill; a bad rating keeps its evidence. */
  ratings: ReturnedRating[];
  problems: ReturnedProblem[];
  /** Nothing filled in yet: no rating, no evidence, no problem. */
  empty: boolean;
}

/**
 * Reads a review file back from one getValues() of its sheet. A rating cell holds a word of the
 * scale exactly (a paste bypasses the dropdown, so each cell is judged); anything else is
 * reported by cell and not imported, while the rest of the file is. A sub-skill not in
 * `knownSubskills` (when given) is reported too.
 */
export function readReviewFile(values: readonly unknown[][], knownSubskills: ReadonlySet<string> | null): ReturnedReview {
  const marker = cellText(values[0]?.[0]).trim();
  const requestId = marker.startsWith('review:') ? marker.slice('review:'.length) : null;
  const ratings: ReturnedRating[] = [];
  const problems: ReturnedProblem[] = [];
  const seen = new Set<string>();
  for (let r = REVIEW_FIRST_ROW; r <= values.length; r += 1) {
    const row = values[r - 1] ?? [];
    const m = parseMarker(row[REVIEW_COLUMNS.id - 1]);
    if (m.kind !== 'subskill' || seen.has(m.subskillId)) continue;
    seen.add(m.subskillId);
    const ratingText = cellText(row[REVIEW_COLUMNS.rating - 1]).trim();
    const evidence = cellText(row[REVIEW_COLUMNS.evidence - 1]).trim();
    if (ratingText === '' && evidence === '') continue;
    if (knownSubskills && !knownSubskills.has(m.subskillId)) {
      problems.push({
        cell: cellA1(r, REVIEW_COLUMNS.rating),
        value: ratingText,
        message: `the sub-skill “${m.subskillId}” is no longer on the ladder: not imported`,
      });
      continue;
    }
    let rating: RatingChoice | null = null;
    if (ratingText !== '') {
      if (isRating(ratingText) || isNotApplicable(ratingText)) rating = ratingText;
      else
        problems.push({
          cell: cellA1(r, REVIEW_COLUMNS.rating),
          value: ratingText,
          message: `not on the rating scale (${RATING_SCALE.join(', ')}, or ${NOT_APPLICABLE}): not imported`,
        });
    }
    if (rating !== null || evidence !== '')
      ratings.push({ subskillId: m.subskillId, cell: cellA1(r, REVIEW_COLUMNS.rating), rating, evidence });
  }
  return { requestId, ratings, problems, empty: ratings.length === 0 && problems.length === 0 };
}

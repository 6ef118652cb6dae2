import { isNotApplicable, isRating, type RatingChoice } from '../ratingScale';
import { cellText } from '../workbook/cellText';
import { combinePeerRatings } from './combine';
import type { ReturnedReview, ReviewKind } from './reviewFile';

/**
 * The request register: the hidden sheet "Review requests", one row per review file sent, the
 * one record of what was asked of whom and what came back. Alongside it the sheet "Review
 * details" keeps every reviewer's own ratings and evidence, attributed, as imported; the PM
 * sheet gets only the Self rating and the combined Peer rating.
 *
 * A row keeps the PM sheet's cells of its column (Self or Peer) as they were when the request
 * was made, and what its last import wrote there: a cell that holds neither has been typed by
 * hand since, and is left alone (a conflict, reported).
 */
export const REQUESTS_SHEET = 'Review requests';
export const DETAILS_SHEET = 'Review details';

export const REVIEW_STATUSES = ['sent', 'returned', 'imported', 'problems'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const REQUEST_HEADERS = [
  'Request',
  'PM id',
  'Kind',
  'Reviewer',
  'Email',
  'File id',
  'Link',
  'Status',
  'Requested at',
  'Imported at',
  'Cells at request',
  'Cells written',
] as const;

export interface ReviewRequest {
  requestId: string;
  personId: string;
  kind: ReviewKind;
  reviewer: string;
  email: string;
  fileId: string;
  url: string;
  status: ReviewStatus;
  /** ISO times; importedAt '' until imported. */
  requestedAt: string;
  importedAt: string;
  /** Sub-skill id → the PM sheet's cell of this kind's column when the request was made. */
  atRequest: Record<string, string>;
  /** Sub-skill id → what the last import wrote to that cell. */
  written: Record<string, string>;
}

function record(text: string): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(parsed)) if (typeof v === 'string') out[k] = v;
    return out;
  } catch {
    return {};
  }
}

export function requestRow(r: ReviewRequest): string[] {
  return [
    r.requestId,
    r.personId,
    r.kind,
    r.reviewer,
    r.email,
    r.fileId,
    r.url,
    r.status,
    r.requestedAt,
    r.importedAt,
    JSON.stringify(r.atRequest),
    JSON.stringify(r.written),
  ];
}

/** The register's rows below its header; a row that does not read back (changed by hand) is skipped. */
export function readRequests(values: readonly unknown[][]): ReviewRequest[] {
  const out: ReviewRequest[] = [];
  for (const row of values.slice(1)) {
    const at = (i: number) => cellText(row[i]).trim();
    const kind = at(2);
    const status = REVIEW_STATUSES.find((s) => s === at(7));
    if (!at(0) || !at(5) || (kind !== 'self' && kind !== 'peer') || !status) continue;
    out.push({
      requestId: at(0),
      personId: at(1),
      kind,
      reviewer: at(3),
      email: at(4),
      fileId: at(5),
      url: at(6),
      status,
      requestedAt: at(8),
      importedAt: at(9),
      atRequest: record(at(10)),
      written: record(at(11)),
    });
  }
  return out;
}

export const DETAIL_HEADERS = [
  'Request',
  'PM id',
  'PM',
  'Kind',
  'Reviewer',
  'Email',
  'Sub-skill id',
  'Sub-skill',
  'Rating',
  'Evidence',
  'Imported at',
] as const;

export interface ReviewDetail {
  requestId: string;
  personId: string;
  personName: string;
  kind: ReviewKind;
  reviewer: string;
  email: string;
  subskillId: string;
  subskillName: string;
  rating: string;
  evidence: string;
  importedAt: string;
}

export function detailRow(d: ReviewDetail): string[] {
  return [
    d.requestId,
    d.personId,
    d.personName,
    d.kind,
    d.reviewer,
    d.email,
    d.subskillId,
    d.subskillName,
    d.rating,
    d.evidence,
    d.importedAt,
  ];
}

export function readDetails(values: readonly unknown[][]): ReviewDetail[] {
  const out: ReviewDetail[] = [];
  for (const row of values.slice(1)) {
    const at = (i: number) => cellText(row[i]).trim();
    const kind = at(3);
    if (!at(0) || (kind !== 'self' && kind !== 'peer')) continue;
    out.push({
      requestId: at(0),
      personId: at(1),
      personName: at(2),
      kind,
      reviewer: at(4),
      email: at(5),
      subskillId: at(6),
      subskillName: at(7),
      rating: at(8),
      evidence: at(9),
      importedAt: at(10),
    });
  }
  return out;
}

/** The request's rows replaced by what its file holds now (a re-collected file replaces its earlier rows). */
export function replaceDetails(details: readonly ReviewDetail[], requestId: string, fresh: readonly ReviewDetail[]): ReviewDetail[] {
  return [...details.filter((d) => d.requestId !== requestId), ...fresh];
}

/** The PM sheet's cells an import may change, by sub-skill, as read now. */
export interface PersonCells {
  self: string;
  peer: string;
  evidence: string;
}

export interface CellWrite {
  subskillId: string;
  column: 'self' | 'peer' | 'evidence';
  value: string;
}

export interface ImportConflict {
  subskillId: string;
  current: string;
  incoming: string;
}

export interface ImportPlan {
  writes: CellWrite[];
  conflicts: ImportConflict[];
  /** Sub-skill id → the value the import leaves in the kind's column (for the register). */
  written: Record<string, string>;
}

/** How a self review's evidence goes into the PM sheet's Evidence cell: marked as the PM's own words. */
export function selfEvidenceText(evidence: string): string {
  return `Self review: ${evidence}`;
}

/**
 * What importing one returned file writes on the PM sheet.
 * - self: the Self cell gets the rating; the Evidence cell gets the PM's evidence (added under
 *   what is there, once).
 * - peer: the Peer cell gets the combination of every peer's rating imported for that PM
 *   (`details`, this file's rows included).
 * A cell is changed only when it still holds what it held at the request or what an earlier
 * import wrote (`expected`); anything else was typed by hand and stays (a conflict). Manager
 * cells are never among the writes.
 */
export function planImport(input: {
  kind: ReviewKind;
  personId: string;
  review: ReturnedReview;
  cells: ReadonlyMap<string, PersonCells>;
  /** Sub-skill id → the values the cell may hold and still be the add-on's to change. */
  expected: ReadonlyMap<string, ReadonlySet<string>>;
  details: readonly ReviewDetail[];
}): ImportPlan {
  const plan: ImportPlan = { writes: [], conflicts: [], written: {} };
  const column = input.kind;
  const incoming = new Map<string, string>();
  if (input.kind === 'self') {
    for (const r of input.review.ratings) if (r.rating) incoming.set(r.subskillId, r.rating);
  } else {
    const bySubskill = new Map<string, RatingChoice[]>();
    for (const d of input.details) {
      if (d.personId !== input.personId || d.kind !== 'peer' || !(isRating(d.rating) || isNotApplicable(d.rating))) continue;
      bySubskill.set(d.subskillId, [...(bySubskill.get(d.subskillId) ?? []), d.rating]);
    }
    for (const [subskillId, ratings] of bySubskill) {
      const combined = combinePeerRatings(ratings);
      if (combined) incoming.set(subskillId, combined);
    }
  }
  for (const [subskillId, value] of incoming) {
    const cells = input.cells.get(subskillId);
    if (!cells) continue;
    const current = cells[column].trim();
    if (current === value) {
      plan.written[subskillId] = value;
      continue;
    }
    if (!(input.expected.get(subskillId)?.has(current) ?? current === '')) {
      plan.conflicts.push({ subskillId, current, incoming: value });
      continue;
    }
    plan.writes.push({ subskillId, column, value });
    plan.written[subskillId] = value;
  }
  if (input.kind === 'self') {
    for (const r of input.review.ratings) {
      const cells = input.cells.get(r.subskillId);
      if (!cells || r.evidence === '') continue;
      const added = selfEvidenceText(r.evidence);
      if (cells.evidence.includes(added)) continue;
      plan.writes.push({
        subskillId: r.subskillId,
        column: 'evidence',
        value: cells.evidence.trim() ? `${cells.evidence}\n${added}` : added,
      });
    }
  }
  return plan;
}

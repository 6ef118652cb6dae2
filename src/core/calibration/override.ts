import { RATING_SCALE, type Rating } from '../ratingScale';

/**
 * The manager's override of the overall rating, as typed into the Calibration sheet. The
 * ladder documents call the rules "guidance, rather than applied in an iron clad way"
 * (intercom-pm-2021), so the manager may set the overall rating, and must say why.
 */
export interface StoredOverride {
  personId: string;
  /** The PM's name as the sheet showed it (kept for PMs no longer on the team). */
  name: string;
  /** The override cell as typed ('' when blank). */
  value: string;
  /** The reason cell as typed ('' when blank). */
  reason: string;
  /** The sheet row it was read from (1-based), when read from the sheet. */
  row?: number;
  /** The "Meeting notes" cell as typed (layout 3; absent or '' when blank). */
  notes?: string;
  /** The "Discuss" cell as typed (layout 3; absent or '' when blank). */
  discuss?: string;
}

/** A Discuss cell marks the PM for the meeting unless blank or a plain no (a checkbox reads TRUE / FALSE). */
export function isDiscussMark(typed: string | undefined): boolean {
  const text = (typed ?? '').trim().toLowerCase();
  return text !== '' && text !== 'false' && text !== 'no' && text !== 'n';
}

export type ParsedOverride =
  | { kind: 'none' }
  | { kind: 'rating'; rating: Rating }
  /** Typed or pasted text that is not on the scale: not counted, flagged, kept as typed. */
  | { kind: 'invalid'; value: string };

function normalise(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Reads an override cell. Case and spacing are forgiven ("exceeds" is Exceeds); other text is invalid. */
export function parseOverride(value: string): ParsedOverride {
  const wanted = normalise(value);
  if (wanted === '') return { kind: 'none' };
  const rating = RATING_SCALE.find((r) => normalise(r) === wanted);
  return rating ? { kind: 'rating', rating } : { kind: 'invalid', value: value.trim() };
}

/** What a calibration flag and a validation report say about an override. */
export function overrideProblem(override: ParsedOverride, reason: string): string | null {
  if (override.kind === 'invalid') {
    return `Override "${override.value}" is not on the rating scale, so it is not counted: choose one of ${RATING_SCALE.join(', ')}`;
  }
  if (override.kind === 'rating' && reason.trim() === '') {
    return `Override to ${override.rating} without a reason: write why in the "Reason for override" column`;
  }
  return null;
}

import * as z from 'zod/mini';
import type { Rating, RatingSource } from '../ratingScale';
import { CALIBRATION_SOURCES } from '../calibration/calibrationSources';
import type { RatingColumnKey } from './ratingColumns';

/**
 * The workbook as the product reads it back: what the Team sheet and the PM rating sheets
 * hold, by id. Every feature that reads ratings (sidebar, calibration, docs) works on these
 * shapes; src/gas/workbookReader.ts builds them from the sheets in a few batched reads.
 */

/** Stored in document properties (small: well under the 9 KB per-value limit). */
export const workbookSettingsSchema = z.object({
  ladderId: z.string().check(z.minLength(1)),
  cycle: z.string().check(z.minLength(1)),
  /** Email of the manager who set the workbook up (Session.getActiveUser), '' when unknown. */
  manager: z.string(),
  /** ISO time of the last set-up or refresh. */
  updatedAt: z.string(),
  /** The last column of the PM rating sheets (Evidence): lets a save read a sheet without loading the ladder. */
  lastRatingColumn: z.optional(z.number()),
  /** The layout the workbook's sheets were written with (layoutVersion.ts); absent: 1. */
  layoutVersion: z.optional(z.number()),
  /** Which ratings the calibration roll-up counts (calibration/areaRating.ts); absent: the manager's only. */
  calibrationSources: z.optional(z.enum(CALIBRATION_SOURCES)),
  /** The newest cycle Start next cycle archived into the History sheet; absent until one is (then nothing needs reading it). */
  lastArchivedCycle: z.optional(z.string()),
  /** Set while the cycle is closed (cycles/closing.ts): when, by whom ('' when Google does not say) and the note. */
  closed: z.optional(z.object({ at: z.string(), by: z.string(), note: z.string() })),
});
export type WorkbookSettings = z.infer<typeof workbookSettingsSchema>;

export interface PersonRecord {
  /** Stable id (e.g. "p-3f9c1a"), kept in a hidden column of the Team sheet and the PM's sheet. */
  id: string;
  name: string;
  email: string;
  /** Level id of the workbook's ladder. */
  level: string;
  /** Level id or ''. */
  targetLevel: string;
  growthPlanUrl: string;
  careerPlanUrl: string;
  /** The PM's rating sheet name. */
  sheetName: string;
  /** Dropped from the team: the sheet is kept and marked archived. */
  archived: boolean;
}

/** A rating cell that could not be counted (not on the scale, a formula, ...). */
export interface InvalidRatingCell {
  source: RatingSource;
  /** A1 address on the PM's sheet. */
  cell: string;
  value: string;
  message: string;
}

export interface SubskillRatings {
  subskillId: string;
  self: Rating | null;
  peer: Rating | null;
  manager: Rating | null;
  /** Sources whose cell says Not applicable (their rating above is null). */
  notApplicable: RatingSource[];
  evidence: string;
  invalid: InvalidRatingCell[];
}

/** A rating kept because its sub-skill left the ladder (never dropped: docs/ARCHITECTURE.md, Workbook layout). */
export type ArchivedRating = {
  subskillId: string;
  /** The sub-skill's name when it was archived. */
  name: string;
} & Record<RatingColumnKey, string>;

export interface PersonRatings {
  personId: string;
  sheetName: string;
  /** Sub-skill id -> ratings, for every sub-skill row of the sheet. */
  bySubskill: Record<string, SubskillRatings>;
  archived: ArchivedRating[];
}

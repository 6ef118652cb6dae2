import * as z from 'zod/mini';

/**
 * The rating scale: the one definition of every rating the add-on offers, in this file only.
 * Everything else that depends on the scale is derived from it: the dropdowns of the PM and
 * Calibration sheets, the sidebar's choices and colour marks (CSS variables written by the
 * build), the Calibration sheet's colours, its distribution table and chart range, and the
 * 9-box thresholds. Adding a rating is adding its name to `RATING_SCALE`; the compiler then
 * asks for its colours in the `Record<Rating, …>` maps below (docs/CHANGING.md walks through it).
 * The colours are separate maps, not fields of one object, so that a bundle keeps only the
 * colours it uses (the sidebar's marks are in no server code, the sheet fills in no page).
 *
 * The default scale, lowest to highest, is Intercom's "How we use this career ladder to assess
 * performance" (intercom-pm-2021). Each rating is relative to the expectations of the PM's
 * current level.
 */
export const RATING_SCALE = [
  'Needs Immediate Improvement',
  'Stronger Performance Needed',
  'Successfully Meets',
  'Exceeds',
  'Exceptional',
] as const;

export type Rating = (typeof RATING_SCALE)[number];
export const ratingSchema = z.enum(RATING_SCALE);

/**
 * A choice beside the scale, not on it: the ladder allows that context "may dictate whether or
 * not you've been able to demonstrate some of the sub-skills" (intercom-pm-2021). Distinct from
 * blank: a sub-skill the manager marks Not applicable does not count towards its area and is not
 * missing. Offered wherever a rating is chosen (sheets, sidebar); never an overall rating.
 */
export const NOT_APPLICABLE = 'Not applicable';
export type NotApplicable = typeof NOT_APPLICABLE;
/** What a rating cell may hold: a rating of the scale, or Not applicable. */
export const RATING_CHOICES = [...RATING_SCALE, NOT_APPLICABLE] as const;
export type RatingChoice = (typeof RATING_CHOICES)[number];
export const ratingChoiceSchema = z.enum(RATING_CHOICES);

export function isNotApplicable(value: unknown): value is NotApplicable {
  return value === NOT_APPLICABLE;
}

/** The rating that means "as expected at the PM's level": the middle of every roll-up. */
export const MEETS: Rating = 'Successfully Meets';

/**
 * A rating's fill on the Calibration sheet: light tints, so black text stays readable, red at
 * the bottom through green at Meets to blue at the top; lower-case #rrggbb, as Sheets stores colours.
 */
export const RATING_SHEET_FILLS: Readonly<Record<Rating, string>> = {
  'Needs Immediate Improvement': '#f4c7c3',
  'Stronger Performance Needed': '#fce8b2',
  'Successfully Meets': '#d9ead3',
  Exceeds: '#b7e1cd',
  Exceptional: '#c9daf8',
};

/** A rating's mark in the sidebar (the left border of its dropdown): a stronger shade of the same hue. */
export const RATING_SIDEBAR_MARKS: Readonly<Record<Rating, string>> = {
  'Needs Immediate Improvement': '#e06666',
  'Stronger Performance Needed': '#f6b26b',
  'Successfully Meets': '#93c47d',
  Exceeds: '#6aa84f',
  Exceptional: '#3c78d8',
};

/** The scale as one value, for the pure functions that derive from it (`scaleTables`, `ratingScaleCss`). */
export interface RatingScaleDefinition<R extends string = string> {
  /** Lowest first. */
  names: readonly R[];
  meets: R;
  sheetFills: Readonly<Record<R, string>>;
  sidebarMarks: Readonly<Record<R, string>>;
}

export const RATING_SCALE_DEFINITION: RatingScaleDefinition<Rating> = {
  names: RATING_SCALE,
  meets: MEETS,
  sheetFills: RATING_SHEET_FILLS,
  sidebarMarks: RATING_SIDEBAR_MARKS,
};

export const RATING_SOURCES = ['self', 'peer', 'manager'] as const;
export const ratingSourceSchema = z.enum(RATING_SOURCES);
export type RatingSource = z.infer<typeof ratingSourceSchema>;

/** 0 for the lowest rating upwards; "Successfully Meets" is 2 on the default scale. */
export function ratingStep(rating: Rating): number {
  return RATING_SCALE.indexOf(rating);
}

export function isRating(value: unknown): value is Rating {
  return typeof value === 'string' && (RATING_SCALE as readonly string[]).includes(value);
}

/** The step of the "meets expectations" rating. */
export const MEETS_STEP = /* @__PURE__ */ ratingStep(MEETS);

/**
 * Everything derived from a scale, as plain data. Taking the definition as a parameter lets a
 * test derive the tables of another scale (six ratings, another middle) and check that they follow.
 */
export interface ScaleTables<R extends string = string> {
  names: readonly R[];
  meetsStep: number;
  /** Calibration sheet fill by rating name. */
  sheetFills: Readonly<Record<R, string>>;
  /**
   * The 9-box axis thresholds on the mean of rating steps, in half steps so that no rounding
   * decides a box: high above `2·meets + 1` half steps (nearer the rating above Meets than Meets
   * itself), low below `2·meets − 1`, medium in between (a half-way mean is no consistent evidence).
   */
  nineBox: { lowBelowHalfSteps: number; highAboveHalfSteps: number };
  /** Rows of the Calibration sheet's distribution table: header, one per rating, Incomplete, Total. */
  distributionRows: number;
}

export function scaleTables<R extends string>(scale: Omit<RatingScaleDefinition<R>, 'sidebarMarks'>): ScaleTables<R> {
  const names = scale.names;
  const meetsStep = names.indexOf(scale.meets);
  return {
    names,
    meetsStep,
    sheetFills: scale.sheetFills,
    nineBox: { lowBelowHalfSteps: 2 * meetsStep - 1, highAboveHalfSteps: 2 * meetsStep + 1 },
    distributionRows: names.length + 3,
  };
}

/**
 * The sidebar's colour marks as CSS: the variable `--rating-mark`, set per step on the
 * `data-step` attribute the sidebar puts on a rating's dropdown. The build puts this in front of
 * the sidebar's style sheet, which only says where the mark goes.
 */
export function ratingScaleCss<R extends string>(scale: RatingScaleDefinition<R>): string {
  return scale.names.map((name, step) => `[data-step='${step}']{--rating-mark:${scale.sidebarMarks[name]}}`).join('');
}

/** The tables of the add-on's scale (built without the sidebar's marks, which no server code needs). */
export const SCALE = /* @__PURE__ */ scaleTables({ names: RATING_SCALE, meets: MEETS, sheetFills: RATING_SHEET_FILLS });

import { SCALE, type Rating } from '../ratingScale';
import type { AxisScore } from './nineBox';

/**
 * Background colours of the Calibration sheet: light tints, so black text stays readable. A
 * rating's own colour comes from the rating scale (src/core/ratingScale.ts), red at the bottom
 * through green at Successfully Meets to blue at the top. Lower-case #rrggbb, as Sheets stores colours.
 */
export const RATING_COLOURS = SCALE.sheetFills;

export const COLOURS = {
  plain: '#ffffff',
  header: '#e8eaed',
  incomplete: '#efefef',
  /** A cell that holds something not counted (an override not on the scale). */
  problem: '#ea9999',
  flagged: '#fff2cc',
  kept: '#f3f3f3',
  /** An overall rating up since last cycle. */
  trendUp: '#d9ead3',
} as const;

/** 9-box cells: greener towards high results and behaviours, redder towards low. */
export function nineBoxColour(results: AxisScore, behaviours: AxisScore): string {
  const score = (s: AxisScore) => (s === 'low' ? 0 : s === 'medium' ? 1 : 2);
  const total = score(results) + score(behaviours);
  return ['#f4c7c3', '#fce8b2', '#fff2cc', '#d9ead3', '#b7e1cd'][total] as string;
}

export function ratingColour(rating: Rating | null): string {
  return rating === null ? COLOURS.incomplete : RATING_COLOURS[rating];
}

import type { Rating } from '../ratingScale';
import type { AxisScore } from './nineBox';

/**
 * Background colours of the Calibration sheet: light tints, so black text stays readable,
 * from red (Needs Immediate Improvement) through green (Successfully Meets) to blue
 * (Exceptional). Lower-case #rrggbb, as Sheets stores colours.
 */
export const RATING_COLOURS: Record<Rating, string> = {
  'Needs Immediate Improvement': '#f4c7c3',
  'Stronger Performance Needed': '#fce8b2',
  'Successfully Meets': '#d9ead3',
  Exceeds: '#b7e1cd',
  Exceptional: '#c9daf8',
};

export const COLOURS = {
  plain: '#ffffff',
  header: '#e8eaed',
  incomplete: '#efefef',
  /** A cell that holds something not counted (an override not on the scale). */
  problem: '#ea9999',
  flagged: '#fff2cc',
  kept: '#f3f3f3',
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

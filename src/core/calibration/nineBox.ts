import type { CalibrationAxis } from '../ladder/schema';
import { ratingStep } from '../ratingScale';
import type { AreaRating } from './areaRating';

/**
 * The 9-box (DESIGN.md section 4): results on one axis, behaviours on the other, each from
 * the areas the ladder marks with that axis.
 *
 * An axis score is the **mean** of its areas' rating steps (0 = Needs Immediate Improvement
 * .. 2 = Successfully Meets .. 4 = Exceptional). An axis has few areas (one to four in the
 * built-in ladders), too few for a median to say much, and each area rating is already a
 * median of its sub-skills, so the mean lets every area count once.
 * - **high**: mean above 2.5, i.e. nearer Exceeds than Successfully Meets;
 * - **low**: mean below 1.5, i.e. nearer Stronger Performance Needed than Successfully Meets;
 * - **medium**: anything from 1.5 to 2.5: a half-way mean goes to the middle, as in the area
 *   rule, because it is not consistent evidence either way.
 * An axis with an incomplete area, or with no area at all, has no score, and the PM no box.
 */
export type AxisScore = 'low' | 'medium' | 'high';
export const AXIS_SCORES: readonly AxisScore[] = ['low', 'medium', 'high'];

export function axisScore(areas: readonly AreaRating[], axis: CalibrationAxis): AxisScore | null {
  const onAxis = areas.filter((a) => a.axis === axis);
  if (onAxis.length === 0 || onAxis.some((a) => a.rating === null)) return null;
  const sum = onAxis.reduce((total, a) => total + ratingStep(a.rating ?? 'Successfully Meets'), 0);
  // Compared in whole numbers (mean > 2.5 ⇔ 2·sum > 5·n) so that no rounding decides a box.
  if (2 * sum > 5 * onAxis.length) return 'high';
  if (2 * sum < 3 * onAxis.length) return 'low';
  return 'medium';
}

/**
 * The nine boxes, named by what a calibration meeting discusses about the people in them.
 * Keyed by results score, then behaviours score.
 */
export const NINE_BOX_NAMES: Record<AxisScore, Record<AxisScore, string>> = {
  high: { high: 'Role model', medium: 'High achiever', low: 'Results at a cost' },
  medium: { high: 'Culture carrier', medium: 'Solid contributor', low: 'Behaviours to develop' },
  low: { high: 'Results to develop', medium: 'Falling short on results', low: 'Needs immediate support' },
};

export interface NineBoxPlacement {
  results: AxisScore | null;
  behaviours: AxisScore | null;
  /** The box's name, or null when either axis has no score. */
  box: string | null;
}

export function nineBox(areas: readonly AreaRating[]): NineBoxPlacement {
  const results = axisScore(areas, 'results');
  const behaviours = axisScore(areas, 'behaviours');
  return { results, behaviours, box: results && behaviours ? NINE_BOX_NAMES[results][behaviours] : null };
}

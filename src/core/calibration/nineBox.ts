import type { CalibrationAxis } from '../ladder/schema';
import { SCALE, ratingStep, type ScaleTables } from '../ratingScale';
import type { AreaRating } from './areaRating';

/**
 * The 9-box (docs/ARCHITECTURE.md, Rating rules): results on one axis, behaviours on the other, each from
 * the areas the ladder marks with that axis.
 *
 * An axis score is the **mean** of its areas' rating steps (0 for the lowest rating upwards;
 * Successfully Meets is 2 on the default scale). An axis has few areas (one to four in the
 * built-in ladders), too few for a median to say much, and each area rating is already a
 * median of its sub-skills, so the mean lets every area count once. The thresholds sit half a
 * step either side of Meets (`ScaleTables.nineBox`, derived from the scale):
 * - **high**: mean above Meets + ½ (2.5 on the default scale), i.e. nearer Exceeds than Meets;
 * - **low**: mean below Meets − ½ (1.5), i.e. nearer the rating below Meets than Meets;
 * - **medium**: anything in between: a half-way mean goes to the middle, as in the area
 *   rule, because it is not consistent evidence either way.
 * An axis with an incomplete area, or with no area at all, has no score, and the PM no box.
 */
export type AxisScore = 'low' | 'medium' | 'high';
export const AXIS_SCORES: readonly AxisScore[] = ['low', 'medium', 'high'];

export function axisScore(areas: readonly AreaRating[], axis: CalibrationAxis): AxisScore | null {
  const onAxis = areas.filter((a) => a.axis === axis);
  const steps = onAxis.flatMap((a) => (a.rating === null ? [] : [ratingStep(a.rating)]));
  if (onAxis.length === 0 || steps.length < onAxis.length) return null;
  return axisScoreOfSteps(steps);
}

/** The score of a mean of steps, by the thresholds of `scale`. */
export function axisScoreOfSteps(steps: readonly number[], scale: Pick<ScaleTables, 'nineBox'> = SCALE): AxisScore {
  const sum = steps.reduce((total, s) => total + s, 0);
  // Compared in whole numbers (mean > 2.5 ⇔ 2·sum > 5·n) so that no rounding decides a box.
  if (2 * sum > scale.nineBox.highAboveHalfSteps * steps.length) return 'high';
  if (2 * sum < scale.nineBox.lowBelowHalfSteps * steps.length) return 'low';
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

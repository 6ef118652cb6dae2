import { ratingStep, type Rating } from '../ratingScale';
import { MEETS_STEP, type AreaRating } from './areaRating';

/**
 * The overall rating computed from the area ratings, following the rule the ladder documents
 * give (intercom-pm-2021, "How we use this career ladder to assess performance"):
 *
 *   "If you are consistently meeting the expectations of each skill area, this generally
 *   equates to a 'Successfully Meets' rating. If your performance against multiple skill
 *   areas consistently matches the expectations for the level above your current role, this
 *   generally equates to an 'Exceeds' or 'Exceptional' rating. Similarly if your performance
 *   against multiple skill areas falls short of the expectations for your level, this
 *   generally equates to an 'Stronger Performance Needed' or 'Needs Immediate Improvement'."
 *
 * An area is **above** when rated Exceeds or Exceptional (ratings are relative to the PM's
 * current level, so Exceeds means matching the level above) and **short** when rated
 * Stronger Performance Needed or Needs Immediate Improvement.
 *
 * - **several** = 2 areas: the documents say "multiple", the smallest multiple is two; on a
 *   ladder with a single area, that area.
 * - **most** = more than half of the areas, and always more than "several" needs, so that
 *   both grades stay reachable: on a three-area ladder "more than half" is two, the same as
 *   "several", and every PM above in two areas would be Exceptional and none Exceeds. On a
 *   ladder of one or two areas breadth cannot tell the two grades apart: the roll-up stops at
 *   Exceeds / Stronger Performance Needed and the manager overrides with a reason.
 *
 * The rule, in order:
 * 1. Any area incomplete → no overall rating (incomplete): the overall is "a summary of
 *    performance in each of the skill areas", so it needs every one of them.
 * 2. Several above and several short → Successfully Meets, marked mixed: the documents' rule
 *    points both ways, the ratings cancel out, and the manager decides (override with a reason).
 * 3. Several short → Needs Immediate Improvement when most are short, else Stronger
 *    Performance Needed.
 * 4. Several above → Exceptional when most are above, else Exceeds.
 * 5. Otherwise (at most one area off either way) → Successfully Meets: "generally".
 */
export interface OverallRoll {
  /** null when incomplete. */
  rating: Rating | null;
  above: number;
  short: number;
  areas: number;
  /** Several areas above and several short at once (rule 2). */
  mixed: boolean;
  /** Names of the incomplete areas. */
  incompleteAreas: string[];
}

export function severalAreas(areaCount: number): number {
  return Math.min(2, areaCount);
}

/** May exceed `areaCount`: then that grade cannot come from the roll-up (see above). */
export function mostAreas(areaCount: number): number {
  return Math.max(Math.floor(areaCount / 2) + 1, severalAreas(areaCount) + 1);
}

export function overallRating(areas: readonly AreaRating[]): OverallRoll {
  const incompleteAreas = areas.filter((a) => a.rating === null).map((a) => a.areaName);
  const steps = areas.flatMap((a) => (a.rating === null ? [] : [ratingStep(a.rating)]));
  const above = steps.filter((s) => s > MEETS_STEP).length;
  const short = steps.filter((s) => s < MEETS_STEP).length;
  const base = { above, short, areas: areas.length, mixed: false, incompleteAreas };
  if (areas.length === 0 || incompleteAreas.length > 0) return { ...base, rating: null };
  const several = severalAreas(areas.length);
  const most = mostAreas(areas.length);
  if (above >= several && short >= several) return { ...base, mixed: true, rating: 'Successfully Meets' };
  if (short >= several) return { ...base, rating: short >= most ? 'Needs Immediate Improvement' : 'Stronger Performance Needed' };
  if (above >= several) return { ...base, rating: above >= most ? 'Exceptional' : 'Exceeds' };
  return { ...base, rating: 'Successfully Meets' };
}

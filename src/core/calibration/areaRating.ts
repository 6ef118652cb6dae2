import type { Area, Ladder } from '../ladder/schema';
import { MEETS_STEP, RATING_SCALE, ratingStep, type Rating } from '../ratingScale';
import type { PersonRatings } from '../workbook/model';
import { CALIBRATION_SOURCES, DEFAULT_CALIBRATION_SOURCES, type CalibrationSources } from './calibrationSources';

/**
 * The rating of one skill area, rolled up from the manager ratings of its sub-skills
 * (docs/ARCHITECTURE.md, Rating rules).
 *
 * - Only manager ratings count: they are the reviewed outcome of self, peer and manager
 *   input (intercom-pm-2021, "How we use this career ladder to assess performance").
 * - Blank cells and invalid cells (not on the scale, formulas, ...) are left out.
 * - A sub-skill the manager marked **Not applicable** is left out of its area altogether (not
 *   rated, not missing); an area where every sub-skill is, says so and has no rating.
 * - Fewer than half of the sub-skills rated means the area is **incomplete**: no rating at all,
 *   never a number computed from too little.
 * - Otherwise the area rating is the **median** of the counted ratings: the ladder speaks of
 *   performance that "consistently" meets (or exceeds, or falls short of) the expectations, so
 *   the area takes the rating most of its sub-skills show and one outlying sub-skill cannot move
 *   it. With an even count the median lies between the two middle ratings; a half step is
 *   rounded towards Successfully Meets, because a half-and-half split is not consistent
 *   evidence of performing above or below the level.
 */
export interface AreaRating {
  areaId: string;
  areaName: string;
  axis: Area['axis'];
  /** null when incomplete. */
  rating: Rating | null;
  /** Sub-skills with a counted manager rating. */
  rated: number;
  /** Sub-skills that count: those the area has in the ladder, less those marked Not applicable. */
  total: number;
  /** Sub-skills the manager marked Not applicable: they count neither as rated nor as missing. */
  notApplicable: number;
}

/** An area whose every sub-skill the manager marked Not applicable: no rating, and left out of the overall and the 9-box. */
export function isNotApplicableArea(area: AreaRating): boolean {
  return area.total === 0 && area.notApplicable > 0;
}

export { MEETS_STEP };

/** True when too few sub-skills are rated to say anything: fewer than half of them. */
export function isIncomplete(rated: number, total: number): boolean {
  return total === 0 || rated * 2 < total;
}

/**
 * A step of the rating scale from a value that may sit halfway between two steps: a half step
 * goes towards Successfully Meets (see above); anything else to the nearest step.
 */
export function roundTowardMeets(value: number): number {
  const floor = Math.floor(value);
  if (value - floor === 0.5) return floor + 1 <= MEETS_STEP ? floor + 1 : floor;
  return Math.round(value);
}

/** The median rating of a non-empty list, by the rule above. */
export function medianRating(ratings: readonly Rating[]): Rating {
  if (ratings.length === 0) throw new Error('medianRating needs at least one rating');
  const steps = ratings.map(ratingStep).sort((a, b) => a - b);
  const mid = steps.length / 2;
  const median = steps.length % 2 === 1 ? (steps[Math.floor(mid)] as number) : ((steps[mid - 1] as number) + (steps[mid] as number)) / 2;
  return RATING_SCALE[roundTowardMeets(median)] as Rating;
}

/**
 * Rolls up one area from its sub-skills' counted ratings: one entry per sub-skill, null or []
 * when not rated (a sub-skill counts as rated when any counted source rated it); the median is
 * taken over every counted rating.
 */
export function rollUpArea(area: Area, ratings: ReadonlyArray<Rating | null | readonly Rating[]>, notApplicable = 0): AreaRating {
  const perSubskill = ratings.map((r): readonly Rating[] => (r === null ? [] : typeof r === 'string' ? [r] : r));
  const counted = perSubskill.flat();
  const rated = perSubskill.filter((r) => r.length > 0).length;
  const total = area.subskills.length - notApplicable;
  return {
    areaId: area.id,
    areaName: area.name,
    axis: area.axis,
    rating: isIncomplete(rated, total) ? null : medianRating(counted),
    rated,
    total,
    notApplicable,
  };
}

/** Whether the manager marked a sub-skill Not applicable (the manager's choice decides, whatever the counted sources). */
export function markedNotApplicable(ratings: PersonRatings | undefined, subskillId: string): boolean {
  return ratings?.bySubskill[subskillId]?.notApplicable.includes('manager') ?? false;
}

export { CALIBRATION_SOURCES, DEFAULT_CALIBRATION_SOURCES, type CalibrationSources };

/** The ratings of one sub-skill that the roll-up counts under `sources`. */
export function countedRatings(ratings: PersonRatings | undefined, subskillId: string, sources: CalibrationSources): Rating[] {
  const r = ratings?.bySubskill[subskillId];
  if (!r) return [];
  const counted = [r.manager];
  if (sources === 'manager-and-peer') counted.push(r.peer);
  return counted.filter((x): x is Rating => x !== null);
}

/**
 * Every area of the ladder for one PM. A sub-skill missing from the PM's sheet counts as not
 * rated; the reader already set an invalid cell's rating to null and listed it in `invalid`.
 */
export function areaRatings(
  ladder: Ladder,
  ratings: PersonRatings | undefined,
  sources: CalibrationSources = DEFAULT_CALIBRATION_SOURCES,
): AreaRating[] {
  return ladder.areas.map((area) => {
    const applicable = area.subskills.filter((s) => !markedNotApplicable(ratings, s.id));
    return rollUpArea(
      area,
      applicable.map((s) => countedRatings(ratings, s.id, sources)),
      area.subskills.length - applicable.length,
    );
  });
}

import { NOT_APPLICABLE, RATING_SCALE, isNotApplicable, type RatingChoice } from '../ratingScale';

/**
 * Several peers' ratings of one sub-skill as the one Peer rating of the PM sheet: the median on
 * the scale; with an even number of ratings, the lower of the two middle ones (README, "Self and
 * peer reviews"). The median, because one generous or harsh peer should not move the result; the
 * lower of two, because a rating is a claim about the PM's level that the evidence has to carry,
 * and the manager can still rate higher. A peer's Not applicable is no rating: it counts only
 * when no peer rated the sub-skill at all (then the Peer cell says Not applicable). null when no
 * peer answered it.
 */
export function combinePeerRatings(ratings: readonly RatingChoice[]): RatingChoice | null {
  const onScale = ratings.filter((r) => !isNotApplicable(r));
  if (onScale.length === 0) return ratings.length > 0 ? NOT_APPLICABLE : null;
  const sorted = onScale.map((r) => RATING_SCALE.indexOf(r as (typeof RATING_SCALE)[number])).sort((a, b) => a - b);
  const middle = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return RATING_SCALE[middle] ?? null;
}

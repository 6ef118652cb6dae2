import { RATING_SCALE, type Rating } from '../ratingScale';

/**
 * Several peers' ratings of one sub-skill as the one Peer rating of the PM sheet: the median on
 * the scale; with an even number of ratings, the lower of the two middle ones (README, "Self and
 * peer reviews"). The median, because one generous or harsh peer should not move the result; the
 * lower of two, because a rating is a claim about the PM's level that the evidence has to carry,
 * and the manager can still rate higher. null when no peer rated it.
 */
export function combinePeerRatings(ratings: readonly Rating[]): Rating | null {
  if (ratings.length === 0) return null;
  const sorted = ratings.map((r) => RATING_SCALE.indexOf(r)).sort((a, b) => a - b);
  const middle = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return RATING_SCALE[middle] ?? null;
}

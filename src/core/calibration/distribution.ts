import { RATING_SCALE, type Rating } from '../ratingScale';

/** The team's overall ratings counted per rating, lowest first, plus the PMs without one. */
export interface RatingDistribution {
  rows: Array<{ rating: Rating; count: number }>;
  incomplete: number;
  total: number;
}

export function ratingDistribution(overalls: ReadonlyArray<Rating | null>): RatingDistribution {
  return {
    rows: RATING_SCALE.map((rating) => ({ rating, count: overalls.filter((o) => o === rating).length })),
    incomplete: overalls.filter((o) => o === null).length,
    total: overalls.length,
  };
}

import * as z from 'zod/mini';

/**
 * The default rating scale, lowest to highest, from Intercom's "How we use this career
 * ladder to assess performance" (intercom-pm-2021). Each rating is relative to the
 * expectations of the PM's current level.
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

export const RATING_SOURCES = ['self', 'peer', 'manager'] as const;
export const ratingSourceSchema = z.enum(RATING_SOURCES);
export type RatingSource = z.infer<typeof ratingSourceSchema>;

/** 0 for the lowest rating up to 4; "Successfully Meets" is 2. */
export function ratingStep(rating: Rating): number {
  return RATING_SCALE.indexOf(rating);
}

export function isRating(value: unknown): value is Rating {
  return typeof value === 'string' && (RATING_SCALE as readonly string[]).includes(value);
}

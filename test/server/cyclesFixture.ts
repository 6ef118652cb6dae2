import { findBuiltinLadder } from '../../dev/builtinLadders';
import type { Rating } from '../../src/core/ratingScale';

/** The two-PM team the review-cycle tests rate on the 5-level Intercom ladder. */
export const ladder = findBuiltinLadder('intercom-pm-2021')!;
export const SM: Rating = 'Successfully Meets';
export const EX: Rating = 'Exceeds';
export const TEAM = [
  { name: 'Ada Park', level: 'pm' },
  { name: 'Ben Ortiz', level: 'senior-pm' },
];
export const firstSubskill = ladder.areas[0]!.subskills[0]!.id;

import type { AreaRating } from '../../../src/core/calibration/areaRating';
import { mostAreas, overallRating, severalAreas } from '../../../src/core/calibration/overallRating';
import type { Rating } from '../../../src/core/ratingScale';
import { EX, EXC, NII, SM, SPN } from './fixtures';

const areas = (...ratings: Array<Rating | null>): AreaRating[] =>
  ratings.map((rating, i) => ({ areaId: `a${i}`, areaName: `Area ${i + 1}`, axis: 'results', rating, rated: rating ? 3 : 0, total: 3 }));

describe('overall rating from the area ratings (intercom-pm-2021 rule)', () => {
  it('meeting each area is Successfully Meets', () => {
    expect(overallRating(areas(SM, SM, SM, SM, SM)).rating).toBe(SM);
  });

  it('one area off either way is still Successfully Meets ("generally")', () => {
    expect(overallRating(areas(EXC, SM, SM, SM, SM)).rating).toBe(SM);
    expect(overallRating(areas(NII, SM, SM, SM, SM)).rating).toBe(SM);
    expect(overallRating(areas(EX, SPN, SM, SM, SM))).toMatchObject({ rating: SM, mixed: false });
  });

  it('several (two) areas at the level above is Exceeds; most of them is Exceptional', () => {
    expect(overallRating(areas(EX, EX, SM, SM, SM)).rating).toBe(EX);
    expect(overallRating(areas(EXC, EXC, SM, SM, SM)).rating).toBe(EX);
    expect(overallRating(areas(EX, EX, EX, SM, SM)).rating).toBe(EXC);
    expect(overallRating(areas(EXC, EX, EX, EX, EXC)).rating).toBe(EXC);
  });

  it('several areas short is Stronger Performance Needed; most of them is Needs Immediate Improvement', () => {
    expect(overallRating(areas(SPN, SPN, SM, SM, SM)).rating).toBe(SPN);
    expect(overallRating(areas(NII, NII, SM, SM, EX)).rating).toBe(SPN);
    expect(overallRating(areas(SPN, SPN, SPN, SM, SM)).rating).toBe(NII);
    expect(overallRating(areas(SPN, NII, SPN, SM, EX)).rating).toBe(NII);
  });

  it('several above and several short at once is Successfully Meets, marked mixed for the manager', () => {
    expect(overallRating(areas(EX, EX, SPN, SPN, SM))).toMatchObject({ rating: SM, mixed: true, above: 2, short: 2 });
    expect(overallRating(areas(EXC, EXC, EXC, NII, NII))).toMatchObject({ rating: SM, mixed: true });
  });

  it('is incomplete, not a number, while any area is incomplete', () => {
    const roll = overallRating(areas(EX, EX, EX, null, SM));
    expect(roll.rating).toBeNull();
    expect(roll.incompleteAreas).toEqual(['Area 4']);
    expect(overallRating([]).rating).toBeNull();
  });
});

describe('"several" and "most"', () => {
  it('several is two areas (one on a one-area ladder); most is more than half and more than several', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(severalAreas)).toEqual([1, 2, 2, 2, 2, 2, 2, 2]);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(mostAreas)).toEqual([2, 3, 3, 3, 3, 4, 4, 5]);
  });

  it('keeps Exceeds reachable on a three-area ladder', () => {
    expect(overallRating(areas(EX, EX, SM)).rating).toBe(EX);
    expect(overallRating(areas(EX, EX, EX)).rating).toBe(EXC);
    expect(overallRating(areas(SPN, SPN, SM)).rating).toBe(SPN);
    expect(overallRating(areas(SPN, SPN, NII)).rating).toBe(NII);
  });

  it('stops at Exceeds / Stronger Performance Needed on one- and two-area ladders (the manager overrides)', () => {
    expect(overallRating(areas(EXC)).rating).toBe(EX);
    expect(overallRating(areas(NII)).rating).toBe(SPN);
    expect(overallRating(areas(SM)).rating).toBe(SM);
    expect(overallRating(areas(EXC, EXC)).rating).toBe(EX);
    expect(overallRating(areas(EX, SM)).rating).toBe(SM);
  });
});

import type { AreaRating } from '../../../src/core/calibration/areaRating';
import { overallOfSteps, overallRating, severalAreas } from '../../../src/core/calibration/overallRating';
import { RATING_SCALE, ratingStep, type Rating } from '../../../src/core/ratingScale';
import { EX, EXC, NII, SM, SPN } from './fixtures';

const areas = (...ratings: Array<Rating | null>): AreaRating[] =>
  ratings.map((rating, i) => ({
    areaId: `a${i}`,
    areaName: `Area ${i + 1}`,
    axis: 'results',
    rating,
    rated: rating ? 3 : 0,
    total: 3,
    notApplicable: 0,
  }));

describe('overall rating: the points rule', () => {
  it('meeting each area is Successfully Meets; one area a step off either way too ("generally")', () => {
    expect(overallRating(areas(SM, SM, SM, SM, SM))).toMatchObject({ rating: SM, points: 0 });
    expect(overallRating(areas(EX, SM, SM, SM, SM)).rating).toBe(SM);
    expect(overallRating(areas(SPN, SM, SM, SM, SM)).rating).toBe(SM);
    expect(overallRating(areas(EX, SPN, SM, SM, SM))).toMatchObject({ rating: SM, mixed: false });
  });

  it('one area at Exceptional alone is not "multiple areas" above: Successfully Meets', () => {
    expect(overallRating(areas(EXC, SM, SM, SM, SM))).toMatchObject({ rating: SM, points: 2 });
  });

  it('three areas at Exceeds with none at Exceptional is Exceeds, not Exceptional', () => {
    expect(overallRating(areas(EX, EX, EX, SM, SM)).rating).toBe(EX);
    expect(overallRating(areas(EX, EX, EX)).rating).toBe(EX);
    expect(overallRating(areas(EX, EX, EX, EX, EX)).rating).toBe(EX);
  });

  it('Exceptional needs several areas at Exceptional, points of at least the area count, and none short', () => {
    expect(overallRating(areas(EXC, EXC, EX, SM, SM))).toMatchObject({ rating: EXC, points: 5 });
    expect(overallRating(areas(EXC, EXC, SM, SM, SM))).toMatchObject({ rating: EX, points: 4 });
    expect(overallRating(areas(EXC, EXC, EXC, EX, SPN)).rating).toBe(EX);
  });

  it('three areas at Stronger Performance Needed with none at Needs Immediate Improvement is Stronger Performance Needed', () => {
    expect(overallRating(areas(SPN, SPN, SPN, SM, SM)).rating).toBe(SPN);
    expect(overallRating(areas(SPN, SPN, SPN)).rating).toBe(SPN);
    expect(overallRating(areas(SPN, SPN, SM, SM, SM)).rating).toBe(SPN);
  });

  it('Needs Immediate Improvement needs several areas there, points of at most minus the area count, and none above', () => {
    expect(overallRating(areas(NII, NII, SPN, SM, SM))).toMatchObject({ rating: NII, points: -5 });
    expect(overallRating(areas(NII, NII, SM, SM, SM)).rating).toBe(SPN);
    expect(overallRating(areas(NII, NII, NII, NII, EXC)).rating).toBe(SPN);
  });

  it('any area at Needs Immediate Improvement rules out Successfully Meets and above, however strong the rest', () => {
    expect(overallRating(areas(NII, SM, SM, SM, SM)).rating).toBe(SPN);
    expect(overallRating(areas(EXC, EXC, EXC, EXC, NII)).rating).toBe(SPN);
  });

  it('several above and several short is marked mixed; the points decide the grade', () => {
    expect(overallRating(areas(EX, EX, SPN, SPN, SM))).toMatchObject({ rating: SM, mixed: true, above: 2, short: 2 });
    expect(overallRating(areas(EXC, EXC, SPN, SPN, SM))).toMatchObject({ rating: EX, mixed: true, points: 2 });
    expect(overallRating(areas(EXC, EXC, EXC, SPN, SPN))).toMatchObject({ rating: EX, mixed: true });
  });

  it('is incomplete, not a number, while any area is incomplete', () => {
    const roll = overallRating(areas(EX, EX, EX, null, SM));
    expect(roll.rating).toBeNull();
    expect(roll.incompleteAreas).toEqual(['Area 4']);
    expect(overallRating([]).rating).toBeNull();
  });

  it('several is two areas, one on a one-area ladder, where every grade stays reachable', () => {
    expect([1, 2, 3, 4, 5, 6].map(severalAreas)).toEqual([1, 2, 2, 2, 2, 2]);
    expect(RATING_SCALE.map((r) => overallRating(areas(r)).rating)).toEqual([...RATING_SCALE]);
    expect(overallRating(areas(EXC, EXC)).rating).toBe(EXC);
    expect(overallRating(areas(EX, SM)).rating).toBe(SM);
  });
});

/** A small deterministic generator, so that a failure reproduces. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('overall rating is monotonic', () => {
  it('raising any one area rating never lowers the overall (random ladders of 1 to 8 areas)', () => {
    const next = random(20261204);
    const top = RATING_SCALE.length - 1;
    let checked = 0;
    for (let run = 0; run < 5000; run += 1) {
      const n = 1 + Math.floor(next() * 8);
      const steps = Array.from({ length: n }, () => Math.floor(next() * RATING_SCALE.length));
      const i = Math.floor(next() * n);
      if ((steps[i] as number) === top) continue;
      const raised = steps.map((s, j) => (j === i ? s + 1 + Math.floor(next() * (top - s)) : s));
      expect(ratingStep(overallOfSteps(raised))).toBeGreaterThanOrEqual(ratingStep(overallOfSteps(steps)));
      checked += 1;
    }
    expect(checked).toBeGreaterThan(3000);
  });

  it('every grade is reached on a five-area ladder', () => {
    const seen = new Set<Rating>();
    const next = random(7);
    for (let run = 0; run < 3000; run += 1) seen.add(overallOfSteps(Array.from({ length: 5 }, () => Math.floor(next() * 5))));
    expect([...seen].sort((a, b) => ratingStep(a) - ratingStep(b))).toEqual([...RATING_SCALE]);
  });
});

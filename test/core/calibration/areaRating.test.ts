import { areaRatings, isIncomplete, medianRating, rollUpArea, roundTowardMeets } from '../../../src/core/calibration/areaRating';
import { EX, EXC, NII, SM, SPN, fiveAreas, ladderOf, ratingsOf } from './fixtures';

const areaOf = (subskills: number) => ladderOf([{ id: 'craft', axis: 'results', subskills }]).areas[0]!;

describe('area rating: the median of the manager ratings of its sub-skills', () => {
  it('takes the rating most sub-skills show: one outlier does not move the area', () => {
    expect(rollUpArea(areaOf(3), [SM, SM, EXC]).rating).toBe(SM);
    expect(rollUpArea(areaOf(3), [NII, EX, EX]).rating).toBe(EX);
    expect(rollUpArea(areaOf(5), [SPN, SPN, SPN, EXC, EXC]).rating).toBe(SPN);
  });

  it('leaves blanks out instead of counting them as low', () => {
    const area = rollUpArea(areaOf(4), [EX, null, EX, SM]);
    expect(area).toMatchObject({ rating: EX, rated: 3, total: 4 });
  });

  it('rounds a half step between the two middle ratings towards Successfully Meets', () => {
    expect(medianRating([SM, EX])).toBe(SM);
    expect(medianRating([SPN, SM])).toBe(SM);
    expect(medianRating([EX, EXC])).toBe(EX);
    expect(medianRating([NII, SPN])).toBe(SPN);
    expect(medianRating([SPN, EX])).toBe(SM);
    expect(medianRating([EX, EX, SM, EXC])).toBe(EX);
  });

  it('rounds to the nearest step, ties towards the middle of the scale', () => {
    expect([0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4].map(roundTowardMeets)).toEqual([0, 1, 1, 2, 2, 2, 3, 3, 4]);
  });
});

describe('area rating: incomplete when fewer than half the sub-skills are rated', () => {
  it('gives no rating at all from too few ratings', () => {
    expect(rollUpArea(areaOf(5), [EXC, EXC, null, null, null])).toMatchObject({ rating: null, rated: 2, total: 5 });
    expect(rollUpArea(areaOf(1), [null]).rating).toBeNull();
    expect(rollUpArea(areaOf(3), [null, null, null]).rating).toBeNull();
  });

  it('rates an area with exactly half or more of its sub-skills rated', () => {
    expect(rollUpArea(areaOf(5), [EXC, EXC, EXC, null, null]).rating).toBe(EXC);
    expect(rollUpArea(areaOf(2), [SPN, null]).rating).toBe(SPN);
    expect(rollUpArea(areaOf(6), [SM, SM, EX, null, null, null]).rating).toBe(SM);
  });

  it('states the threshold as a rule', () => {
    expect([0, 1, 2, 3].map((rated) => isIncomplete(rated, 5))).toEqual([true, true, true, false]);
    expect([0, 1, 2].map((rated) => isIncomplete(rated, 4))).toEqual([true, true, false]);
    expect(isIncomplete(0, 0)).toBe(true);
  });
});

describe('area ratings of a PM', () => {
  it('does not count a cell the reader could not read, nor a sub-skill missing from the sheet', () => {
    const ladder = fiveAreas();
    const ratings = ratingsOf(ladder, 'p1', {
      insight: [
        EX,
        { manager: null, invalid: [{ source: 'manager', cell: 'H5', value: 'Great', message: 'not on the rating scale' }] },
        EX,
      ],
      strategy: [SM, SM, SM],
    });
    delete ratings.bySubskill['strategy-3'];
    const areas = areaRatings(ladder, ratings);
    expect(areas.find((a) => a.areaId === 'insight')).toMatchObject({ rating: EX, rated: 2, total: 3 });
    expect(areas.find((a) => a.areaId === 'strategy')).toMatchObject({ rating: SM, rated: 2, total: 3 });
    expect(areas.find((a) => a.areaId === 'execution')).toMatchObject({ rating: null, rated: 0 });
  });

  it('counts only manager ratings, not self or peer ones', () => {
    const ladder = ladderOf([{ id: 'craft', axis: 'results', subskills: 2 }]);
    const ratings = ratingsOf(ladder, 'p1', {
      craft: [
        { self: EXC, manager: null },
        { self: EXC, manager: null },
      ],
    });
    expect(areaRatings(ladder, ratings)[0]?.rating).toBeNull();
  });

  it('treats a PM without a rating sheet as not rated', () => {
    expect(areaRatings(fiveAreas(), undefined).every((a) => a.rating === null && a.rated === 0)).toBe(true);
  });
});

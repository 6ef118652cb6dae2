import type { AreaRating } from '../../../src/core/calibration/areaRating';
import { AXIS_SCORES, NINE_BOX_NAMES, axisScore, nineBox } from '../../../src/core/calibration/nineBox';
import type { Rating } from '../../../src/core/ratingScale';
import { EX, EXC, NII, SM, SPN } from './fixtures';

const area = (axis: 'results' | 'behaviours', rating: Rating | null, i = 0): AreaRating => ({
  areaId: `${axis}-${i}`,
  areaName: `${axis} ${i}`,
  axis,
  rating,
  rated: rating ? 2 : 0,
  total: 2,
  notApplicable: 0,
});
const results = (...ratings: Array<Rating | null>) => ratings.map((r, i) => area('results', r, i));
const behaviours = (...ratings: Array<Rating | null>) => ratings.map((r, i) => area('behaviours', r, i));

describe('9-box axis scores: the mean step of the axis areas', () => {
  it('is high above 2.5, low below 1.5, medium from 1.5 to 2.5', () => {
    expect(axisScore(results(EX), 'results')).toBe('high');
    expect(axisScore(results(SM), 'results')).toBe('medium');
    expect(axisScore(results(SPN), 'results')).toBe('low');
    expect(axisScore(results(EX, EX, SM), 'results')).toBe('high'); // 2.67
    expect(axisScore(results(EX, SM), 'results')).toBe('medium'); // 2.5
    expect(axisScore(results(EX, EX, SM, SM), 'results')).toBe('medium'); // 2.5
    expect(axisScore(results(SPN, SM), 'results')).toBe('medium'); // 1.5
    expect(axisScore(results(SPN, SPN, SM), 'results')).toBe('low'); // 1.33
    expect(axisScore(results(EXC, SPN), 'results')).toBe('medium'); // 2.5
    expect(axisScore(results(EXC, EXC, NII), 'results')).toBe('high'); // 2.67
  });

  it('reads only the areas of its own axis', () => {
    const areas = [...results(EXC, EXC), ...behaviours(NII)];
    expect(axisScore(areas, 'results')).toBe('high');
    expect(axisScore(areas, 'behaviours')).toBe('low');
  });

  it('has no score while one of its areas is incomplete, or when the ladder has no area on it', () => {
    expect(axisScore(results(EX, null), 'results')).toBeNull();
    expect(axisScore(results(EX), 'behaviours')).toBeNull();
  });
});

describe('9-box placement', () => {
  it('names nine different boxes', () => {
    const names = AXIS_SCORES.flatMap((r) => AXIS_SCORES.map((b) => NINE_BOX_NAMES[r][b]));
    expect(new Set(names).size).toBe(9);
  });

  it('places a PM by results and behaviours', () => {
    expect(nineBox([...results(EX, EX), ...behaviours(EX)])).toEqual({ results: 'high', behaviours: 'high', box: 'Role model' });
    expect(nineBox([...results(EX, EXC), ...behaviours(SPN)])).toEqual({ results: 'high', behaviours: 'low', box: 'Results at a cost' });
    expect(nineBox([...results(SM, SM), ...behaviours(EXC)])).toEqual({ results: 'medium', behaviours: 'high', box: 'Culture carrier' });
    expect(nineBox([...results(SM), ...behaviours(SM)]).box).toBe('Solid contributor');
    expect(nineBox([...results(NII, SPN), ...behaviours(SPN)]).box).toBe('Needs immediate support');
  });

  it('gives no box when an axis has no score', () => {
    expect(nineBox([...results(EX, null), ...behaviours(EX)])).toEqual({ results: null, behaviours: 'high', box: null });
  });
});

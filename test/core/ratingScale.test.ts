import { axisScoreOfSteps } from '../../src/core/calibration/nineBox';
import {
  MEETS_STEP,
  RATING_SCALE,
  RATING_SCALE_DEFINITION,
  SCALE,
  ratingScaleCss,
  scaleTables,
  type RatingScaleDefinition,
} from '../../src/core/ratingScale';

/**
 * The rating scale is one definition (src/core/ratingScale.ts); everything that depends on it is
 * derived. A sixth rating is added to a copy of the definition and every derived table follows:
 * the distribution table and its chart range, the 9-box thresholds, the sheet fills and the
 * sidebar's CSS. docs/CHANGING.md lists the files such a change touches.
 */
const SIX = {
  names: [...RATING_SCALE.slice(0, 4), 'Far Exceeds', 'Exceptional'],
  meets: 'Successfully Meets',
  sheetFills: { ...RATING_SCALE_DEFINITION.sheetFills, 'Far Exceeds': '#a4c2f4' },
  sidebarMarks: { ...RATING_SCALE_DEFINITION.sidebarMarks, 'Far Exceeds': '#6d9eeb' },
} satisfies RatingScaleDefinition;

/** A scale with a new rating at the bottom: Meets moves up a step, and the thresholds with it. */
const SIX_BELOW = {
  names: ['Unsatisfactory', ...RATING_SCALE],
  meets: 'Successfully Meets',
  sheetFills: { ...RATING_SCALE_DEFINITION.sheetFills, Unsatisfactory: '#e6b8af' },
  sidebarMarks: { ...RATING_SCALE_DEFINITION.sidebarMarks, Unsatisfactory: '#cc0000' },
} satisfies RatingScaleDefinition;

describe('the rating scale', () => {
  it("derives today's figures from today's definition", () => {
    expect(SCALE.names).toEqual(RATING_SCALE);
    expect(MEETS_STEP).toBe(2);
    // Mean above 2.5 is high, below 1.5 low (in half steps: 5 and 3).
    expect(SCALE.nineBox).toEqual({ lowBelowHalfSteps: 3, highAboveHalfSteps: 5 });
    // Header, five ratings, Incomplete, Total: B9:D16, the chart over B9:C15, the table's header on row 18.
    expect(SCALE.distributionRows).toBe(8);
    expect(SCALE.sheetFills).toEqual({
      'Needs Immediate Improvement': '#f4c7c3',
      'Stronger Performance Needed': '#fce8b2',
      'Successfully Meets': '#d9ead3',
      Exceeds: '#b7e1cd',
      Exceptional: '#c9daf8',
    });
    expect(ratingScaleCss(RATING_SCALE_DEFINITION)).toBe(
      "[data-step='0']{--rating-mark:#e06666}[data-step='1']{--rating-mark:#f6b26b}[data-step='2']{--rating-mark:#93c47d}" +
        "[data-step='3']{--rating-mark:#6aa84f}[data-step='4']{--rating-mark:#3c78d8}",
    );
  });

  it('follows a sixth rating everywhere: distribution rows, fills, sidebar marks; the thresholds stay around Meets', () => {
    const six = scaleTables(SIX);
    expect(six.names).toHaveLength(6);
    expect(six.distributionRows).toBe(9);
    expect(six.sheetFills['Far Exceeds']).toBe('#a4c2f4');
    expect(six.nineBox).toEqual(SCALE.nineBox);
    expect(ratingScaleCss(SIX)).toContain("[data-step='4']{--rating-mark:#6d9eeb}[data-step='5']{--rating-mark:#3c78d8}");
  });

  it('moves the 9-box thresholds with Meets when a rating is added below it', () => {
    const below = scaleTables(SIX_BELOW);
    expect(below.meetsStep).toBe(3);
    expect(below.nineBox).toEqual({ lowBelowHalfSteps: 5, highAboveHalfSteps: 7 });
    // Two areas at Meets and Exceeds (steps 3 and 4 here): mean 3.5, half-way, so medium, as 2 and 3 are on today's scale.
    expect(axisScoreOfSteps([3, 4], below)).toBe('medium');
    expect(axisScoreOfSteps([2, 3], SCALE)).toBe('medium');
    expect(axisScoreOfSteps([4, 4], below)).toBe('high');
    expect(axisScoreOfSteps([2, 2], below)).toBe('low');
    // The same steps on today's scale mean something else: thresholds are not a fixed 1.5 / 2.5.
    expect(axisScoreOfSteps([2, 2], SCALE)).toBe('medium');
  });
});

import { RATING_SCALE, ratingStep, type Rating } from '../ratingScale';
import { DEFAULT_CALIBRATION_SOURCES, MEETS_STEP, type AreaRating, type CalibrationSources } from './areaRating';

/**
 * The overall rating computed from the area ratings: a points rule a manager can apply by hand.
 *
 * The ladder gives the rule only in words (intercom-pm-2021, "How we use this career ladder to
 * assess performance"):
 *
 *   "If you are consistently meeting the expectations of each skill area, this generally
 *   equates to a 'Successfully Meets' rating. If your performance against multiple skill
 *   areas consistently matches the expectations for the level above your current role, this
 *   generally equates to an 'Exceeds' or 'Exceptional' rating. Similarly if your performance
 *   against multiple skill areas falls short of the expectations for your level, this
 *   generally equates to an 'Stronger Performance Needed' or 'Needs Immediate Improvement'."
 *
 * It counts areas but does not say how far above or below they are, nor what separates Exceeds
 * from Exceptional: counting alone made three areas at Exceeds "Exceptional" and hid an area at
 * Needs Immediate Improvement behind the others. So each area scores its distance from Meets
 * (**points**: Needs Immediate Improvement −2, Stronger Performance Needed −1, Successfully Meets
 * 0, Exceeds +1, Exceptional +2), the points are added up, and with N areas, "several" = 2
 * (the ladder's "multiple"; 1 on a one-area ladder):
 *
 * 1. Any area incomplete → no overall rating (the overall summarises *each* area).
 * 2. **Exceptional**: points ≥ N (on average Exceeds), several areas at Exceptional, and no area
 *    below Successfully Meets.
 * 3. **Exceeds**: points ≥ several, several areas above Successfully Meets, and no area at Needs
 *    Immediate Improvement.
 * 4. **Needs Immediate Improvement**: points ≤ −N (on average Stronger Performance Needed),
 *    several areas at Needs Immediate Improvement, and no area above Successfully Meets.
 * 5. **Stronger Performance Needed**: any area at Needs Immediate Improvement ("meeting the
 *    expectations of *each* skill area" rules out Meets), or points ≤ −several with several areas
 *    below Successfully Meets.
 * 6. Otherwise **Successfully Meets**.
 *
 * Rules 2–4 and 6 are the add-on's choice (the ladder names the grades, not the cut-offs). Each
 * grade's condition only asks for more points, more areas high or fewer areas low, so raising
 * one rating never lowers the overall (`atLeast` below is built that way; tested on random
 * inputs).
 */
export interface OverallRoll {
  /** null when incomplete. */
  rating: Rating | null;
  /** Sum of the areas' points (step − Meets step); 0 when incomplete. */
  points: number;
  above: number;
  short: number;
  areas: number;
  /** Several areas above and several short at once: the rating hides a split (flagged). */
  mixed: boolean;
  /** Names of the incomplete areas. */
  incompleteAreas: string[];
}

const TOP_STEP = RATING_SCALE.length - 1;
const BOTTOM_STEP = 0;

export function severalAreas(areaCount: number): number {
  return Math.min(2, areaCount);
}

/** How the points rule reads one complete set of area steps. */
interface Tally {
  n: number;
  points: number;
  top: number;
  above: number;
  short: number;
  bottom: number;
}

function tally(steps: readonly number[]): Tally {
  return {
    n: steps.length,
    points: steps.reduce((sum, s) => sum + (s - MEETS_STEP), 0),
    top: steps.filter((s) => s === TOP_STEP).length,
    above: steps.filter((s) => s > MEETS_STEP).length,
    short: steps.filter((s) => s < MEETS_STEP).length,
    bottom: steps.filter((s) => s === BOTTOM_STEP).length,
  };
}

/**
 * Whether the tally earns at least the grade `step`. Each grade's test is upward-closed (more
 * points, more areas high or fewer low never turns it false) and includes the grade below's, so
 * the highest grade earned can only rise with a rating.
 */
function atLeast(step: number, t: Tally): boolean {
  const several = severalAreas(t.n);
  if (step <= BOTTOM_STEP) return true;
  const notBottom = !(t.points <= -t.n && t.bottom >= several && t.above === 0);
  if (step === MEETS_STEP - 1) return notBottom;
  const meets = notBottom && t.bottom === 0 && !(t.points <= -several && t.short >= several);
  if (step === MEETS_STEP) return meets;
  const exceeds = meets && t.points >= several && t.above >= several;
  if (step === MEETS_STEP + 1) return exceeds;
  return exceeds && t.points >= t.n && t.top >= several && t.short === 0;
}

/** The overall rating of complete area steps (0 = lowest), by the rule above. */
export function overallOfSteps(steps: readonly number[]): Rating {
  const t = tally(steps);
  let step = BOTTOM_STEP;
  while (step < TOP_STEP && atLeast(step + 1, t)) step += 1;
  return RATING_SCALE[step] as Rating;
}

export function overallRating(areas: readonly AreaRating[]): OverallRoll {
  const incompleteAreas = areas.filter((a) => a.rating === null).map((a) => a.areaName);
  const steps = areas.flatMap((a) => (a.rating === null ? [] : [ratingStep(a.rating)]));
  const t = tally(steps);
  const several = severalAreas(areas.length);
  const base = {
    above: t.above,
    short: t.short,
    areas: areas.length,
    mixed: t.above >= several && t.short >= several && areas.length > 1,
    incompleteAreas,
  };
  if (areas.length === 0 || incompleteAreas.length > 0) return { ...base, points: 0, rating: null };
  return { ...base, points: t.points, rating: overallOfSteps(steps) };
}

/** The ladder whose documents state the roll-up in words (quoted in the sheet's note). */
export const LADDER_WITH_STATED_RULE = 'intercom-pm-2021';

/** The ladder's own words, for the note on the Calibration sheet. */
export const LADDER_RULE_WORDS =
  "\"If you are consistently meeting the expectations of each skill area, this generally equates to a 'Successfully Meets' rating. If your performance against multiple skill areas consistently matches the expectations for the level above your current role, this generally equates to an 'Exceeds' or 'Exceptional' rating. Similarly if your performance against multiple skill areas falls short of the expectations for your level, this generally equates to an 'Stronger Performance Needed' or 'Needs Immediate Improvement'.\"";

/**
 * The overall rule as a manager applies it by hand, for the Calibration sheet: the ladder's words
 * where it states them, and which cut-offs are the add-on's choice.
 */
export function overallRuleNote(ladderId: string, sources: CalibrationSources = DEFAULT_CALIBRATION_SOURCES): string {
  const source =
    ladderId === LADDER_WITH_STATED_RULE
      ? `The ladder says (How we use this career ladder to assess performance): ${LADDER_RULE_WORDS} Its "multiple" is read as 2 areas; the points and cut-offs below are the add-on's choice.`
      : "This ladder states no roll-up rule: the points and cut-offs below are the add-on's choice.";
  const counted =
    sources === 'manager-and-peer'
      ? "Counted: manager and peer ratings, both in each area's median (workbook setting; setCalibrationSources changes it)."
      : 'Counted: manager ratings only (workbook setting, the default; setCalibrationSources changes it).';
  return [
    counted,
    'Overall rule. Score each area: Needs Immediate Improvement −2, Stronger Performance Needed −1, Successfully Meets 0, Exceeds +1, Exceptional +2; add the points up. N = number of areas; "several" = 2 areas (1 on a one-area ladder). Any incomplete area: no overall.',
    'Exceptional: points ≥ N, several areas at Exceptional, none below Successfully Meets. Exceeds: points ≥ several, several areas above Successfully Meets, none at Needs Immediate Improvement.',
    'Needs Immediate Improvement: points ≤ −N, several areas at Needs Immediate Improvement, none above Successfully Meets. Stronger Performance Needed: any area at Needs Immediate Improvement, or points ≤ −several with several areas below Successfully Meets. Otherwise Successfully Meets. Raising a rating never lowers the overall.',
    source,
  ].join('\n');
}

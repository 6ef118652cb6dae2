import type { Ladder } from '../ladder/schema';
import { MEETS_STEP, RATING_SCALE, ratingStep, type Rating } from '../ratingScale';
import type { PersonRatings } from '../workbook/model';
import type { AreaRating } from './areaRating';
import type { AxisScore } from './nineBox';
import type { OverallRoll } from './overallRating';

/**
 * What a calibration meeting needs to see per PM, as one sentence each. The team-pattern flag
 * is in teamPattern.ts (it needs the whole team), the override flag in override.ts.
 */

/** Self and manager this many steps apart on a sub-skill is worth a conversation. */
export const SELF_MANAGER_GAP = 2;

/** Unrated sub-skills, and the areas left incomplete by them. */
export function missingRatingsFlag(areas: readonly AreaRating[]): string | null {
  const total = areas.reduce((n, a) => n + a.total, 0);
  const unrated = areas.reduce((n, a) => n + (a.total - a.rated), 0);
  if (unrated === 0) return null;
  const incomplete = areas.filter((a) => a.rating === null);
  const detail =
    incomplete.length === 0
      ? ''
      : `; incomplete (fewer than half rated, so no area rating and no overall): ${incomplete.map((a) => `${a.areaName} ${a.rated} of ${a.total}`).join(', ')}`;
  return `Missing manager ratings: ${unrated} of ${total} sub-skills not rated${detail}`;
}

/**
 * Sub-skills marked Not applicable, said once so the meeting sees what the ratings leave out:
 * "Not applicable: 2 sub-skills (Strategy 2); Leadership entirely".
 */
export function notApplicableFlag(areas: readonly AreaRating[]): string | null {
  const marked = areas.filter((a) => a.notApplicable > 0);
  if (marked.length === 0) return null;
  const count = marked.reduce((n, a) => n + a.notApplicable, 0);
  const whole = marked.filter((a) => a.total === 0).map((a) => a.areaName);
  const partly = marked.filter((a) => a.total > 0).map((a) => `${a.areaName} ${a.notApplicable}`);
  const parts = [
    ...(partly.length > 0 ? [`in ${partly.join(', ')}`] : []),
    ...(whole.length > 0 ? [`${whole.join(', ')} entirely, so left out of the overall and the 9-box`] : []),
  ];
  return `Not applicable: ${count} sub-skill${count === 1 ? '' : 's'} (${parts.join('; ')})`;
}

/** Each rating cell that could not be counted, named by sheet and cell. */
export function invalidCellFlags(ratings: PersonRatings | undefined): string[] {
  if (!ratings) return [];
  return Object.values(ratings.bySubskill).flatMap((s) =>
    s.invalid.map((cell) => `Not counted: ${cell.source} rating "${cell.value}" in '${ratings.sheetName}'!${cell.cell}: ${cell.message}`),
  );
}

/** Sub-skills where another source's rating and the manager's are two or more steps apart. */
function sourceManagerGapFlag(ladder: Ladder, ratings: PersonRatings | undefined, source: 'self' | 'peer'): string | null {
  if (!ratings) return null;
  const gaps: string[] = [];
  for (const area of ladder.areas) {
    for (const subskill of area.subskills) {
      const r = ratings.bySubskill[subskill.id];
      const other = r?.[source] ?? null;
      if (!r || other === null || r.manager === null) continue;
      if (Math.abs(ratingStep(other) - ratingStep(r.manager)) >= SELF_MANAGER_GAP) {
        gaps.push(`${subskill.name} (${source} ${other}, manager ${r.manager})`);
      }
    }
  }
  if (gaps.length === 0) return null;
  const who = source === 'self' ? 'Self' : 'Peer';
  return `${who} and manager ratings ${SELF_MANAGER_GAP}+ steps apart on ${gaps.length} sub-skill${gaps.length === 1 ? '' : 's'}: ${gaps.join('; ')}`;
}

/** Sub-skills where the PM's own rating and the manager's are two or more steps apart. */
export function selfManagerGapFlag(ladder: Ladder, ratings: PersonRatings | undefined): string | null {
  return sourceManagerGapFlag(ladder, ratings, 'self');
}

/** Sub-skills where the peer rating and the manager's are two or more steps apart. */
export function peerManagerGapFlag(ladder: Ladder, ratings: PersonRatings | undefined): string | null {
  return sourceManagerGapFlag(ladder, ratings, 'peer');
}

const BOTTOM: Rating = RATING_SCALE[0];
const TOP: Rating = RATING_SCALE[RATING_SCALE.length - 1] as Rating;

/** Areas rated at the bottom of the scale: each one rules out Successfully Meets and above. */
export function bottomAreaFlag(areas: readonly AreaRating[]): string | null {
  const low = areas.filter((a) => a.rating === BOTTOM).map((a) => a.areaName);
  if (low.length === 0) return null;
  return `${low.length === 1 ? 'Area' : 'Areas'} at ${BOTTOM}: ${low.join(', ')} (no overall above Stronger Performance Needed while any area is there)`;
}

/**
 * Areas whose counted sub-skill ratings include both ends of the scale: the area's median sits
 * in between and hides the split.
 */
export function polarisedAreaFlag(ladder: Ladder, counted: (subskillId: string) => readonly Rating[]): string | null {
  const split = ladder.areas.flatMap((area) => {
    const ratings = area.subskills.flatMap((s) => counted(s.id));
    const bottom = ratings.filter((r) => r === BOTTOM).length;
    const top = ratings.filter((r) => r === TOP).length;
    return bottom > 0 && top > 0 ? [`${area.name} (${bottom} at ${BOTTOM}, ${top} at ${TOP})`] : [];
  });
  if (split.length === 0) return null;
  return `Polarised: sub-skills at both ends of the scale in ${split.join('; ')}: the area rating hides a split`;
}

/** The mean step of the complete areas on one axis (null when any is incomplete or there is none). */
function axisMean(areas: readonly AreaRating[], axis: AreaRating['axis']): number | null {
  const onAxis = areas.filter((a) => a.axis === axis);
  if (onAxis.length === 0 || onAxis.some((a) => a.rating === null)) return null;
  return onAxis.reduce((sum, a) => sum + ratingStep(a.rating as Rating), 0) / onAxis.length;
}

/** Steps apart (of the axes' mean area ratings) that make results and behaviours tell different stories. */
export const AXIS_GAP = 2;

/** Behaviours two or more steps below results, or the reverse. */
export function axisGapFlag(areas: readonly AreaRating[]): string | null {
  const results = axisMean(areas, 'results');
  const behaviours = axisMean(areas, 'behaviours');
  if (results === null || behaviours === null) return null;
  const gap = results - behaviours;
  const steps = (n: number) => `${Math.round(Math.abs(n) * 10) / 10} steps`;
  if (gap >= AXIS_GAP) return `Behaviours ${steps(gap)} below results (mean area ratings): results at a cost?`;
  if (-gap >= AXIS_GAP) return `Results ${steps(gap)} below behaviours (mean area ratings)`;
  return null;
}

/**
 * The overall rating and the 9-box disagree: Exceeds or above with a low axis, Stronger
 * Performance Needed or below with a high axis, Successfully Meets with both axes high or both low.
 */
export function storyFlag(overall: Rating | null, results: AxisScore | null, behaviours: AxisScore | null): string | null {
  if (overall === null || results === null || behaviours === null) return null;
  const step = ratingStep(overall);
  const axes = [results, behaviours];
  const differs =
    (step > MEETS_STEP && axes.includes('low')) ||
    (step < MEETS_STEP && axes.includes('high')) ||
    (step === MEETS_STEP && results === behaviours && results !== 'medium');
  if (!differs) return null;
  return `Overall ${overall} and 9-box (results ${results}, behaviours ${behaviours}) tell different stories`;
}

/** Exceeds or above at the ladder's top level: there is no next level to match. */
export function topLevelFlag(ladder: Ladder, level: string, overall: Rating | null): string | null {
  const top = ladder.levels[ladder.levels.length - 1];
  if (!top || level !== top.id || overall === null || ratingStep(overall) <= MEETS_STEP) return null;
  return `${overall} at ${top.name}, the ladder's top level: there is no level above to match; confirm what the rating means`;
}

/** Several areas above and several short: the computed Successfully Meets hides a split. */
export function mixedPictureFlag(roll: OverallRoll): string | null {
  if (!roll.mixed) return null;
  return `Mixed picture: ${roll.above} areas above and ${roll.short} short of the level, computed as Successfully Meets: confirm or override with a reason`;
}

import type { Ladder } from '../ladder/schema';
import { ratingStep } from '../ratingScale';
import type { PersonRatings } from '../workbook/model';
import type { AreaRating } from './areaRating';
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

/** Each rating cell that could not be counted, named by sheet and cell. */
export function invalidCellFlags(ratings: PersonRatings | undefined): string[] {
  if (!ratings) return [];
  return Object.values(ratings.bySubskill).flatMap((s) =>
    s.invalid.map((cell) => `Not counted: ${cell.source} rating "${cell.value}" in '${ratings.sheetName}'!${cell.cell}: ${cell.message}`),
  );
}

/** Sub-skills where the PM's own rating and the manager's are two or more steps apart. */
export function selfManagerGapFlag(ladder: Ladder, ratings: PersonRatings | undefined): string | null {
  if (!ratings) return null;
  const gaps: string[] = [];
  for (const area of ladder.areas) {
    for (const subskill of area.subskills) {
      const r = ratings.bySubskill[subskill.id];
      if (!r || r.self === null || r.manager === null) continue;
      if (Math.abs(ratingStep(r.self) - ratingStep(r.manager)) >= SELF_MANAGER_GAP) {
        gaps.push(`${subskill.name} (self ${r.self}, manager ${r.manager})`);
      }
    }
  }
  if (gaps.length === 0) return null;
  return `Self and manager ratings ${SELF_MANAGER_GAP}+ steps apart on ${gaps.length} sub-skill${gaps.length === 1 ? '' : 's'}: ${gaps.join('; ')}`;
}

/** Several areas above and several short: the computed Successfully Meets hides a split. */
export function mixedPictureFlag(roll: OverallRoll): string | null {
  if (!roll.mixed) return null;
  return `Mixed picture: ${roll.above} areas above and ${roll.short} short of the level, computed as Successfully Meets: confirm or override with a reason`;
}

import type { Ladder } from '../ladder/schema';
import { MEETS_STEP, ratingStep } from '../ratingScale';
import type { PersonRatings } from '../workbook/model';

/**
 * How a PM's ratings compare across sources, and how near they are to the next level.
 *
 * **Gaps**: for each sub-skill rated by both the other source and the manager, the other
 * rating's step minus the manager's; the gap is the mean of those, in scale steps, rounded to
 * two decimals (positive: the PM or the peers rate higher than the manager). null when no
 * sub-skill is rated by both.
 *
 * **Readiness for the next level**: ratings are relative to the PM's current level, and the
 * ladder's words make Exceeds the rating that "matches the expectations for the level above
 * your current role" (intercom-pm-2021). So the next level's **bar** for a sub-skill is a
 * manager rating of **Exceeds or above**. `metBySubskills` counts the sub-skills whose manager
 * rating meets the bar, `ofSubskills` is every sub-skill of the ladder (an unrated one does not
 * meet it). Indicator:
 * - **Ready**: at least 80% of the sub-skills meet the bar and none is rated below Successfully Meets;
 * - **Close**: at least half meet it;
 * - **Not yet**: otherwise.
 * At the ladder's top level there is no next level: level and indicator are null.
 */
export interface Gaps {
  selfVsManager: number | null;
  peerVsManager: number | null;
}

export interface Readiness {
  /** The next level's id, null at the top level. */
  level: string | null;
  indicator: ReadinessIndicator | null;
  metBySubskills: number;
  ofSubskills: number;
  /** The same count area by area, in ladder order. */
  byArea: { areaId: string; met: number; of: number }[];
}

export const READINESS_INDICATORS = ['Ready', 'Close', 'Not yet'] as const;
export type ReadinessIndicator = (typeof READINESS_INDICATORS)[number];

/** Share of sub-skills at the bar for Ready, and for Close. */
export const READY_SHARE = 0.8;
export const CLOSE_SHARE = 0.5;
/** The bar: a manager rating of Exceeds (one step above Successfully Meets) or above. */
export const BAR_STEP = MEETS_STEP + 1;

function meanGap(ladder: Ladder, ratings: PersonRatings | undefined, source: 'self' | 'peer'): number | null {
  if (!ratings) return null;
  const gaps = ladder.areas.flatMap((area) =>
    area.subskills.flatMap((s) => {
      const r = ratings.bySubskill[s.id];
      const other = r?.[source] ?? null;
      return r && other !== null && r.manager !== null ? [ratingStep(other) - ratingStep(r.manager)] : [];
    }),
  );
  if (gaps.length === 0) return null;
  return Math.round((gaps.reduce((a, b) => a + b, 0) / gaps.length) * 100) / 100;
}

export function ratingGaps(ladder: Ladder, ratings: PersonRatings | undefined): Gaps {
  return { selfVsManager: meanGap(ladder, ratings, 'self'), peerVsManager: meanGap(ladder, ratings, 'peer') };
}

export function readiness(ladder: Ladder, level: string, ratings: PersonRatings | undefined): Readiness {
  // Not applicable sub-skills are no part of the bar, as they are no part of their area.
  const applies = (id: string) => !(ratings?.bySubskill[id]?.notApplicable.includes('manager') ?? false);
  const subskills = ladder.areas.flatMap((a) => a.subskills.filter((s) => applies(s.id)));
  const stepOf = (id: string): number | null => {
    const manager = ratings?.bySubskill[id]?.manager ?? null;
    return manager === null ? null : ratingStep(manager);
  };
  const steps = subskills.flatMap((s) => {
    const step = stepOf(s.id);
    return step === null ? [] : [step];
  });
  const byArea = ladder.areas.map((area) => ({
    areaId: area.id,
    met: area.subskills.filter((s) => applies(s.id) && (stepOf(s.id) ?? -1) >= BAR_STEP).length,
    of: area.subskills.filter((s) => applies(s.id)).length,
  }));
  const met = steps.filter((s) => s >= BAR_STEP).length;
  const of = subskills.length;
  const at = ladder.levels.findIndex((l) => l.id === level);
  const next = at < 0 ? undefined : ladder.levels[at + 1];
  if (!next) return { level: null, indicator: null, metBySubskills: met, ofSubskills: of, byArea };
  const below = steps.some((s) => s < MEETS_STEP);
  const indicator: ReadinessIndicator =
    met >= READY_SHARE * of && !below && of > 0 ? 'Ready' : met >= CLOSE_SHARE * of && of > 0 ? 'Close' : 'Not yet';
  return { level: next.id, indicator, metBySubskills: met, ofSubskills: of, byArea };
}

/** The indicator's rule, in the words the Calibration sheet and the Career Plan state it. */
export const READINESS_RULE =
  'The bar for the next level is a manager rating of Exceeds or above. Ready: at least 80% of the sub-skills at the bar and none below Successfully Meets; Close: at least half at the bar; Not yet: otherwise.';

/** "Close for Staff PM: 12 of 19 sub-skills at the bar (Product 3 of 5, Execution 4 of 6, …)". */
export function readinessSentence(ladder: Ladder, r: Readiness): string {
  const areas = r.byArea.map((a) => `${ladder.areas.find((x) => x.id === a.areaId)?.name ?? a.areaId} ${a.met} of ${a.of}`).join(', ');
  const head =
    r.level === null
      ? `Top level, no next level (${r.metBySubskills} of ${r.ofSubskills} at Exceeds or above`
      : `${r.indicator ?? ''} for ${ladder.levels.find((l) => l.id === r.level)?.name ?? r.level}: ${r.metBySubskills} of ${r.ofSubskills} sub-skills at the bar (`;
  return r.level === null ? `${head}; ${areas})` : `${head}${areas})`;
}

import type { CalibrationPerson, CalibrationResult } from '../api';
import type { Ladder } from '../ladder/schema';
import type { Rating } from '../ratingScale';
import type { PersonRatings, PersonRecord } from '../workbook/model';
import {
  DEFAULT_CALIBRATION_SOURCES,
  areaRatings,
  isNotApplicableArea,
  countedRatings,
  type AreaRating,
  type CalibrationSources,
} from './areaRating';
import { ratingDistribution, type RatingDistribution } from './distribution';
import {
  axisGapFlag,
  bottomAreaFlag,
  invalidCellFlags,
  missingRatingsFlag,
  mixedPictureFlag,
  notApplicableFlag,
  peerManagerGapFlag,
  polarisedAreaFlag,
  selfManagerGapFlag,
  storyFlag,
  topLevelFlag,
} from './flags';
import { levelFlag, type SheetLevel } from './levelCheck';
import { nineBox } from './nineBox';
import { overallRating } from './overallRating';
import { isDiscussMark, overrideProblem, parseOverride, type StoredOverride } from './override';
import { ratingGaps, readiness } from './readiness';
import { teamPatternFlags } from './teamPattern';
import { personTrend, type PastOverall, type Trend } from '../cycles/trend';

/**
 * The team's calibration: every roll-up rule applied to every PM on the team, the flags a
 * calibration meeting needs, and the distribution of the overall ratings in force.
 * PMs archived off the team are left out (their sheets are kept, their ratings not counted).
 */
export interface CalibrationInput {
  ladder: Ladder;
  team: readonly PersonRecord[];
  ratings: Readonly<Record<string, PersonRatings>>;
  /** Overrides and reasons read back from the Calibration sheet. */
  overrides: readonly StoredOverride[];
  /** The level each PM's rating sheet marks as current (see levelCheck.ts); left out = not known. */
  sheetLevels?: Readonly<Record<string, SheetLevel>>;
  /** Which ratings count (workbook setting); left out = the manager's only. */
  sources?: CalibrationSources;
  /** The finished cycles (cycles/trend.ts): left out = the first cycle. */
  past?: { lastCycle: string | null; overalls: ReadonlyMap<string, PastOverall[]> };
}

export interface CalibratedPerson extends Omit<CalibrationPerson, 'trend'> {
  trend: Trend;
  areaRatings: AreaRating[];
  /** The override cell as the manager typed it (an invalid one is kept, not counted). */
  overrideTyped: string;
  /** Overrides whose text is not on the scale. */
  overrideInvalid: boolean;
}

export interface Calibration {
  people: CalibratedPerson[];
  distribution: RatingDistribution;
  /** Overrides or reasons typed for PMs no longer on the team: kept in the sheet, never counted. */
  keptOverrides: StoredOverride[];
}

/** Whether the manager typed anything in a row's own cells (override, reason, discuss, notes). */
function holdsSomething(o: StoredOverride): boolean {
  return [o.value, o.reason, o.notes ?? '', o.discuss ?? ''].some((t) => t.trim() !== '');
}

/** The first override row per person that holds anything (a copied row must not erase one). */
function overridesById(overrides: readonly StoredOverride[]): Map<string, StoredOverride> {
  const byId = new Map<string, StoredOverride>();
  for (const o of overrides) {
    const existing = byId.get(o.personId);
    if (!existing || (holdsSomething(o) && !holdsSomething(existing))) byId.set(o.personId, o);
  }
  return byId;
}

export function calibrate(input: CalibrationInput): Calibration {
  const { ladder } = input;
  const active = input.team.filter((p) => !p.archived);
  const overrides = overridesById(input.overrides);
  const levelNames = new Map(ladder.levels.map((l) => [l.id, l.name]));

  const people: CalibratedPerson[] = active.map((person) => {
    const ratings = input.ratings[person.id];
    const sources = input.sources ?? DEFAULT_CALIBRATION_SOURCES;
    const areas = areaRatings(ladder, ratings, sources);
    // An area all Not applicable says nothing of the PM: left out of the overall and the 9-box.
    const applicable = areas.filter((a) => !isNotApplicableArea(a));
    const roll = overallRating(applicable);
    const box = nineBox(applicable);
    const stored = overrides.get(person.id);
    const overrideTyped = stored?.value.trim() ?? '';
    const overrideReason = stored?.reason.trim() ?? '';
    const parsed = parseOverride(overrideTyped);
    const override: Rating | null = parsed.kind === 'rating' ? parsed.rating : null;
    const flags = [
      levelFlag(ladder, person, input.sheetLevels?.[person.id]),
      missingRatingsFlag(areas),
      ...invalidCellFlags(ratings),
      selfManagerGapFlag(ladder, ratings),
      peerManagerGapFlag(ladder, ratings),
      bottomAreaFlag(applicable),
      polarisedAreaFlag(ladder, (subskillId) => countedRatings(ratings, subskillId, sources)),
      axisGapFlag(applicable),
      notApplicableFlag(areas),
      mixedPictureFlag(roll),
      storyFlag(override ?? roll.rating, box.results, box.behaviours),
      topLevelFlag(ladder, person.level, override ?? roll.rating),
      overrideProblem(parsed, overrideReason),
    ].filter((f): f is string => f !== null);
    return {
      id: person.id,
      name: person.name,
      level: person.level,
      levelName: levelNames.get(person.level) ?? person.level,
      areas: Object.fromEntries(areas.map((a) => [a.areaId, a.rating])),
      overall: override ?? roll.rating,
      computedOverall: roll.rating,
      override,
      overrideReason,
      results: box.results,
      behaviours: box.behaviours,
      nineBox: box.box,
      flags,
      areaRatings: areas,
      overrideTyped: parsed.kind === 'rating' ? parsed.rating : overrideTyped,
      overrideInvalid: parsed.kind === 'invalid',
      gaps: ratingGaps(ladder, ratings),
      readiness: readiness(ladder, person.level, ratings),
      notes: stored?.notes?.trim() ?? '',
      discuss: isDiscussMark(stored?.discuss),
      trend: personTrend(input.past?.overalls.get(person.id), input.past?.lastCycle ?? null, override ?? roll.rating),
    };
  });

  const pattern = teamPatternFlags(people.map((p) => ({ id: p.id, level: p.level, levelName: p.levelName, overall: p.overall })));
  for (const p of people) {
    const flag = pattern.get(p.id);
    if (flag) p.flags.push(flag);
  }

  const onTeam = new Set(active.map((p) => p.id));
  const keptOverrides = [...overrides.values()].filter((o) => !onTeam.has(o.personId) && holdsSomething(o));
  return { people, distribution: ratingDistribution(people.map((p) => p.overall)), keptOverrides };
}

/** The JSON-safe reply of refreshCalibration (docs/ARCHITECTURE.md, Server API). */
export function calibrationResult(calibration: Calibration): CalibrationResult {
  return {
    people: calibration.people.map((p) => ({
      id: p.id,
      name: p.name,
      level: p.level,
      levelName: p.levelName,
      areas: { ...p.areas },
      overall: p.overall,
      computedOverall: p.computedOverall,
      override: p.override,
      overrideReason: p.overrideReason,
      results: p.results,
      behaviours: p.behaviours,
      nineBox: p.nineBox,
      flags: [...p.flags],
      gaps: { ...p.gaps },
      readiness: { ...p.readiness, byArea: p.readiness.byArea.map((a) => ({ ...a })) },
      notes: p.notes,
      discuss: p.discuss,
      trend: {
        firstCycle: p.trend.firstCycle,
        lastCycle: p.trend.lastCycle,
        change: p.trend.change,
        past: p.trend.past.map((c) => ({ ...c })),
      },
    })),
    distribution: {
      rows: calibration.distribution.rows.map((r) => ({ ...r })),
      incomplete: calibration.distribution.incomplete,
      total: calibration.distribution.total,
    },
  };
}

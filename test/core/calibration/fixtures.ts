import type { Ladder } from '../../../src/core/ladder/schema';
import type { Rating } from '../../../src/core/ratingScale';
import type { InvalidRatingCell, PersonRatings, PersonRecord, SubskillRatings } from '../../../src/core/workbook/model';

/** Short names for the scale, so a test reads like a ratings table. */
export const NII: Rating = 'Needs Immediate Improvement';
export const SPN: Rating = 'Stronger Performance Needed';
export const SM: Rating = 'Successfully Meets';
export const EX: Rating = 'Exceeds';
export const EXC: Rating = 'Exceptional';

/** A small ladder: `areas` lists each area's axis and sub-skill count. */
export function ladderOf(
  areas: Array<{ id: string; axis: 'results' | 'behaviours'; subskills: number }>,
  levels = ['pm', 'senior-pm'],
): Ladder {
  return {
    id: 'test-ladder',
    title: 'Test ladder',
    organization: 'Example',
    source: 'test',
    notes: [],
    cumulative: false,
    levels: levels.map((id) => ({ id, name: id.toUpperCase() })),
    areas: areas.map((a) => ({
      id: a.id,
      name: a.id[0]?.toUpperCase() + a.id.slice(1),
      description: '',
      axis: a.axis,
      subskills: Array.from({ length: a.subskills }, (_, i) => ({
        id: `${a.id}-${i + 1}`,
        name: `${a.id} skill ${i + 1}`,
        description: '',
        expectations: Object.fromEntries(levels.map((l) => [l, `${l} text`])),
      })),
    })),
  };
}

export function personRecord(id: string, level: string, overrides: Partial<PersonRecord> = {}): PersonRecord {
  return {
    id,
    name: `Name ${id}`,
    email: '',
    level,
    targetLevel: '',
    growthPlanUrl: '',
    careerPlanUrl: '',
    sheetName: `Sheet ${id}`,
    archived: false,
    ...overrides,
  };
}

export interface SubskillInput {
  manager?: Rating | null;
  self?: Rating | null;
  peer?: Rating | null;
  invalid?: InvalidRatingCell[];
}

/** Ratings for a person: area id -> manager rating per sub-skill (in order), or full entries. */
export function ratingsOf(
  ladder: Ladder,
  personId: string,
  byArea: Record<string, ReadonlyArray<Rating | null | SubskillInput>>,
): PersonRatings {
  const bySubskill: Record<string, SubskillRatings> = {};
  for (const area of ladder.areas) {
    const given = byArea[area.id] ?? [];
    area.subskills.forEach((s, i) => {
      const entry = given[i];
      const input: SubskillInput = entry === undefined || entry === null || typeof entry === 'string' ? { manager: entry ?? null } : entry;
      bySubskill[s.id] = {
        subskillId: s.id,
        self: input.self ?? null,
        peer: input.peer ?? null,
        manager: input.manager ?? null,
        notApplicable: [],
        evidence: '',
        invalid: input.invalid ?? [],
      };
    });
  }
  return { personId, sheetName: `Sheet ${personId}`, bySubskill, archived: [] };
}

/** Every sub-skill of every area rated the same per area. */
export function uniformRatings(ladder: Ladder, personId: string, perArea: Record<string, Rating | null>): PersonRatings {
  return ratingsOf(ladder, personId, Object.fromEntries(ladder.areas.map((a) => [a.id, a.subskills.map(() => perArea[a.id] ?? null)])));
}

/** Five results areas of 3 sub-skills and one behaviours area of 2: like the built-in ladders, 5+ areas. */
export const fiveAreas = () =>
  ladderOf([
    { id: 'insight', axis: 'results', subskills: 3 },
    { id: 'strategy', axis: 'results', subskills: 3 },
    { id: 'execution', axis: 'results', subskills: 3 },
    { id: 'outcomes', axis: 'results', subskills: 2 },
    { id: 'leadership', axis: 'behaviours', subskills: 4 },
  ]);

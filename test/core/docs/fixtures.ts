import { findBuiltinLadder } from '../../../dev/builtinLadders';
import type { Ladder } from '../../../src/core/ladder/schema';
import type { Rating } from '../../../src/core/ratingScale';
import type { PersonRatings, PersonRecord, SubskillRatings } from '../../../src/core/workbook/model';

export function ladder(id: string): Ladder {
  const found = findBuiltinLadder(id);
  if (!found) throw new Error(`no ladder ${id}`);
  return found;
}

export function person(overrides: Partial<PersonRecord> = {}): PersonRecord {
  return {
    id: 'p-1',
    name: 'Ana Souza',
    email: 'ana@example.com',
    level: 'senior-pm',
    targetLevel: '',
    growthPlanUrl: '',
    careerPlanUrl: '',
    sheetName: 'Ana Souza',
    archived: false,
    ...overrides,
  };
}

type Given = Partial<Pick<SubskillRatings, 'self' | 'peer' | 'evidence' | 'invalid'>> & { manager?: Rating | null };

/** Ratings by sub-skill id; sub-skills not given have none. */
export function ratings(given: Record<string, Given>): PersonRatings {
  const bySubskill: Record<string, SubskillRatings> = {};
  for (const [subskillId, g] of Object.entries(given)) {
    bySubskill[subskillId] = {
      subskillId,
      self: g.self ?? null,
      peer: g.peer ?? null,
      manager: g.manager ?? null,
      notApplicable: [],
      evidence: g.evidence ?? '',
      invalid: g.invalid ?? [],
    };
  }
  return { personId: 'p-1', sheetName: 'Ana Souza', bySubskill, archived: [] };
}

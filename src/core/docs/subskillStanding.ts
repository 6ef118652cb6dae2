import { allSubskills } from '../ladder/query';
import type { Ladder } from '../ladder/schema';
import { NOT_APPLICABLE, ratingStep, type Rating } from '../ratingScale';
import type { PersonRatings } from '../workbook/model';

/**
 * Where a PM stands on each sub-skill of the ladder, from their rating sheet. The manager
 * rating is the one that counts: it is the reviewed outcome of self, peer and manager input,
 * and it is relative to the expectations of the PM's current level (intercom-pm-2021, "How we
 * use this career ladder to assess performance"; docs/ARCHITECTURE.md, Rating rules).
 */
export interface RatedSubskill {
  subskillId: string;
  name: string;
  areaId: string;
  areaName: string;
  /** Position in the ladder (areas, then sub-skills, in order): the last tie-break. */
  order: number;
  manager: Rating;
  peer: Rating | null;
  self: Rating | null;
  evidence: string;
}

export interface UnratedSubskill {
  subskillId: string;
  name: string;
  areaId: string;
  areaName: string;
  order: number;
  /** Why the manager rating cell did not count when it holds something ("G12 holds …"), else ''. */
  note: string;
}

export interface Standing {
  rated: RatedSubskill[];
  unrated: UnratedSubskill[];
  /** Sub-skills the manager marked Not applicable: neither rated nor missing. */
  notApplicable: UnratedSubskill[];
}

export function standingOf(ladder: Ladder, ratings: PersonRatings | undefined): Standing {
  const rated: RatedSubskill[] = [];
  const unrated: UnratedSubskill[] = [];
  const notApplicable: UnratedSubskill[] = [];
  allSubskills(ladder).forEach(({ area, subskill }, order) => {
    const r = ratings?.bySubskill[subskill.id];
    const base = { subskillId: subskill.id, name: subskill.name, areaId: area.id, areaName: area.name, order };
    if (r?.manager) {
      rated.push({ ...base, manager: r.manager, peer: r.peer, self: r.self, evidence: r.evidence });
    } else if (r?.notApplicable.includes('manager')) {
      notApplicable.push({ ...base, note: NOT_APPLICABLE });
    } else {
      const bad = r?.invalid.find((cell) => cell.source === 'manager');
      unrated.push({ ...base, note: bad ? `${bad.cell} holds “${bad.value}”: ${bad.message}` : '' });
    }
  });
  return { rated, unrated, notApplicable };
}

/**
 * A second opinion's step, for tie-breaks. A missing peer or self rating is read as agreeing
 * with the manager: it neither pushes a sub-skill up nor down among equals.
 */
export function secondOpinion(rating: Rating | null, manager: Rating): number {
  return ratingStep(rating ?? manager);
}

/** "3 of 19 sub-skills have no manager rating: A, B, C." and the like; those marked Not applicable said apart. */
export function unratedSummary(standing: Standing): string {
  const total = standing.rated.length + standing.unrated.length;
  const na = standing.notApplicable.length;
  const apart = na > 0 ? ` ${na} marked ${NOT_APPLICABLE}: ${standing.notApplicable.map((u) => u.name).join(', ')}.` : '';
  if (standing.unrated.length === 0) return `None.${apart}`;
  const names = standing.unrated.map((u) => (u.note ? `${u.name} (${u.note})` : u.name)).join(', ');
  if (standing.rated.length === 0) return `All ${total} sub-skills: no manager rating yet (${names}).${apart}`;
  return `${standing.unrated.length} of ${total} sub-skills have no manager rating: ${names}.${apart}`;
}

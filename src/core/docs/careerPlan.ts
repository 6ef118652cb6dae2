import { findLevel, findSubskill, levelIndex, levelsBetween, newAtLevel, expectedAtLevel } from '../ladder/query';
import type { Area, Ladder, Level, Subskill } from '../ladder/schema';
import { MEETS_STEP, RATING_SCALE, ratingStep } from '../ratingScale';
import type { PersonRatings, PersonRecord } from '../workbook/model';
import { longDate } from './calendarDate';
import type { Vocabulary } from './docKinds';
import { expectationText, reachedAtLevel } from './expectationText';
import { lowestFirst } from './growthPlan';
import { ratingLines, standingOf, unratedSummary, type Standing } from './subskillStanding';
import type { TemplateValues } from './templateModel';

/**
 * The content of a Career Plan (docs/ARCHITECTURE.md, Documents; the "Career Planning Template" the source
 * ladders point to, for longer-term career discussions): a target level, the gap per skill area
 * between what is expected today and at the target, the ratings that show where the PM stands,
 * and milestones.
 *
 * The gap, per skill area of the target's ladder:
 * - **Today**: per sub-skill, what the PM's level expects (reachedAtLevel: on a cumulative
 *   ladder, per dimension, the most senior text at or below the level).
 * - **Target**: on the same cumulative ladder, what each level up to the target adds; on a
 *   ladder that is not cumulative, the target level's own text; on another ladder, everything
 *   that ladder expects at the target.
 * - **Where the PM stands**: the manager ratings of the area's sub-skills (on another ladder,
 *   those of the sub-skills the two ladders share by id).
 *
 * Milestones: first, when some sub-skills are rated below Successfully Meets, meeting the
 * current level everywhere (lowest first); then one per level on the way to the target, listing
 * the sub-skills where that level asks for something new.
 */
export interface AreaGap {
  areaId: string;
  areaName: string;
  ratings: string;
  today: string;
  target: string;
}

export interface Milestone {
  name: string;
  detail: string;
}

export interface CareerPlanInput {
  ladder: Ladder;
  person: PersonRecord;
  ratings: PersonRatings | undefined;
  cycle: string;
  manager: string;
  today: string;
  target: { ladder: Ladder; levelId: string };
}

export interface CareerPlanContent {
  person: PersonRecord;
  ladder: { id: string; title: string };
  level: Level;
  targetLadder: { id: string; title: string };
  target: Level;
  sameLadder: boolean;
  /** The levels on the way, the target last. */
  steps: Level[];
  cycle: string;
  manager: string;
  today: string;
  standing: Standing;
  gaps: AreaGap[];
  milestones: Milestone[];
}

const MEETS = MEETS_STEP;

export function careerPlanContent(input: CareerPlanInput): CareerPlanContent {
  const { ladder, person } = input;
  const targetLadder = input.target.ladder;
  const sameLadder = targetLadder.id === ladder.id;
  const level = findLevel(ladder, person.level);
  if (!level)
    throw new Error(`${person.name}'s level "${person.level}" is not a level of the ladder "${ladder.title}": fix it on the Team sheet.`);
  const target = targetLadder.levels[levelIndex(targetLadder, input.target.levelId)] as Level;
  const steps = sameLadder
    ? levelsBetween(ladder, level.id, target.id)
    : targetLadder.levels.slice(0, levelIndex(targetLadder, target.id) + 1);
  if (steps.length === 0) throw new Error(`The target level must be above ${level.name}: "${target.name}" is not.`);
  const standing = standingOf(ladder, input.ratings);

  const gaps = targetLadder.areas.map((area) => areaGap(area, { ladder, level, targetLadder, target, steps, sameLadder, standing }));
  return {
    person,
    ladder: { id: ladder.id, title: ladder.title },
    level,
    targetLadder: { id: targetLadder.id, title: targetLadder.title },
    target,
    sameLadder,
    steps,
    cycle: input.cycle,
    manager: input.manager,
    today: input.today,
    standing,
    gaps,
    milestones: milestones({ ladder, level, targetLadder, steps, sameLadder, standing }),
  };
}

interface GapContext {
  ladder: Ladder;
  level: Level;
  targetLadder: Ladder;
  target: Level;
  steps: Level[];
  sameLadder: boolean;
  standing: Standing;
}

/** "Customer focus — Scope: …; Impact: …", or '' when the ladder says nothing. */
function subskillLine(subskill: Subskill, text: string): string {
  return text === '' ? '' : `${subskill.name} — ${text.split('\n').join('; ')}`;
}

function areaGap(area: Area, c: GapContext): AreaGap {
  // On another ladder, the sub-skills both ladders share (by id) say where the PM stands today.
  const mine = area.subskills.flatMap((s) => (c.sameLadder ? [s] : (findSubskill(c.ladder, s.id)?.subskill ?? [])));
  const ids = new Set(mine.map((s) => s.id));
  const today = mine.map((s) => subskillLine(s, reachedAtLevel(c.ladder, s.id, c.level.id))).filter((t) => t !== '');
  const ratings = ratingLines(c.standing, (s) => ids.has(s.subskillId));
  return {
    areaId: area.id,
    areaName: area.name,
    ratings: ratings || `No sub-skill of this area is on "${c.ladder.title}".`,
    today: today.join('\n') || (c.sameLadder ? `Nothing written for ${c.level.name}.` : `New ground: not part of "${c.ladder.title}".`),
    target: targetText(area, c),
  };
}

function targetText(area: Area, c: GapContext): string {
  const t = c.targetLadder;
  if (!c.sameLadder || !t.cumulative) {
    const lines = area.subskills
      .map((s) => subskillLine(s, expectationText(expectedAtLevel(t, s.id, c.target.id))))
      .filter((x) => x !== '');
    return lines.length > 0 ? lines.join('\n') : `Nothing written for ${c.target.name}.`;
  }
  const blocks = c.steps.flatMap((step) => {
    const lines = area.subskills.map((s) => subskillLine(s, expectationText(newAtLevel(t, s.id, step.id)))).filter((x) => x !== '');
    if (lines.length === 0) return [];
    return c.steps.length > 1 ? [`${step.name}:`, ...lines] : lines;
  });
  return blocks.length > 0 ? blocks.join('\n') : `Nothing new on the way to ${c.target.name}: the ${c.level.name} expectations carry on.`;
}

/** The sub-skills where `step` asks for something new (or different) compared with the level before it. */
function changedAt(ladder: Ladder, step: Level): Array<{ area: Area; names: string[] }> {
  const i = levelIndex(ladder, step.id);
  const before = i > 0 ? ladder.levels[i - 1] : undefined;
  return ladder.areas
    .map((area) => ({
      area,
      names: area.subskills
        .filter((s) => {
          const now = expectationText(newAtLevel(ladder, s.id, step.id));
          if (now === '') return false;
          if (ladder.cumulative || !before) return true;
          return now !== expectationText(newAtLevel(ladder, s.id, before.id));
        })
        .map((s) => s.name),
    }))
    .filter((a) => a.names.length > 0);
}

function milestones(c: Omit<GapContext, 'target'>): Milestone[] {
  const out: Milestone[] = [];
  const below = c.standing.rated.filter((r) => ratingStep(r.manager) < MEETS).sort(lowestFirst);
  if (below.length > 0) {
    out.push({
      name: `Meet every ${c.level.name} expectation`,
      detail: `Bring these to ${RATING_SCALE[MEETS]}: ${below.map((r) => `${r.name} (${r.manager})`).join(', ')}.`,
    });
  }
  const ladder = c.sameLadder ? c.ladder : c.targetLadder;
  for (const step of c.steps) {
    const changed = changedAt(ladder, step);
    const where = changed.map((a) => `${a.area.name}: ${a.names.join(', ')}`).join('; ');
    out.push({
      name: c.sameLadder ? `Operating at ${step.name}` : `Operating at ${step.name} (${ladder.title})`,
      detail:
        where === ''
          ? `${step.name} asks for nothing new.`
          : `${c.sameLadder && ladder.cumulative ? 'New at this level' : 'Expected at this level'} — ${where}.`,
    });
  }
  return out;
}

export const CAREER_PLAN_VOCABULARY: Vocabulary = {
  kind: 'career-plan',
  scalars: [
    'name',
    'email',
    'level',
    'ladder',
    'targetLevel',
    'targetLadder',
    'steps',
    'cycle',
    'manager',
    'date',
    'rated',
    'ratingSummary',
    'unrated',
  ],
  lists: {
    gap: { item: 'skill area', fields: ['area', 'ratings', 'today', 'target'] },
    milestone: { item: 'milestone', fields: ['name', 'detail'] },
    unrated: { item: 'unrated sub-skill', fields: ['name', 'area', 'note'] },
  },
};

export function ratingSummary(standing: Standing): string {
  const counts = RATING_SCALE.map((rating) => ({ rating, n: standing.rated.filter((r) => r.manager === rating).length })).filter(
    (c) => c.n > 0,
  );
  const parts = [...counts].reverse().map((c) => `${c.n} ${c.rating}`);
  if (standing.unrated.length > 0) parts.push(`${standing.unrated.length} not rated`);
  return `${parts.join(', ')}.`;
}

const NONE = '—';

export function careerPlanValues(content: CareerPlanContent): TemplateValues {
  const { person, standing } = content;
  const total = standing.rated.length + standing.unrated.length;
  const stepNames = content.steps.map((s) => s.name).join(', ');
  return {
    scalars: {
      name: person.name,
      email: person.email || NONE,
      level: content.level.name,
      ladder: content.ladder.title,
      targetLevel: content.target.name,
      targetLadder: content.targetLadder.title,
      steps: content.sameLadder
        ? `${content.steps.length} level${content.steps.length === 1 ? '' : 's'}: ${stepNames}`
        : `A move to "${content.targetLadder.title}": ${stepNames}`,
      cycle: content.cycle,
      manager: content.manager || NONE,
      date: longDate(content.today),
      rated: `${standing.rated.length} of ${total}`,
      ratingSummary: ratingSummary(standing),
      unrated: unratedSummary(standing),
    },
    lists: {
      gap: {
        items: content.gaps.map((g) => ({ area: g.areaName, ratings: g.ratings, today: g.today, target: g.target })),
        whenEmpty: NONE,
      },
      milestone: { items: content.milestones.map((m) => ({ name: m.name, detail: m.detail })), whenEmpty: NONE },
      unrated: {
        items: standing.unrated.map((u) => ({ name: u.name, area: u.areaName, note: u.note })),
        whenEmpty: `None: all ${total} sub-skills have a manager rating.`,
      },
    },
  };
}

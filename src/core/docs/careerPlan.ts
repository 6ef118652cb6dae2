import { READINESS_RULE, readiness, readinessSentence } from '../calibration/readiness';
import { pastOverallsText, type PersonPast } from '../cycles/trend';
import { findLevel, findSubskill, levelIndex, levelsBetween, newAtLevel, expectedAtLevel } from '../ladder/query';
import type { Area, Ladder, Level, Subskill } from '../ladder/schema';
import { MEETS_STEP, NOT_APPLICABLE, RATING_SCALE, ratingStep } from '../ratingScale';
import type { PersonRatings, PersonRecord } from '../workbook/model';
import { longDate } from './calendarDate';
import type { Vocabulary } from './docKinds';
import { expectationText, reachedAtLevel } from './expectationText';
import { lowestFirst } from './growthPlan';
import { standingOf, unratedSummary, type Standing } from './subskillStanding';
import type { TemplateValues } from './templateModel';

/**
 * The content of a Career Plan (docs/ARCHITECTURE.md, Documents; the "Career Planning Template" the source
 * ladders point to, for longer-term career discussions): a target level, the gap per sub-skill
 * between what is expected today and at the target, the latest rating, and milestones.
 *
 * The gap, one row per sub-skill of the target's ladder:
 * - **Now**: what the PM's level expects (reachedAtLevel: on a cumulative ladder, per dimension,
 *   the most senior text at or below the level); on another ladder, that ladder's sub-skill of
 *   the same id, if it has one.
 * - **Target**: on the same cumulative ladder, what each level up to the target adds; on a
 *   ladder that is not cumulative, the target level's own text; on another ladder, everything
 *   that ladder expects at the target.
 * - **Latest rating**: the manager rating of this cycle, or "Not rated yet".
 *
 * Milestones: first, when some sub-skills are rated below Successfully Meets, meeting the
 * current level everywhere (lowest first); then one per level on the way to the target, naming
 * what is most new there: the (up to) three sub-skills whose expectations at that level share
 * the fewest words with the level below's (`MOST_NEW`), the table holding every one.
 */
export interface SubskillGap {
  areaId: string;
  areaName: string;
  subskillId: string;
  subskillName: string;
  /** The latest manager rating, in words. */
  rating: string;
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
  /** The PM's past cycles (History sheet); left out or null in the first cycle. */
  past?: PersonPast | null;
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
  gaps: SubskillGap[];
  milestones: Milestone[];
  past: PersonPast | null;
  /** Readiness for the next level, the Calibration sheet's figures in its words. */
  readiness: string;
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

  const gaps = targetLadder.areas.flatMap((area) => areaGaps(area, { ladder, level, targetLadder, target, steps, sameLadder, standing }));
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
    past: input.past ?? null,
    readiness: readinessSentence(ladder, readiness(ladder, level.id, input.ratings)),
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

/** What a table cell says for a sub-skill with nothing written. */
const NOTHING_WRITTEN = 'Nothing written at this level.';

function areaGaps(area: Area, c: GapContext): SubskillGap[] {
  return area.subskills.map((s) => {
    // On another ladder, the sub-skill of the same id (when it has one) says what is expected today.
    const mine = c.sameLadder ? s : findSubskill(c.ladder, s.id)?.subskill;
    const rated = mine ? c.standing.rated.find((r) => r.subskillId === mine.id) : undefined;
    return {
      areaId: area.id,
      areaName: area.name,
      subskillId: s.id,
      subskillName: s.name,
      rating: rated
        ? rated.manager
        : mine && c.standing.notApplicable.some((n) => n.subskillId === mine.id)
          ? NOT_APPLICABLE
          : mine
            ? 'Not rated yet'
            : `Not part of “${c.ladder.title}”`,
      today: mine ? reachedAtLevel(c.ladder, mine.id, c.level.id) || NOTHING_WRITTEN : 'New ground.',
      target: targetText(s, c),
    };
  });
}

function targetText(subskill: Subskill, c: GapContext): string {
  const t = c.targetLadder;
  if (!c.sameLadder || !t.cumulative) return expectationText(expectedAtLevel(t, subskill.id, c.target.id)) || NOTHING_WRITTEN;
  const blocks = c.steps.flatMap((step) => {
    const text = expectationText(newAtLevel(t, subskill.id, step.id));
    if (text === '') return [];
    return c.steps.length > 1 ? [`${step.name}: ${text}`] : [text];
  });
  return blocks.length > 0 ? blocks.join('\n') : `Nothing new: the ${c.level.name} expectations carry on.`;
}

/** How many sub-skills a milestone names as most new at its level. */
export const MOST_NEW = 3;

/** The words of a text, for comparing two levels' texts. */
function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** The share of `now`'s words that `before` does not have: 1 for all new, 0 for a restatement. */
function newness(now: string, before: string): number {
  const w = words(now);
  if (w.size === 0) return 0;
  const old = words(before);
  let fresh = 0;
  for (const word of w) if (!old.has(word)) fresh += 1;
  return fresh / w.size;
}

/**
 * The sub-skills most new at `step`: by the share of words of its expectations there that the
 * level below does not use, highest first, ties in ladder order; only sub-skills with something
 * written at `step`, and only those with any new word.
 */
export function mostNewAt(ladder: Ladder, step: Level): Subskill[] {
  const i = levelIndex(ladder, step.id);
  const before = i > 0 ? ladder.levels[i - 1] : undefined;
  return ladder.areas
    .flatMap((area) => area.subskills)
    .map((s, order) => {
      const now = expectationText(ladder.cumulative ? newAtLevel(ladder, s.id, step.id) : expectedAtLevel(ladder, s.id, step.id));
      const prior = before ? expectationText(expectedAtLevel(ladder, s.id, before.id)) : '';
      return { s, order, score: now === '' ? 0 : newness(now, prior) };
    })
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, MOST_NEW)
    .map((x) => x.s);
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
    const most = mostNewAt(ladder, step).map((s) => s.name);
    out.push({
      name: c.sameLadder ? `Operating at ${step.name}` : `Operating at ${step.name} (${ladder.title})`,
      detail:
        most.length === 0
          ? `${step.name} asks for nothing new: the table above has what carries on.`
          : `Most new at ${step.name}: ${joinNames(most)}. The table above has every sub-skill.`,
    });
  }
  return out;
}

function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
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
    'pastCycles',
    'readiness',
    'readinessRule',
    'cycle',
    'manager',
    'date',
    'rated',
    'ratingSummary',
    'unrated',
  ],
  lists: {
    // `ratings` is the name the field had when the table had a row per skill area: kept for custom templates.
    gap: { item: 'sub-skill', fields: ['area', 'subskill', 'today', 'target', 'rating', 'ratings'] },
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
      pastCycles: pastOverallsText(content.past),
      readiness: content.readiness,
      readinessRule: READINESS_RULE,
    },
    lists: {
      gap: {
        items: content.gaps.map((g) => ({
          area: g.areaName,
          subskill: g.subskillName,
          today: g.today,
          target: g.target,
          rating: g.rating,
          ratings: g.rating,
        })),
        whenEmpty: NONE,
      },
      milestone: { items: content.milestones.map((m) => ({ name: m.name, detail: m.detail })), whenEmpty: NONE },
      unrated: {
        items: standing.unrated.map((u) => ({ name: u.name, area: u.areaName, note: u.note })),
        whenEmpty: `None: all ${total} sub-skills have a manager rating${standing.notApplicable.length > 0 ? ` (${standing.notApplicable.length} more marked Not applicable)` : ""}.`,
      },
    },
  };
}

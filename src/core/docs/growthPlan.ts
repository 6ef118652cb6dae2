import { subskillSinceLastText, type PersonPast } from '../cycles/trend';
import { findLevel, findSubskill, newAtLevel, nextLevel } from '../ladder/query';
import type { Ladder, Level } from '../ladder/schema';
import { MEETS_STEP, ratingStep, RATING_SCALE } from '../ratingScale';
import type { PersonRatings, PersonRecord } from '../workbook/model';
import { addDays, longDate } from './calendarDate';
import type { Vocabulary } from './docKinds';
import { expectationText, reachedAtLevel } from './expectationText';
import { secondOpinion, standingOf, unratedSummary, type RatedSubskill, type Standing, type UnratedSubskill } from './subskillStanding';
import type { TemplateValues } from './templateModel';
import { notRated } from '../messages';

/**
 * The content of a Growth Plan (docs/ARCHITECTURE.md, Documents; the "PM Growth Plan template" the source
 * ladders point to: the most important skill areas to focus on, and a plan).
 *
 * Focus sub-skills, the rule:
 * 1. Only sub-skills with a manager rating take part: the manager rating is relative to the
 *    expectations of the PM's level, so the lowest ones are where the PM is furthest from it.
 *    Sub-skills without one are listed as unrated, never guessed.
 * 2. Lowest manager rating first.
 * 3. Ties: the lower peer rating first, then the lower self rating (other voices seeing the
 *    same gap); a missing peer or self rating counts as agreeing with the manager.
 * 4. Last tie-break: ladder order (skill areas, then sub-skills, as the ladder lists them).
 * 5. Three focus sub-skills, or two when the third-lowest is rated above the second-lowest:
 *    two that stand out are a sharper plan than two plus an arbitrary third. Fewer when fewer
 *    are rated.
 *
 * Strongest sub-skills: up to three of the others rated Successfully Meets or above, highest
 * manager rating first, ties broken the same way in the other direction (higher peer, then
 * higher self), then ladder order. A sub-skill is never both a strength and a focus.
 */
export const FOCUS_MAX = 3;
export const STRENGTHS_MAX = 3;
const MEETS = MEETS_STEP;

function byRating(direction: 1 | -1): (a: RatedSubskill, b: RatedSubskill) => number {
  return (a, b) =>
    direction *
      (ratingStep(a.manager) - ratingStep(b.manager) ||
        secondOpinion(a.peer, a.manager) - secondOpinion(b.peer, b.manager) ||
        secondOpinion(a.self, a.manager) - secondOpinion(b.self, b.manager)) || a.order - b.order;
}

export const lowestFirst = byRating(1);
export const highestFirst = byRating(-1);

export function chooseFocus(rated: readonly RatedSubskill[]): RatedSubskill[] {
  const sorted = [...rated].sort(lowestFirst);
  const [, second, third] = sorted;
  if (!second || !third) return sorted;
  return ratingStep(third.manager) > ratingStep(second.manager) ? sorted.slice(0, 2) : sorted.slice(0, FOCUS_MAX);
}

export function chooseStrengths(rated: readonly RatedSubskill[], focus: readonly RatedSubskill[]): RatedSubskill[] {
  const inFocus = new Set(focus.map((f) => f.subskillId));
  return rated
    .filter((r) => !inFocus.has(r.subskillId) && ratingStep(r.manager) >= MEETS)
    .sort(highestFirst)
    .slice(0, STRENGTHS_MAX);
}

export interface FocusSubskill extends RatedSubskill {
  /** What the sub-skill is about, as the ladder describes it. */
  description: string;
  /** What the PM's level expects (reachedAtLevel: on a cumulative ladder, the layer reached per dimension). */
  expected: string;
  /** What the next level adds (or expects, on a ladder that is not cumulative). */
  next: string;
}

export interface CheckIn {
  name: string;
  /** yyyy-MM-dd */
  date: string;
  purpose: string;
}

/**
 * A check-in every four weeks over a quarter: often enough to adjust actions and support,
 * far enough apart for progress to show; the last one re-rates the focus sub-skills.
 */
export function checkInSchedule(today: string): CheckIn[] {
  return [
    { name: 'Kick-off', date: today, purpose: 'Agree the focus sub-skills, the actions and the support.' },
    { name: 'Check-in 1', date: addDays(today, 28), purpose: 'Review progress on the actions; adjust the support.' },
    { name: 'Check-in 2', date: addDays(today, 56), purpose: 'Review progress and gather evidence.' },
    { name: 'Review', date: addDays(today, 84), purpose: 'Rate the focus sub-skills again and plan what comes next.' },
  ];
}

export interface GrowthPlanInput {
  ladder: Ladder;
  person: PersonRecord;
  ratings: PersonRatings | undefined;
  cycle: string;
  /** The manager as the workbook settings record them (an email), '' when unknown. */
  manager: string;
  /** Today in the script's time zone, yyyy-MM-dd. */
  today: string;
  /** Make the plan even when no sub-skill has a manager rating: its focus is left to choose together. */
  blank?: boolean;
  /** The PM's past cycles (History sheet); left out or null in the first cycle. */
  past?: PersonPast | null;
}

export interface GrowthPlanContent {
  person: PersonRecord;
  ladder: { id: string; title: string };
  level: Level;
  next: Level | null;
  cycle: string;
  manager: string;
  today: string;
  standing: Standing;
  strengths: RatedSubskill[];
  focus: FocusSubskill[];
  unrated: UnratedSubskill[];
  checkIns: CheckIn[];
  past: PersonPast | null;
}

export function growthPlanContent(input: GrowthPlanInput): GrowthPlanContent {
  const { ladder, person } = input;
  const level = findLevel(ladder, person.level);
  if (!level)
    throw new Error(`${person.name}'s level "${person.level}" is not a level of the ladder "${ladder.title}": fix it on the Team sheet.`);
  const next = nextLevel(ladder, level.id);
  const standing = standingOf(ladder, input.ratings);
  // A plan with nothing to focus on is made only when asked for as such, never by surprise.
  if (standing.rated.length === 0 && !input.blank) throw notRated(person.name);
  const focus = chooseFocus(standing.rated).map((f) => ({
    ...f,
    description: findSubskill(ladder, f.subskillId)?.subskill.description ?? '',
    expected: reachedAtLevel(ladder, f.subskillId, level.id) || `The ladder sets no expectation for ${level.name}.`,
    next: next
      ? expectationText(newAtLevel(ladder, f.subskillId, next.id)) ||
        (ladder.cumulative
          ? `Nothing new at ${next.name}: the ${level.name} expectations carry on.`
          : `The ladder sets no expectation for ${next.name}.`)
      : TOP_OF_LADDER,
  }));
  return {
    person,
    ladder: { id: ladder.id, title: ladder.title },
    level,
    next,
    cycle: input.cycle,
    manager: input.manager,
    today: input.today,
    standing,
    strengths: chooseStrengths(standing.rated, focus),
    focus,
    unrated: standing.unrated,
    checkIns: checkInSchedule(input.today),
    past: input.past ?? null,
  };
}

export const TOP_OF_LADDER = '— (top of the ladder)';
const NONE = '—';
/** What an evidence cell says when the manager wrote none, in words rather than a dash. */
export const NO_EVIDENCE = 'No evidence recorded yet.';

export const GROWTH_PLAN_VOCABULARY: Vocabulary = {
  kind: 'growth-plan',
  scalars: ['name', 'email', 'level', 'nextLevel', 'ladder', 'cycle', 'manager', 'date', 'rated', 'unrated', 'focusRule'],
  lists: {
    strength: { item: 'strongest sub-skill', fields: ['name', 'area', 'rating', 'evidence'] },
    focus: {
      item: 'focus sub-skill',
      fields: ['name', 'area', 'description', 'rating', 'sinceLast', 'peer', 'self', 'expected', 'next', 'evidence'],
    },
    checkin: { item: 'check-in', fields: ['name', 'date', 'purpose'] },
    unrated: { item: 'unrated sub-skill', fields: ['name', 'area', 'note'] },
  },
};

export const FOCUS_RULE =
  'Focus: the sub-skills with the lowest manager ratings for the level; ties go to the lower peer, then self rating, then ladder order.';

export function growthPlanValues(content: GrowthPlanContent): TemplateValues {
  const { person, level, next, standing } = content;
  const total = standing.rated.length + standing.unrated.length;
  return {
    scalars: {
      name: person.name,
      email: person.email || NONE,
      level: level.name,
      nextLevel: next ? next.name : TOP_OF_LADDER,
      ladder: content.ladder.title,
      cycle: content.cycle,
      manager: content.manager || NONE,
      date: longDate(content.today),
      rated: `${standing.rated.length} of ${total}`,
      unrated: unratedSummary(standing),
      focusRule: FOCUS_RULE,
    },
    lists: {
      strength: {
        items: content.strengths.map((s) => ({ name: s.name, area: s.areaName, rating: s.manager, evidence: s.evidence || NO_EVIDENCE })),
        whenEmpty:
          standing.rated.length === 0
            ? 'No sub-skill has a manager rating yet.'
            : `No other sub-skill is rated ${RATING_SCALE[MEETS]} or above yet.`,
      },
      focus: {
        items: content.focus.map((f) => ({
          name: f.name,
          area: f.areaName,
          description: f.description,
          rating: f.manager,
          sinceLast: subskillSinceLastText(content.past, f.subskillId, f.manager),
          peer: f.peer ?? 'not rated',
          self: f.self ?? 'not rated',
          expected: f.expected,
          next: f.next,
          evidence: f.evidence || NO_EVIDENCE,
        })),
        whenEmpty: 'To choose together: no sub-skill had a manager rating when this plan was made.',
      },
      checkin: {
        items: content.checkIns.map((c) => ({ name: c.name, date: longDate(c.date), purpose: c.purpose })),
        whenEmpty: NONE,
      },
      unrated: {
        items: content.unrated.map((u) => ({ name: u.name, area: u.areaName, note: u.note })),
        whenEmpty: `None: all ${total} sub-skills have a manager rating${standing.notApplicable.length > 0 ? ` (${standing.notApplicable.length} more marked Not applicable)` : ""}.`,
      },
    },
  };
}

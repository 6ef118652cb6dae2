import { isNotApplicable, ratingStep, type Rating, type RatingChoice } from '../ratingScale';
/**
 * The History sheet's rows as the trend reads them (cycles/history.ts HistoryRow has these
 * fields; kept apart so that calibration does not depend on the History sheet's module).
 */
export interface TrendRow {
  cycle: string;
  personId: string;
  kind: string;
  overall: Rating | '';
  subskillId: string;
  source: string;
  rating: RatingChoice | '';
}
type HistoryRow = TrendRow;

/** The cycle labels in the order they were archived. */
function historyCycles(rows: readonly HistoryRow[]): string[] {
  return [...new Set(rows.map((r) => r.cycle))];
}

/**
 * The trend a manager reads next to this cycle's ratings: each PM's overall rating in past
 * cycles, and last cycle's manager rating of each sub-skill. Read from the History sheet's rows
 * once for the whole team (no read per PM). A workbook with no finished cycle is in its first
 * cycle, and says so rather than showing empty cells.
 */

/** How many past cycles the Calibration sheet shows, newest first. */
export const PAST_CYCLES_SHOWN = 3;

export const FIRST_CYCLE = 'First cycle';

export interface PastOverall {
  cycle: string;
  overall: Rating | null;
}

export type Change = 'up' | 'same' | 'down';

export interface Trend {
  /** Whether the workbook has finished no cycle yet. */
  firstCycle: boolean;
  /** The last finished cycle's label, null in the first cycle. */
  lastCycle: string | null;
  /** The PM's overall ratings in finished cycles, newest first, at most PAST_CYCLES_SHOWN; [] when none. */
  past: PastOverall[];
  /** This cycle's overall against the last finished cycle's; null when either is missing. */
  change: Change | null;
}

/** The finished cycles' labels, newest first. */
export function cyclesNewestFirst(rows: readonly HistoryRow[]): string[] {
  return historyCycles(rows).reverse();
}

/** Each PM's overall rating per finished cycle, newest first: one pass over the rows. */
export function pastOveralls(rows: readonly HistoryRow[]): Map<string, PastOverall[]> {
  const order = cyclesNewestFirst(rows);
  const byPerson = new Map<string, Map<string, Rating | null>>();
  for (const row of rows) {
    if (row.kind !== 'overall') continue;
    const cycles = byPerson.get(row.personId) ?? new Map<string, Rating | null>();
    cycles.set(row.cycle, row.overall || null);
    byPerson.set(row.personId, cycles);
  }
  const result = new Map<string, PastOverall[]>();
  for (const [personId, cycles] of byPerson) {
    result.set(
      personId,
      order.filter((c) => cycles.has(c)).map((cycle) => ({ cycle, overall: cycles.get(cycle) ?? null })),
    );
  }
  return result;
}

export function changeOf(now: Rating | null, before: Rating | null): Change | null {
  if (now === null || before === null) return null;
  const d = ratingStep(now) - ratingStep(before);
  return d > 0 ? 'up' : d < 0 ? 'down' : 'same';
}

/** A PM's trend: `past` from pastOveralls, `lastCycle` the newest finished cycle of the workbook. */
export function personTrend(past: readonly PastOverall[] | undefined, lastCycle: string | null, overallNow: Rating | null): Trend {
  const mine = past ?? [];
  const last = mine[0]?.cycle === lastCycle ? mine[0] : undefined;
  return {
    firstCycle: lastCycle === null,
    lastCycle,
    past: mine.slice(0, PAST_CYCLES_SHOWN),
    change: last ? changeOf(overallNow, last.overall) : null,
  };
}

const ARROWS: Record<Change, string> = { up: '↑ up', same: '= same', down: '↓ down' };

/** The "Since last cycle" cell: "↑ up from Successfully Meets (H1 2026)", "First cycle", … */
export function sinceLastCycleText(trend: Trend): string {
  if (trend.firstCycle || trend.lastCycle === null) return FIRST_CYCLE;
  const last = trend.past[0]?.cycle === trend.lastCycle ? trend.past[0] : undefined;
  if (!last) return `Not on the team in ${trend.lastCycle}`;
  if (last.overall === null) return `No overall rating in ${trend.lastCycle}`;
  if (trend.change === null) return `${last.overall} in ${trend.lastCycle}; none yet now`;
  return trend.change === 'same'
    ? `= same as ${trend.lastCycle} (${last.overall})`
    : `${ARROWS[trend.change]} from ${last.overall} (${trend.lastCycle})`;
}

/** The "Past cycles" cell: one line per cycle, newest first, "H1 2026: Exceeds". */
export function pastCyclesText(trend: Trend): string {
  if (trend.firstCycle) return FIRST_CYCLE;
  if (trend.past.length === 0) return 'None on this team';
  return trend.past.map((p) => `${p.cycle}: ${p.overall ?? 'no overall rating'}`).join('\n');
}

/** Last finished cycle's manager rating per sub-skill of one PM, or null in the first cycle. */
export function lastManagerRatings(
  rows: readonly HistoryRow[],
  personId: string,
): { cycle: string; ratings: Record<string, RatingChoice> } | null {
  const lastCycle = cyclesNewestFirst(rows)[0];
  if (lastCycle === undefined) return null;
  const ratings: Record<string, RatingChoice> = {};
  for (const row of rows) {
    if (row.cycle === lastCycle && row.personId === personId && row.kind === 'rating' && row.source === 'manager' && row.rating) {
      ratings[row.subskillId] = row.rating;
    }
  }
  return { cycle: lastCycle, ratings };
}

/** What the docs show of a PM's past: the last finished cycle, their past overall ratings and last cycle's manager ratings. */
export interface PersonPast {
  /** The workbook's last finished cycle; null in its first cycle. */
  lastCycle: string | null;
  /** The PM's overall rating in each finished cycle they were in, newest first. */
  overalls: PastOverall[];
  /** Last finished cycle's manager rating per sub-skill of the PM. */
  lastManager: Readonly<Record<string, RatingChoice>>;
}

export function personPast(rows: readonly HistoryRow[], personId: string): PersonPast {
  const last = lastManagerRatings(rows, personId);
  return {
    lastCycle: last?.cycle ?? null,
    overalls: pastOveralls(rows.filter((r) => r.personId === personId)).get(personId) ?? [],
    lastManager: last?.ratings ?? {},
  };
}

/** A focus sub-skill's rating against last cycle's, for the Growth Plan: "up from Stronger Performance Needed in H1 2026". */
export function subskillSinceLastText(past: PersonPast | null | undefined, subskillId: string, now: Rating | null): string {
  if (!past || past.lastCycle === null) return 'first cycle';
  const before = past.lastManager[subskillId] ?? null;
  if (before === null) return `not rated in ${past.lastCycle}`;
  if (isNotApplicable(before)) return `not applicable in ${past.lastCycle}`;
  const change = changeOf(now, before);
  if (change === null) return `${before} in ${past.lastCycle}`;
  return change === 'same' ? `same as in ${past.lastCycle}` : `${change} from ${before} in ${past.lastCycle}`;
}

/** The Career Plan's "Past cycles" line: "H1 2026: Exceeds · H2 2025: Successfully Meets". */
export function pastOverallsText(past: PersonPast | null | undefined): string {
  if (!past || past.lastCycle === null) return `${FIRST_CYCLE}: no review cycle has been archived yet.`;
  if (past.overalls.length === 0) return 'None: not on this team in an archived cycle.';
  return past.overalls.map((p) => `${p.cycle}: ${p.overall ?? 'no overall rating'}`).join(' · ');
}

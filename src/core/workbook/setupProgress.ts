import * as z from 'zod/mini';
import type { Ladder } from '../ladder/schema';
import { hashText } from './hash';
import type { RatingSheetWork, RefreshPlan } from './workbookRefresh';

/**
 * Set-up in several runs. Apps Script cuts an execution at 6 minutes ("Script runtime: 6 min /
 * execution", https://developers.google.com/apps-script/guides/services/quotas), and a set-up
 * of 100 PMs is some 1,460 service calls. So each run plans everything first (every input
 * checked, nothing written on bad input), writes the Ladder and Team sheets, then PM sheets
 * while its time budget lasts, and records which PM sheets are left for which plan. The next
 * run reads the Team sheet and plans again from it, taking the PM sheets as they are (not
 * reading them): when that plan is the recorded one, it writes what is left; when the team or
 * the ladder changed in between, it plans from everything as read, like a first run, which
 * finds the sheets already written unchanged. Nothing is lost either way.
 */

/** What the workbook keeps between runs (a document property) while a set-up is unfinished. */
export const setupProgressSchema = z.object({
  /** `planFingerprint` of the plan being carried out. */
  fingerprint: z.string(),
  /** The plan's PM sheets, done or not. */
  total: z.number(),
  /** The PM sheets still to write, in plan order, as `todoEntry` gives them. */
  todo: z.array(z.string()),
  /** The first run's refresh summary (later runs do not read every sheet, so they cannot count ratings). */
  summary: z.string(),
});
export type SetupProgress = z.infer<typeof setupProgressSchema>;

/**
 * Properties hold at most 9 KB a value ("Properties value size: 9 KB / val", same page), in
 * bytes of UTF-8. An entry takes at most 15 with its quotes, so the 500 PMs set-up takes fit
 * in 7.5 KB; the summary is cut to what is left.
 */
export const PROGRESS_MAX_BYTES = 9000;

/** Bytes of `text` in UTF-8 (no TextEncoder in Apps Script). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** One PM sheet still to write: the person's id, and whether the sheet is to be made or its tab colour set. */
export interface TodoItem {
  personId: string;
  make: boolean;
  archivedChanged: boolean;
}

export function todoEntry(work: Pick<RatingSheetWork, 'person' | 'existing' | 'archivedChanged'>): string {
  const flags = `${work.existing ? '' : 'm'}${work.archivedChanged ? 't' : ''}`;
  return flags ? `${flags}:${work.person.id}` : work.person.id;
}

export function parseTodoEntry(entry: string): TodoItem {
  const colon = entry.indexOf(':');
  const flags = colon >= 0 ? entry.slice(0, colon) : '';
  return { personId: entry.slice(colon + 1), make: flags.includes('m'), archivedChanged: flags.includes('t') };
}

/**
 * Time budgets of one run. The 6-minute cut ends a script wherever it is, so a menu run stops
 * starting PM sheets at 4.5 minutes (a sheet takes well under a second). The set-up dialog
 * calls again and again: it keeps each call near 20 seconds so that progress shows and a
 * closed dialog or dropped connection loses little; Google documents no shorter limit for
 * google.script.run than the script runtime.
 */
export const MENU_RUN_BUDGET_MS = 270_000;
export const DIALOG_RUN_BUDGET_MS = 20_000;

/** How long a run may go on starting work, on an injected clock (Date.now in Apps Script, a fake one in tests). */
export interface TimeBudget {
  /** Whether the run still has time to start one more piece of work. */
  hasTime(): boolean;
}

export function timeBudget(clock: () => number, budgetMs: number): TimeBudget {
  const deadline = clock() + budgetMs;
  return { hasTime: () => clock() < deadline };
}

/**
 * What decides every PM sheet's content besides its own ratings: the ladder, the cycle and
 * each person's record (id, name, level, target, links, sheet, archived), in order. Two runs
 * with one fingerprint write the same sheets; the settings' time stamp is left out.
 */
export function planFingerprint(ladder: Ladder, cycle: string, plan: Pick<RefreshPlan, 'people'>): string {
  const people = plan.people.map((p) => [
    p.id,
    p.name,
    p.email,
    p.level,
    p.targetLevel,
    p.growthPlanUrl,
    p.careerPlanUrl,
    p.sheetName,
    p.archived,
  ]);
  return hashText(JSON.stringify([hashText(JSON.stringify(ladder)), cycle, people]));
}

/** The recorded progress, or null when there is none or it is damaged (a run then starts afresh, which is always safe). */
export function parseSetupProgress(json: string | null): SetupProgress | null {
  if (json === null) return null;
  try {
    const parsed = setupProgressSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The progress as stored, within the property size: the summary is cut to fit. When even the
 * list of sheets to write does not fit, null: nothing is recorded and the next run plans from
 * everything as read, which finds the sheets already done unchanged (slower, never wrong).
 */
export function serializeSetupProgress(progress: SetupProgress): string | null {
  const withSummary = (keep: number) =>
    JSON.stringify({ ...progress, summary: keep >= progress.summary.length ? progress.summary : `${progress.summary.slice(0, keep)}…` });
  if (utf8Length(withSummary(0)) > PROGRESS_MAX_BYTES) return null;
  // The longest start of the summary that fits (escapes and accented letters take more than a byte).
  let [fits, tooLong] = [0, progress.summary.length + 1];
  while (tooLong - fits > 1) {
    const keep = Math.floor((fits + tooLong) / 2);
    if (utf8Length(withSummary(keep)) <= PROGRESS_MAX_BYTES) fits = keep;
    else tooLong = keep;
  }
  return withSummary(fits);
}

/** How far a set-up is: PM sheets showing the plan, of all the plan's PM sheets. */
export interface SetupCount {
  done: number;
  total: number;
}

/**
 * The change log: one row per change made through the add-on, in a hidden sheet a person can
 * unhide and filter. It is bounded so that a long-lived workbook stays fast: once it would pass
 * CHANGE_LOG_BOUND rows, its oldest rows fold into one count row at the top. Pure: the shell
 * reads the rows and writes what these return.
 */

export const CHANGE_LOG_BOUND = 5000;

export const CHANGE_LOG_HEADERS = [
  'When',
  'By',
  'Change',
  'Cycle',
  'Person id',
  'PM',
  'Sub-skill',
  'Source',
  'Old',
  'New',
  'Note',
] as const;
export const CHANGE_LOG_COLUMNS = CHANGE_LOG_HEADERS.length;

/**
 * - save: a rating or evidence cell changed by Save in the sidebar;
 * - review: a Self, Peer or Evidence cell written by Collect reviews;
 * - override: an Override or Reason on the Calibration sheet, found changed at refresh or close;
 * - close / reopen / start: the cycle's life;
 * - earlier: the count of rows folded away.
 */
export type ChangeKind = 'save' | 'review' | 'override' | 'close' | 'reopen' | 'start' | 'earlier';

export interface ChangeEntry {
  when: string;
  by: string;
  kind: ChangeKind;
  cycle: string;
  personId?: string;
  person?: string;
  subskill?: string;
  source?: string;
  old?: string;
  new?: string;
  note?: string;
}

export type LogRow = readonly string[];

const FIELD = { kind: 2, cycle: 3, personId: 4, source: 7, new: 9, note: 10 } as const;

export function entryRow(entry: ChangeEntry): string[] {
  return [
    entry.when,
    entry.by,
    entry.kind,
    entry.cycle,
    entry.personId ?? '',
    entry.person ?? '',
    entry.subskill ?? '',
    entry.source ?? '',
    entry.old ?? '',
    entry.new ?? '',
    entry.note ?? '',
  ];
}

const EARLIER_PREFIX = 'Earlier changes: ';

/** How many changes a fold row stands for (0 when the row is not one). */
function earlierCount(row: LogRow): number {
  if (row[FIELD.kind] !== 'earlier') return 0;
  const n = Number((row[FIELD.note] ?? '').slice(EARLIER_PREFIX.length));
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

/** Whether appending `adding` rows to a log of `logged` rows stays under the bound (a plain append). */
export function fitsUnderBound(logged: number, adding: number, bound: number = CHANGE_LOG_BOUND): boolean {
  return logged + adding <= bound;
}

/**
 * The log's rows (header excluded) after appending entries, or null when the entries fit under
 * the bound and can simply be appended. Past the bound, the oldest rows (an earlier fold row
 * among them) become one fold row carrying their count, so the number of changes ever logged
 * stays readable.
 */
export function foldedLog(rows: readonly LogRow[], entries: readonly ChangeEntry[], bound: number = CHANGE_LOG_BOUND): string[][] | null {
  if (fitsUnderBound(rows.length, entries.length, bound)) return null;
  const all = [...rows.map((r) => [...r]), ...entries.map(entryRow)];
  const keep = Math.max(bound - 1, 0);
  const dropped = all.slice(0, all.length - keep);
  const count = dropped.reduce((sum, row) => sum + (earlierCount(row) || 1), 0);
  const fold = entryRow({
    when: dropped[dropped.length - 1]?.[0] ?? '',
    by: '',
    kind: 'earlier',
    cycle: '',
    note: `${EARLIER_PREFIX}${count}`,
  });
  return [fold, ...all.slice(all.length - keep)];
}

/**
 * The Override and Reason the log last recorded for each PM in a cycle, by person id: the
 * baseline a refresh compares the Calibration sheet with, so an override typed by hand is
 * logged once, old → new. Sources 'override' and 'reason' keep the two apart.
 */
export function loggedOverrides(rows: readonly LogRow[], cycle: string): Map<string, { override: string; reason: string }> {
  const last = new Map<string, { override: string; reason: string }>();
  for (const row of rows) {
    if (row[FIELD.kind] !== 'override' || row[FIELD.cycle] !== cycle) continue;
    const id = row[FIELD.personId] ?? '';
    const entry = last.get(id) ?? { override: '', reason: '' };
    if (row[FIELD.source] === 'reason') entry.reason = row[FIELD.new] ?? '';
    else entry.override = row[FIELD.new] ?? '';
    last.set(id, entry);
  }
  return last;
}

export interface OverrideNow {
  personId: string;
  person: string;
  override: string;
  reason: string;
}

/** Log entries for each Override or Reason that differs from what the log last recorded. */
export function overrideChanges(
  now: readonly OverrideNow[],
  logged: ReadonlyMap<string, { override: string; reason: string }>,
  stamp: { when: string; by: string; cycle: string; note: string },
): ChangeEntry[] {
  const entries: ChangeEntry[] = [];
  for (const o of now) {
    const before = logged.get(o.personId) ?? { override: '', reason: '' };
    const base = {
      when: stamp.when,
      by: stamp.by,
      kind: 'override' as const,
      cycle: stamp.cycle,
      personId: o.personId,
      person: o.person,
      note: stamp.note,
    };
    if (o.override.trim() !== before.override.trim())
      entries.push({ ...base, source: 'override', old: before.override, new: o.override.trim() });
    if (o.reason.trim() !== before.reason.trim()) entries.push({ ...base, source: 'reason', old: before.reason, new: o.reason.trim() });
  }
  return entries;
}

/**
 * The change log: one row per change made through the add-on, kept in a hidden sheet. The sheet
 * is bounded so a long-lived workbook stays fast: once it outgrows the bound, its oldest rows are
 * folded into one count row at the top. Pure: the shell reads the rows, calls appendToLog once
 * and writes the result back in one call.
 */

export const CHANGE_LOG_SHEET = 'Change log';

/** Rows kept (not counting the header); a workbook past this folds its oldest rows. */
export const CHANGE_LOG_BOUND = 5000;

export const CHANGE_LOG_HEADER = ['when', 'by', 'kind', 'cycle', 'person', 'sub-skill', 'source', 'old', 'new', 'note'] as const;

export type ChangeKind = 'save' | 'override' | 'close' | 'reopen' | 'rolled-up';

export interface ChangeEntry {
  readonly when: string;
  readonly by: string;
  readonly kind: ChangeKind;
  readonly cycle: string;
  readonly person?: string;
  readonly subSkill?: string;
  readonly source?: string;
  readonly old?: string;
  readonly new?: string;
  readonly note?: string;
}

export type LogRow = readonly string[];

export function entryRow(entry: ChangeEntry): LogRow {
  return [
    entry.when,
    entry.by,
    entry.kind,
    entry.cycle,
    entry.person ?? '',
    entry.subSkill ?? '',
    entry.source ?? '',
    entry.old ?? '',
    entry.new ?? '',
    entry.note ?? '',
  ];
}

const KIND_COLUMN = 2;
const NOTE_COLUMN = 9;
const ROLLED_PREFIX = 'earlier changes: ';

/** How many changes an existing roll-up row stands for (0 when the row is not one). */
function rolledCount(row: LogRow): number {
  if (row[KIND_COLUMN] !== 'rolled-up') return 0;
  const text = row[NOTE_COLUMN] ?? '';
  const n = Number(text.startsWith(ROLLED_PREFIX) ? text.slice(ROLLED_PREFIX.length) : NaN);
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

/**
 * The log's rows (header excluded) after appending entries. When the result passes the bound,
 * the oldest rows (and any earlier roll-up row) become one roll-up row carrying their count, so
 * the total of changes ever logged stays readable.
 */
export function appendToLog(rows: readonly LogRow[], entries: readonly ChangeEntry[], bound: number = CHANGE_LOG_BOUND): LogRow[] {
  const all = [...rows, ...entries.map(entryRow)];
  if (all.length <= bound) return all;
  const keep = Math.max(bound - 1, 0);
  const dropped = all.slice(0, all.length - keep);
  const count = dropped.reduce((sum, row) => sum + (rolledCount(row) || 1), 0);
  const last = dropped[dropped.length - 1];
  const rollUp = entryRow({
    when: last?.[0] ?? '',
    by: '',
    kind: 'rolled-up',
    cycle: '',
    note: `${ROLLED_PREFIX}${count}`,
  });
  return [rollUp, ...all.slice(all.length - keep)];
}

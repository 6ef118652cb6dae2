import type { Ladder } from '../ladder/schema';
import { parseLadder } from '../ladder/parse';
import { ladderSummary, ladderSummarySchema, type LadderSummary } from '../ladder/summary';

/**
 * Ladders a team brought in a sheet are kept in the spreadsheet itself, in a hidden sheet:
 * one row per ladder, its validated JSON split over cells. A document property holds 9 KB
 * per value (500 KB in all) and the 2021 Intercom ladder alone is 52 KB of JSON; a cell
 * holds 50,000 characters, so the JSON is cut into parts well under that.
 * https://developers.google.com/apps-script/guides/services/quotas#current_limitations
 * https://support.google.com/docs/answer/37603 (50,000 characters per cell)
 */
export const LADDER_STORE_SHEET = 'Custom ladders';
/** A named range over the whole store: one call finds it, wherever the sheet went and whatever its name. */
export const LADDER_STORE_RANGE = 'CareerLadderCustomLadders';
export const LADDER_STORE_HEADER = ['Ladder id', 'Title', 'Summary', 'From sheet', 'Stored', 'Ladder JSON, in parts'] as const;
const FIRST_PART = LADDER_STORE_HEADER.length - 1;
export const JSON_PART_LENGTH = 40000;

export interface StoredLadderRow {
  /** 0-based row in the store sheet. */
  row: number;
  id: string;
  summary: LadderSummary | null;
  sheetName: string;
  storedAt: string;
  json: string;
}

/** The row that stores a ladder: the summary for listLadders, the JSON in parts for loadLadder. */
export function ladderStoreRow(ladder: Ladder, sheetName: string, storedAt: string): string[] {
  const json = JSON.stringify(ladder);
  const parts: string[] = [];
  for (let i = 0; i < json.length; i += JSON_PART_LENGTH) parts.push(json.slice(i, i + JSON_PART_LENGTH));
  return [ladder.id, ladder.title, JSON.stringify(ladderSummary(ladder, false)), sheetName, storedAt, ...parts];
}

/** The store sheet's rows (as getValues gives them), header skipped, blank rows ignored. */
export function readLadderStore(values: ReadonlyArray<ReadonlyArray<unknown>>): StoredLadderRow[] {
  const rows: StoredLadderRow[] = [];
  values.forEach((cells, row) => {
    if (row === 0) return;
    const text = cells.map((c) => (c === null || c === undefined ? '' : String(c)));
    const id = text[0] ?? '';
    if (id === '') return;
    rows.push({
      row,
      id,
      summary: parseSummary(text[2] ?? ''),
      sheetName: text[3] ?? '',
      storedAt: text[4] ?? '',
      json: text.slice(FIRST_PART).join(''),
    });
  });
  return rows;
}

function parseSummary(text: string): LadderSummary | null {
  try {
    const parsed = ladderSummarySchema.safeParse(JSON.parse(text));
    return parsed.success ? { ...parsed.data, builtIn: false } : null;
  } catch {
    return null;
  }
}

/**
 * A stored ladder, checked again with `parseLadder`: the store sheet is hidden, not locked,
 * and a ladder that no longer passes must not reach set-up or the sidebar.
 */
export function storedLadder(row: StoredLadderRow): Ladder {
  const damaged = (why: string) =>
    new Error(
      `The stored ladder "${row.id}" is damaged (${why}). Open its ladder sheet${row.sheetName ? ` "${row.sheetName}"` : ''} and use "Use this sheet's ladder" again.`,
    );
  let json: unknown;
  try {
    json = JSON.parse(row.json);
  } catch {
    throw damaged('its JSON does not parse');
  }
  const parsed = parseLadder(json);
  if (!parsed.ok)
    throw damaged(
      parsed.problems
        .slice(0, 3)
        .map((p) => `${p.path}: ${p.message}`)
        .join('; '),
    );
  if (parsed.ladder.id !== row.id) throw damaged(`it holds the ladder "${parsed.ladder.id}"`);
  return parsed.ladder;
}

/** Where a ladder goes in the store: its own row again when it is there already, else a new row. */
export function ladderStoreSlot(
  rows: StoredLadderRow[],
  ladderId: string,
  rowCount: number,
): { row: number; replaces: StoredLadderRow | null } {
  const existing = rows.find((r) => r.id === ladderId);
  if (existing) return { row: existing.row, replaces: existing };
  return { row: Math.max(rowCount, 1), replaces: null };
}

import type { Ladder } from '../core/ladder/schema';
import type { LadderSummary } from '../core/ladder/summary';
import { foreignSheet } from '../core/messages';
import {
  LADDER_STORE_HEADER,
  LADDER_STORE_RANGE,
  LADDER_STORE_SHEET,
  ladderStoreRow,
  ladderStoreSlot,
  readLadderStore,
  storedLadder,
  type StoredLadderRow,
} from '../core/ladderSheet/ladderStore';
import { activeSpreadsheet } from './workbookSpreadsheet';

/**
 * The ladders a team brought in a ladder sheet, kept in a hidden sheet of the spreadsheet
 * (src/core/ladderSheet/ladderStore.ts says why not in a property), covered by a named range.
 * Read in one go, once per execution: the named range and its values (2 calls, 1 when no
 * ladder was stored yet, plus the spreadsheet when nothing else fetched it).
 */
let rows: StoredLadderRow[] | null = null;
const parsed = new Map<string, Ladder>();

function readStore(): StoredLadderRow[] {
  if (rows) return rows;
  const range = activeSpreadsheet().getRangeByName(LADDER_STORE_RANGE);
  rows = range ? readLadderStore(range.getValues()) : [];
  return rows;
}

/** The summaries listLadders() adds after the built-in ladders. */
export function storedLadderSummaries(): LadderSummary[] {
  return readStore()
    .map((r) => r.summary)
    .filter((s): s is LadderSummary => s !== null);
}

/** A stored ladder by id, checked again with the ladder rules; undefined when none has this id. */
export function loadStoredLadder(ladderId: string): Ladder | undefined {
  const cached = parsed.get(ladderId);
  if (cached) return cached;
  const row = readStore().find((r) => r.id === ladderId);
  if (!row) return undefined;
  const ladder = storedLadder(row);
  parsed.set(ladderId, ladder);
  return ladder;
}

/** The store was just written: what this execution read of it is out of date. */
function forgetStoredLadders(): void {
  rows = null;
  parsed.clear();
}

export interface StoreOutcome {
  /** The row this ladder replaced (same id), or null for a new ladder. */
  replaced: StoredLadderRow | null;
  /** The hidden sheet was made now (the active sheet changed: activate the ladder sheet again). */
  created: boolean;
}

/**
 * Stores a validated ladder: its own row again when one with this id is there, else a new
 * row; the hidden sheet is made on first use. One block written as plain text (a part of the
 * JSON may start with "=" or look like a number), padded to clear any longer old row; the
 * named range is then set over the whole store.
 */
export function storeLadder(ladder: Ladder, sheetName: string, storedAt: string): StoreOutcome {
  const ss = activeSpreadsheet();
  const named = ss.getRangeByName(LADDER_STORE_RANGE);
  let sheet = named ? named.getSheet() : ss.getSheetByName(LADDER_STORE_SHEET);
  let values: unknown[][] = [];
  if (named) values = named.getValues();
  else if (sheet) values = sheet.getDataRange().getValues();
  if (!sheet) {
    // insertSheet makes the new sheet active and hiding it activates another: the caller activates its sheet again.
    sheet = ss.insertSheet(LADDER_STORE_SHEET);
    sheet.hideSheet();
  }
  const fresh = values.every((r) => r.every((c) => c === ''));
  if (!fresh && String(values[0]?.[0] ?? '') !== LADDER_STORE_HEADER[0]) {
    throw foreignSheet(
      LADDER_STORE_SHEET,
      LADDER_STORE_SHEET,
      "Career Ladder keeps the team's own ladders in it: rename that sheet, then use the ladder sheet again. Nothing was stored.",
    );
  }
  const stored = fresh ? [] : readLadderStore(values);
  const slot = fresh ? { row: 1, replaces: null } : ladderStoreSlot(stored, ladder.id, values.length);
  const row = ladderStoreRow(ladder, sheetName, storedAt);
  const oldWidth = fresh ? 0 : (values[0]?.length ?? 0);
  const width = Math.max(row.length, LADDER_STORE_HEADER.length, oldWidth);
  const pad = (cells: readonly string[]): string[] => [...cells, ...new Array<string>(width - cells.length).fill('')];
  const block = fresh ? [pad(LADDER_STORE_HEADER), pad(row)] : [pad(row)];
  // A new sheet has 26 columns; a wider store grew them before. Only a wider row needs a look.
  if (width > Math.max(oldWidth, NEW_SHEET_COLUMNS)) {
    const maxColumns = sheet.getMaxColumns();
    if (width > maxColumns) sheet.insertColumnsAfter(maxColumns, width - maxColumns);
  }
  const range = sheet.getRange(fresh ? 1 : slot.row + 1, 1, block.length, width);
  range.setNumberFormat('@');
  range.setValues(block);
  const height = Math.max(fresh ? 2 : values.length, slot.row + 1);
  if (!named || height !== values.length || width !== oldWidth) ss.setNamedRange(LADDER_STORE_RANGE, sheet.getRange(1, 1, height, width));
  forgetStoredLadders();
  return { replaced: slot.replaces, created: !named && fresh };
}

/** https://support.google.com/docs/answer/37603: a new sheet is 1,000 rows by 26 columns. */
const NEW_SHEET_COLUMNS = 26;

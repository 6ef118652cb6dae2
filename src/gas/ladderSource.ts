import { ladderDataFileName } from '../core/ladder/dataFile';
import { BUILTIN_LADDER_INDEX } from '../core/ladder/builtinIndex';
import type { Ladder } from '../core/ladder/schema';
import { unknownLadder } from '../core/messages';
// Bring your own ladder (README "Bring your own ladder"): ladders stored from a ladder sheet.
import { loadStoredLadder, storedLadderSummaries } from './ladderSheetStore';

/** Ladders read in this execution (Apps Script starts each execution with fresh globals). */
const loaded = new Map<string, Ladder>();

/**
 * A built-in ladder by id, read from its data file (2 service calls, once per execution).
 * The file was validated by `npm run build`, so it is trusted here rather than re-parsed.
 */
export function loadBuiltinLadder(ladderId: string): Ladder | undefined {
  if (!BUILTIN_LADDER_INDEX.some((l) => l.id === ladderId)) return undefined;
  const cached = loaded.get(ladderId);
  if (cached) return cached;
  const json = HtmlService.createHtmlOutputFromFile(ladderDataFileName(ladderId)).getContent();
  const ladder = JSON.parse(json) as Ladder;
  loaded.set(ladderId, ladder);
  return ladder;
}

/**
 * The ladder a workbook uses, by id: today a built-in ladder (ladders stored in the
 * spreadsheet come later, through this same function). An unknown id is refused (UNKNOWN_LADDER).
 */
export function loadLadder(ladderId: string): Ladder {
  const ladder = loadBuiltinLadder(ladderId);
  if (ladder) return ladder;
  // Bring your own ladder: a ladder stored in this spreadsheet from a ladder sheet (4 calls, once per execution).
  const stored = loadStoredLadder(ladderId);
  if (stored) return stored;
  const known = [...BUILTIN_LADDER_INDEX, ...storedLadderSummaries()].map((l) => `${l.id} (${l.organization}: ${l.title})`).join('; ');
  // End of bring your own ladder.
  throw unknownLadder(ladderId, known);
}

/**
 * A ladder's title and levels by id, for naming it (the ladder a workbook used before a
 * set-up): a built-in one from the index (no call), a stored one from the store; null when the
 * id is neither.
 */
export function ladderSummaryById(ladderId: string): { title: string; levels: ReadonlyArray<{ id: string; name: string }> } | null {
  return BUILTIN_LADDER_INDEX.find((l) => l.id === ladderId) ?? storedLadderSummaries().find((l) => l.id === ladderId) ?? null;
}

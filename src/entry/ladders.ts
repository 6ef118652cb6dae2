import { BUILTIN_LADDER_INDEX } from '../core/ladder/builtinIndex';
import type { LadderSummary } from '../core/ladder/summary';
// Bring your own ladder: ladders stored in this spreadsheet from a ladder sheet, after the built-in ones.
import { storedLadderSummaries } from '../gas/ladderSheetStore';

/**
 * docs/ARCHITECTURE.md, Server API: `[{ id, title, levels: [{ id, name }] }]`, plus a few fields for the set-up
 * dialog: the built-in ladders, then the team's own (`builtIn: false`), read from the
 * spreadsheet: the spreadsheet and the store's named range (2 calls), and its values when
 * there is a store (3).
 */
export function listLadders(): LadderSummary[] {
  const builtIn = BUILTIN_LADDER_INDEX.map((l) => ({ ...l, levels: l.levels.map((v) => ({ ...v })) }));
  return [...builtIn, ...storedLadderSummaries()];
}

import { ladderDataFileName } from '../core/ladder/dataFile';
import { BUILTIN_LADDER_INDEX } from '../core/ladder/builtinIndex';
import type { Ladder } from '../core/ladder/schema';

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

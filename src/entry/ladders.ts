import { BUILTIN_LADDER_INDEX } from '../core/ladder/builtinIndex';
import type { LadderSummary } from '../core/ladder/summary';

/** DESIGN.md section 7: `[{ id, title, levels: [{ id, name }] }]`, plus a few fields for the set-up dialog. */
export function listLadders(): LadderSummary[] {
  return BUILTIN_LADDER_INDEX.map((l) => ({ ...l, levels: l.levels.map((v) => ({ ...v })) }));
}

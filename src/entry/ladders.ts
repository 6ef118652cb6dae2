import { builtinLadders } from '../core/ladder/builtin';
import { ladderSummary, type LadderSummary } from '../core/ladder/summary';

/** DESIGN.md section 7: `[{ id, title, levels: [{ id, name }] }]`, plus a few fields for the set-up dialog. */
export function listLadders(): LadderSummary[] {
  return builtinLadders().map((l) => ladderSummary(l, true));
}

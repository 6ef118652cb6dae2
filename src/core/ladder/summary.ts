import * as z from 'zod/mini';
import type { Ladder } from './schema';

/** What `listLadders()` returns per ladder (docs/ARCHITECTURE.md, Server API; fields may be added). */
export const ladderSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  organization: z.string(),
  cumulative: z.boolean(),
  levels: z.array(z.object({ id: z.string(), name: z.string() })),
  areaCount: z.number(),
  subskillCount: z.number(),
  builtIn: z.boolean(),
});
export type LadderSummary = z.infer<typeof ladderSummarySchema>;

export function ladderSummary(ladder: Ladder, builtIn: boolean): LadderSummary {
  return {
    id: ladder.id,
    title: ladder.title,
    organization: ladder.organization,
    cumulative: ladder.cumulative,
    levels: ladder.levels.map((l) => ({ id: l.id, name: l.name })),
    areaCount: ladder.areas.length,
    subskillCount: ladder.areas.reduce((n, a) => n + a.subskills.length, 0),
    builtIn,
  };
}

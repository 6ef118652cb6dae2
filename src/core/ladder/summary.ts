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

/**
 * How a ladder is named in a list a manager picks from: organization, title and level count, so
 * that two editions of one organization's ladder (Intercom's 5-level and 4-level PM ladders) read
 * apart, and a team's own ladder says so once (its organization may already say "own ladder").
 */
export function ladderLabel(ladder: Pick<LadderSummary, 'title' | 'organization' | 'levels' | 'builtIn'>): string {
  const count = ladder.levels.length;
  // A title that already states its level count ("… (4 levels)") need not say it twice.
  const title = ladder.title.replace(/\s*\(\d+ levels?\)\s*$/i, '');
  const own = !ladder.builtIn && !/own ladder/i.test(ladder.organization) ? ', own ladder' : '';
  return `${ladder.organization}: ${title} (${count} level${count === 1 ? '' : 's'}${own})`;
}

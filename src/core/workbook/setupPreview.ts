import * as z from 'zod/mini';
import type { RefreshSummary } from './workbookRefresh';

/**
 * What a set-up will change in an existing workbook, said before anything is written
 * (`setupCalibration({ …, preview: true })`): the ladder and the cycle, PMs added, archived,
 * back or renamed, level changes, and the ratings that would move to Archived ratings, per PM.
 * Archived ratings are kept but no longer counted by calibration, so a set-up that archives any
 * needs an explicit confirmation (`confirmArchive: true`).
 */
export const setupPreviewSchema = z.object({
  /** Ladder titles; `from` null for a workbook not set up yet. */
  ladder: z.object({ from: z.nullable(z.string()), to: z.string() }),
  cycle: z.object({ from: z.nullable(z.string()), to: z.string() }),
  added: z.array(z.string()),
  archived: z.array(z.string()),
  returned: z.array(z.string()),
  renamed: z.array(z.string()),
  /** Level names. */
  levelChanges: z.array(z.object({ name: z.string(), from: z.string(), to: z.string() })),
  ratingsKept: z.number(),
  ratingsArchived: z.number(),
  archivedByPerson: z.array(z.object({ name: z.string(), ratings: z.number() })),
  /** Most of the ratings would be archived: a new ladder is better started as a new cycle (Start next cycle). */
  mostArchived: z.boolean(),
});
export type SetupPreview = z.infer<typeof setupPreviewSchema>;

export interface PreviewContext {
  ladderFrom: string | null;
  ladderTo: string;
  cycleFrom: string | null;
  cycleTo: string;
  /** The Team sheet's rows as read before the set-up: each PM's level as the sheet names it. */
  levelsBefore: ReadonlyArray<{ id: string; level: string }>;
  /** The PMs the set-up plans, with their level ids on the new ladder. */
  people: ReadonlyArray<{ id: string; name: string; level: string; archived: boolean }>;
  /** A level id of the new ladder as its name. */
  levelName: (id: string) => string;
}

/**
 * Level changes: each PM still on the team whose level, as the Team sheet named it, is not the
 * level set up (by name, so a ladder switch that keeps "Senior PM" is no change).
 */
function levelChanges(context: PreviewContext): SetupPreview['levelChanges'] {
  const before = new Map(context.levelsBefore.filter((r) => r.id !== '').map((r) => [r.id, r.level.trim()]));
  return context.people.flatMap((p) => {
    const was = before.get(p.id);
    const now = context.levelName(p.level);
    return !p.archived && was !== undefined && was !== '' && was.toLowerCase() !== now.toLowerCase()
      ? [{ name: p.name, from: was, to: now }]
      : [];
  });
}

export function setupPreview(summary: RefreshSummary, context: PreviewContext): SetupPreview {
  return {
    ladder: { from: context.ladderFrom, to: context.ladderTo },
    cycle: { from: context.cycleFrom, to: context.cycleTo },
    added: [...summary.added],
    archived: [...summary.archived],
    returned: [...summary.returned],
    renamed: [...summary.renamed],
    levelChanges: levelChanges(context),
    ratingsKept: summary.ratingsKept,
    ratingsArchived: summary.ratingsArchived,
    archivedByPerson: summary.archivedByPerson.map((p) => ({ ...p })),
    mostArchived: summary.ratingsArchived > summary.ratingsKept,
  };
}

/** "Ann Lee 18, Bo Chen 3": who loses how many ratings to the archive. */
export function archivedByPersonText(preview: Pick<SetupPreview, 'archivedByPerson'>): string {
  return preview.archivedByPerson.map((p) => `${p.name} ${p.ratings}`).join(', ');
}

import type { RatingChange, RatingForm } from '../../core/api';
import type { Rating } from '../../core/ratingScale';

/**
 * What the manager has typed in the sidebar versus what the server last confirmed, per
 * sub-skill. Pure functions, so the rules that keep typed text from being lost are tested
 * without a browser: a save sends only what differs, a save that fails changes nothing here,
 * and a reload after a conflict keeps every unsaved edit on top of the fresh ratings.
 */
export interface ManagerEntry {
  rating: Rating | null;
  evidence: string;
}

/** Sub-skill id -> the manager's rating and evidence. */
export type Entries = Record<string, ManagerEntry>;

export function formEntries(form: RatingForm): Entries {
  const entries: Entries = {};
  for (const item of form.items) entries[item.subskillId] = { rating: item.ratings.manager, evidence: item.evidence };
  return entries;
}

export function sameEntry(a: ManagerEntry | undefined, b: ManagerEntry | undefined): boolean {
  return (a?.rating ?? null) === (b?.rating ?? null) && (a?.evidence ?? '') === (b?.evidence ?? '');
}

/** Sub-skill ids whose current entry differs from the saved one, in form order. */
export function unsavedIds(saved: Entries, current: Entries): string[] {
  return Object.keys(current).filter((id) => !sameEntry(saved[id], current[id]));
}

/** The saveRatings changes for what differs: the manager's rating with its evidence. */
export function pendingChanges(saved: Entries, current: Entries): RatingChange[] {
  return unsavedIds(saved, current).map((subskillId) => {
    const entry = current[subskillId]!;
    return { subskillId, source: 'manager', rating: entry.rating, evidence: entry.evidence };
  });
}

/** After a successful save: what was sent is now saved; anything typed meanwhile stays unsaved. */
export function markSaved(saved: Entries, sent: RatingChange[]): Entries {
  const next: Entries = { ...saved };
  for (const change of sent) next[change.subskillId] = { rating: change.rating, evidence: change.evidence ?? '' };
  return next;
}

export function countRated(entries: Entries): number {
  return Object.values(entries).filter((e) => e.rating !== null).length;
}

export interface ReloadMerge {
  /** The fresh ratings with the manager's unsaved edits on top. */
  current: Entries;
  /** Unsaved edits to sub-skills that someone else also changed: what they saved. */
  overlaps: Entries;
  /** Unsaved edits to sub-skills no longer on the PM's form (the ladder changed). */
  orphaned: Entries;
}

/**
 * Reloading (after a conflict, or coming back to a PM) never drops what was typed: each
 * sub-skill edited since the last load keeps the edit; where the server's value moved too,
 * the other person's value is reported so the manager can choose.
 */
export function mergeAfterReload(previousSaved: Entries, current: Entries, freshSaved: Entries): ReloadMerge {
  const merged: Entries = { ...freshSaved };
  const overlaps: Entries = {};
  const orphaned: Entries = {};
  for (const id of unsavedIds(previousSaved, current)) {
    const edit = current[id]!;
    if (!(id in freshSaved)) {
      orphaned[id] = edit;
      continue;
    }
    merged[id] = edit;
    const theirs = freshSaved[id]!;
    if (!sameEntry(previousSaved[id], theirs) && !sameEntry(theirs, edit)) overlaps[id] = theirs;
  }
  return { current: merged, overlaps, orphaned };
}

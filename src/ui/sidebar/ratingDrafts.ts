import type { RatingChange, RatingForm } from '../../core/api';
import type { RatingChoice } from '../../core/ratingScale';

/**
 * What the manager has typed in the sidebar versus what the server last confirmed, per
 * sub-skill. Pure functions, so the rules that keep typed text from being lost are tested
 * without a browser: a save sends only what differs, a save that fails changes nothing here,
 * and a reload after a conflict keeps every unsaved edit on top of the fresh ratings.
 */
export interface ManagerEntry {
  rating: RatingChoice | null;
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

// ---- drafts kept in the browser -------------------------------------------------------------
//
// Sheets may close the sidebar's iframe without a `beforeunload`, so what was typed and not
// saved is also kept in the browser's storage, per PM, and offered back when the sidebar opens
// on that PM again. Only the unsaved sub-skills are kept: what the manager typed, and the saved
// value it was typed over (so that a restore flags what someone else saved meanwhile).

/** A PM's unsaved edits as kept in the browser. */
export interface StoredDraft {
  /** Form version the edits were typed against. */
  version: string;
  /** When they were last typed (ISO time). */
  at: string;
  saved: Entries;
  current: Entries;
}

/** Where drafts are kept: the page's localStorage, or nothing where storage is unavailable. */
export interface DraftStore {
  read(key: string): string | null;
  write(key: string, value: string): void;
  remove(key: string): void;
}

/** One key per PM of a ladder and cycle (the sidebar does not know the spreadsheet's id). */
export function draftKey(form: Pick<RatingForm, 'person' | 'ladder' | 'cycle'>): string {
  return `career-ladder.draft.${JSON.stringify([form.ladder.id, form.cycle, form.person.id])}`;
}

/** What to keep for the shown PM: only the unsaved sub-skills; null when nothing is unsaved. */
export function draftToStore(version: string, saved: Entries, current: Entries, at: Date): StoredDraft | null {
  const ids = unsavedIds(saved, current);
  if (ids.length === 0) return null;
  const pick = (entries: Entries) => Object.fromEntries(ids.map((id) => [id, entries[id] ?? { rating: null, evidence: '' }])) as Entries;
  return { version, at: at.toISOString(), saved: pick(saved), current: pick(current) };
}

function isEntries(value: unknown): value is Entries {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.values(value).every(
    (e: unknown) =>
      !!e &&
      typeof e === 'object' &&
      typeof (e as ManagerEntry).evidence === 'string' &&
      ((e as ManagerEntry).rating === null || typeof (e as ManagerEntry).rating === 'string'),
  );
}

/** A kept draft read back; null when absent or not one (another version of the page wrote it). */
export function parseStoredDraft(text: string | null): StoredDraft | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<StoredDraft>;
    if (typeof value.version !== 'string' || typeof value.at !== 'string' || !isEntries(value.saved) || !isEntries(value.current)) {
      return null;
    }
    return { version: value.version, at: value.at, saved: value.saved, current: value.current };
  } catch {
    return null;
  }
}

/** What the drafts use of the Web Storage API, so the module is also read outside a page (its tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * The browser's localStorage, if the page may use it; otherwise a store that keeps nothing
 * (storage can be blocked in an iframe, or full): drafts are then kept only while the page is open.
 */
export function browserDraftStore(storage: () => KeyValueStorage | null): DraftStore {
  const quietly =
    <T>(fallback: T, fn: (s: KeyValueStorage) => T) =>
    (): T => {
      try {
        const s = storage();
        return s ? fn(s) : fallback;
      } catch {
        return fallback;
      }
    };
  return {
    read: (key) => quietly<string | null>(null, (s) => s.getItem(key))(),
    write: (key, value) => quietly(undefined, (s) => s.setItem(key, value))(),
    remove: (key) => quietly(undefined, (s) => s.removeItem(key))(),
  };
}

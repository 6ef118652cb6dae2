import type { RatingForm } from '../../src/core/api';
import {
  browserDraftStore,
  countRated,
  draftKey,
  draftToStore,
  parseStoredDraft,
  formEntries,
  markSaved,
  mergeAfterReload,
  pendingChanges,
  unsavedIds,
  type Entries,
} from '../../src/ui/sidebar/ratingDrafts';

const item = (subskillId: string, manager: RatingForm['items'][number]['ratings']['manager'], evidence = '') => ({
  subskillId,
  area: 'Product',
  areaId: 'product',
  name: subskillId,
  description: '',
  current: '',
  next: '',
  ratings: { self: null, peer: null, manager },
  evidence,
  unreadable: [],
  lastManager: null,
});

const form: RatingForm = {
  person: { id: 'p-1', name: 'Ada', email: '', level: 'pm', targetLevel: '', levelName: 'PM', nextLevelName: 'Senior PM' },
  ladder: { id: 'l', title: 'L' },
  cycle: 'H2',
  scale: [],
  version: 'v1',
  items: [item('a', 'Exceeds', 'shipped X'), item('b', null), item('c', null)],
  lastCycle: null,
  closed: null,
};

describe('the sidebar keeps what the manager typed', () => {
  const saved = formEntries(form);

  it('reads the manager rating and evidence of each sub-skill', () => {
    expect(saved).toEqual({
      a: { rating: 'Exceeds', evidence: 'shipped X' },
      b: { rating: null, evidence: '' },
      c: { rating: null, evidence: '' },
    });
    expect(countRated(saved)).toBe(1);
  });

  it('sends only the sub-skills that changed, with their evidence, as manager ratings', () => {
    const current: Entries = { ...saved, b: { rating: 'Successfully Meets', evidence: '' }, c: { rating: null, evidence: 'notes so far' } };
    expect(pendingChanges(saved, current)).toEqual([
      { subskillId: 'b', source: 'manager', rating: 'Successfully Meets', evidence: '' },
      { subskillId: 'c', source: 'manager', rating: null, evidence: 'notes so far' },
    ]);
    expect(pendingChanges(saved, { ...saved })).toEqual([]);
  });

  it('after a save, what was typed during the save is still unsaved', () => {
    const atSave: Entries = { ...saved, b: { rating: 'Exceeds', evidence: 'v1' } };
    const sent = pendingChanges(saved, atSave);
    const typedMeanwhile: Entries = { ...atSave, b: { rating: 'Exceeds', evidence: 'v1 and more' } };
    const nowSaved = markSaved(saved, sent);
    expect(unsavedIds(nowSaved, typedMeanwhile)).toEqual(['b']);
    expect(unsavedIds(nowSaved, atSave)).toEqual([]);
  });

  it('a reload after a conflict keeps every edit on top and names the ones someone else changed too', () => {
    const mine: Entries = {
      ...saved,
      a: { rating: 'Exceptional', evidence: 'shipped X and Y' },
      b: { rating: 'Successfully Meets', evidence: '' },
    };
    const theirs: Entries = {
      ...saved,
      a: { rating: 'Successfully Meets', evidence: 'shipped X' },
      c: { rating: 'Exceeds', evidence: 'peer note' },
    };
    const merged = mergeAfterReload(saved, mine, theirs);
    expect(merged.current).toEqual({ a: mine.a, b: mine.b, c: theirs.c });
    expect(merged.overlaps).toEqual({ a: theirs.a });
    expect(merged.orphaned).toEqual({});
    // Both edits remain to be saved against the fresh version.
    expect(unsavedIds(theirs, merged.current)).toEqual(['a', 'b']);
  });

  it('an edit that matches what someone else saved is not an overlap', () => {
    const mine: Entries = { ...saved, b: { rating: 'Exceeds', evidence: '' } };
    const merged = mergeAfterReload(saved, mine, { ...saved, b: { rating: 'Exceeds', evidence: '' } });
    expect(merged.overlaps).toEqual({});
    expect(unsavedIds({ ...saved, b: { rating: 'Exceeds', evidence: '' } }, merged.current)).toEqual([]);
  });

  it('an edit to a sub-skill that left the ladder is reported, not dropped silently', () => {
    const mine: Entries = { ...saved, c: { rating: 'Exceeds', evidence: 'keep me' } };
    const fresh: Entries = { a: saved.a!, b: saved.b! };
    const merged = mergeAfterReload(saved, mine, fresh);
    expect(merged.orphaned).toEqual({ c: { rating: 'Exceeds', evidence: 'keep me' } });
    expect(merged.current).toEqual(fresh);
  });
});

describe('drafts kept in the browser between sidebars', () => {
  const saved = formEntries(form);
  const at = new Date('2026-03-02T10:00:00Z');

  it('keeps only the unsaved sub-skills, with the saved value each was typed over; nothing when all is saved', () => {
    const current: Entries = { ...saved, b: { rating: 'Exceeds', evidence: 'typed $1' } };
    const draft = draftToStore('v1', saved, current, at);
    expect(draft).toEqual({
      version: 'v1',
      at: '2026-03-02T10:00:00.000Z',
      saved: { b: { rating: null, evidence: '' } },
      current: { b: { rating: 'Exceeds', evidence: 'typed $1' } },
    });
    expect(parseStoredDraft(JSON.stringify(draft))).toEqual(draft);
    expect(draftToStore('v1', saved, { ...saved }, at)).toBeNull();
  });

  it('a kept draft restores on top of fresh ratings, flagging what someone else saved meanwhile', () => {
    const draft = draftToStore('v1', saved, { ...saved, a: { rating: 'Successfully Meets', evidence: 'mine' } }, at)!;
    const fresh = { ...saved, a: { rating: 'Exceptional' as const, evidence: 'theirs' } };
    const merge = mergeAfterReload(draft.saved, draft.current, fresh);
    expect(merge.current.a).toEqual({ rating: 'Successfully Meets', evidence: 'mine' });
    expect(merge.overlaps).toEqual({ a: { rating: 'Exceptional', evidence: 'theirs' } });
  });

  it('one key per ladder, cycle and PM', () => {
    expect(draftKey(form)).toBe('career-ladder.draft.["l","H2","p-1"]');
    expect(draftKey({ ...form, cycle: 'H1' })).not.toBe(draftKey(form));
  });

  it('reads anything else in storage as no draft', () => {
    for (const text of [null, '', 'not json', '{}', '{"version":"v","at":"t","saved":{"a":{"rating":3}},"current":{}}']) {
      expect(parseStoredDraft(text)).toBeNull();
    }
  });

  it('falls back silently to keeping nothing where the page may not use storage', () => {
    const blocked = browserDraftStore(() => {
      throw new DOMException('The document is sandboxed and lacks the allow-same-origin flag.', 'SecurityError');
    });
    expect(() => blocked.write('k', 'v')).not.toThrow();
    expect(blocked.read('k')).toBeNull();
    expect(() => blocked.remove('k')).not.toThrow();
    const items = new Map<string, string>();
    const store = browserDraftStore(() => ({
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
    }));
    store.write('k', 'v');
    expect(store.read('k')).toBe('v');
    store.remove('k');
    expect(store.read('k')).toBeNull();
  });
});

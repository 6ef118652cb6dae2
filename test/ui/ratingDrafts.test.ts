import type { RatingForm } from '../../src/core/api';
import {
  countRated,
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
});

const form: RatingForm = {
  person: { id: 'p-1', name: 'Ada', email: '', level: 'pm', targetLevel: '', levelName: 'PM', nextLevelName: 'Senior PM' },
  ladder: { id: 'l', title: 'L' },
  cycle: 'H2',
  scale: [],
  version: 'v1',
  items: [item('a', 'Exceeds', 'shipped X'), item('b', null), item('c', null)],
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

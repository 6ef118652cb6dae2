import {
  CHANGE_LOG_HEADERS,
  entryRow,
  foldedLog,
  loggedOverrides,
  overrideChanges,
  type ChangeEntry,
} from '../../../src/core/cycles/changeLog';

const save = (i: number): ChangeEntry => ({
  when: `2026-01-01T00:00:${String(i).padStart(2, '0')}Z`,
  by: 'pm@example.com',
  kind: 'save',
  cycle: 'H1 2026',
  personId: 'p1',
  person: 'Ada Park',
  subskill: 'Vision',
  source: 'manager',
  old: '',
  new: String(i),
});
const NEW = CHANGE_LOG_HEADERS.indexOf('New');
const NOTE = CHANGE_LOG_HEADERS.indexOf('Note');

describe('the change log', () => {
  it('writes one row per entry, as wide as its header', () => {
    const row = entryRow({ when: 'w', by: '', kind: 'close', cycle: 'c', note: 'done' });
    expect(row).toHaveLength(CHANGE_LOG_HEADERS.length);
    expect(row[CHANGE_LOG_HEADERS.indexOf('Change')]).toBe('close');
    expect(row[NOTE]).toBe('done');
  });

  it('appends under the bound without rewriting', () => {
    expect(foldedLog([], [save(1), save(2)], 5)).toBeNull();
  });

  it('folds the oldest rows into one count row when the bound is passed, adding to an earlier fold', () => {
    const first = foldedLog([], [1, 2, 3, 4].map(save), 3)!;
    expect(first).toHaveLength(3);
    expect(first[0]![NOTE]).toBe('Earlier changes: 2');
    expect(first.slice(1).map((r) => r[NEW])).toEqual(['3', '4']);
    const second = foldedLog(first, [5, 6].map(save), 3)!;
    expect(second[0]![NOTE]).toBe('Earlier changes: 4');
    expect(second.slice(1).map((r) => r[NEW])).toEqual(['5', '6']);
  });

  it('logs an override typed on the sheet once, old → new, against the last one it logged in the cycle', () => {
    const stamp = { when: 't', by: '', cycle: 'H1 2026', note: 'found at refresh' };
    const first = overrideChanges([{ personId: 'p1', person: 'Ada', override: 'Exceeds', reason: 'launch' }], new Map(), stamp);
    expect(first.map((e) => [e.source, e.old, e.new])).toEqual([
      ['override', '', 'Exceeds'],
      ['reason', '', 'launch'],
    ]);
    const logged = loggedOverrides(first.map(entryRow), 'H1 2026');
    expect(overrideChanges([{ personId: 'p1', person: 'Ada', override: 'Exceeds', reason: 'launch' }], logged, stamp)).toEqual([]);
    const changed = overrideChanges([{ personId: 'p1', person: 'Ada', override: '', reason: 'launch' }], logged, stamp);
    expect(changed.map((e) => [e.source, e.old, e.new])).toEqual([['override', 'Exceeds', '']]);
    // Another cycle's overrides are not this cycle's baseline.
    expect(loggedOverrides(first.map(entryRow), 'H2 2026').size).toBe(0);
  });
});

import { CHANGE_LOG_HEADER, appendToLog, entryRow, type ChangeEntry } from '../../../src/core/cycles/changeLog';

const save = (i: number): ChangeEntry => ({
  when: `2026-01-01T00:00:${String(i).padStart(2, '0')}Z`,
  by: 'pm@example.com',
  kind: 'save',
  cycle: '2026 H1',
  person: 'p1',
  subSkill: 's1',
  source: 'Self',
  old: '',
  new: String(i),
});

describe('change log', () => {
  it('one row per entry, as wide as the header, plain strings', () => {
    const row = entryRow({ when: 'w', by: '', kind: 'close', cycle: 'c', note: 'done' });
    expect(row).toHaveLength(CHANGE_LOG_HEADER.length);
    expect(row[2]).toBe('close');
    expect(row[9]).toBe('done');
  });

  it('keeps every row under the bound', () => {
    const rows = appendToLog([], [save(1), save(2)], 5);
    expect(rows.map((r) => r[8])).toEqual(['1', '2']);
  });

  it('folds the oldest rows into one count row when the bound is passed', () => {
    const first = appendToLog([], [1, 2, 3, 4].map(save), 3);
    expect(first).toHaveLength(3);
    expect(first[0]![2]).toBe('rolled-up');
    expect(first[0]![9]).toBe('earlier changes: 2');
    expect(first.slice(1).map((r) => r[8])).toEqual(['3', '4']);
    // A second overflow adds to the earlier count instead of counting the roll-up row as one.
    const second = appendToLog(first, [5, 6].map(save), 3);
    expect(second[0]![9]).toBe('earlier changes: 4');
    expect(second.slice(1).map((r) => r[8])).toEqual(['5', '6']);
  });
});

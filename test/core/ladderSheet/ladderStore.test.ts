import { findBuiltinLadder } from '../../../dev/builtinLadders';
import type { Ladder } from '../../../src/core/ladder/schema';
import {
  JSON_PART_LENGTH,
  LADDER_STORE_HEADER,
  ladderStoreRow,
  ladderStoreSlot,
  readLadderStore,
  storedLadder,
} from '../../../src/core/ladderSheet/ladderStore';
import { MAX_CELL_CHARACTERS } from '../../../dev/workspace/sheets/cell';

const big = { ...(findBuiltinLadder('intercom-pm-2021') as Ladder), id: 'acme-pm' };

describe('the ladder store (a hidden sheet, one row per ladder)', () => {
  it('splits a ladder bigger than a cell into parts that each fit in one, and reads it back whole', () => {
    const row = ladderStoreRow(big, 'Acme ladder', '2026-01-02T03:04:05.000Z');
    expect(JSON.stringify(big).length).toBeGreaterThan(MAX_CELL_CHARACTERS);
    expect(row.length).toBe(LADDER_STORE_HEADER.length - 1 + Math.ceil(JSON.stringify(big).length / JSON_PART_LENGTH));
    expect(Math.max(...row.map((c) => c.length))).toBeLessThanOrEqual(JSON_PART_LENGTH);
    const rows = readLadderStore([[...LADDER_STORE_HEADER], row]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ row: 1, id: 'acme-pm', sheetName: 'Acme ladder', storedAt: '2026-01-02T03:04:05.000Z' });
    expect(rows[0]?.summary).toEqual({
      id: 'acme-pm',
      title: big.title,
      organization: 'Intercom',
      cumulative: true,
      levels: big.levels.map((l) => ({ id: l.id, name: l.name })),
      areaCount: 5,
      subskillCount: 19,
      builtIn: false,
    });
    expect(storedLadder(rows[0]!)).toEqual(big);
  });

  it('ignores blank rows and keeps a row where it is when the ladder is stored again', () => {
    const a = ladderStoreRow({ ...big, id: 'a' }, 's', 't');
    const b = ladderStoreRow({ ...big, id: 'b' }, 's', 't');
    const rows = readLadderStore([[...LADDER_STORE_HEADER], a, [], b]);
    expect(rows.map((r) => [r.id, r.row])).toEqual([
      ['a', 1],
      ['b', 3],
    ]);
    expect(ladderStoreSlot(rows, 'b', 4)).toMatchObject({ row: 3, replaces: { id: 'b' } });
    expect(ladderStoreSlot(rows, 'c', 4)).toEqual({ row: 4, replaces: null });
    expect(ladderStoreSlot([], 'c', 0)).toEqual({ row: 1, replaces: null });
  });

  it('refuses a stored ladder that was damaged, saying how to repair it', () => {
    const row = ladderStoreRow(big, 'Acme ladder', 't');
    const cut = readLadderStore([[...LADDER_STORE_HEADER], row.slice(0, -1)])[0]!;
    expect(() => storedLadder(cut)).toThrow(
      'The stored ladder "acme-pm" is damaged (its JSON does not parse). Open its ladder sheet "Acme ladder" and use "Use this sheet\'s ladder" again.',
    );
    const broken = readLadderStore([[...LADDER_STORE_HEADER], ladderStoreRow({ ...big, levels: [] }, 'x', 't')])[0]!;
    expect(() => storedLadder(broken)).toThrow(/damaged \(levels: a ladder needs at least one level/);
  });
});

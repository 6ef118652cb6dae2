import {
  formatMarker,
  ladderGridColumns,
  ladderRows,
  levelColumn,
  parseMarker,
  ratingSheetColumns,
  type RowMarker,
} from '../../../src/core/workbook/layout';
import { intercom, tinyLadder } from './fixtures';

describe('sheet layout', () => {
  it('reads back every marker it writes, and nothing from text a person typed', () => {
    const markers: RowMarker[] = [
      { kind: 'ladder', ladderId: 'intercom-pm-2021' },
      { kind: 'person', personId: 'p-abc123' },
      { kind: 'header' },
      { kind: 'area', areaId: 'insight-driven' },
      { kind: 'subskill', subskillId: 'customer-focus' },
      { kind: 'detail', subskillId: 'customer-focus', dimensionId: 'impact' },
      { kind: 'archive-header' },
      { kind: 'archived', subskillId: 'old-skill' },
      { kind: 'archived', subskillId: '' },
    ];
    for (const m of markers) expect(parseMarker(formatMarker(m))).toEqual(m);
    for (const typed of ['', 'Exceeds', 'note: hello', 42, null, 'subskill:']) expect(parseMarker(typed).kind).toBe('none');
  });

  it('gives a ladder with dimensions a Dimension column and one row per dimension of a sub-skill', () => {
    const ladder = intercom();
    const columns = ladderGridColumns(ladder);
    expect(columns.dimension).toBe(4);
    expect(columns.firstLevel).toBe(6);
    const rows = ladderRows(ladder);
    const customerFocus = rows.filter((r) => r.subskill?.id === 'customer-focus');
    expect(customerFocus.map((r) => [r.kind, r.dimension?.id])).toEqual([
      ['subskill', 'scope'],
      ['detail', 'autonomy'],
      ['detail', 'impact'],
    ]);
    expect(rows.filter((r) => r.kind === 'area')).toHaveLength(ladder.areas.length);
    expect(rows.filter((r) => r.kind === 'subskill')).toHaveLength(19);
  });

  it('puts Self, Peer, Manager and Evidence right after the sub-skill, then the ladder grid', () => {
    const tiny = ratingSheetColumns(tinyLadder());
    expect(tiny.dimension).toBeNull();
    expect([tiny.subskill, tiny.self, tiny.peer, tiny.manager, tiny.evidence, tiny.description, tiny.firstLevel]).toEqual([
      3, 4, 5, 6, 7, 8, 9,
    ]);
    const big = ratingSheetColumns(intercom());
    expect([big.self, big.evidence, big.dimension, big.description, big.firstLevel, big.last]).toEqual([4, 7, 8, 9, 10, 14]);
  });

  it('puts the PM’s level and the next first among the level columns, the others after them in ladder order', () => {
    const ladder = intercom();
    const ids = ladder.levels.map((l) => l.id);
    const columns = ratingSheetColumns(ladder, [ids[2]!, ids[3]!]);
    expect(columns.levelIds).toEqual([ids[2], ids[3], ids[0], ids[1], ids[4]]);
    expect(levelColumn(columns, ids[2]!)).toBe(columns.firstLevel);
    expect(ratingSheetColumns(ladder).levelIds).toEqual(ids);
  });
});

import {
  formatMarker,
  ladderGridColumns,
  ladderRows,
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

  it('puts Self, Peer, Manager and Evidence right of the last level', () => {
    const tiny = ratingSheetColumns(tinyLadder());
    expect(tiny.dimension).toBeNull();
    expect([tiny.firstLevel, tiny.self, tiny.peer, tiny.manager, tiny.evidence]).toEqual([5, 8, 9, 10, 11]);
    const big = ratingSheetColumns(intercom());
    expect([big.self, big.evidence, big.last]).toEqual([11, 14, 14]);
  });
});

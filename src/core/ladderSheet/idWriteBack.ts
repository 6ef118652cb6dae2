import type { Ladder } from '../ladder/schema';
import { COLUMN_LABELS, ROW_LABELS, SETTING_LABELS } from './sheetFormat';
import type { SheetLadderDraft } from './sheetLadderDraft';

/** A block of cells to write, 0-based top-left corner, rows × columns of text. */
export interface SheetWrite {
  row: number;
  col: number;
  values: string[][];
}

/**
 * Ids made from names are written back into the ladder sheet once it is used: ratings refer
 * to sub-skills (and the team to levels) by id, so a sub-skill renamed afterwards keeps its
 * id, and its ratings, instead of getting a new one made from the new name.
 */
export interface IdWriteBackPlan {
  /** Rows to insert above the header first (for a missing "Ladder id" or "Level id" row). */
  insertRows: { before: number; count: number } | null;
  /** Id columns appended after the last used column, to hide once written. */
  newColumns: { first: number; count: number } | null;
  /** In the sheet's coordinates after the insertion; all plain text. */
  writes: SheetWrite[];
  /** How many ids were made from names. */
  filled: number;
}

export function idWriteBackPlan(draft: SheetLadderDraft, ladder: Ladder): IdWriteBackPlan | null {
  const ladderIdDerived = !draft.settings.ladderId || draft.settings.ladderId.text === '';
  const levelsDerived = draft.levels.filter((l) => l.id === null).length;
  const areaDerived = draft.areas.filter((a) => a.id === null).length;
  const subskillDerived = draft.areas.reduce((n, a) => n + a.subskills.filter((s) => s.id === null).length, 0);
  const filled = (ladderIdDerived ? 1 : 0) + levelsDerived + areaDerived + subskillDerived;
  if (filled === 0) return null;

  const writes: SheetWrite[] = [];
  const newRows: string[][] = [];
  const levelCols = draft.levels.map((l) => l.col);
  const lastLevelCol = Math.max(...levelCols);

  if (ladderIdDerived) {
    if (draft.settings.ladderId) writes.push({ row: draft.settings.ladderId.pos.row, col: 1, values: [[ladder.id]] });
    else newRows.push([SETTING_LABELS.ladderId, ladder.id, ...new Array<string>(Math.max(0, lastLevelCol - 1)).fill('')]);
  }
  if (levelsDerived > 0) {
    if (draft.levelRows.id !== undefined) {
      // One write per run of adjacent level columns: only id cells are written.
      for (const run of runs(levelCols)) {
        writes.push({
          row: draft.levelRows.id,
          col: run.first,
          values: [levelCols.slice(run.start, run.start + run.count).map((_c, i) => ladder.levels[run.start + i]?.id ?? '')],
        });
      }
    } else {
      const row = new Array<string>(lastLevelCol + 1).fill('');
      row[0] = ROW_LABELS.levelId;
      draft.levels.forEach((l, i) => (row[l.col] = ladder.levels[i]?.id ?? ''));
      newRows.push(row);
    }
  }
  const width = Math.max(...newRows.map((r) => r.length), 0);
  const inserted = newRows.map((r) => [...r, ...new Array<string>(width - r.length).fill('')]);
  const shift = inserted.length;
  if (shift > 0) writes.push({ row: draft.headerRow, col: 0, values: inserted });

  let newColumns: IdWriteBackPlan['newColumns'] = null;
  if ((areaDerived > 0 || subskillDerived > 0) && draft.body) {
    const { first, last } = draft.body;
    const areaIdAt = new Map<number, string>();
    const subskillIdAt = new Map<number, string>();
    draft.areas.forEach((a, ai) => {
      const area = ladder.areas[ai];
      if (!area) return;
      areaIdAt.set(a.name.pos.row, area.id);
      a.subskills.forEach((s, si) => subskillIdAt.set(s.name.pos.row, area.subskills[si]?.id ?? ''));
    });
    const existing = (row: number, col: number | undefined): string => {
      if (col === undefined) return '';
      const areaCell = draft.areas.find((a) => a.id && a.id.pos.row === row && a.id.pos.col === col)?.id;
      const subCell = draft.areas.flatMap((a) => a.subskills).find((s) => s.id && s.id.pos.row === row && s.id.pos.col === col)?.id;
      return (areaCell ?? subCell)?.text ?? '';
    };
    const column = (key: 'areaId' | 'subskillId', ids: Map<number, string>): string[] => {
      const values: string[] = [];
      for (let row = first; row <= last; row++) values.push(ids.get(row) ?? existing(row, draft.columns[key]));
      return values;
    };
    const areaIds = column('areaId', areaIdAt);
    const subskillIds = column('subskillId', subskillIdAt);
    const missing: Array<{ label: string; values: string[] }> = [];
    for (const [key, values] of [
      ['areaId', areaIds],
      ['subskillId', subskillIds],
    ] as const) {
      const col = draft.columns[key];
      if (col === undefined) missing.push({ label: COLUMN_LABELS[key], values });
      else writes.push({ row: first + shift, col, values: values.map((v) => [v]) });
    }
    if (missing.length > 0) {
      // New id columns go right of everything on the sheet, header included.
      const values = [
        missing.map((m) => m.label),
        ...Array.from({ length: first - draft.headerRow - 1 }, () => missing.map(() => '')),
        ...areaIds.map((_v, i) => missing.map((m) => m.values[i] ?? '')),
      ];
      writes.push({ row: draft.headerRow + shift, col: draft.width, values });
      newColumns = { first: draft.width, count: missing.length };
    }
  }
  return { insertRows: shift > 0 ? { before: draft.headerRow, count: shift } : null, newColumns, writes, filled };
}

function runs(cols: number[]): Array<{ start: number; first: number; count: number }> {
  const out: Array<{ start: number; first: number; count: number }> = [];
  cols.forEach((col, i) => {
    const last = out[out.length - 1];
    if (last && last.first + last.count === col) last.count++;
    else out.push({ start: i, first: col, count: 1 });
  });
  return out;
}

import type { RatingChange } from '../api';
import { RATING_COLUMNS, type RatingColumnKey } from './ratingColumns';
import { cellText } from './cellText';
import { RATING_CELL_KEYS } from './ratingCells';
import { ratingsConflict, saveRefused } from '../messages';
import { ratingsVersion } from './ratingForm';
import { hasEveryRatingColumn, type RatingCellKey, type RatingSheetContent, type ReadCell } from './ratingSheetRead';

/**
 * saveRatings as a plan: which cells change, and the one rectangle to write them in. The
 * rectangle spans the changed cells' rows and rating columns; a cell inside it that does not
 * change is written back with the text it holds, so one setValues writes any number of
 * changes (docs/ARCHITECTURE.md, Service-call budgets: the cost of a save does not grow with the sub-skills).
 */

export interface SaveBox {
  row: number;
  column: number;
  values: string[][];
}

export interface SavePlan {
  /** Cells whose text changes. */
  changed: number;
  box: SaveBox | null;
  /** The version after the save. */
  version: string;
  /** Each changed cell, old → new, for the change log. */
  edits: SaveEdit[];
}

export interface SaveEdit {
  subskillId: string;
  subskill: string;
  column: RatingColumnKey;
  old: string;
  new: string;
}

export function planSave(
  personName: string,
  content: RatingSheetContent,
  changes: readonly RatingChange[],
  version: string | undefined,
): SavePlan {
  const headers = RATING_COLUMNS.map((c) => c.header);
  if (!hasEveryRatingColumn(content.columns)) {
    throw saveRefused.headersLost(personName, headers);
  }
  const found = content.columns;
  const first = found[RATING_CELL_KEYS[0] as RatingCellKey];
  if (RATING_CELL_KEYS.some((key, i) => found[key] !== first + i)) {
    // Saves write one rectangle over these columns; a column put between them would be overwritten.
    throw saveRefused.columnBetween(personName, headers);
  }
  const current = ratingsVersion(content);
  if (version !== undefined && version !== current) throw ratingsConflict();

  const rows = new Map(content.ratingRows.map((r) => [r.subskillId, r]));
  const unknown = [...new Set(changes.map((c) => c.subskillId).filter((id) => !rows.has(id)))];
  if (unknown.length > 0) {
    throw saveRefused.unknownSubskills(unknown, personName);
  }

  // What each cell must hold; a second, different value for the same cell is a contradiction.
  const targets = new Map<ReadCell, string>();
  const whose = new Map<ReadCell, { subskillId: string; subskill: string; column: RatingColumnKey }>();
  const set = (cell: ReadCell, text: string, what: string, owner: { subskillId: string; subskill: string; column: RatingColumnKey }) => {
    whose.set(cell, owner);
    const earlier = targets.get(cell);
    if (earlier !== undefined && earlier !== text) throw saveRefused.twoValues(what);
    targets.set(cell, text);
  };
  for (const change of changes) {
    const row = rows.get(change.subskillId);
    if (!row) continue;
    const owner = { subskillId: row.subskillId, subskill: row.name || row.subskillId };
    set(row.cells[change.source], change.rating ?? '', `the ${change.source} rating of “${owner.subskill}”`, {
      ...owner,
      column: change.source,
    });
    if (change.evidence !== undefined) {
      set(row.cells.evidence, change.evidence, `the evidence of “${owner.subskill}”`, { ...owner, column: 'evidence' });
    }
  }

  const changedCells = [...targets].filter(([cell, text]) => cellText(cell.value, cell.formula) !== text);
  const after = applyToContent(content, new Map(changedCells));
  if (changedCells.length === 0) return { changed: 0, box: null, version: current, edits: [] };
  const edits = changedCells.map(([cell, text]) => ({ ...whose.get(cell)!, old: cellText(cell.value, cell.formula), new: text }));

  const rowsOf = changedCells.map(([c]) => c.row);
  const colsOf = changedCells.map(([c]) => c.column);
  const top = Math.min(...rowsOf);
  const bottom = Math.max(...rowsOf);
  const left = Math.min(...colsOf);
  const right = Math.max(...colsOf);
  const byAddress = new Map<string, string>(changedCells.map(([c, text]) => [`${c.row}:${c.column}`, text]));
  const existing = cellIndex(content);
  const values: string[][] = [];
  for (let r = top; r <= bottom; r += 1) {
    const line: string[] = [];
    for (let c = left; c <= right; c += 1) {
      const text = byAddress.get(`${r}:${c}`);
      const cell = existing.get(`${r}:${c}`);
      line.push(text ?? (cell ? cellText(cell.value, cell.formula) : ''));
    }
    values.push(line);
  }
  return { changed: changedCells.length, box: { row: top, column: left, values }, version: ratingsVersion(after), edits };
}

/** Every rating-column cell the read found, by "row:column". */
function cellIndex(content: RatingSheetContent): Map<string, ReadCell> {
  const index = new Map<string, ReadCell>();
  for (const group of [content.ratingRows, content.archived, content.stray]) {
    for (const row of group)
      for (const key of RATING_CELL_KEYS) index.set(`${row.cells[key].row}:${row.cells[key].column}`, row.cells[key]);
  }
  return index;
}

/** The content as it will read after the changes (for the new version). */
function applyToContent(content: RatingSheetContent, changes: Map<ReadCell, string>): RatingSheetContent {
  if (changes.size === 0) return content;
  return {
    ...content,
    ratingRows: content.ratingRows.map((row) => {
      const cells = { ...row.cells };
      for (const key of RATING_CELL_KEYS) {
        const text = changes.get(row.cells[key]);
        if (text !== undefined) cells[key] = { ...row.cells[key], value: text, formula: '' };
      }
      return { ...row, cells };
    }),
  };
}

import { cellA1, columnLetter, type CellPosition } from './cellAddress';
import { SheetProblems } from './sheetProblems';
import {
  ABOVE_HEADER_LABELS,
  COLUMN_LABELS,
  ROW_LABELS,
  SETTING_LABELS,
  columnKey,
  normaliseLabel,
  rowKey,
  settingKey,
  type ColumnKey,
  type SettingKey,
} from './sheetFormat';

/**
 * First pass over a ladder sheet: what each row and column holds, and every problem of
 * layout (a sub-skill with no area, an empty row in the middle, a level column with no
 * name, ...). The second pass (ladderFromSheet.ts) turns the draft into a `Ladder` and runs
 * the same schema and rules as the built-in ladders.
 */

export interface TextCell {
  text: string;
  pos: CellPosition;
}

export interface LevelDraft {
  col: number;
  name: TextCell;
  /** Given in the "Level id" row; null when blank (the id is made from the name). */
  id: TextCell | null;
  title: TextCell | null;
  summary: TextCell | null;
}

export interface DimensionDraft {
  name: TextCell;
  description: TextCell | null;
  id: TextCell | null;
}

export interface ExpectationRowDraft {
  row: number;
  dimension: TextCell | null;
  /** One per level, in level order. */
  texts: TextCell[];
}

export interface SubskillDraft {
  name: TextCell;
  description: TextCell | null;
  id: TextCell | null;
  rows: ExpectationRowDraft[];
}

export interface AreaDraft {
  name: TextCell;
  description: TextCell | null;
  axis: TextCell | null;
  id: TextCell | null;
  subskills: SubskillDraft[];
}

export interface SettingDraft extends TextCell {
  labelPos: CellPosition;
}

export interface SheetLadderDraft {
  headerRow: number;
  width: number;
  columns: Partial<Record<ColumnKey, number>>;
  settings: Partial<Record<SettingKey, SettingDraft>>;
  /** Rows of the per-level settings, when the sheet has them. */
  levelRows: { id?: number; title?: number; summary?: number };
  dimensions: DimensionDraft[];
  notes: TextCell[];
  levels: LevelDraft[];
  areas: AreaDraft[];
  /** First and last row of the ladder's body (area and sub-skill rows), or null when empty. */
  body: { first: number; last: number } | null;
}

/** Sheet values as getDisplayValues gives them, or as a test writes them: text, trimmed, with \n line ends. */
export function normaliseGrid(values: ReadonlyArray<ReadonlyArray<unknown>>): string[][] {
  return values.map((row) =>
    row.map((cell) => {
      if (cell === null || cell === undefined) return '';
      const text = cell instanceof Date ? cell.toISOString() : String(cell);
      return text.replace(/\r\n?/g, '\n').trim();
    }),
  );
}

const HEADER_HELP = `a header row with "${COLUMN_LABELS.area}", "${COLUMN_LABELS.axis}", "${COLUMN_LABELS.subskill}" and one column per level (named after it). "New ladder from template" shows the layout`;
const LABELS = ABOVE_HEADER_LABELS.map((l) => `"${l}"`).join(', ');

export function draftFromGrid(grid: string[][], problems: SheetProblems): SheetLadderDraft | null {
  const width = grid.reduce((w, row) => Math.max(w, lastFilled(row) + 1), 0);
  const at = (row: number, col: number): string => grid[row]?.[col] ?? '';
  const cellAt = (row: number, col: number): TextCell => ({ text: at(row, col), pos: { row, col } });
  const blankRow = (row: number): boolean => (grid[row] ?? []).every((c) => c === '');

  if (width === 0) {
    problems.add(
      { row: 0, col: 0 },
      `the sheet is empty: a ladder sheet needs "${SETTING_LABELS.title}" and "${SETTING_LABELS.cumulative}" rows, then ${HEADER_HELP}`,
    );
    return null;
  }
  const headerRow = grid.findIndex((row) => row.some((c) => columnKey(c) === 'area') && row.some((c) => columnKey(c) === 'subskill'));
  if (headerRow < 0) {
    problems.add({ row: 0, col: 0 }, `no header row found: the ladder needs ${HEADER_HELP}`);
    return null;
  }

  // Header: fixed columns by their label, every other named cell is a level.
  const columns: Partial<Record<ColumnKey, number>> = {};
  const levelCols: number[] = [];
  for (let col = 0; col < width; col++) {
    const text = at(headerRow, col);
    if (text === '') continue;
    const key = columnKey(text);
    if (key === undefined) levelCols.push(col);
    else if (columns[key] !== undefined) {
      problems.add(
        { row: headerRow, col },
        `a second "${COLUMN_LABELS[key]}" column (the first is ${cellA1({ row: headerRow, col: columns[key] as number })})`,
      );
    } else columns[key] = col;
  }
  const isFixed = (col: number): boolean => Object.values(columns).includes(col);
  const unnamed = new Map<number, number>(); // column with text but no header -> first row seen
  const noteUnnamed = (row: number, col: number): void => {
    if (!unnamed.has(col)) unnamed.set(col, row);
  };

  // Above the header: settings, dimensions, per-level rows, notes.
  const settings: Partial<Record<SettingKey, SettingDraft>> = {};
  const levelRows: SheetLadderDraft['levelRows'] = {};
  const dimensions: DimensionDraft[] = [];
  const notes: TextCell[] = [];
  const optional = (row: number, col: number): TextCell | null => (at(row, col) === '' ? null : cellAt(row, col));
  for (let row = 0; row < headerRow; row++) {
    if (blankRow(row)) continue;
    const label = at(row, 0);
    const setting = settingKey(label);
    const other = rowKey(label);
    if (setting !== undefined) {
      const earlier = settings[setting];
      if (earlier)
        problems.add({ row, col: 0 }, `a second "${SETTING_LABELS[setting]}" row (the first is row ${earlier.labelPos.row + 1})`);
      else settings[setting] = { ...cellAt(row, 1), labelPos: { row, col: 0 } };
    } else if (other === 'dimension') {
      if (at(row, 1) === '') {
        if (at(row, 2) !== '' || at(row, 3) !== '') problems.add({ row, col: 1 }, 'name the dimension here');
        continue;
      }
      dimensions.push({ name: cellAt(row, 1), description: optional(row, 2), id: optional(row, 3) });
    } else if (other === 'note') {
      if (at(row, 1) !== '') notes.push(cellAt(row, 1));
    } else if (other === 'levelId' || other === 'levelTitle' || other === 'levelSummary') {
      const key = other === 'levelId' ? 'id' : other === 'levelTitle' ? 'title' : 'summary';
      const earlier = levelRows[key];
      if (earlier !== undefined) {
        problems.add({ row, col: 0 }, `a second "${ROW_LABELS[other]}" row (the first is row ${earlier + 1})`);
        continue;
      }
      levelRows[key] = row;
      for (let col = 1; col < width; col++) {
        if (at(row, col) === '' || levelCols.includes(col)) continue;
        if (isFixed(col)) {
          problems.add({ row, col }, `this cell is not above a level column`);
        } else noteUnnamed(row, col);
      }
    } else if (label === '') {
      problems.add({ row, col: 0 }, `row ${row + 1} has text but no label: rows above the header are labelled ${LABELS}`);
    } else {
      problems.add({ row, col: 0 }, `"${label}" is not a setting: rows above the header are labelled ${LABELS}`);
    }
  }

  const levels: LevelDraft[] = levelCols.map((col) => ({
    col,
    name: cellAt(headerRow, col),
    id: levelRows.id === undefined ? null : optional(levelRows.id, col),
    title: levelRows.title === undefined ? null : optional(levelRows.title, col),
    summary: levelRows.summary === undefined ? null : optional(levelRows.summary, col),
  }));

  // The body: area rows, sub-skill rows, dimension rows; then notes.
  const get = (row: number, key: ColumnKey): TextCell | null => {
    const col = columns[key];
    return col === undefined ? null : optional(row, col);
  };
  const posOf = (row: number, key: ColumnKey): CellPosition => ({ row, col: columns[key] ?? width });
  const areas: AreaDraft[] = [];
  let area: AreaDraft | null = null;
  let subskill: SubskillDraft | null = null;
  let firstBody = -1;
  let lastBody = -1;
  let gapStart = -1;
  let noteBlock = -1;
  for (let row = headerRow + 1; row < grid.length; row++) {
    if (blankRow(row)) {
      if (lastBody >= 0 && gapStart < 0) gapStart = row;
      continue;
    }
    // A note below the ladder ("Note" is therefore not a name for a skill area).
    if (rowKey(at(row, 0)) === 'note') {
      if (at(row, 1) !== '') notes.push(cellAt(row, 1));
      if (noteBlock < 0) noteBlock = row;
      continue;
    }
    if (gapStart >= 0) {
      const rows = row - gapStart;
      problems.add(
        { row: gapStart, col: 0 },
        rows === 1
          ? `row ${gapStart + 1} is empty, in the middle of the ladder: delete it (the ladder goes on at row ${row + 1})`
          : `rows ${gapStart + 1} to ${row} are empty, in the middle of the ladder: delete them (the ladder goes on at row ${row + 1})`,
      );
      gapStart = -1;
    }
    if (noteBlock >= 0) {
      problems.add(
        { row: noteBlock, col: 0 },
        `notes go below the ladder: move this note under its last row (the ladder goes on at row ${row + 1})`,
      );
      noteBlock = -1;
    }
    if (firstBody < 0) firstBody = row;
    lastBody = row;

    for (let col = 0; col < width; col++) {
      if (at(row, col) !== '' && !isFixed(col) && !levelCols.includes(col)) noteUnnamed(row, col);
    }
    const areaName = get(row, 'area');
    const axis = get(row, 'axis');
    const subName = get(row, 'subskill');
    const description = get(row, 'description');
    const dimension = get(row, 'dimension');
    const areaId = get(row, 'areaId');
    const subId = get(row, 'subskillId');
    const texts = levels.map((l) => cellAt(row, l.col));
    const hasTexts = texts.some((t) => t.text !== '');

    // The skill area: a new one when named and different from the one above.
    let newArea = false;
    if (areaName) {
      if (!area || !sameName(area.name.text, areaName.text)) {
        area = { name: areaName, description: null, axis: null, id: areaId, subskills: [] };
        areas.push(area);
        subskill = null;
        newArea = true;
      } else if (areaId) {
        if (area.id && area.id.text !== areaId.text)
          problems.add(areaId.pos, `"${area.name.text}" already has an id (${cellA1(area.id.pos)})`);
        area.id ??= areaId;
      }
    } else if (areaId) {
      problems.add(areaId.pos, `an area id goes on its skill area's row`);
    }
    if (axis) {
      if (!area) problems.add(axis.pos, `an axis goes on its skill area's row`);
      else if (area.axis && normaliseLabel(area.axis.text) !== normaliseLabel(axis.text)) {
        problems.add(axis.pos, `"${area.name.text}" already has an axis (${cellA1(area.axis.pos)})`);
      } else area.axis ??= axis;
    }

    if (!subName) {
      if (areaName) {
        // An area row: its description is the area's.
        if (description && newArea) area!.description = description;
        else if (description)
          problems.add(posOf(row, 'subskill'), `"${areaName.text}" has a description already: name this row's sub-skill`);
        if (hasTexts || dimension || subId) {
          problems.add(
            posOf(row, 'subskill'),
            `this row names the skill area "${areaName.text}" but no sub-skill: write the sub-skill's name in ${cellA1(posOf(row, 'subskill'))}`,
          );
        }
        continue;
      }
      if (dimension && subskill) {
        // Another dimension of the sub-skill above (Intercom: Scope, then Autonomy, then Impact).
        subskill.rows.push({ row, dimension, texts });
        for (const c of [description, subId])
          if (c) problems.add(c.pos, `this goes on the sub-skill's first row (${subskill.name.pos.row + 1})`);
        continue;
      }
      problems.add(posOf(row, 'subskill'), `this row has text but no sub-skill: write its name in ${cellA1(posOf(row, 'subskill'))}`);
      continue;
    }

    if (!area) {
      problems.add(
        posOf(row, 'area'),
        `the sub-skill "${subName.text}" has no skill area: write the area's name in ${cellA1(posOf(row, 'area'))} or on a row above`,
      );
      // Kept under a nameless area so that its other problems are still found.
      area = {
        name: { text: '', pos: posOf(row, 'area') },
        description: null,
        axis: { text: 'results', pos: posOf(row, 'axis') },
        id: null,
        subskills: [],
      };
      areas.push(area);
    }
    const continues =
      subskill !== null &&
      !newArea &&
      dimension !== null &&
      sameName(subskill.name.text, subName.text) &&
      !subskill.rows.some((r) => r.dimension !== null && sameName(r.dimension.text, dimension.text));
    if (continues && subskill) {
      // The sub-skill's name repeated on each of its dimension rows (a pasted, flattened ladder).
      subskill.rows.push({ row, dimension, texts });
      if (description && subskill.description && description.text !== subskill.description.text) {
        problems.add(description.pos, `"${subName.text}" already has a description (${cellA1(subskill.description.pos)})`);
      } else subskill.description ??= description;
      if (subId && subskill.id && subId.text !== subskill.id.text)
        problems.add(subId.pos, `"${subName.text}" already has an id (${cellA1(subskill.id.pos)})`);
      else subskill.id ??= subId;
      continue;
    }
    subskill = { name: subName, description, id: subId, rows: [{ row, dimension, texts }] };
    area.subskills.push(subskill);
  }

  for (const [col, row] of unnamed) {
    problems.add(
      { row: headerRow, col },
      `column ${columnLetter(col)} has text (first at ${cellA1({ row, col })}) but no level name: write the level's name in ${cellA1({ row: headerRow, col })}, or empty the column`,
    );
  }

  return {
    headerRow,
    width,
    columns,
    settings,
    levelRows,
    dimensions,
    notes,
    levels,
    areas,
    body: firstBody < 0 ? null : { first: firstBody, last: lastBody },
  };
}

function lastFilled(row: readonly string[]): number {
  for (let i = row.length - 1; i >= 0; i--) if (row[i] !== '') return i;
  return -1;
}

/** Names as a person repeats them: case and spacing do not make a different area. */
export function sameName(a: string, b: string): boolean {
  return a.toLowerCase().replace(/\s+/g, ' ') === b.toLowerCase().replace(/\s+/g, ' ');
}

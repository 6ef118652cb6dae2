/**
 * The cells of one sheet and the rectangles laid on it (merges, protected ranges, chart and
 * conditional-format ranges), with Google's grid rules: a sheet has a fixed number of rows and
 * columns (a new sheet is 1000 × 26), ranges outside it do not exist, and inserting or deleting
 * rows or columns moves everything below or to the right.
 */
import { type Cell, emptyCell } from './cell';

export interface Rect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export type Axis = 'rows' | 'columns';

export function rectsIntersect(a: Rect, b: Rect): boolean {
  return (
    a.row <= b.row + b.numRows - 1 && b.row <= a.row + a.numRows - 1 && a.col <= b.col + b.numCols - 1 && b.col <= a.col + a.numCols - 1
  );
}

export function rectContains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.col + inner.numCols <= outer.col + outer.numCols
  );
}

/**
 * Moves a span [start, start+size) for `count` lines inserted before line `at` (count > 0) or
 * deleted from line `at` (count < 0). Returns null when a deletion removes the span entirely.
 */
export function shiftSpan(start: number, size: number, at: number, count: number): [number, number] | null {
  if (count > 0) {
    if (at <= start) return [start + count, size];
    if (at < start + size) return [start, size + count];
    return [start, size];
  }
  const delStart = at;
  const delEnd = at - count; // exclusive
  const end = start + size; // exclusive
  const keptBefore = Math.max(0, Math.min(end, delStart) - start);
  const keptAfter = Math.max(0, end - Math.max(start, delEnd));
  const newSize = keptBefore + keptAfter;
  if (newSize === 0) return null;
  let newStart = start;
  if (start >= delEnd) newStart = start + count;
  else if (start >= delStart) newStart = delStart;
  return [newStart, newSize];
}

export function shiftRect(rect: Rect, axis: Axis, at: number, count: number): Rect | null {
  if (axis === 'rows') {
    const s = shiftSpan(rect.row, rect.numRows, at, count);
    return s ? { ...rect, row: s[0], numRows: s[1] } : null;
  }
  const s = shiftSpan(rect.col, rect.numCols, at, count);
  return s ? { ...rect, col: s[0], numCols: s[1] } : null;
}

/** Sparse storage of cells by 1-based row and column. */
export class CellGrid {
  private rows: Array<Array<Cell | undefined> | undefined> = [];

  get(row: number, col: number): Cell | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  /** The cell, created if it does not exist yet. */
  touch(row: number, col: number): Cell {
    let line = this.rows[row - 1];
    if (!line) {
      line = [];
      this.rows[row - 1] = line;
    }
    let cell = line[col - 1];
    if (!cell) {
      cell = emptyCell();
      line[col - 1] = cell;
    }
    return cell;
  }

  insert(axis: Axis, at: number, count: number): void {
    if (axis === 'rows') {
      while (this.rows.length < at - 1) this.rows.push(undefined);
      this.rows.splice(at - 1, 0, ...new Array<undefined>(count).fill(undefined));
      return;
    }
    for (const line of this.rows) {
      if (!line) continue;
      while (line.length < at - 1) line.push(undefined);
      line.splice(at - 1, 0, ...new Array<undefined>(count).fill(undefined));
    }
  }

  remove(axis: Axis, at: number, count: number): void {
    if (axis === 'rows') {
      this.rows.splice(at - 1, count);
      return;
    }
    for (const line of this.rows) line?.splice(at - 1, count);
  }

  /** Visits every stored cell in row-major order. */
  forEach(visit: (row: number, col: number, cell: Cell) => void): void {
    this.rows.forEach((line, r) => {
      line?.forEach((cell, c) => {
        if (cell) visit(r + 1, c + 1, cell);
      });
    });
  }
}

import { cellA1, compareCells, type CellPosition } from './cellAddress';

/** A problem in a ladder sheet, named by its cell as the manager sees it (`C7`). */
export interface LadderSheetProblem {
  cell: string;
  message: string;
}

/** Collects problems by cell, so that a cell already reported is not reported twice over. */
export class SheetProblems {
  private readonly items: Array<{ pos: CellPosition; message: string }> = [];
  private readonly cells = new Set<string>();

  add(pos: CellPosition, message: string): void {
    const key = cellA1(pos);
    if (this.items.some((p) => cellA1(p.pos) === key && p.message === message)) return;
    this.items.push({ pos, message });
    this.cells.add(key);
  }

  hasCell(pos: CellPosition): boolean {
    return this.cells.has(cellA1(pos));
  }

  get size(): number {
    return this.items.length;
  }

  /** Row by row, left to right: the order a manager fixes them in. */
  sorted(): LadderSheetProblem[] {
    return [...this.items].sort((a, b) => compareCells(a.pos, b.pos)).map((p) => ({ cell: cellA1(p.pos), message: p.message }));
  }
}

/**
 * Where each part of the ladder built from a sheet came from. The schema and the rules
 * (`parseLadder`) name problems by JSON path (`areas[2].subskills[0].name`); this turns a
 * path back into the cell that holds it, or the nearest cell that holds its parent.
 */
export class SheetSourceMap {
  private readonly cells = new Map<string, CellPosition>();

  constructor(private readonly fallback: CellPosition) {}

  set(path: string, pos: CellPosition): void {
    this.cells.set(path, pos);
  }

  cellOf(path: string): CellPosition {
    let p = path;
    for (;;) {
      const found = this.cells.get(p);
      if (found) return found;
      const parent = parentPath(p);
      if (parent === null) return this.fallback;
      p = parent;
    }
  }

  /** A rule message may name another place by path ("already used at areas[0].subskills[1].id"): name its cell instead. */
  rewriteMessage(message: string): string {
    return message.replace(/\b(?:levels|dimensions|areas)(?:\[\d+\]|\.[A-Za-z0-9-]+)+/g, (path) => cellA1(this.cellOf(path)));
  }
}

export function parentPath(path: string): string | null {
  const bracket = /\[\d+\]$/.exec(path);
  if (bracket) return path.slice(0, bracket.index) || null;
  const dot = path.lastIndexOf('.');
  return dot > 0 ? path.slice(0, dot) : null;
}

import { cellA1, parseCellA1 } from './cellAddress';

/** Problem cells are shaded so the manager finds them on the sheet, then restored once fixed. */
export const HIGHLIGHT = '#fce8e6';
/** Enough to find the problems; the dialog lists them all. */
export const MAX_HIGHLIGHTS = 300;
const WHITE = '#ffffff';

/** What was highlighted last time on a sheet, and each cell's colour before (kept in a document property). */
export interface StoredHighlights {
  cells: Array<[a1: string, previous: string]>;
}

export interface HighlightPlan {
  /** Cells put back to their colour before, grouped by colour (one range list each). */
  restore: Array<{ color: string; cells: string[] }>;
  /** Cells to highlight now. */
  highlight: string[];
  /** What to remember for next time (null: nothing is highlighted any more). */
  remember: StoredHighlights | null;
}

/**
 * `backgrounds` are the sheet's colours as read now (A1 at [0][0]). Cells showing the highlight
 * are found there rather than by the addresses remembered, because the manager may have
 * inserted or deleted rows since: a highlighted cell no longer a problem gets its colour back
 * (the one remembered for its address, else white).
 */
export function highlightPlan(
  problemCells: readonly string[],
  backgrounds: ReadonlyArray<ReadonlyArray<string>>,
  previous: StoredHighlights | null,
): HighlightPlan {
  const before = new Map<string, string>(previous?.cells ?? []);
  const wanted = new Set<string>();
  const remember: StoredHighlights = { cells: [] };
  for (const a1 of problemCells) {
    const pos = parseCellA1(a1);
    if (!pos || wanted.has(a1) || wanted.size >= MAX_HIGHLIGHTS) continue;
    wanted.add(a1);
    const now = backgrounds[pos.row]?.[pos.col] ?? WHITE;
    remember.cells.push([a1, now === HIGHLIGHT ? (before.get(a1) ?? WHITE) : now]);
  }
  const restoreBy = new Map<string, string[]>();
  backgrounds.forEach((line, row) =>
    line.forEach((color, col) => {
      const a1 = cellA1({ row, col });
      if (color !== HIGHLIGHT || wanted.has(a1)) return;
      const back = before.get(a1) ?? WHITE;
      restoreBy.set(back, [...(restoreBy.get(back) ?? []), a1]);
    }),
  );
  const restore = [...restoreBy.entries()].map(([color, cells]) => ({ color, cells }));
  return { restore, highlight: [...wanted], remember: remember.cells.length > 0 ? remember : null };
}

/** Parses what was remembered; anything unreadable counts as nothing remembered. */
export function parseStoredHighlights(text: string | null): StoredHighlights | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as unknown;
    if (
      typeof value === 'object' &&
      value !== null &&
      Array.isArray((value as StoredHighlights).cells) &&
      (value as StoredHighlights).cells.every((c) => Array.isArray(c) && typeof c[0] === 'string' && typeof c[1] === 'string')
    ) {
      return value as StoredHighlights;
    }
  } catch {
    // fall through
  }
  return null;
}

/** By sheet name: a renamed sheet only forgets the colours its highlighted cells had before (they come back white). */
export function highlightsPropertyKey(sheetName: string): string {
  return `ladderSheet.highlights.${sheetName}`;
}

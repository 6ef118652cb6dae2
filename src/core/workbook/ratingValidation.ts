import type { RatingProblem } from '../api';
import {
  NOT_APPLICABLE,
  RATING_CHOICES,
  RATING_SCALE,
  RATING_SOURCES,
  isNotApplicable,
  isRating,
  type Rating,
  type RatingSource,
} from '../ratingScale';
import { cellA1 } from './a1';
import { HEADER_ROW, ID_COLUMN } from './layout';
import { RATING_COLUMNS } from './ratingColumns';
import type { InvalidRatingCell } from './model';
import { cellText } from './cellText';
import { ratingHeader } from './ratingCells';
import { hasContent, hasEveryRatingColumn, type RatingSheetContent, type ReadCell } from './ratingSheetRead';

/**
 * The rules of a rating cell (docs/ARCHITECTURE.md, Rating rules: every rating cell is checked): dropdowns stop
 * most bad entries, but a paste bypasses them, so every cell is judged as read.
 * - a rating is one of the scale's words exactly, or empty;
 * - a formula is never a rating (nor evidence: evidence is text a person wrote);
 * - ratings and evidence belong on a sub-skill's row; anything on another row is reported.
 */

export interface CellVerdict {
  /** The rating counted; null when blank, Not applicable or not readable. */
  rating: Rating | null;
  /** The cell says Not applicable (a choice, not a problem). */
  notApplicable: boolean;
  /** null when the cell is fine. */
  message: string | null;
}

/** Judges one Self / Peer / Manager cell. `formula` is '' when unknown or none. */
export function judgeRatingCell(value: unknown, formula: string): CellVerdict {
  if (formula !== '') return { rating: null, notApplicable: false, message: 'a formula is not a rating: choose the rating from the list' };
  const text = cellText(value);
  if (text.trim() === '') return { rating: null, notApplicable: false, message: null };
  if (isRating(text)) return { rating: text, notApplicable: false, message: null };
  if (isNotApplicable(text)) return { rating: null, notApplicable: true, message: null };
  const near = RATING_CHOICES.find((r) => r.toLowerCase() === text.trim().toLowerCase());
  const hint = near ? ` (did you mean “${near}”?)` : '';
  return {
    rating: null,
    notApplicable: false,
    message: `not on the rating scale${hint}: choose one of ${RATING_SCALE.join(', ')}, or ${NOT_APPLICABLE}`,
  };
}

/** Every bad cell of a PM sheet read with its formulas, by A1 address. */
export function ratingSheetProblems(sheetName: string, content: RatingSheetContent): RatingProblem[] {
  const problems: RatingProblem[] = [];
  const report = (cell: ReadCell, message: string) =>
    problems.push({ sheet: sheetName, cell: cellA1(cell.row, cell.column), value: cellText(cell.value, cell.formula), message });

  if (!hasEveryRatingColumn(content.columns)) {
    problems.push({
      sheet: sheetName,
      cell: cellA1(HEADER_ROW, ID_COLUMN + 1),
      value: '',
      message: `row ${HEADER_ROW} no longer has the ${RATING_COLUMNS.map((c) => c.header).join(', ')} headers, so no rating on this sheet can be read: put them back (Edit → Undo), then run Refresh workbook`,
    });
    return problems;
  }
  for (const row of content.ratingRows) {
    for (const column of RATING_COLUMNS) {
      const cell = row.cells[column.key];
      if (column.kind === 'text') {
        if (cell.formula !== '')
          report(cell, `${column.header.toLowerCase()} for “${row.name || row.subskillId}” is a formula: type or paste it as text`);
        continue;
      }
      const verdict = judgeRatingCell(cell.value, cell.formula);
      if (verdict.message) report(cell, `${column.header} rating for “${row.name || row.subskillId}”: ${verdict.message}`);
    }
  }
  for (const row of content.archived) {
    for (const source of RATING_SOURCES) {
      const verdict = judgeRatingCell(row.cells[source].value, row.cells[source].formula);
      if (verdict.message) report(row.cells[source], `archived ${ratingHeader(source)} rating for “${row.name}”: ${verdict.message}`);
    }
  }
  for (const stray of content.stray) {
    const where = stray.subskillId ? `a second row for “${stray.name || stray.subskillId}”` : 'a row of no sub-skill';
    for (const column of RATING_COLUMNS) {
      const what = column.kind === 'rating' ? 'a rating' : column.header.toLowerCase();
      if (hasContent(stray.cells[column.key]))
        report(stray.cells[column.key], `${what} on ${where}: move it to the sub-skill’s own row, or clear it`);
    }
  }
  return problems.sort((a, b) => rowOf(a.cell) - rowOf(b.cell) || a.cell.length - b.cell.length || a.cell.localeCompare(b.cell));
}

function rowOf(a1: string): number {
  return Number(/\d+$/.exec(a1)?.[0] ?? 0);
}

/** The invalid cells of one sub-skill row, as the workbook read model lists them. */
export function invalidCells(cells: Record<RatingSource, ReadCell>): InvalidRatingCell[] {
  const out: InvalidRatingCell[] = [];
  for (const source of RATING_SOURCES) {
    const cell = cells[source];
    const verdict = judgeRatingCell(cell.value, cell.formula);
    if (verdict.message)
      out.push({ source, cell: cellA1(cell.row, cell.column), value: cellText(cell.value, cell.formula), message: verdict.message });
  }
  return out;
}

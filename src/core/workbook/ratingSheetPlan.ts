import type { Ladder } from '../ladder/schema';
import { findLevel, nextLevel } from '../ladder/query';
import { RATING_CHOICES, RATING_SCALE, RATING_SHEET_FILLS } from '../ratingScale';
import {
  FIRST_BODY_ROW,
  FROZEN_ROWS,
  ID_COLUMN,
  archiveHeaderRow,
  formatMarker,
  ladderRows,
  levelColumn,
  ratingSheetColumns,
  HEADER_ROW,
  type RatingSheetColumns,
} from './layout';
import { writeGridHeaders, writeGridTitle, writeLadderRow } from './ladderSheetPlan';
import type { ArchivedRating } from './model';
import { RATING_COLUMNS } from './ratingColumns';
import { emptyRatingCells, type RatingCells } from './ratingCells';
import { blankBlock, setCell, setRow, type ListValidation, type SheetPlan } from './sheetPlan';
import { STYLE, WIDTH } from './sheetStyle';

/**
 * The rating dropdown: the scale, lowest first, then Not applicable; a typed value off the list
 * is rejected (a paste is not: see validateRatings).
 */
export const RATING_VALIDATION: ListValidation = {
  key: 'rating-scale',
  values: RATING_CHOICES,
  allowInvalid: false,
  helpText:
    'Choose a rating, relative to the expectations of the PM’s current level, or Not applicable when the role gave no chance to show this sub-skill.',
};

export interface RatingSheetPerson {
  id: string;
  name: string;
  /** Level id of the ladder; '' when unknown (an archived PM whose level left the ladder). */
  level: string;
  sheetName: string;
  archived: boolean;
}

export interface RatingSheetInput {
  ladder: Ladder;
  cycle: string;
  person: RatingSheetPerson;
  /** Rating cells by sub-skill id; a sub-skill not listed gets empty cells. */
  ratings: ReadonlyMap<string, RatingCells>;
  archived: readonly ArchivedRating[];
}

/**
 * A PM's rating sheet: the Ladder sheet's rows and level columns, the PM's level and the next
 * highlighted, then Self / Peer / Manager (rating dropdowns) and Evidence on each sub-skill
 * row, then the archived ratings block when there is one. Every text a person wrote (name,
 * evidence, ratings as found) lands in a plain-text cell, so it is never read as a formula.
 */
export function ratingSheetPlan(input: RatingSheetInput): SheetPlan {
  const { ladder, person } = input;
  const columns = personSheetColumns(ladder, person.level);
  const rows = ladderRows(ladder);
  const archiveRow = archiveHeaderRow(rows.length);
  const rowCount = input.archived.length > 0 ? archiveRow + input.archived.length : FIRST_BODY_ROW - 1 + rows.length;
  const block = blankBlock(rowCount, columns.last);

  const { level, next } = levelAndNext(ladder, person.level);
  const subtitle = person.archived
    ? 'ARCHIVED: no longer on the team. This sheet is kept so that no rating is lost; delete it to drop these ratings.'
    : `${level ? level.name : 'Level not set'} · ${input.cycle} · rate each sub-skill against the ${level ? `${level.name} column` : 'current level'} (yellow)${next ? `; the next level, ${next.name}, is green` : ''}.`;
  writeGridTitle(block, columns, formatMarker({ kind: 'person', personId: person.id }), person.name, subtitle, columns.firstRating);
  writeGridHeaders(block, columns, ladder, (levelId) =>
    levelId === level?.id ? ' (current level)' : levelId === next?.id ? ' (next level)' : '',
  );
  for (const column of RATING_COLUMNS) setCell(block, HEADER_ROW, columns[column.key], { value: column.header });

  rows.forEach((row, i) => {
    const r = FIRST_BODY_ROW + i;
    writeLadderRow(block, columns, r, row);
    if (row.kind === 'area') return;
    if (level) setCell(block, r, levelColumn(columns, level.id), { background: STYLE.currentLevelFill });
    if (next) setCell(block, r, levelColumn(columns, next.id), { background: STYLE.nextLevelFill });
    if (row.kind === 'subskill' && row.subskill)
      writeRatingCells(block, columns, r, input.ratings.get(row.subskill.id) ?? emptyRatingCells(), RATING_VALIDATION, null);
    else setRow(block, r, columns.firstRating, columns.lastRating, { background: STYLE.noInputFill });
  });

  if (input.archived.length > 0) {
    setRow(block, archiveRow, 1, columns.last, { background: STYLE.headerFill, fontWeight: 'bold' });
    setCell(block, archiveRow, ID_COLUMN, { value: formatMarker({ kind: 'archive-header' }) });
    setCell(block, archiveRow, columns.area, { value: 'Archived ratings' });
    setCell(block, archiveRow, columns.description, {
      value: 'Ratings of sub-skills no longer in the ladder, kept so that nothing is lost. They do not count in calibration.',
      fontWeight: 'normal',
    });
    input.archived.forEach((entry, i) => {
      const r = archiveRow + 1 + i;
      setRow(block, r, 1, columns.last, { background: STYLE.archivedFill });
      setCell(block, r, ID_COLUMN, { value: formatMarker({ kind: 'archived', subskillId: entry.subskillId }) });
      setCell(block, r, columns.area, { value: 'Archived' });
      setCell(block, r, columns.subskill, { value: entry.name });
      writeRatingCells(block, columns, r, entry, null, STYLE.archivedFill);
    });
  }

  return {
    ...block,
    sheetName: person.sheetName,
    frozenRows: FROZEN_ROWS,
    // Frozen through the sub-skill names: with the narrow default, the dimension would push the level texts off a laptop screen.
    frozenColumns: columns.subskill,
    columnWidths: ratingSheetWidths(columns),
    hiddenColumns: 1,
    tabColor: person.archived ? STYLE.archivedTab : null,
    protection: null,
    colourRules: {
      range: {
        row: FIRST_BODY_ROW,
        column: columns.firstRating,
        numRows: rowCount - FIRST_BODY_ROW + 1,
        numColumns: RATING_COLUMNS.filter((c) => c.kind === 'rating').length,
      },
      // Not applicable reads as its words on white: a colour rule more would cost 2 calls per PM sheet.
      rules: RATING_SCALE.map((rating) => ({ text: rating, background: RATING_SHEET_FILLS[rating] })),
    },
  };
}

function levelAndNext(ladder: Ladder, levelId: string) {
  const level = levelId ? findLevel(ladder, levelId) : undefined;
  return { level, next: level ? nextLevel(ladder, level.id) : null };
}

/** The columns of a PM's sheet: their level and the next come first among the level columns. */
export function personSheetColumns(ladder: Ladder, levelId: string): RatingSheetColumns {
  const { level, next } = levelAndNext(ladder, levelId);
  return ratingSheetColumns(
    ladder,
    [level?.id, next?.id].filter((id): id is string => id !== undefined),
  );
}

function writeRatingCells(
  block: ReturnType<typeof blankBlock>,
  columns: RatingSheetColumns,
  row: number,
  cells: RatingCells,
  validation: ListValidation | null,
  background: string | null,
): void {
  for (const column of RATING_COLUMNS) {
    setCell(block, row, columns[column.key], {
      value: cells[column.key],
      validation: column.kind === 'rating' ? validation : null,
      background,
    });
  }
}

/**
 * One width call per run of equal widths (a PM sheet may cost 15 calls: docs/ARCHITECTURE.md, Service-call budgets):
 * a sheet takes three: the skill area and sub-skill, the rating dropdowns, then Evidence and
 * the ladder grid after it (one width).
 */
export function ratingSheetWidths(columns: RatingSheetColumns): SheetPlan['columnWidths'] {
  const widths: SheetPlan['columnWidths'] = [];
  const add = (column: number, width: number) => {
    const run = widths[widths.length - 1];
    if (run && run.width === width && run.column + run.count === column) run.count += 1;
    else widths.push({ column, count: 1, width });
  };
  for (let c = 2; c < columns.firstRating; c += 1) add(c, WIDTH.ratingSheetColumn);
  for (const column of RATING_COLUMNS) add(columns[column.key], WIDTH[column.width]);
  for (let c = columns.lastRating + 1; c <= columns.last; c += 1) add(c, WIDTH.level);
  return widths;
}

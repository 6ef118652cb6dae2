import type { Ladder } from '../ladder/schema';
import {
  FIRST_BODY_ROW,
  FROZEN_ROWS,
  HEADER_ROW,
  ID_COLUMN,
  LADDER_SHEET,
  TITLE_ROW,
  formatMarker,
  frozenColumns,
  ladderGridColumns,
  ladderRows,
  levelColumn,
  type LadderGridColumns,
  type LadderRow,
} from './layout';
import { blankBlock, setCell, setRow, type ColumnWidths, type SheetBlock, type SheetPlan } from './sheetPlan';
import { STYLE, WIDTH } from './sheetStyle';

/**
 * The Ladder sheet: the expectation text of every sub-skill at every level, for reference.
 * Protected with a warning (editing it is a mistake: the ladder comes from its file), frozen
 * headers, wrapped text, skill-area rows shaded apart.
 */
export function ladderSheetPlan(ladder: Ladder): SheetPlan {
  const columns = ladderGridColumns(ladder);
  const rows = ladderRows(ladder);
  const block = blankBlock(FIRST_BODY_ROW - 1 + rows.length, columns.lastLadderColumn);
  const intro = ladder.cumulative
    ? 'Each level is in addition to the levels before it: an empty cell means nothing new at that level.'
    : 'Each level column lists what is expected at that level.';
  writeGridTitle(
    block,
    columns,
    formatMarker({ kind: 'ladder', ladderId: ladder.id }),
    `${ladder.title} — ${ladder.organization}`,
    `${intro} Source: ${ladder.source}`,
    frozenColumns(columns) + 1,
  );
  writeGridHeaders(block, columns, ladder, () => '');
  rows.forEach((row, i) => writeLadderRow(block, columns, FIRST_BODY_ROW + i, row));
  return {
    ...block,
    sheetName: LADDER_SHEET,
    frozenRows: FROZEN_ROWS,
    frozenColumns: frozenColumns(columns),
    columnWidths: ladderColumnWidths(columns),
    hiddenColumns: 1,
    tabColor: null,
    protection: { description: 'Career Ladder: the ladder is reference text. Change the ladder, then use Refresh workbook.' },
    colourRules: null,
  };
}

/**
 * Row 1: the id marker, the title (wrapped in its cell: text in a frozen column cannot overflow
 * past the frozen columns), and the subtitle in `subtitleColumn`, the first column right of the
 * frozen ones, from where it overflows over the empty cells of row 1.
 */
export function writeGridTitle(
  block: SheetBlock,
  columns: LadderGridColumns,
  marker: string,
  title: string,
  subtitle: string,
  subtitleColumn: number,
): void {
  const last = block.values[0]?.length ?? 0;
  setRow(block, TITLE_ROW, 1, last, { wrap: 'OVERFLOW' });
  setCell(block, TITLE_ROW, ID_COLUMN, { value: marker });
  setCell(block, TITLE_ROW, columns.area, { value: title, fontWeight: 'bold', wrap: 'WRAP' });
  setCell(block, TITLE_ROW, subtitleColumn, { value: subtitle });
}

/** Row 2: the headers of the ladder grid; `levelSuffix` marks a level column (" (current level)"). */
export function writeGridHeaders(
  block: SheetBlock,
  columns: LadderGridColumns,
  ladder: Ladder,
  levelSuffix: (levelId: string) => string,
): void {
  const last = block.values[0]?.length ?? 0;
  setRow(block, HEADER_ROW, 1, last, { fontWeight: 'bold', background: STYLE.headerFill });
  setCell(block, HEADER_ROW, ID_COLUMN, { value: formatMarker({ kind: 'header' }) });
  setCell(block, HEADER_ROW, columns.area, { value: 'Skill area' });
  setCell(block, HEADER_ROW, columns.subskill, { value: 'Sub-skill' });
  if (columns.dimension !== null) setCell(block, HEADER_ROW, columns.dimension, { value: 'Dimension' });
  setCell(block, HEADER_ROW, columns.description, { value: 'Description' });
  for (const level of ladder.levels)
    setCell(block, HEADER_ROW, levelColumn(columns, level.id), { value: `${level.name}${levelSuffix(level.id)}` });
}

/** One body row of the ladder grid (area heading, sub-skill, or a further dimension of a sub-skill). */
export function writeLadderRow(block: SheetBlock, columns: LadderGridColumns, rowNumber: number, row: LadderRow): void {
  setCell(block, rowNumber, ID_COLUMN, { value: formatMarker(row.marker) });
  if (row.kind === 'area') {
    const last = block.values[0]?.length ?? 0;
    setRow(block, rowNumber, 1, last, { background: STYLE.areaFill, fontWeight: 'bold' });
    setCell(block, rowNumber, columns.area, { value: row.area.name });
    setCell(block, rowNumber, columns.description, { value: row.area.description, fontWeight: 'normal' });
    return;
  }
  if (row.kind === 'subskill' && row.subskill) {
    setCell(block, rowNumber, columns.subskill, { value: row.subskill.name, fontWeight: 'bold' });
    setCell(block, rowNumber, columns.description, { value: row.subskill.description });
  }
  if (columns.dimension !== null && row.dimension) setCell(block, rowNumber, columns.dimension, { value: row.dimension.name });
  columns.levelIds.forEach((levelId, i) => setCell(block, rowNumber, columns.firstLevel + i, { value: row.texts[levelId] ?? '' }));
}

function ladderColumnWidths(columns: LadderGridColumns): ColumnWidths[] {
  const widths: ColumnWidths[] = [
    { column: columns.area, count: 1, width: WIDTH.area },
    { column: columns.subskill, count: 1, width: WIDTH.subskill },
  ];
  if (columns.dimension !== null) widths.push({ column: columns.dimension, count: 1, width: WIDTH.dimension });
  widths.push({ column: columns.description, count: 1, width: WIDTH.description });
  widths.push({ column: columns.firstLevel, count: columns.levelIds.length, width: WIDTH.level });
  return widths;
}

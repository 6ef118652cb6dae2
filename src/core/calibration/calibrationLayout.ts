import { SCALE } from '../ratingScale';
import { cellText } from '../workbook/cellText';
import { UNRECORDED_LAYOUT_VERSION } from '../workbook/layoutVersion';
import { CALIBRATION_SHEET, ID_COLUMN, formatMarker, parseMarker } from '../workbook/layout';
import type { StoredOverride } from './override';

/**
 * Where things are on the Calibration sheet (1-based rows and columns, as Sheets counts).
 *
 * The summary sits at the top in fixed places, so that the chart's source range never moves
 * whatever the team size or the ladder (a chart over a fixed-size table updates itself, and
 * refresh never has to touch the chart); the table of PMs starts below it:
 *
 *   row 1      title                        A: the hidden id column of every sheet the add-on
 *                                                makes; A1 holds `layout:<version>`, the layout
 *                                                the sheet was written with (layoutVersion.ts),
 *   row 2      what refresh keeps                makes (workbook/layout.ts): `#header` on the
 *                                                table's header row, `person:<id>` on each PM's
 *   rows 4-7   the 9-box grid (B4:E7)       chart of the distribution anchored at G4
 *   rows 9-16  the distribution (B9:D16): a row per rating of the scale, so it grows with it
 *   row 18     the table's header (a blank row below the distribution); one row per PM from
 *              row 19, then kept overrides
 *
 * The Override and Reason columns come before the per-area columns, so they stay in the same
 * place when the ladder gains or loses an area, and the override dropdown set when the sheet
 * was made keeps fitting.
 */
export { CALIBRATION_SHEET };

export const HEADER_MARKER = formatMarker({ kind: 'header' });
export const personMarker = (personId: string): string => formatMarker({ kind: 'person', personId });
export const TITLE_ROW = 1;
export const NOTE_ROW = 2;
/** The overall rule, in words a manager applies by hand (layout 3): the note of C3, on the blank row above the 9-box. */
export const RULE_ROW = 3;

export const NINE_BOX_ROW = 4;
export const NINE_BOX_COLUMN = 2;

export const DISTRIBUTION_ROW = 9;
export const DISTRIBUTION_COLUMN = 2;
/** Header, one row per rating (five on the default scale), Incomplete, Total. */
export const DISTRIBUTION_ROWS = SCALE.distributionRows;

export const CHART_ROW = 4;
export const CHART_COLUMN = 7;

export const TABLE_HEADER_ROW = DISTRIBUTION_ROW + DISTRIBUTION_ROWS + 1;
export const FIRST_PERSON_ROW = TABLE_HEADER_ROW + 1;
/** A new sheet's rows (Google's default grid). */
export const NEW_SHEET_ROWS = 1000;
/** The override dropdown covers the rest of a new sheet: room for the 500 PMs a team may have, and more. */
export const OVERRIDE_VALIDATION_ROWS = NEW_SHEET_ROWS - TABLE_HEADER_ROW;

/** Table columns before the per-area ones; areas follow in ladder order, then Flags. */
export const TABLE_COLUMNS = {
  id: ID_COLUMN,
  name: 2,
  level: 3,
  overall: 4,
  computed: 5,
  override: 6,
  reason: 7,
  nineBox: 8,
  results: 9,
  behaviours: 10,
  firstArea: 11,
} as const;

export const TABLE_HEADERS = {
  id: HEADER_MARKER,
  name: 'Name',
  level: 'Level',
  overall: 'Overall rating',
  computed: 'Computed overall',
  override: 'Override',
  reason: 'Reason for override',
  nineBox: '9-box',
  results: 'Results',
  behaviours: 'Behaviours',
  flags: 'Flags',
  // Layout 3: the meeting's own columns, right of Flags, kept across refresh like overrides.
  discuss: 'Discuss',
  notes: 'Meeting notes',
} as const;

/** The meeting's columns follow Flags (their own block: other columns may be added before it). */
export const meetingColumns = (flagsColumn: number) => ({ discuss: flagsColumn + 1, notes: flagsColumn + 2 });

/** Layout 3: per-PM gaps and readiness, their own block right of the meeting's columns (written, never read back). */
export const VIEW_HEADERS = {
  selfGap: 'Self − manager (steps)',
  peerGap: 'Peer − manager (steps)',
  readiness: 'Readiness for next level',
  // Layout 4: the trend from the History sheet.
  sinceLast: 'Since last cycle',
  pastCycles: 'Past cycles (overall)',
} as const;
export const viewColumns = (flagsColumn: number) => ({
  selfGap: flagsColumn + 3,
  peerGap: flagsColumn + 4,
  readiness: flagsColumn + 5,
  sinceLast: flagsColumn + 6,
  pastCycles: flagsColumn + 7,
});
/** Columns right of the areas: Flags, Discuss, Meeting notes and the five view columns. */
export const COLUMNS_AFTER_AREAS = 8;

/**
 * Layout 3: the team views, one block at K4 right of the chart, above the table: the overall
 * ratings by level (a row per level of the ladder, then Total), then the team's mean gaps and
 * readiness. Levels that do not fit above the table are left out of it (none of the built-in ladders).
 */
export const VIEWS_ROW = 4;
export const VIEWS_COLUMN = 11;

export interface StoredCalibrationSheet {
  overrides: StoredOverride[];
  /** The last row and column holding something, so a rewrite can blank what is no longer needed. */
  rows: number;
  columns: number;
  /** The texts of the table's header row ([] when none): a change means the layout moved. */
  header: string[];
  /** 1-based columns of Override and Reason for override; 0 when the sheet has none. */
  overrideColumn: number;
  reasonColumn: number;
  /** 1-based columns of Discuss and Meeting notes (layout 3); 0 when the sheet has none. */
  discussColumn: number;
  notesColumn: number;
  /** The layout the sheet was written with, from the `layout:` marker in A1 (none: the oldest). */
  layoutVersion: number;
}

export function trimTrailingBlanks(texts: readonly string[]): string[] {
  let end = texts.length;
  while (end > 0 && texts[end - 1] === '') end -= 1;
  return texts.slice(0, end);
}

/**
 * Reads back the overrides and reasons a manager typed, by person id, from the sheet's values
 * (Range.getValues of its data range). Rows are found by their `person:<id>` marker and
 * columns by their headers on the `#header` row, so rows the manager sorted, or a sheet
 * written by an earlier layout, still give them up.
 */
export function readStoredCalibration(grid: ReadonlyArray<ReadonlyArray<unknown>>): StoredCalibrationSheet {
  // A read of whole columns returns every row of the sheet: the extent is what holds something.
  let rows = 0;
  let columns = 0;
  grid.forEach((row, r) => {
    row.forEach((value, c) => {
      if (cellText(value) === '') return;
      rows = Math.max(rows, r + 1);
      columns = Math.max(columns, c + 1);
    });
  });
  const marker = parseMarker(grid[0]?.[ID_COLUMN - 1]);
  const layoutVersion = marker.kind === 'layout' ? marker.version : UNRECORDED_LAYOUT_VERSION;
  const headerIndex = grid.findIndex((row) => parseMarker(row[ID_COLUMN - 1]).kind === 'header');
  if (headerIndex < 0)
    return {
      overrides: [],
      rows,
      columns,
      header: [],
      overrideColumn: 0,
      reasonColumn: 0,
      discussColumn: 0,
      notesColumn: 0,
      layoutVersion,
    };
  const header = (grid[headerIndex] ?? []).map((c) => cellText(c).trim());
  const col = (title: string) => header.indexOf(title);
  const [nameAt, overrideAt, reasonAt] = [col(TABLE_HEADERS.name), col(TABLE_HEADERS.override), col(TABLE_HEADERS.reason)];
  const [discussAt, notesAt] = [col(TABLE_HEADERS.discuss), col(TABLE_HEADERS.notes)];
  const overrides: StoredOverride[] = [];
  grid.forEach((row, index) => {
    if (index <= headerIndex) return;
    const marker = parseMarker(row[ID_COLUMN - 1]);
    if (marker.kind !== 'person') return;
    overrides.push({
      personId: marker.personId,
      name: nameAt < 0 ? '' : cellText(row[nameAt]),
      value: overrideAt < 0 ? '' : cellText(row[overrideAt]),
      reason: reasonAt < 0 ? '' : cellText(row[reasonAt]),
      row: index + 1,
      notes: notesAt < 0 ? '' : cellText(row[notesAt]),
      discuss: discussAt < 0 ? '' : cellText(row[discussAt]),
    });
  });
  return {
    overrides,
    rows,
    columns,
    header: trimTrailingBlanks(header),
    overrideColumn: overrideAt + 1,
    reasonColumn: reasonAt + 1,
    discussColumn: discussAt + 1,
    notesColumn: notesAt + 1,
    layoutVersion,
  };
}

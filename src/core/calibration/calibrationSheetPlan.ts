import type { Ladder } from '../ladder/schema';
import { READINESS_RULE, readinessSentence } from './readiness';
import { isNotApplicableArea } from './areaRating';
import { NOT_APPLICABLE } from '../ratingScale';
import { pastCyclesText, sinceLastCycleText, type Change } from '../cycles/trend';
import { RATING_SCALE, type Rating } from '../ratingScale';
import { formatMarker } from '../workbook/layout';
import { LAYOUT_VERSION, isOlderLayout } from '../workbook/layoutVersion';
import { PLAIN_TEXT, type CellRange, type ColumnWidths, type FontWeight, type SheetBlock } from '../workbook/sheetPlan';
import type { Calibration, CalibratedPerson } from './calibrate';
import type { CalibrationSources } from './areaRating';
import { COLOURS, nineBoxColour, ratingColour } from './calibrationColours';
import {
  CALIBRATION_SHEET,
  CHART_COLUMN,
  CHART_ROW,
  DISTRIBUTION_COLUMN,
  DISTRIBUTION_ROW,
  DISTRIBUTION_ROWS,
  FIRST_PERSON_ROW,
  NINE_BOX_COLUMN,
  NINE_BOX_ROW,
  NOTE_ROW,
  RULE_ROW,
  OVERRIDE_VALIDATION_ROWS,
  TABLE_COLUMNS,
  TABLE_HEADERS,
  TABLE_HEADER_ROW,
  TITLE_ROW,
  meetingColumns,
  viewColumns,
  VIEW_HEADERS,
  VIEWS_COLUMN,
  VIEWS_ROW,
  personMarker,
  trimTrailingBlanks,
} from './calibrationLayout';
import { overallRuleNote } from './overallRating';
import { AXIS_SCORES, NINE_BOX_NAMES, type AxisScore } from './nineBox';

export type CellContent = string | number;

export { PLAIN_TEXT };

/** Done only when the sheet is new: none of it depends on the team or the ratings. */
export interface CalibrationSheetCreation {
  hiddenColumns: { column: number; count: number };
  columnWidths: ColumnWidths[];
  /** Columns A (ids) and B (names) stay in view when scrolling right through the areas. */
  frozenColumns: number;
  overrideDropdown: { block: CellRange; values: readonly string[]; helpText: string };
  wrap: CellRange[];
  /** Columns of sentences (the reason, the flags) wrapped down the whole table, for PMs added later too: one call each. */
  wrapColumns: CellRange[];
  chart: { type: 'column'; range: CellRange; anchor: { row: number; column: number }; title: string; width: number; height: number };
}

/**
 * Everything the Calibration sheet shows, as one rectangle from A1 written in one go
 * (number formats, values and backgrounds on the same range), plus the few things done only
 * when the sheet is made. The rectangle covers what the sheet held before, so leftovers of a
 * bigger team are blanked.
 *
 * Bold text is only in the rows above and on the table's header row, which do not depend on
 * the team: font weights are written (on the same range) when the sheet is made or when the
 * header row changed (`restyleHeader`), not on every refresh: one service call fewer
 * (docs/ARCHITECTURE.md, Service-call budgets).
 */
/** What the rule's cell says; its note holds the rule itself (`CalibrationSheetPlan.ruleNote`). */
export const RULE_POINTER =
  'How the overall rating and readiness are decided: the note of this cell (hover over it), and the README, "Calibration".';

export interface CalibrationSheetPlan extends Pick<SheetBlock<CellContent>, 'values' | 'numberFormats' | 'fontWeights'> {
  sheetName: string;
  rows: number;
  columns: number;
  /** The overall rule in words a manager applies by hand, as the note of the cell that points to it. */
  ruleNote: { row: number; column: number; text: string };
  /** Every cell has a colour (white for none), so a refresh repaints what a bigger team left. Font weights: bold only down to the table's header row. */
  backgrounds: string[][];
  /** The sheet is new or its header row changed: write `headerFontWeights`. */
  restyleHeader: boolean;
  /**
   * The sheet was written with an older layout: what is otherwise done only for a new sheet and
   * depends on the layout (the override dropdown, wrapping, the chart's range) is done again.
   */
  upgrade: boolean;
  nineBox: CellRange;
  distribution: CellRange;
  table: {
    headerRow: number;
    firstRow: number;
    people: number;
    keptOverrides: number;
    flagsColumn: number;
    areaColumns: Record<string, number>;
  };
  creation: CalibrationSheetCreation;
}

export interface CalibrationSheetInput {
  ladder: Ladder;
  cycle: string;
  calibration: Calibration;
  /** Which ratings the roll-up counted (workbook setting); left out = the manager's only. */
  sources?: CalibrationSources;
  /** What the sheet holds now (0 × 0, no header and the current layout when new): see readStoredCalibration. */
  previous: { rows: number; columns: number; header: readonly string[]; layoutVersion: number };
}

const INCOMPLETE = 'Incomplete';

/** Up green, down amber: the meeting's eye goes to a PM whose overall moved. */
function trendColour(change: Change | null): string {
  return change === 'up' ? COLOURS.trendUp : change === 'down' ? COLOURS.flagged : COLOURS.plain;
}

function axisLabel(score: AxisScore | null): string {
  return score === null ? INCOMPLETE : `${score[0]?.toUpperCase()}${score.slice(1)}`;
}

function axisColour(score: AxisScore | null): string {
  return score === null ? COLOURS.incomplete : nineBoxColour(score, score);
}

class Grid {
  readonly values: CellContent[][];
  readonly numberFormats: string[][];
  readonly backgrounds: string[][];
  readonly fontWeights: FontWeight[][];

  constructor(
    readonly rows: number,
    readonly columns: number,
  ) {
    const fill = <T>(v: T): T[][] => Array.from({ length: rows }, () => Array.from({ length: columns }, () => v));
    this.values = fill<CellContent>('');
    this.numberFormats = fill(PLAIN_TEXT);
    this.backgrounds = fill<string>(COLOURS.plain);
    this.fontWeights = fill<FontWeight>('normal');
  }

  set(row: number, column: number, value: CellContent, style: { background?: string; bold?: boolean; format?: string } = {}): void {
    const r = row - 1;
    const c = column - 1;
    (this.values[r] as CellContent[])[c] = value;
    if (style.background) (this.backgrounds[r] as string[])[c] = style.background;
    if (style.bold) (this.fontWeights[r] as FontWeight[])[c] = 'bold';
    if (style.format) (this.numberFormats[r] as string[])[c] = style.format;
  }
}

function writeNineBox(grid: Grid, people: readonly CalibratedPerson[]): CellRange {
  const header = { background: COLOURS.header, bold: true };
  grid.set(NINE_BOX_ROW, NINE_BOX_COLUMN, '9-box (results →, behaviours ↑)', header);
  // Results low → high left to right; behaviours high → low top to bottom, as 9-boxes are drawn.
  const byResults = AXIS_SCORES;
  const byBehaviours = [...AXIS_SCORES].reverse();
  byResults.forEach((r, i) => grid.set(NINE_BOX_ROW, NINE_BOX_COLUMN + 1 + i, `Results: ${r}`, header));
  byBehaviours.forEach((b, j) => {
    const row = NINE_BOX_ROW + 1 + j;
    grid.set(row, NINE_BOX_COLUMN, `Behaviours: ${b}`, header);
    byResults.forEach((r, i) => {
      const name = NINE_BOX_NAMES[r][b];
      const inBox = people.filter((p) => p.results === r && p.behaviours === b).map((p) => p.name);
      grid.set(row, NINE_BOX_COLUMN + 1 + i, [`${name} (${inBox.length})`, ...inBox].join('\n'), { background: nineBoxColour(r, b) });
    });
  });
  return { row: NINE_BOX_ROW + 1, column: NINE_BOX_COLUMN + 1, numRows: 3, numColumns: 3 };
}

function writeDistribution(grid: Grid, calibration: Calibration): CellRange {
  const { distribution } = calibration;
  const header = { background: COLOURS.header, bold: true };
  const [row, col] = [DISTRIBUTION_ROW, DISTRIBUTION_COLUMN];
  grid.set(row, col, 'Overall rating', header);
  grid.set(row, col + 1, 'PMs', header);
  grid.set(row, col + 2, 'Share', header);
  const share = (count: number) => (distribution.total === 0 ? 0 : count / distribution.total);
  const lines: Array<[string, number, string]> = [
    ...distribution.rows.map((r): [string, number, string] => [r.rating, r.count, ratingColour(r.rating)]),
    [INCOMPLETE, distribution.incomplete, COLOURS.incomplete],
  ];
  lines.forEach(([label, count, background], i) => {
    grid.set(row + 1 + i, col, label, { background });
    grid.set(row + 1 + i, col + 1, count, { format: '0' });
    grid.set(row + 1 + i, col + 2, share(count), { format: '0%' });
  });
  const total = row + DISTRIBUTION_ROWS - 1;
  grid.set(total, col, 'Total', { bold: true });
  grid.set(total, col + 1, distribution.total, { bold: true, format: '0' });
  grid.set(total, col + 2, distribution.total === 0 ? 0 : 1, { bold: true, format: '0%' });
  return { row, column: col, numRows: DISTRIBUTION_ROWS, numColumns: 3 };
}

/** Signed, two decimals: +0.50 reads as "half a step higher than the manager". */
const GAP_FORMAT = '+0.00;-0.00;0.00';

function mean(values: readonly number[]): number | string {
  return values.length === 0 ? '' : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;
}

/** The team views at K4 (see calibrationLayout.ts): overall ratings by level, mean gaps, readiness counts. */
function writeTeamViews(grid: Grid, ladder: Ladder, people: readonly CalibratedPerson[]): void {
  const header = { background: COLOURS.header, bold: true };
  const [row, col] = [VIEWS_ROW, VIEWS_COLUMN];
  // Room above the table: the by-level rows, Total, a blank row, then the three summary lines.
  const room = TABLE_HEADER_ROW - 1 - row - 5;
  const levels = ladder.levels.slice(0, Math.max(0, room));
  grid.set(row, col, 'Overall by level', header);
  RATING_SCALE.forEach((r, i) => grid.set(row, col + 1 + i, r, { ...header, background: ratingColour(r) }));
  grid.set(row, col + 1 + RATING_SCALE.length, INCOMPLETE, header);
  const counts = (group: readonly CalibratedPerson[]) => [
    ...RATING_SCALE.map((r) => group.filter((p) => p.overall === r).length),
    group.filter((p) => p.overall === null).length,
  ];
  [...levels.map((l) => [l.name, people.filter((p) => p.level === l.id)] as const), ['Total', people] as const].forEach(
    ([name, group], i) => {
      grid.set(row + 1 + i, col, name, { bold: name === 'Total' });
      counts(group).forEach((n, j) => grid.set(row + 1 + i, col + 1 + j, n, { format: '0' }));
    },
  );
  const summary = row + levels.length + 3;
  const gaps = (pick: (p: CalibratedPerson) => number | null) => mean(people.flatMap((p) => (pick(p) === null ? [] : [pick(p) as number])));
  grid.set(summary, col, 'Team mean gap, self − manager (steps)', header);
  grid.set(
    summary,
    col + 1,
    gaps((p) => p.gaps.selfVsManager),
    { format: GAP_FORMAT },
  );
  grid.set(summary + 1, col, 'Team mean gap, peer − manager (steps)', header);
  grid.set(
    summary + 1,
    col + 1,
    gaps((p) => p.gaps.peerVsManager),
    { format: GAP_FORMAT },
  );
  const by = (indicator: string | null) => people.filter((p) => p.readiness.indicator === indicator).length;
  grid.set(summary + 2, col, 'Readiness for next level', header);
  grid.set(summary + 2, col + 1, `Ready ${by('Ready')} · Close ${by('Close')} · Not yet ${by('Not yet')} · top level ${by(null)}`);
}

function headerTexts(grid: Grid): string[] {
  return trimTrailingBlanks((grid.values[TABLE_HEADER_ROW - 1] ?? []).map((v) => String(v).trim()));
}

function ratingCell(rating: Rating | null): [string, string] {
  return [rating ?? INCOMPLETE, ratingColour(rating)];
}

export function calibrationSheetPlan(input: CalibrationSheetInput): CalibrationSheetPlan {
  const { ladder, calibration } = input;
  const { people, keptOverrides } = calibration;
  const areaColumns = Object.fromEntries(ladder.areas.map((a, i) => [a.id, TABLE_COLUMNS.firstArea + i]));
  const flagsColumn = TABLE_COLUMNS.firstArea + ladder.areas.length;
  const lastRow = Math.max(TABLE_HEADER_ROW + people.length + keptOverrides.length, DISTRIBUTION_ROW + DISTRIBUTION_ROWS - 1);
  const rows = Math.max(lastRow, input.previous.rows);
  const meeting = meetingColumns(flagsColumn);
  const views = viewColumns(flagsColumn);
  const columns = Math.max(views.pastCycles, VIEWS_COLUMN + RATING_SCALE.length + 1, input.previous.columns);
  const grid = new Grid(rows, columns);
  const upgrade = isOlderLayout(input.previous.layoutVersion);

  grid.set(TITLE_ROW, TABLE_COLUMNS.id, formatMarker({ kind: 'layout', version: LAYOUT_VERSION }));
  grid.set(TITLE_ROW, 2, `Calibration: ${input.cycle} (${ladder.title})`, { bold: true });
  // Right of the frozen columns, from where it runs on over row 2's empty cells (text in a frozen column stops at its edge).
  grid.set(
    NOTE_ROW,
    TABLE_COLUMNS.name + 1,
    'Refresh calibration rewrites this sheet from the rating sheets, PMs by level. Override, Reason for override, Discuss and Meeting notes are yours: they are kept on every refresh, matched by person.',
  );
  // The rule runs long: a line right of the frozen columns points to it, the cell's note holds it.
  grid.set(RULE_ROW, TABLE_COLUMNS.name + 1, RULE_POINTER);
  const nineBox = writeNineBox(grid, people);
  const distribution = writeDistribution(grid, calibration);

  const header = { background: COLOURS.header, bold: true };
  const c = TABLE_COLUMNS;
  const h = TABLE_HEADERS;
  const headers: Array<[number, string]> = [
    [c.id, h.id],
    [c.name, h.name],
    [c.level, h.level],
    [c.overall, h.overall],
    [c.computed, h.computed],
    [c.override, h.override],
    [c.reason, h.reason],
    [c.nineBox, h.nineBox],
    [c.results, h.results],
    [c.behaviours, h.behaviours],
    ...ladder.areas.map((a, i): [number, string] => [c.firstArea + i, `${a.name} (${a.axis})`]),
    [flagsColumn, h.flags],
    [meeting.discuss, h.discuss],
    [meeting.notes, h.notes],
    [views.selfGap, VIEW_HEADERS.selfGap],
    [views.peerGap, VIEW_HEADERS.peerGap],
    [views.readiness, VIEW_HEADERS.readiness],
    [views.sinceLast, VIEW_HEADERS.sinceLast],
    [views.pastCycles, VIEW_HEADERS.pastCycles],
  ];
  for (const [column, title] of headers) grid.set(TABLE_HEADER_ROW, column, title, header);

  // The table is the meeting's heatmap, read level by level: PMs in ladder order of level,
  // the team's order within a level (the sort is stable). Rows are found by their marker, never
  // by position, so the order can change at every refresh.
  const levelOrder = new Map(ladder.levels.map((l, i) => [l.id, i]));
  const byLevel = [...people].sort((a, b) => (levelOrder.get(a.level) ?? -1) - (levelOrder.get(b.level) ?? -1));
  byLevel.forEach((p, i) => {
    const row = FIRST_PERSON_ROW + i;
    const [overall, overallColour] = ratingCell(p.overall);
    grid.set(row, c.id, personMarker(p.id));
    grid.set(row, c.name, p.name, { background: overallColour });
    grid.set(row, c.level, p.levelName, { background: overallColour });
    grid.set(row, c.overall, overall, { background: overallColour });
    const [computed, computedColour] = ratingCell(p.computedOverall);
    grid.set(row, c.computed, computed, { background: computedColour });
    const overrideProblem = p.overrideInvalid || (p.override !== null && p.overrideReason === '');
    const overrideColour = p.overrideInvalid ? COLOURS.problem : p.override ? ratingColour(p.override) : COLOURS.plain;
    grid.set(row, c.override, p.overrideTyped, { background: overrideColour });
    grid.set(row, c.reason, p.overrideReason, { background: overrideProblem ? COLOURS.flagged : COLOURS.plain });
    const boxColour = p.results && p.behaviours ? nineBoxColour(p.results, p.behaviours) : COLOURS.incomplete;
    grid.set(row, c.nineBox, p.nineBox ?? INCOMPLETE, { background: boxColour });
    grid.set(row, c.results, axisLabel(p.results), { background: axisColour(p.results) });
    grid.set(row, c.behaviours, axisLabel(p.behaviours), { background: axisColour(p.behaviours) });
    for (const area of p.areaRatings) {
      const text =
        area.rating ??
        (isNotApplicableArea(area)
          ? NOT_APPLICABLE
          : `${INCOMPLETE}: ${area.rated} of ${area.total} rated${area.notApplicable > 0 ? ` (${area.notApplicable} not applicable)` : ''}`);
      grid.set(row, areaColumns[area.areaId] as number, text, { background: ratingColour(area.rating) });
    }
    grid.set(row, flagsColumn, p.flags.map((f) => `• ${f}`).join('\n'), {
      background: p.flags.length > 0 ? COLOURS.flagged : COLOURS.plain,
    });
    grid.set(row, meeting.discuss, p.discuss ? 'Yes' : '', { background: p.discuss ? COLOURS.flagged : COLOURS.plain });
    grid.set(row, meeting.notes, p.notes);
    grid.set(row, views.selfGap, p.gaps.selfVsManager ?? '', { format: GAP_FORMAT });
    grid.set(row, views.peerGap, p.gaps.peerVsManager ?? '', { format: GAP_FORMAT });
    grid.set(row, views.readiness, readinessSentence(ladder, p.readiness));
    grid.set(row, views.sinceLast, sinceLastCycleText(p.trend), { background: trendColour(p.trend.change) });
    grid.set(row, views.pastCycles, pastCyclesText(p.trend));
  });
  writeTeamViews(grid, ladder, people);

  keptOverrides.forEach((o, i) => {
    const row = FIRST_PERSON_ROW + people.length + i;
    const kept = { background: COLOURS.kept };
    grid.set(row, c.id, personMarker(o.personId));
    grid.set(row, c.name, o.name, kept);
    grid.set(row, c.level, 'Not on the team', kept);
    grid.set(row, c.override, o.value.trim(), kept);
    grid.set(row, c.reason, o.reason.trim(), kept);
    grid.set(row, flagsColumn, '• Not on the team any more: override and reason kept, not counted', kept);
    grid.set(row, meeting.discuss, o.discuss?.trim() ?? '', kept);
    grid.set(row, meeting.notes, o.notes?.trim() ?? '', kept);
  });

  return {
    sheetName: CALIBRATION_SHEET,
    rows,
    columns,
    values: grid.values,
    numberFormats: grid.numberFormats,
    backgrounds: grid.backgrounds,
    fontWeights: grid.fontWeights,
    restyleHeader: upgrade || headerTexts(grid).join('\t') !== trimTrailingBlanks([...input.previous.header]).join('\t'),
    upgrade,
    ruleNote: {
      row: RULE_ROW,
      column: TABLE_COLUMNS.name + 1,
      text: `${overallRuleNote(ladder.id, input.sources ?? 'manager')}\n\nReadiness for next level (the add-on's choice): ${READINESS_RULE}`,
    },
    nineBox,
    distribution,
    table: {
      headerRow: TABLE_HEADER_ROW,
      firstRow: FIRST_PERSON_ROW,
      people: people.length,
      keptOverrides: keptOverrides.length,
      flagsColumn,
      areaColumns,
    },
    creation: {
      hiddenColumns: { column: TABLE_COLUMNS.id, count: 1 },
      // Four calls: one width (wide enough for "Needs Immediate Improvement") for everything but the reason and the flags, which hold sentences.
      columnWidths: [
        { column: c.name, count: c.reason - c.name, width: 200 },
        { column: c.reason, count: 1, width: 280 },
        { column: c.nineBox, count: flagsColumn - c.nineBox, width: 200 },
        { column: flagsColumn, count: 1, width: 520 },
        { column: views.readiness, count: 3, width: 220 },
      ],
      overrideDropdown: {
        block: { row: FIRST_PERSON_ROW, column: c.override, numRows: OVERRIDE_VALIDATION_ROWS, numColumns: 1 },
        values: RATING_SCALE,
        helpText: 'Override the computed overall rating only with a reason in the next column. Kept on every refresh.',
      },
      frozenColumns: TABLE_COLUMNS.name,
      wrap: [
        { row: NINE_BOX_ROW, column: NINE_BOX_COLUMN, numRows: 4, numColumns: 4 },
        // The title, in a frozen column, and the table's headers (area names) wrap within their cells.
        { row: TITLE_ROW, column: TABLE_COLUMNS.name, numRows: 1, numColumns: 1 },
        { row: TABLE_HEADER_ROW, column: 1, numRows: 1, numColumns: columns },
        // The team views' labels and rating headers.
        { row: VIEWS_ROW, column: VIEWS_COLUMN, numRows: TABLE_HEADER_ROW - VIEWS_ROW - 1, numColumns: RATING_SCALE.length + 2 },
      ],
      wrapColumns: [c.reason, flagsColumn, views.readiness, views.sinceLast, views.pastCycles].map((column) => ({
        row: FIRST_PERSON_ROW,
        column,
        numRows: OVERRIDE_VALIDATION_ROWS,
        numColumns: 1,
      })),
      chart: {
        type: 'column',
        // Header, every rating and Incomplete: a fixed-size range for a scale, so the chart follows every refresh (a layout upgrade moves it).
        range: { row: DISTRIBUTION_ROW, column: DISTRIBUTION_COLUMN, numRows: DISTRIBUTION_ROWS - 1, numColumns: 2 },
        anchor: { row: CHART_ROW, column: CHART_COLUMN },
        title: 'Overall ratings',
        width: 520,
        height: 280,
      },
    },
  };
}

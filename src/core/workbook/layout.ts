import type { DocKind } from '../docs/docKinds';
import type { Area, Dimension, Ladder, LevelTexts, Subskill } from '../ladder/schema';
import { expectationRows } from '../ladder/query';
import { RATING_COLUMNS, type RatingColumnKey } from './ratingColumns';

/**
 * The layout of every sheet of the calibration workbook (docs/ARCHITECTURE.md, Workbook layout), as constants and
 * pure functions. Everything that reads or writes the workbook finds its cells here, so a
 * change of layout is a change of this file only.
 *
 * Ids never depend on a row number (docs/ARCHITECTURE.md, Workbook layout: ratings are matched by person id and sub-skill
 * id). Every sheet the add-on makes has a hidden column A, the **id column**, holding a
 * marker per row (see `RowMarker`): which person a sheet belongs to, which skill area or
 * sub-skill a row shows. Readers find rows by these markers, so reordering, renaming or
 * removing sub-skills and people moves rows without losing what they hold.
 *
 * ## Ladder sheet (`LADDER_SHEET`) and PM rating sheets (one per PM)
 *
 * Both share the **ladder grid**:
 *
 * | row | A (hidden) | B | C | D (Dimension, only on a ladder with dimensions) | Description | one column per level |
 * |---|---|---|---|---|---|---|
 * | 1 (title) | `ladder:<id>` / `person:<id>` | title | | | | |
 * | 2 (headers) | `#header` | Skill area | Sub-skill | Dimension | Description | level names |
 * | area row | `area:<areaId>` | area name | | | area description | |
 * | sub-skill row | `subskill:<id>` | | sub-skill name | first dimension | description | expectation texts |
 * | dimension row | `detail:<id>:<dimensionId>` | | | next dimension | | expectation texts |
 *
 * A PM sheet puts, right of the sub-skill, the columns of `RATING_COLUMNS` (ratingColumns.ts):
 * **Self, Peer, Manager** (dropdowns of the rating scale) and **Evidence**; the ladder grid's
 * other columns follow, with the PM's level and the next first among the levels (layout 3;
 * layouts 1–2 had the rating columns after the last level, and read back by their headers). Ratings and evidence live on the `subskill:` row of a sub-skill only; the
 * rating cells of every other row are shaded and must stay empty. The PM's current level
 * column and the next one are highlighted and their headers say so.
 *
 * Below the ladder rows, after one blank row, a PM sheet may hold the **archived ratings**
 * block: a `#archived` heading row, then one `archived:<subskillId>` row per rating whose
 * sub-skill left the ladder (name in the Sub-skill column, ratings and evidence in the same
 * columns as above). Refresh never drops a rating: it moves it here.
 *
 * ## Team sheet (`TEAM_SHEET`)
 *
 * | row | A (hidden) | B (hidden) | C (hidden) | D Name | E Email | F Current level | G Target level | H Growth plan | I Career plan | J Rating sheet |
 * |---|---|---|---|---|---|---|---|---|---|---|
 * | 1 | workbook settings (JSON) | | | title | | | | | | |
 * | 2 | `#header` | growth plan url | career plan url | headers … | | | | | | |
 * | 3… | person id (blank for a row the manager added) | url | url | one active PM per row | | | | | | |
 * | blank | | | | | | | | | | |
 * | heading | `#archived` | | | "Former team members…" | | | | | | |
 * | … | person id | | | one archived PM per row (their sheet is kept, marked archived) | | | | | | |
 *
 * The doc links (H, I) are `=HYPERLINK(url, label)` formulas; the url is also kept in the
 * hidden columns B and C so that one `getValues()` reads it back (a formula's value is its label).
 */

export const LADDER_SHEET = 'Ladder';
export const TEAM_SHEET = 'Team';
/** The team calibration view's sheet (a sibling feature); listed so no PM sheet takes its name. */
export const CALIBRATION_SHEET = 'Calibration';
/** The finished review cycles, kept by Start next cycle (src/core/cycles/history.ts). */
export const HISTORY_SHEET = 'History';
/** Every cycle's ratings as tidy rows, written by Export calibration data (src/core/cycles/calibrationExport.ts). */
export const EXPORT_SHEET = 'Calibration data';
/** The hidden log of changes made through the add-on (cycles/changeLog.ts). */
export const CHANGE_LOG_SHEET = 'Change log';
export const RESERVED_SHEET_NAMES: readonly string[] = [
  LADDER_SHEET,
  TEAM_SHEET,
  CALIBRATION_SHEET,
  HISTORY_SHEET,
  EXPORT_SHEET,
  CHANGE_LOG_SHEET,
];

// ---------------------------------------------------------------------------------------------
// Rows shared by the Ladder sheet and the PM sheets

export const TITLE_ROW = 1;
export const HEADER_ROW = 2;
export const FIRST_BODY_ROW = 3;
/** Rows 1–2 stay in view while scrolling. */
export const FROZEN_ROWS = 2;
/** The hidden id column of every sheet the add-on makes. */
export const ID_COLUMN = 1;

// ---------------------------------------------------------------------------------------------
// Columns of the ladder grid

export interface LadderGridColumns {
  id: number;
  area: number;
  subskill: number;
  /** null when the ladder has no dimensions. */
  dimension: number | null;
  description: number;
  firstLevel: number;
  /** Level ids in column order, from `firstLevel`. */
  levelIds: string[];
  /** The last column of the ladder grid (the last level). */
  lastLadderColumn: number;
}

export function ladderGridColumns(ladder: Ladder): LadderGridColumns {
  return gridColumns(
    ladder.levels.map((l) => l.id),
    (ladder.dimensions?.length ?? 0) > 0,
    ID_COLUMN + 3,
  );
}

/** The grid's columns from `first` on: Dimension (when the ladder has dimensions), Description, then the levels in `levelIds`' order. */
function gridColumns(levelIds: string[], hasDimensions: boolean, first: number): LadderGridColumns {
  const dimension = hasDimensions ? first : null;
  const description = hasDimensions ? first + 1 : first;
  const firstLevel = description + 1;
  return {
    id: ID_COLUMN,
    area: 2,
    subskill: 3,
    dimension,
    description,
    firstLevel,
    levelIds,
    lastLadderColumn: firstLevel + levelIds.length - 1,
  };
}

export function levelColumn(columns: LadderGridColumns, levelId: string): number {
  const i = columns.levelIds.indexOf(levelId);
  if (i < 0) throw new Error(`"${levelId}" is not a level column of this sheet`);
  return columns.firstLevel + i;
}

/** Columns frozen on the Ladder and PM sheets: the id column up to the sub-skill names (and dimension). */
export function frozenColumns(columns: LadderGridColumns): number {
  return columns.dimension ?? columns.subskill;
}

// ---------------------------------------------------------------------------------------------
// Rating columns of a PM sheet

/**
 * A PM sheet's columns: the sub-skill, then each of `RATING_COLUMNS` by key (where a manager
 * works, in view when the sheet opens), then the ladder grid with the PM's level and the next
 * one first among the levels, so that both are read without scrolling past the others.
 */
export interface RatingSheetColumns extends LadderGridColumns, Record<RatingColumnKey, number> {
  /** The first of the rating columns. */
  firstRating: number;
  /** The last rating column. */
  lastRating: number;
  /** The last column of the sheet (the last level). */
  last: number;
}

/** `levelFirst`: the PM's level, then the next; the other levels follow in the ladder's order. */
export function ratingSheetColumns(ladder: Ladder, levelFirst: readonly string[] = []): RatingSheetColumns {
  const ids = ladder.levels.map((l) => l.id);
  const first = levelFirst.filter((id) => ids.includes(id));
  return withRatingColumns([...first, ...ids.filter((id) => !first.includes(id))], (ladder.dimensions?.length ?? 0) > 0);
}

function withRatingColumns(levelIds: string[], hasDimensions: boolean): RatingSheetColumns {
  const firstRating = ID_COLUMN + 3;
  // Side by side, in the list's order.
  const positions = Object.fromEntries(RATING_COLUMNS.map((c, i) => [c.key, firstRating + i])) as Record<RatingColumnKey, number>;
  const lastRating = firstRating + RATING_COLUMNS.length - 1;
  const grid = gridColumns(levelIds, hasDimensions, lastRating + 1);
  return { ...grid, ...positions, firstRating, lastRating, last: grid.lastLadderColumn };
}

/**
 * The last column of a PM sheet for a ladder known only by its level count (a save reads a
 * sheet without loading the ladder's texts): with a Dimension column in case the ladder has one,
 * as one empty column more read costs nothing.
 */
export function ratingSheetLastColumnAtMost(levelCount: number): number {
  return withRatingColumns(new Array<string>(levelCount).fill(''), true).last;
}

// ---------------------------------------------------------------------------------------------
// Markers of the id column

export type RowMarker =
  | { kind: 'ladder'; ladderId: string }
  | { kind: 'person'; personId: string }
  | { kind: 'header' }
  | { kind: 'area'; areaId: string }
  | { kind: 'subskill'; subskillId: string }
  | { kind: 'detail'; subskillId: string; dimensionId: string }
  | { kind: 'archive-header' }
  /** subskillId '' for text that was found on a row of no sub-skill and kept. */
  | { kind: 'archived'; subskillId: string }
  /** The layout version a sheet was written with (layoutVersion.ts), in the Calibration sheet's A1. */
  | { kind: 'layout'; version: number }
  | { kind: 'none' };

export function formatMarker(marker: RowMarker): string {
  switch (marker.kind) {
    case 'ladder':
      return `ladder:${marker.ladderId}`;
    case 'person':
      return `person:${marker.personId}`;
    case 'header':
      return '#header';
    case 'area':
      return `area:${marker.areaId}`;
    case 'subskill':
      return `subskill:${marker.subskillId}`;
    case 'detail':
      return `detail:${marker.subskillId}:${marker.dimensionId}`;
    case 'archive-header':
      return '#archived';
    case 'archived':
      return `archived:${marker.subskillId}`;
    case 'layout':
      return `layout:${marker.version}`;
    case 'none':
      return '';
  }
}

/** Reads a marker back; anything else (blank, text a person typed) is `none`. */
export function parseMarker(cell: unknown): RowMarker {
  const text = typeof cell === 'string' ? cell.trim() : '';
  if (text === '#header') return { kind: 'header' };
  if (text === '#archived') return { kind: 'archive-header' };
  const m = /^([a-z]+):(.*)$/.exec(text);
  if (!m) return { kind: 'none' };
  const [, kind, rest = ''] = m;
  switch (kind) {
    case 'ladder':
      return rest ? { kind: 'ladder', ladderId: rest } : { kind: 'none' };
    case 'person':
      return rest ? { kind: 'person', personId: rest } : { kind: 'none' };
    case 'area':
      return rest ? { kind: 'area', areaId: rest } : { kind: 'none' };
    case 'subskill':
      return rest ? { kind: 'subskill', subskillId: rest } : { kind: 'none' };
    case 'detail': {
      const [subskillId = '', dimensionId = ''] = rest.split(':');
      return subskillId && dimensionId ? { kind: 'detail', subskillId, dimensionId } : { kind: 'none' };
    }
    case 'archived':
      return { kind: 'archived', subskillId: rest };
    case 'layout':
      return /^[1-9][0-9]*$/.test(rest) ? { kind: 'layout', version: Number(rest) } : { kind: 'none' };
    default:
      return { kind: 'none' };
  }
}

// ---------------------------------------------------------------------------------------------
// Body rows of the ladder grid

export interface LadderRow {
  kind: 'area' | 'subskill' | 'detail';
  area: Area;
  /** null on an area row. */
  subskill: Subskill | null;
  dimension: Dimension | null;
  /** Expectation text per level id ('' on an area row). */
  texts: LevelTexts;
  marker: RowMarker;
}

/** The body rows, in order, starting at `FIRST_BODY_ROW`: per area a heading row, then its sub-skills. */
export function ladderRows(ladder: Ladder): LadderRow[] {
  const rows: LadderRow[] = [];
  for (const area of ladder.areas) {
    rows.push({ kind: 'area', area, subskill: null, dimension: null, texts: {}, marker: { kind: 'area', areaId: area.id } });
    for (const subskill of area.subskills) {
      expectationRows(ladder, subskill).forEach((row, i) => {
        if (i === 0) {
          rows.push({
            kind: 'subskill',
            area,
            subskill,
            dimension: row.dimension,
            texts: row.texts,
            marker: { kind: 'subskill', subskillId: subskill.id },
          });
        } else {
          const dimensionId = row.dimension?.id ?? String(i);
          rows.push({
            kind: 'detail',
            area,
            subskill,
            dimension: row.dimension,
            texts: row.texts,
            marker: { kind: 'detail', subskillId: subskill.id, dimensionId },
          });
        }
      });
    }
  }
  return rows;
}

/** The row of the `#archived` heading on a PM sheet with `ladderRowCount` body rows (one blank row above it). */
export function archiveHeaderRow(ladderRowCount: number): number {
  return FIRST_BODY_ROW + ladderRowCount + 1;
}

// ---------------------------------------------------------------------------------------------
// Team sheet

export const TEAM_COLUMNS = {
  id: 1,
  growthPlanUrl: 2,
  careerPlanUrl: 3,
  name: 4,
  email: 5,
  level: 6,
  targetLevel: 7,
  growthPlan: 8,
  careerPlan: 9,
  sheet: 10,
} as const;
export type TeamColumn = keyof typeof TEAM_COLUMNS;
export const TEAM_LAST_COLUMN = 10;
/** Columns A–C (id and the two doc urls) are hidden. */
export const TEAM_HIDDEN_COLUMNS = 3;
export const TEAM_FIRST_PERSON_ROW = 3;
/** A1 of the Team sheet holds the workbook settings as JSON, so one read gets them with the team. */
export const SETTINGS_ROW = 1;
export const SETTINGS_COLUMN = 1;

export const TEAM_HEADERS: Readonly<Record<TeamColumn, string>> = {
  id: 'id',
  growthPlanUrl: 'growth plan url',
  careerPlanUrl: 'career plan url',
  name: 'Name',
  email: 'Email',
  level: 'Current level',
  targetLevel: 'Target level',
  growthPlan: 'Growth plan',
  careerPlan: 'Career plan',
  sheet: 'Rating sheet',
};

/** The visible link column and the hidden url column of a doc kind. */
export function docLinkColumns(kind: DocKind): { link: number; url: number } {
  const columns: Record<DocKind, { link: number; url: number }> = {
    'growth-plan': { link: TEAM_COLUMNS.growthPlan, url: TEAM_COLUMNS.growthPlanUrl },
    'career-plan': { link: TEAM_COLUMNS.careerPlan, url: TEAM_COLUMNS.careerPlanUrl },
  };
  return columns[kind];
}

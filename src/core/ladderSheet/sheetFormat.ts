import type { CalibrationAxis } from '../ladder/schema';

/**
 * The ladder sheet format: a sheet a person can write by hand, paste their own ladder into,
 * or get from "Export ladder" (README "Bring your own ladder").
 *
 *   Title          | Product Manager ladder            <- settings: label in column A, value in B
 *   Ladder id      | acme-pm                              (blank: made from the title)
 *   Organization   | Acme
 *   Source         | Acme PM ladder, 2026
 *   Cumulative     | yes                                  (yes: each level adds to the one before)
 *   Dimension      | Scope | what you own | scope         (optional: name, description, id)
 *   Level id       |       |     |     |     | pm1 | pm2  <- per level column (blank: made from the name)
 *   Level title    |       |     |     |     | ...         (optional)
 *   Level summary  |       |     |     |     | ...         (optional)
 *   Skill area | Axis | Sub-skill | Description | Dimension | PM1 | PM2 | Area id | Sub-skill id   <- header
 *   Strategy   | results |        | (area description)      |     |     | strategy |
 *              |      | Vision    | ...         | Scope     | ... | ... |          | vision
 *              |      |           |             | Impact    | ... | ... |          |
 *   Note       | (one note per row, below the ladder)
 *
 * Columns are found by their header, so their order is free; every other named header
 * cell is a level, lowest first. Rows above the header are settings, found by their label.
 */

export const SETTING_LABELS = {
  title: 'Title',
  ladderId: 'Ladder id',
  organization: 'Organization',
  source: 'Source',
  cumulative: 'Cumulative',
} as const;
export type SettingKey = keyof typeof SETTING_LABELS;

export const ROW_LABELS = {
  dimension: 'Dimension',
  levelId: 'Level id',
  levelTitle: 'Level title',
  levelSummary: 'Level summary',
  note: 'Note',
} as const;
export type RowKey = keyof typeof ROW_LABELS;

export const COLUMN_LABELS = {
  area: 'Skill area',
  axis: 'Axis',
  subskill: 'Sub-skill',
  description: 'Description',
  dimension: 'Dimension',
  areaId: 'Area id',
  subskillId: 'Sub-skill id',
} as const;
export type ColumnKey = keyof typeof COLUMN_LABELS;

/** The fixed columns in the order an exported sheet lays them out; levels follow `dimension`. */
export const LEADING_COLUMNS: readonly ColumnKey[] = ['area', 'axis', 'subskill', 'description', 'dimension'];
export const TRAILING_COLUMNS: readonly ColumnKey[] = ['areaId', 'subskillId'];

/** "Sub-skill", "sub skill", "SUBSKILL:" are one label: case, spaces, hyphens and a final colon ignored. */
export function normaliseLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/:\s*$/, '')
    .replace(/[\s_-]+/g, '');
}

const SETTING_ALIASES: Record<string, SettingKey> = {
  title: 'title',
  laddertitle: 'title',
  ladder: 'title',
  ladderid: 'ladderId',
  organization: 'organization',
  organisation: 'organization',
  company: 'organization',
  source: 'source',
  cumulative: 'cumulative',
};

const ROW_ALIASES: Record<string, RowKey> = {
  dimension: 'dimension',
  levelid: 'levelId',
  leveltitle: 'levelTitle',
  levelsummary: 'levelSummary',
  note: 'note',
  notes: 'note',
};

const COLUMN_ALIASES: Record<string, ColumnKey> = {
  skillarea: 'area',
  area: 'area',
  axis: 'axis',
  calibrationaxis: 'axis',
  subskill: 'subskill',
  description: 'description',
  dimension: 'dimension',
  areaid: 'areaId',
  subskillid: 'subskillId',
};

export function settingKey(label: string): SettingKey | undefined {
  return SETTING_ALIASES[normaliseLabel(label)];
}

export function rowKey(label: string): RowKey | undefined {
  return ROW_ALIASES[normaliseLabel(label)];
}

export function columnKey(label: string): ColumnKey | undefined {
  return COLUMN_ALIASES[normaliseLabel(label)];
}

/** Every label a row above the header may carry, for messages. */
export const ABOVE_HEADER_LABELS: readonly string[] = [...Object.values(SETTING_LABELS), ...Object.values(ROW_LABELS)];

/** Yes / no as a person types it, or as a checkbox reads (TRUE / FALSE). */
export function parseYesNo(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (['yes', 'y', 'true'].includes(t)) return true;
  if (['no', 'n', 'false'].includes(t)) return false;
  return undefined;
}

export function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

/** The 9-box axes (docs/ARCHITECTURE.md, Rating rules); "behaviors" because Intercom's 4-level ladder spells it so. */
export function parseAxis(text: string): CalibrationAxis | undefined {
  const t = text.trim().toLowerCase();
  if (t === 'results' || t === 'result') return 'results';
  if (t === 'behaviours' || t === 'behaviour' || t === 'behaviors' || t === 'behavior') return 'behaviours';
  return undefined;
}

/** What a sheet ladder says when the person leaves Organization or Source blank. */
export const DEFAULT_ORGANIZATION = 'Own ladder';
export function defaultSource(sheetName: string | undefined): string {
  return sheetName ? `Ladder sheet "${sheetName}"` : 'A ladder sheet';
}

/**
 * Lengths a sheet can hold but the add-on cannot use. A name heads columns, fills dropdowns
 * and titles docs, and the workbook joins it with other text in one cell (the Ladder sheet's
 * title is "<title> — <organization>", a level's header "<name> (current level)"), so a
 * name that fills a whole cell would break set-up later. Long text belongs in a description.
 */
export const NAME_LIMIT = 200;
export const ID_LIMIT = 100;
export const SOURCE_LIMIT = 1000;

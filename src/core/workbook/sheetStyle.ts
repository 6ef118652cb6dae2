import { RATING_CHOICES } from '../ratingScale';
import { CELL_PADDING_PX, DROPDOWN_CHIP_PX, textWidthPx } from './textWidth';

/**
 * Colours and widths of the workbook's sheets: light fills that print well and keep black text
 * readable (Google Sheets' own palette, "light 3" row).
 */
export const STYLE = {
  headerFill: '#d9d9d9',
  areaFill: '#cfe2f3',
  /** The PM's current level column. */
  currentLevelFill: '#fff2cc',
  /** The level above: what to read next (docs/ARCHITECTURE.md, The sidebar and dialogs: the ladders tell PMs to read both). */
  nextLevelFill: '#d9ead3',
  /** Rating cells that must stay empty (area and dimension rows). */
  noInputFill: '#efefef',
  archivedFill: '#f3f3f3',
  archivedTab: '#999999',
  /** Bad rating cells that Validate ratings found. */
  problemFill: '#f4cccc',
} as const;

/** A rating column: the longest rating of the scale, whole, in its dropdown chip. */
const RATING_COLUMN_WIDTH = Math.ceil(Math.max(...RATING_CHOICES.map((r) => textWidthPx(r))) + DROPDOWN_CHIP_PX + CELL_PADDING_PX);

export const WIDTH = {
  area: 150,
  subskill: 170,
  dimension: 90,
  description: 260,
  level: 260,
  /** A PM sheet's skill area and sub-skill columns. */
  ratingSheetColumn: 150,
  /** Self, Peer and Manager. */
  rating: RATING_COLUMN_WIDTH,
  /** As wide as a level column, so that Evidence and the ladder grid after it take one width call. */
  evidence: 260,
  teamName: 170,
  teamEmail: 210,
  teamLevel: 130,
  teamLink: 180,
  teamSheet: 150,
} as const;

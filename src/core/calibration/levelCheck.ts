import type { Ladder } from '../ladder/schema';
import { HEADER_ROW } from '../workbook/layout';
import type { PersonRecord } from '../workbook/model';

/**
 * "A PM rated on a level that is not theirs": ratings are relative to the expectations of the
 * PM's **current** level (docs/ARCHITECTURE.md, Rating rules), and the rating sheet highlights that level's
 * column and marks its header "(current level)". When the Team sheet now gives another level
 * (changed since the sheet was made), the ratings were given against the wrong column.
 */

/** What a rating sheet says the PM is rated against. */
export type SheetLevel = { kind: 'level'; levelId: string } | { kind: 'none' } | { kind: 'unknown' };

const CURRENT_LEVEL_MARK = /\(current level\)\s*$/i;

/**
 * Reads the "(current level)" mark of the level headers on row 2 of a rating sheet's values,
 * wherever the level columns are (layouts before 3 had them in ladder order before the ratings).
 */
export function levelOnRatingSheet(ladder: Ladder, values: ReadonlyArray<ReadonlyArray<unknown>>): SheetLevel {
  const header = values[HEADER_ROW - 1];
  if (!header) return { kind: 'unknown' };
  const marked = ladder.levels.filter((level) =>
    header.some(
      (text) => typeof text === 'string' && CURRENT_LEVEL_MARK.test(text) && text.replace(CURRENT_LEVEL_MARK, '').trim() === level.name,
    ),
  );
  return marked.length === 1 ? { kind: 'level', levelId: (marked[0] as (typeof marked)[number]).id } : { kind: 'none' };
}

export function levelFlag(ladder: Ladder, person: PersonRecord, onSheet: SheetLevel = { kind: 'unknown' }): string | null {
  const level = ladder.levels.find((l) => l.id === person.level);
  if (!level) {
    return `Level "${person.level}" is not a level of the ladder "${ladder.title}": ratings cannot be read against it; set the PM's level in the Team sheet and refresh the workbook`;
  }
  if (onSheet.kind === 'none') {
    return `Rated on a sheet that marks no current level, but ${level.name} is their level: refresh the workbook, then review the ratings against the ${level.name} column`;
  }
  if (onSheet.kind === 'level' && onSheet.levelId !== level.id) {
    const rated = ladder.levels.find((l) => l.id === onSheet.levelId)?.name ?? onSheet.levelId;
    return `Rated against ${rated}, which is not their level: the Team sheet says ${level.name}; refresh the workbook, then review the ratings against the ${level.name} column`;
  }
  return null;
}

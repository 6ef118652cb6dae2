import type { Area, Dimension, Ladder, Level, LevelTexts, Subskill } from './schema';

/** One row of expectation text: a sub-skill, or one dimension of it, across the levels. */
export interface ExpectationRow {
  dimension: Dimension | null;
  texts: LevelTexts;
}

export interface LocatedSubskill {
  area: Area;
  subskill: Subskill;
}

export function findSubskill(ladder: Ladder, subskillId: string): LocatedSubskill | undefined {
  for (const area of ladder.areas) {
    const subskill = area.subskills.find((s) => s.id === subskillId);
    if (subskill) return { area, subskill };
  }
  return undefined;
}

export function allSubskills(ladder: Ladder): LocatedSubskill[] {
  return ladder.areas.flatMap((area) => area.subskills.map((subskill) => ({ area, subskill })));
}

/** A level by id, or by name or title as a person types it (case and spacing ignored). */
export function findLevel(ladder: Ladder, idOrName: string): Level | undefined {
  const wanted = normalise(idOrName);
  return (
    ladder.levels.find((l) => l.id === idOrName) ??
    ladder.levels.find((l) => normalise(l.name) === wanted || (l.title !== undefined && normalise(l.title) === wanted))
  );
}

export function levelIndex(ladder: Ladder, levelId: string): number {
  const i = ladder.levels.findIndex((l) => l.id === levelId);
  if (i < 0) throw new Error(`"${levelId}" is not a level of the ladder "${ladder.title}"`);
  return i;
}

/** The level above, or null at the top of the ladder. */
export function nextLevel(ladder: Ladder, levelId: string): Level | null {
  return ladder.levels[levelIndex(ladder, levelId) + 1] ?? null;
}

/** The levels after `fromId` up to and including `toId` (empty when `toId` is not above). */
export function levelsBetween(ladder: Ladder, fromId: string, toId: string): Level[] {
  return ladder.levels.slice(levelIndex(ladder, fromId) + 1, levelIndex(ladder, toId) + 1);
}

/** The rows a sub-skill shows: one, or one per dimension it has, in the ladder's dimension order. */
export function expectationRows(ladder: Ladder, subskill: Subskill): ExpectationRow[] {
  if (!ladder.dimensions) return [{ dimension: null, texts: subskill.expectations as LevelTexts }];
  const byDimension = subskill.expectations as Record<string, LevelTexts>;
  return ladder.dimensions.filter((d) => d.id in byDimension).map((d) => ({ dimension: d, texts: byDimension[d.id] as LevelTexts }));
}

export interface LevelText {
  level: Level;
  text: string;
}

export interface DimensionExpectation {
  dimension: Dimension | null;
  /** Non-empty texts, lowest level first. */
  parts: LevelText[];
}

function requireSubskill(ladder: Ladder, subskillId: string): Subskill {
  const found = findSubskill(ladder, subskillId);
  if (!found) throw new Error(`"${subskillId}" is not a sub-skill of the ladder "${ladder.title}"`);
  return found.subskill;
}

/** Only the text written in the level's own column: on a cumulative ladder, what is new there. */
export function newAtLevel(ladder: Ladder, subskillId: string, levelId: string): DimensionExpectation[] {
  const level = ladder.levels[levelIndex(ladder, levelId)] as Level;
  return expectationRows(ladder, requireSubskill(ladder, subskillId)).map((row) => ({
    dimension: row.dimension,
    parts: nonEmpty([{ level, text: row.texts[levelId] ?? '' }]),
  }));
}

/**
 * Everything expected of someone at the level. On a cumulative ladder each level is "in
 * addition to" the one before (Intercom), so that is every column up to and including
 * this one; otherwise it is the level's own column.
 */
export function expectedAtLevel(ladder: Ladder, subskillId: string, levelId: string): DimensionExpectation[] {
  const upTo = levelIndex(ladder, levelId);
  const levels = ladder.cumulative ? ladder.levels.slice(0, upTo + 1) : [ladder.levels[upTo] as Level];
  return expectationRows(ladder, requireSubskill(ladder, subskillId)).map((row) => ({
    dimension: row.dimension,
    parts: nonEmpty(levels.map((level) => ({ level, text: row.texts[level.id] ?? '' }))),
  }));
}

/** Count of non-empty expectation cells: what the ladder tables report. */
export function expectationCellCount(ladder: Ladder): number {
  let count = 0;
  for (const { subskill } of allSubskills(ladder)) {
    for (const row of expectationRows(ladder, subskill)) count += Object.values(row.texts).filter((t) => t.trim() !== '').length;
  }
  return count;
}

function nonEmpty(parts: LevelText[]): LevelText[] {
  return parts.filter((p) => p.text.trim() !== '');
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

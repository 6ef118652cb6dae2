import { expectationRows, expectedAtLevel, findSubskill, levelIndex, type DimensionExpectation } from '../ladder/query';
import type { Ladder } from '../ladder/schema';

/**
 * An expectation as a doc shows it: one line per dimension ("Scope: ..."), the texts of the
 * levels it gathers in ladder order. '' when the ladder says nothing.
 */
export function expectationText(rows: readonly DimensionExpectation[]): string {
  return rows
    .filter((row) => row.parts.length > 0)
    .map((row) => `${row.dimension ? `${row.dimension.name}: ` : ''}${row.parts.map((p) => p.text.trim()).join(' ')}`)
    .join('\n');
}

/**
 * What a level expects of a sub-skill, as a doc shows it. On a ladder that is not cumulative,
 * the level's own text. On a cumulative ladder each level is "in addition to" the one before,
 * and a dimension's text often restates the one below at a higher bar (Autonomy: "Needs
 * significant support" → "Needs regular support" → "Needs limited support"), so gluing every
 * level together contradicts itself: per dimension, the doc shows the most senior text written
 * at or below the level — the layer the PM has reached. The full list is on the Ladder sheet.
 */
export function reachedAtLevel(ladder: Ladder, subskillId: string, levelId: string): string {
  if (!ladder.cumulative) return expectationText(expectedAtLevel(ladder, subskillId, levelId));
  const found = findSubskill(ladder, subskillId);
  if (!found) return '';
  const below = ladder.levels.slice(0, levelIndex(ladder, levelId) + 1);
  return expectationText(
    expectationRows(ladder, found.subskill).map((row) => {
      const last = [...below].reverse().find((l) => (row.texts[l.id] ?? '').trim() !== '');
      return { dimension: row.dimension, parts: last ? [{ level: last, text: row.texts[last.id] ?? '' }] : [] };
    }),
  );
}

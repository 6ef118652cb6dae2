import { findLevel, levelIndex, nextLevel } from '../ladder/query';
import type { Ladder } from '../ladder/schema';
import type { LadderSummary } from '../ladder/summary';

/**
 * The target level of a Career Plan (README, "What a career plan holds": a chosen target level, or a level on
 * another ladder, e.g. Senior PM → Group PM). A manager writes it as:
 * - nothing: the level above the PM's, on the workbook's ladder;
 * - a level id or name of the workbook's ladder ("staff-pm", "Staff PM"), above the PM's level;
 * - `<ladder id>:<level id or name>` for a level of another built-in ladder
 *   ("intercom-gpm-2020:gpm");
 * - a level id or name found on exactly one other built-in ladder ("GPM").
 * Names are matched ignoring case and spacing, "Product Manager" reads as "PM", and failing
 * that, a word before "PM" may be its initial ("Group PM" finds "GPM").
 */
export interface TargetChoice {
  ladderId: string;
  levelId: string;
  sameLadder: boolean;
}

function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/product\s+manager/g, 'pm')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "group pm" -> "gpm", "senior group pm" -> "senior gpm": the initial of the word before "pm". */
function abbreviate(normalised: string): string {
  return normalised.replace(/\b([a-z])[a-z]* pm\b/g, '$1pm');
}

function matchLevel(
  levels: ReadonlyArray<{ id: string; name: string; title?: string }>,
  wanted: string,
): { id: string; name: string } | undefined {
  const w = normalise(wanted);
  const names = (l: { id: string; name: string; title?: string }) => [
    l.id,
    normalise(l.name),
    ...(l.title !== undefined ? [normalise(l.title)] : []),
  ];
  return (
    levels.find((l) => l.id === wanted) ??
    levels.find((l) => names(l).includes(w)) ??
    levels.find((l) => names(l).map(abbreviate).includes(abbreviate(w)))
  );
}

function levelNames(levels: ReadonlyArray<{ name: string }>): string {
  return levels.map((l) => `"${l.name}"`).join(', ');
}

export function resolveTarget(
  ladder: Ladder,
  currentLevelId: string,
  spec: string | undefined,
  index: readonly LadderSummary[],
): TargetChoice {
  const current = ladder.levels[levelIndex(ladder, currentLevelId)];
  const wanted = (spec ?? '').trim();
  const others = index.filter((l) => l.id !== ladder.id);
  const example = others[0] ? ` (for example "${others[0].id}:${others[0].levels[0]?.id ?? ''}")` : '';

  if (wanted === '') {
    const next = nextLevel(ladder, currentLevelId);
    if (!next) {
      throw new Error(`${current?.name} is the top level of "${ladder.title}": name a target level on another ladder${example}.`);
    }
    return { ladderId: ladder.id, levelId: next.id, sameLadder: true };
  }

  const colon = wanted.indexOf(':');
  if (colon > 0) {
    const ladderId = wanted.slice(0, colon).trim();
    const levelSpec = wanted.slice(colon + 1).trim();
    if (ladderId === ladder.id) return sameLadderTarget(ladder, currentLevelId, levelSpec);
    const other = others.find((l) => l.id === ladderId);
    if (!other) {
      throw new Error(`"${ladderId}" is not a built-in ladder. Built-in ladders: ${index.map((l) => l.id).join(', ')}.`);
    }
    const level = matchLevel(other.levels, levelSpec);
    if (!level) throw new Error(`"${levelSpec}" is not a level of "${other.title}". Its levels: ${levelNames(other.levels)}.`);
    return { ladderId: other.id, levelId: level.id, sameLadder: false };
  }

  if (matchLevel(ladder.levels, wanted) || findLevel(ladder, wanted)) return sameLadderTarget(ladder, currentLevelId, wanted);

  const elsewhere = others.flatMap((l) => {
    const level = matchLevel(l.levels, wanted);
    return level ? [{ ladder: l, level }] : [];
  });
  if (elsewhere.length === 1 && elsewhere[0])
    return { ladderId: elsewhere[0].ladder.id, levelId: elsewhere[0].level.id, sameLadder: false };
  if (elsewhere.length > 1) {
    throw new Error(
      `"${wanted}" is a level of several ladders: write one of ${elsewhere.map((e) => `"${e.ladder.id}:${e.level.id}"`).join(', ')}.`,
    );
  }
  throw new Error(
    `"${wanted}" is not a level of "${ladder.title}" (${levelNames(ladder.levels)}) nor of another built-in ladder${example}.`,
  );
}

function sameLadderTarget(ladder: Ladder, currentLevelId: string, levelSpec: string): TargetChoice {
  const level = matchLevel(ladder.levels, levelSpec) ?? findLevel(ladder, levelSpec);
  if (!level) throw new Error(`"${levelSpec}" is not a level of "${ladder.title}". Its levels: ${levelNames(ladder.levels)}.`);
  const from = levelIndex(ladder, currentLevelId);
  const to = levelIndex(ladder, level.id);
  if (to <= from) {
    const current = ladder.levels[from];
    throw new Error(`The target level must be above ${current?.name ?? currentLevelId}: "${level.name}" is not. Choose a higher level.`);
  }
  return { ladderId: ladder.id, levelId: level.id, sameLadder: true };
}

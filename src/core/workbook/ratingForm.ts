import type { RatingForm, RatingFormItem } from '../api';
import type { Ladder } from '../ladder/schema';
import { allSubskills, expectedAtLevel, findLevel, nextLevel, type DimensionExpectation } from '../ladder/query';
import { NOT_APPLICABLE, RATING_CHOICES, type RatingChoice } from '../ratingScale';
import { hashText } from './hash';
import type { PersonRecord, WorkbookSettings } from './model';
import { cellText } from './cellText';
import { RATING_CELL_KEYS } from './ratingCells';
import { invalidCells, judgeRatingCell } from './ratingValidation';
import type { RatingSheetContent } from './ratingSheetRead';

/**
 * The version of a PM's ratings: a hash of every rating and evidence cell of their sub-skill
 * rows, as values (what one getValues gives). saveRatings re-reads under the document lock and
 * refuses a save made from an older version (docs/ARCHITECTURE.md, Safety: no silent overwrite).
 */
export function ratingsVersion(content: RatingSheetContent): string {
  const rows = [...content.ratingRows].sort((a, b) => (a.subskillId < b.subskillId ? -1 : a.subskillId > b.subskillId ? 1 : 0));
  const text = rows.map((r) => [r.subskillId, ...RATING_CELL_KEYS.map((k) => cellText(r.cells[k].value))].join('\u0001')).join('\u0002');
  return `v-${hashText(text)}${hashText(text, 7)}`;
}

/**
 * Everything expected at a level, as the sidebar shows it. On a cumulative ladder that is
 * every level's column up to this one, each labelled with its level (Intercom: each level is
 * "in addition to" the one before); on a ladder with dimensions, one line per dimension,
 * labelled with the dimension.
 */
export function expectationText(ladder: Ladder, expectations: readonly DimensionExpectation[]): string {
  const lines: string[] = [];
  for (const { dimension, parts } of expectations) {
    if (parts.length === 0) continue;
    if (!dimension) {
      if (ladder.cumulative) lines.push(...parts.map((p) => `${p.level.name}: ${p.text}`));
      else lines.push(parts.map((p) => p.text).join(' '));
      continue;
    }
    const body = ladder.cumulative ? parts.map((p) => `[${p.level.name}] ${p.text}`).join(' ') : parts.map((p) => p.text).join(' ');
    lines.push(`${dimension.name}: ${body}`);
  }
  return lines.join('\n');
}

export interface RatingFormInput {
  ladder: Ladder;
  settings: WorkbookSettings;
  person: PersonRecord;
  content: RatingSheetContent;
  /** Last finished cycle's manager ratings of this PM (cycles/trend.ts); null or left out in the first cycle. */
  lastCycle?: { cycle: string; ratings: Readonly<Record<string, RatingChoice>> } | null;
}

export function buildRatingForm({ ladder, settings, person, content, lastCycle = null }: RatingFormInput): RatingForm {
  const level = findLevel(ladder, person.level);
  const next = level ? nextLevel(ladder, level.id) : null;
  const rows = new Map(content.ratingRows.map((r) => [r.subskillId, r]));
  const items: RatingFormItem[] = allSubskills(ladder).map(({ area, subskill }) => {
    const row = rows.get(subskill.id);
    const rating = (source: 'self' | 'peer' | 'manager'): RatingChoice | null => {
      if (!row) return null;
      const verdict = judgeRatingCell(row.cells[source].value, row.cells[source].formula);
      return verdict.notApplicable ? NOT_APPLICABLE : verdict.rating;
    };
    return {
      subskillId: subskill.id,
      area: area.name,
      areaId: area.id,
      name: subskill.name,
      description: subskill.description,
      current: level ? expectationText(ladder, expectedAtLevel(ladder, subskill.id, level.id)) : '',
      next: next ? expectationText(ladder, expectedAtLevel(ladder, subskill.id, next.id)) : '',
      ratings: { self: rating('self'), peer: rating('peer'), manager: rating('manager') },
      evidence: row ? cellText(row.cells.evidence.value) : '',
      unreadable: row ? invalidCells(row.cells) : [],
      lastManager: lastCycle?.ratings[subskill.id] ?? null,
    };
  });
  return {
    person: {
      id: person.id,
      name: person.name,
      email: person.email,
      level: person.level,
      targetLevel: person.targetLevel,
      levelName: level?.name ?? '',
      nextLevelName: next?.name ?? null,
    },
    ladder: { id: ladder.id, title: ladder.title },
    cycle: settings.cycle,
    // What the sidebar offers: the scale, then Not applicable.
    scale: [...RATING_CHOICES],
    version: ratingsVersion(content),
    items,
    lastCycle: lastCycle?.cycle ?? null,
    closed: settings.closed ? { at: settings.closed.at, by: settings.closed.by } : null,
  };
}

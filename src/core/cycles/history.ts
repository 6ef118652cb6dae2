import * as z from 'zod/mini';
import type { Ladder } from '../ladder/schema';
import {
  NOT_APPLICABLE,
  RATING_CHOICES,
  RATING_SCALE,
  RATING_SOURCES,
  isNotApplicable,
  type Rating,
  type RatingChoice,
} from '../ratingScale';
import type { Calibration } from '../calibration/calibrate';
import type { PersonRatings, PersonRecord } from '../workbook/model';
import type { RatingSheetContent } from '../workbook/ratingSheetRead';
import { cellA1 } from '../workbook/a1';
import { hashText } from '../workbook/hash';
import { historyDamaged } from '../messages';

/**
 * The History sheet: every finished review cycle, in tidy rows (one fact a row), appended by
 * Start next cycle and never rewritten. A person can unhide it, filter it and read it; the add-on
 * reads it back by header, so a column moved by hand still reads.
 *
 * Row kinds:
 * - `overall`: one per PM and cycle: level, target level, overall rating, override, reason, 9-box, flags;
 * - `area`: one per skill area: its rolled-up rating (blank when not enough was rated);
 * - `rating`: one per sub-skill and source that held a rating;
 * - `evidence`: one per sub-skill that held evidence.
 * Every row repeats the cycle, the PM, the ladder and the fingerprint of the ladder's version, so a
 * filter on any column reads on its own.
 */

export const HISTORY_HEADERS = [
  'Cycle',
  'Person id',
  'Name',
  'Level',
  'Target level',
  'Ladder',
  'Ladder fingerprint',
  'Kind',
  'Area',
  'Sub-skill',
  'Source',
  'Rating',
  'Evidence',
  'Overall',
  'Override',
  'Reason',
  '9-box',
  'Flags',
] as const;
export const HISTORY_COLUMNS = HISTORY_HEADERS.length;

const KINDS = ['overall', 'area', 'rating', 'evidence'] as const;
const ratingCell = z.union([z.literal(''), z.enum(RATING_SCALE)]);
/** A sub-skill's rating row may also say Not applicable. */
const choiceCell = z.union([z.literal(''), z.enum(RATING_CHOICES)]);

/** One History row as read back; every field a string, '' when blank. */
const historyRowSchema = z.object({
  cycle: z.string().check(z.minLength(1, 'is blank: it must name the cycle')),
  personId: z.string().check(z.minLength(1, 'is blank: it must hold the person id')),
  name: z.string(),
  level: z.string(),
  targetLevel: z.string(),
  ladderId: z.string(),
  fingerprint: z.string(),
  kind: z.enum(KINDS, `must be one of ${KINDS.join(', ')}`),
  areaId: z.string(),
  subskillId: z.string(),
  source: z.union([z.literal(''), z.enum(RATING_SOURCES)], `must be blank or one of ${RATING_SOURCES.join(', ')}`),
  rating: z.union([choiceCell], 'must be blank, a rating of the scale or Not applicable'),
  evidence: z.string(),
  overall: z.union([ratingCell], 'must be blank or a rating of the scale'),
  override: z.union([ratingCell], 'must be blank or a rating of the scale'),
  reason: z.string(),
  nineBox: z.string(),
  flags: z.string(),
});
export type HistoryRow = z.infer<typeof historyRowSchema>;
const FIELDS = Object.keys(historyRowSchema.shape) as (keyof HistoryRow)[];

/** A fingerprint of the ladder's version: the same ladder JSON gives the same text. */
export function ladderFingerprint(ladder: Ladder): string {
  return hashText(JSON.stringify(ladder));
}

export interface FinishedCycle {
  cycle: string;
  ladder: Ladder;
  team: readonly PersonRecord[];
  ratings: Readonly<Record<string, PersonRatings>>;
  calibration: Calibration;
}

/** The rows archiving a finished cycle: per active PM, the overall row, area rows, then rating and evidence rows. */
export function historyRows(finished: FinishedCycle): HistoryRow[] {
  const { cycle, ladder, team, ratings, calibration } = finished;
  const fingerprint = ladderFingerprint(ladder);
  const rows: HistoryRow[] = [];
  for (const person of team.filter((p) => !p.archived)) {
    const calibrated = calibration.people.find((c) => c.id === person.id);
    const base: HistoryRow = {
      cycle,
      personId: person.id,
      name: person.name,
      level: person.level,
      targetLevel: person.targetLevel,
      ladderId: ladder.id,
      fingerprint,
      kind: 'overall',
      areaId: '',
      subskillId: '',
      source: '',
      rating: '',
      evidence: '',
      overall: '',
      override: '',
      reason: '',
      nineBox: '',
      flags: '',
    };
    rows.push({
      ...base,
      overall: calibrated?.overall ?? '',
      override: calibrated?.override ?? '',
      reason: calibrated?.overrideReason ?? '',
      nineBox: calibrated?.nineBox ?? '',
      flags: (calibrated?.flags ?? []).join('\n'),
    });
    for (const area of ladder.areas) {
      rows.push({ ...base, kind: 'area', areaId: area.id, rating: calibrated?.areas[area.id] ?? '' });
      for (const subskill of area.subskills) {
        const held = ratings[person.id]?.bySubskill[subskill.id];
        if (!held) continue;
        for (const source of RATING_SOURCES) {
          const rating = held[source] ?? (held.notApplicable.includes(source) ? NOT_APPLICABLE : null);
          if (rating) rows.push({ ...base, kind: 'rating', areaId: area.id, subskillId: subskill.id, source, rating });
        }
        if (held.evidence.trim() !== '')
          rows.push({ ...base, kind: 'evidence', areaId: area.id, subskillId: subskill.id, evidence: held.evidence });
      }
    }
  }
  return rows;
}

/** Where each field's column is (0-based), in `HISTORY_HEADERS` order: a new sheet's order. */
export const NEW_SHEET_ORDER: readonly number[] = HISTORY_HEADERS.map((_, i) => i);

/** A row as the sheet's cells, each field in its column of `order` (as read from the header). */
export function historyCells(row: HistoryRow, order: readonly number[] = NEW_SHEET_ORDER): string[] {
  const cells = new Array<string>(Math.max(HISTORY_COLUMNS, ...order.map((c) => c + 1))).fill('');
  FIELDS.forEach((f, i) => {
    cells[order[i]!] = row[f];
  });
  return cells;
}

export interface HistorySheet {
  rows: HistoryRow[];
  /** The last row holding anything (0 for an empty sheet): new rows go below it. */
  lastRow: number;
  /** Each field's column (0-based), as the header row places it: new rows are written the same way. */
  order: readonly number[];
}

/**
 * Reads the History sheet back from its display values. Columns are found by header (row 1);
 * a missing header or a cell that does not read back is refused naming the cell, so that
 * nothing is appended to a sheet the add-on would then misread.
 */
export function readHistory(values: readonly (readonly string[])[]): HistorySheet {
  let lastRow = 0;
  values.forEach((row, i) => {
    if (row.some((v) => v.trim() !== '')) lastRow = i + 1;
  });
  if (lastRow === 0) return { rows: [], lastRow, order: NEW_SHEET_ORDER };
  const header = (values[0] ?? []).map((v) => v.trim());
  const at = new Map<keyof HistoryRow, number>();
  HISTORY_HEADERS.forEach((h, i) => {
    const column = header.indexOf(h);
    if (column < 0) throw historyDamaged(cellA1(1, i + 1), `should be the header “${h}”`);
    at.set(FIELDS[i]!, column);
  });
  const rows: HistoryRow[] = [];
  for (let r = 2; r <= lastRow; r += 1) {
    const line = values[r - 1] ?? [];
    if (line.every((v) => v.trim() === '')) continue;
    const raw = Object.fromEntries(FIELDS.map((f) => [f, (line[at.get(f)!] ?? '').trim()]));
    // Evidence and reasons are kept as written (their line breaks and spaces are the writer's).
    raw.evidence = line[at.get('evidence')!] ?? '';
    raw.reason = line[at.get('reason')!] ?? '';
    const parsed = historyRowSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = (issue?.path[0] as keyof HistoryRow | undefined) ?? 'cycle';
      const problem = issue?.message.startsWith('is ') || issue?.message.startsWith('must') ? issue.message : 'does not read back';
      throw historyDamaged(cellA1(r, at.get(field)! + 1), problem);
    }
    rows.push(parsed.data);
  }
  return { rows, lastRow, order: FIELDS.map((f) => at.get(f)!) };
}

/** The cycle labels of the History sheet, oldest first. */
export function historyCycles(rows: readonly HistoryRow[]): string[] {
  return [...new Set(rows.map((r) => r.cycle))];
}

export interface PersonCycle {
  cycle: string;
  level: string;
  overall: Rating | null;
  nineBox: string | null;
  areas: Record<string, Rating | null>;
  ratings: { subskillId: string; self: RatingChoice | null; peer: RatingChoice | null; manager: RatingChoice | null; evidence: string }[];
}

/** A PM's finished cycles, newest first (the order the cycles were archived in, reversed). */
export function personHistory(rows: readonly HistoryRow[], personId: string): PersonCycle[] {
  const mine = rows.filter((r) => r.personId === personId);
  const cycles: PersonCycle[] = [];
  for (const cycle of historyCycles(mine)) {
    const ofCycle = mine.filter((r) => r.cycle === cycle);
    const overall = ofCycle.find((r) => r.kind === 'overall');
    const areas: Record<string, Rating | null> = {};
    for (const r of ofCycle.filter((r) => r.kind === 'area')) areas[r.areaId] = r.rating && !isNotApplicable(r.rating) ? r.rating : null;
    const bySubskill = new Map<string, PersonCycle['ratings'][number]>();
    const entry = (id: string) => {
      let e = bySubskill.get(id);
      if (!e) bySubskill.set(id, (e = { subskillId: id, self: null, peer: null, manager: null, evidence: '' }));
      return e;
    };
    for (const r of ofCycle) {
      if (r.kind === 'rating' && r.source && r.rating) entry(r.subskillId)[r.source] = r.rating;
      if (r.kind === 'evidence') entry(r.subskillId).evidence = r.evidence;
    }
    cycles.push({
      cycle,
      level: overall?.level ?? ofCycle[0]?.level ?? '',
      overall: overall?.overall || null,
      nineBox: overall?.nineBox || null,
      areas,
      ratings: [...bySubskill.values()],
    });
  }
  return cycles.reverse();
}

/** Whether a PM sheet holds any rating or evidence (set-up must then not relabel its cycle). */
export function holdsRatings(content: RatingSheetContent): boolean {
  return [...content.ratingRows, ...content.archived].some((row) =>
    Object.values(row.cells).some((cell) => String(cell.value ?? '').trim() !== ''),
  );
}

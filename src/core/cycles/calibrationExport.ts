import type { Ladder } from '../ladder/schema';
import type { HistoryRow } from './history';

/**
 * The "Calibration data" sheet: every cycle's ratings as tidy rows, one per PM, cycle,
 * sub-skill and source, each repeating who, when and the PM's overall result, so a pivot table,
 * a Looker Studio report or a BigQuery connected sheet reads it without joins, and a director can
 * stack several teams' sheets (IMPORTRANGE) into one.
 */
export { EXPORT_SHEET } from '../workbook/layout';
export const EXPORT_HEADERS = [
  'cycle',
  'person id',
  'name',
  'level',
  'area',
  'sub-skill id',
  'sub-skill',
  'source',
  'rating',
  'evidence',
  'overall',
  '9-box',
] as const;

/**
 * Tidy rows from History-shaped rows (the finished cycles as the History sheet holds them, then
 * the current cycle built the same way). Per PM and cycle, per sub-skill: one row per source
 * rated; the evidence on the manager's row, or on a row of its own (source blank) when the
 * manager has not rated. Areas, sub-skills and levels by name where `ladder` knows them, else by id.
 */
export function exportRows(rows: readonly HistoryRow[], ladder: Ladder): string[][] {
  const areaName = new Map(ladder.areas.map((a) => [a.id, a.name]));
  const subskillName = new Map(ladder.areas.flatMap((a) => a.subskills.map((s) => [s.id, s.name] as const)));
  const levelName = new Map(ladder.levels.map((l) => [l.id, l.name]));
  const overallOf = new Map<string, HistoryRow>();
  for (const row of rows) if (row.kind === 'overall') overallOf.set(`${row.cycle}\u0000${row.personId}`, row);

  const out: string[][] = [];
  // Each sub-skill's rating rows come before its evidence row (historyRows' order): the evidence
  // joins the manager's row already out, or makes a row of its own.
  const managerLine = new Map<string, string[]>();
  const line = (row: HistoryRow, source: string, rating: string, evidence: string): string[] => {
    const overall = overallOf.get(`${row.cycle}\u0000${row.personId}`);
    return [
      row.cycle,
      row.personId,
      row.name,
      levelName.get(row.level) ?? row.level,
      areaName.get(row.areaId) ?? row.areaId,
      row.subskillId,
      subskillName.get(row.subskillId) ?? row.subskillId,
      source,
      rating,
      evidence,
      overall?.overall ?? '',
      overall?.nineBox ?? '',
    ];
  };
  for (const row of rows) {
    if (row.kind === 'rating') {
      const cells = line(row, row.source, row.rating, '');
      if (row.source === 'manager') managerLine.set(key(row), cells);
      out.push(cells);
    } else if (row.kind === 'evidence') {
      const manager = managerLine.get(key(row));
      if (manager) manager[EVIDENCE] = row.evidence;
      else out.push(line(row, '', '', row.evidence));
    }
  }
  return out;
}

const EVIDENCE = EXPORT_HEADERS.indexOf('evidence');

function key(row: HistoryRow): string {
  return `${row.cycle}\u0000${row.personId}\u0000${row.subskillId}`;
}

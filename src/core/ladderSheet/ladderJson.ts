import type { Ladder } from '../ladder/schema';

/**
 * A ladder as a ladder file (`ladders/*.json`): two-space indent and a final newline, so that
 * an exported built-in ladder is byte for byte its file and a team's ladder can be added to
 * `ladders/` as it is. The keys are already in the files' order: a ladder reaches the server
 * from its file, or stored from a sheet through `ladderSchema`, whose output keeps the schema's
 * key order, the sheet reader having written level and dimension texts in ladder order
 * (test/server/ladderSheetExport.test.ts compares the bytes).
 */
export function ladderJson(ladder: Ladder): string {
  return `${JSON.stringify(ladder, null, 2)}\n`;
}

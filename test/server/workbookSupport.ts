import type { Ladder } from '../../src/core/ladder/schema';
import { findBuiltinLadder } from '../../dev/builtinLadders';
import { distHtmlFiles, loadAddon, type LoadedAddon } from '../support/bundle';
import { reloadAddon, withLadder } from '../../dev/addonLoader';
import type { SetupResult } from '../../src/core/api';

export const LADDER_ID = 'intercom-pm-2021';

export function intercomLadder(): Ladder {
  return JSON.parse(JSON.stringify(findBuiltinLadder(LADDER_ID))) as Ladder;
}

/** Six PMs at every level of the 5-level Intercom ladder, two of them with the same name. */
export function teamOfSix(): Array<{ name: string; email?: string; level: string; targetLevel?: string }> {
  return [
    { name: 'Ann Lee', email: 'ann@example.com', level: 'Associate PM' },
    { name: 'Bo Chen', email: 'bo@example.com', level: 'pm', targetLevel: 'Senior PM' },
    { name: 'Cy Diaz', email: 'cy@example.com', level: 'Senior PM' },
    { name: 'Dee Evans', email: 'dee@example.com', level: 'staff-pm' },
    { name: 'Ann Lee', email: 'ann.lee2@example.com', level: 'Principal PM' },
    { name: "Fio O'Neil", level: 'PM' },
  ];
}

export function setUp(addon: LoadedAddon, team = teamOfSix(), cycle = 'H2 2026'): SetupResult {
  return addon.run<SetupResult>('setupCalibration', { ladderId: LADDER_ID, cycle, team });
}

/** Types into a cell as a person would (a paste: no dropdown stops it). Counted like any call; tests measure around it. */
export function typeInto(addon: LoadedAddon, a1: string, value: string): void {
  addon.workspace.spreadsheet.api.getRange(a1).setValue(value);
}

/** `'Fio O''Neil'!K5`: a sheet name quoted for A1 notation. */
export function ref(sheet: string, a1: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${a1}`;
}

export function cell(addon: LoadedAddon, a1: string): unknown {
  return addon.workspace.spreadsheet.values(a1)[0]?.[0];
}

/** The row of a marker in the hidden id column of a sheet. */
export function rowOf(addon: LoadedAddon, sheet: string, marker: string): number {
  const column = addon.workspace.spreadsheet.values(`'${sheet.replace(/'/g, "''")}'!A1:A400`);
  const i = column.findIndex((r) => r[0] === marker);
  if (i < 0) throw new Error(`no row ${marker} on ${sheet}`);
  return i + 1;
}

/** Columns of a PM sheet: D Self, E Peer, F Manager, G Evidence, right after the sub-skill. */
export const COLUMN = { self: 'D', peer: 'E', manager: 'F', evidence: 'G' } as const;

export { loadAddon, distHtmlFiles, reloadAddon, withLadder };

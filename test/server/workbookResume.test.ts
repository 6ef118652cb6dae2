import { isDeepStrictEqual } from 'node:util';
import type { RatingForm, SetupResult, TeamMember } from '../../src/core/api';
import { refusal, type LoadedAddon } from '../support/bundle';
import { COLUMN, LADDER_ID, cell, intercomLadder, loadAddon, ref, rowOf, withLadder } from './workbookSupport';

/**
 * Set-up and refresh in several runs (Apps Script ends an execution at 6 minutes: "Script
 * runtime 6 min / execution", https://developers.google.com/apps-script/guides/services/quotas).
 * The workspace simulates 50 ms a service call on its clock, so a set-up call's 20-second
 * budget holds about 400 calls.
 */

const LEVELS = ['apm', 'pm', 'senior-pm', 'staff-pm', 'principal-pm'];
jest.setTimeout(60_000);

const NOW = new Date('2026-11-02T09:00:00Z');
const team = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ name: `PM ${i + 1}`, email: `pm${i + 1}@example.com`, level: LEVELS[i % LEVELS.length]! }));
const input = (members: ReturnType<typeof team>) => ({ ladderId: LADDER_ID, cycle: 'H2 2026', team: members });

function slowAddon(latencyMs = 50): LoadedAddon {
  return loadAddon({ latencyMs, now: () => new Date(NOW) });
}

/** Calls setupCalibration as the dialog does: again with the same input until it is done. */
function setUpInRuns(addon: LoadedAddon, members: ReturnType<typeof team>): Array<SetupResult & { calls: number }> {
  const replies: Array<SetupResult & { calls: number }> = [];
  for (let i = 0; i < 40; i += 1) {
    const { result, calls } = addon.workspace.log.measure(() => addon.run<SetupResult>('setupCalibration', input(members)));
    replies.push({ ...result, calls });
    if (result.done) return replies;
  }
  throw new Error('set-up never finished');
}

/**
 * The workbook, with the time stamp of the settings left out (runs made at other times differ
 * only there), and without the change log (its rows are stamped with the time of each save).
 */
function workbook(addon: LoadedAddon): { spreadsheet: { sheets: Array<{ name: string }> } } {
  const read = JSON.parse(JSON.stringify(addon.workspace.snapshot()).replace(/updatedAt\\*"\s*:\s*\\*"[^"\\]*/g, 'updatedAt')) as {
    spreadsheet: { sheets: Array<{ name: string }> };
  };
  // Its place and id among the sheets are where the first save found the set-up: the others' follow.
  read.spreadsheet.sheets = read.spreadsheet.sheets
    .filter((s) => s.name !== 'Change log')
    .map((s, index) => ({ ...s, index, sheetId: null }));
  return read;
}

/** What differs between two workbooks: the names of the sheets, or "the rest" (order, properties, documents). */
function differences(a: LoadedAddon, b: LoadedAddon): string[] {
  const [x, y] = [workbook(a), workbook(b)];
  const names = (w: typeof x) => w.spreadsheet.sheets.map((s) => s.name);
  const sheets = names(x).filter((name, i) => !isDeepStrictEqual(x.spreadsheet.sheets[i], y.spreadsheet.sheets[i]));
  const rest = (w: typeof x) => ({ ...w, spreadsheet: { ...w.spreadsheet, sheets: names(w) } });
  return [...sheets, ...(isDeepStrictEqual(rest(x), rest(y)) ? [] : ['the rest'])];
}

const at = (addon: LoadedAddon, sheet: string, subskill: string, column: keyof typeof COLUMN) =>
  cell(addon, ref(sheet, `${COLUMN[column]}${rowOf(addon, sheet, `subskill:${subskill}`)}`));

function rate(addon: LoadedAddon, personId: string, subskillId: string, rating: string, evidence: string): void {
  const form = addon.run<RatingForm>('getRatingForm', personId);
  addon.run('saveRatings', { personId, version: form.version, ratings: [{ subskillId, source: 'manager', rating, evidence }] });
}

describe('set-up of a large team in several calls', () => {
  it('says how far it got after each call and ends with the workbook one uninterrupted call makes', () => {
    const addon = slowAddon();
    const replies = setUpInRuns(addon, team(45));
    expect(replies.length).toBeGreaterThanOrEqual(2);
    expect(replies.map((r) => r.done)).toEqual([...replies.slice(1).map(() => false), true]);
    const counts = replies.map((r) => r.progress.done);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(new Set(counts).size).toBe(counts.length);
    expect(replies.every((r) => r.progress.total === 45)).toBe(true);
    expect(replies.at(-1)!.progress.done).toBe(45);
    // Every reply has the whole plan's sheets and people.
    for (const reply of replies) {
      expect(reply.sheets).toHaveLength(47);
      expect(reply.people).toHaveLength(45);
    }
    expect(addon.workspace.properties.snapshot().document['careerLadder.setupProgress']).toBeUndefined();

    const once = slowAddon(1e-6);
    expect(once.run<SetupResult>('setupCalibration', input(team(45))).done).toBe(true);
    expect(differences(addon, once)).toEqual([]);
  });

  it('costs 27 calls a PM sheet, and each run that goes on 16 calls more, whatever the size of the team', () => {
    const addon = slowAddon();
    const replies = setUpInRuns(addon, team(80));
    const later = replies.slice(1);
    expect(later.length).toBeGreaterThanOrEqual(2);
    for (const [i, reply] of later.entries()) {
      const written = reply.progress.done - replies[i]!.progress.done;
      expect(reply.calls - 27 * written).toBeLessThanOrEqual(16);
    }
    // Against one uninterrupted set-up: 16 calls a later run, and 1 to record the progress in the first.
    const total = replies.reduce((sum, r) => sum + r.calls, 0);
    const single = slowAddon(1e-6);
    const once = single.workspace.log.measure(() => single.run('setupCalibration', input(team(80)))).calls;
    expect(total - once).toBeLessThanOrEqual(16 * later.length + 1);
  });

  it('takes the document lock in each call: a save in between is never lost, a busy lock changes nothing', () => {
    const addon = slowAddon();
    const first = addon.run<SetupResult>('setupCalibration', input(team(40)));
    expect(first.done).toBe(false);
    expect(addon.workspace.locks.holder('document')).toBeNull();

    const written = first.people[0]!;
    rate(addon, written.id, 'customer-focus', 'Exceeds', 'Saved between two calls');

    addon.workspace.locks.hold('document');
    const before = addon.workspace.snapshot();
    expect(refusal(() => addon.run('setupCalibration', input(team(40)))).code).toBe('BUSY');
    expect(addon.workspace.snapshot()).toEqual(before);
    addon.workspace.locks.release('document');

    expect(setUpInRuns(addon, team(40)).at(-1)!.progress).toEqual({ done: 40, total: 40 });
    expect(at(addon, written.name, 'customer-focus', 'manager')).toBe('Exceeds');
    expect(at(addon, written.name, 'customer-focus', 'evidence')).toBe('Saved between two calls');
  });
});

describe('a set-up that goes on after a change in between', () => {
  it('plans again when the team changed, keeping every rating, as if the first set-up had finished', () => {
    const addon = slowAddon();
    const first = addon.run<SetupResult>('setupCalibration', input(team(45)));
    expect(first.done).toBe(false);
    const done = first.progress.done;
    const pm2 = first.people[1]!;
    rate(addon, pm2.id, 'customer-focus', 'Exceptional', 'Rated before the rename');

    // The manager renames PM 2 (already written), drops PM 3 (already written), moves PM 45 (not yet written) and adds a PM.
    const edited = team(45).filter((m) => m.name !== 'PM 3');
    edited[1] = { ...edited[1]!, name: 'PM Two' };
    edited[edited.length - 1] = { ...edited[edited.length - 1]!, level: 'staff-pm' };
    edited.push({ name: 'PM 46', email: 'pm46@example.com', level: 'pm' });
    const replies = setUpInRuns(addon, edited);
    expect(replies[0]!.progress.total).toBe(46);
    expect(replies[0]!.progress.done).toBeGreaterThanOrEqual(done);

    const names = addon.workspace.spreadsheet.api.getSheets().map((s) => s.getName());
    expect(names).toContain('PM Two');
    expect(names).not.toContain('PM 2');
    expect(at(addon, 'PM Two', 'customer-focus', 'manager')).toBe('Exceptional');
    expect(at(addon, 'PM Two', 'customer-focus', 'evidence')).toBe('Rated before the rename');
    expect(cell(addon, "'PM 3'!D1")).toMatch(/^ARCHIVED/);
    const members = addon.run<TeamMember[]>('getTeam');
    expect(members.map((m) => m.name)).toEqual(edited.map((m) => m.name));
    expect(members.find((m) => m.name === 'PM 45')!.level).toBe('staff-pm');
    expect(members.find((m) => m.name === 'PM Two')!.id).toBe(pm2.id);
    for (const m of members) expect(() => addon.run('getRatingForm', m.id)).not.toThrow();

    // The same as setting up the first team, then the edited one, each in one go.
    const once = slowAddon(1e-6);
    once.run('setupCalibration', input(team(45)));
    const oncePm2 = once.run<TeamMember[]>('getTeam')[1]!;
    rate(once, oncePm2.id, 'customer-focus', 'Exceptional', 'Rated before the rename');
    once.run('setupCalibration', input(edited));
    expect(differences(addon, once)).toEqual([]);
  });

  it('finds again, on the next refresh, a finished PM sheet renamed in between, with its ratings', () => {
    const addon = slowAddon();
    const first = addon.run<SetupResult>('setupCalibration', input(team(40)));
    const pm1 = first.people[0]!;
    rate(addon, pm1.id, 'customer-focus', 'Exceeds', 'Kept through a tab rename');
    addon.workspace.spreadsheet.api.getSheetByName('PM 1')!.setName('Renamed by hand');
    expect(setUpInRuns(addon, team(40)).at(-1)!.done).toBe(true);

    addon.run('refreshWorkbook');
    expect(addon.workspace.ui.toasts.at(-1)?.message).toMatch(/^Workbook refreshed/);
    expect(at(addon, 'PM 1', 'customer-focus', 'manager')).toBe('Exceeds');
    expect(at(addon, 'PM 1', 'customer-focus', 'evidence')).toBe('Kept through a tab rename');
  });

  it('starts afresh when a sheet with a name it was about to use appeared in between', () => {
    const addon = slowAddon();
    expect(addon.run<SetupResult>('setupCalibration', input(team(40))).done).toBe(false);
    addon.workspace.spreadsheet.api.insertSheet('PM 40').getRange('A1').setValue('my notes');
    const replies = setUpInRuns(addon, team(40));
    expect(replies.at(-1)!.progress).toEqual({ done: 40, total: 40 });
    expect(cell(addon, "'PM 40'!A1")).toBe('my notes');
    expect(replies.at(-1)!.sheets).toContain('PM 40 (2)');
  });
});

describe('Refresh workbook from the menu, in several runs', () => {
  it('says how far it got and to run it again, then finishes with what changed, every rating kept', () => {
    // 1 s a call: a menu run's 4.5 minutes hold about 270 calls.
    let addon = slowAddon(1000);
    const setUp = setUpInRuns(addon, team(30));
    const ids = setUp.at(-1)!.people.map((p) => p.id);
    rate(addon, ids[0]!, 'customer-focus', 'Exceeds', 'First PM');
    rate(addon, ids[29]!, 'customer-focus', 'Successfully Meets', 'Last PM');

    const ladder = intercomLadder();
    for (const area of ladder.areas) area.subskills.reverse();
    addon = withLadder(addon, ladder);
    addon.run('refreshWorkbook');
    const partial = addon.workspace.ui.toasts.at(-1)!.message;
    expect(partial).toMatch(/^Refreshed \d+ of 30 PM sheets before Apps Script's time limit: run Career Ladder → Refresh workbook again/);

    // A save in between, on a sheet not refreshed yet.
    rate(addon, ids[29]!, 'analytics-focus', 'Exceptional', 'Saved between two runs');
    for (let i = 0; i < 10 && /^Refreshed/.test(addon.workspace.ui.toasts.at(-1)!.message); i += 1) addon.run('refreshWorkbook');
    expect(addon.workspace.ui.toasts.at(-1)!.message).toMatch(/^Workbook refreshed: 2 rated sub-skills kept/);
    expect(at(addon, 'PM 1', 'customer-focus', 'evidence')).toBe('First PM');
    expect(at(addon, 'PM 30', 'customer-focus', 'evidence')).toBe('Last PM');
    expect(at(addon, 'PM 30', 'analytics-focus', 'manager')).toBe('Exceptional');
    expect(addon.workspace.properties.snapshot().document['careerLadder.setupProgress']).toBeUndefined();
  });
});

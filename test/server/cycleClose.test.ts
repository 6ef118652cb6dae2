import type { CalibrationResult, CloseCycleResult, SetupResult } from '../../src/core/api';
import { ProtectionType } from '../../dev/workspace/sheets/enums';
import { refusal, type LoadedAddon } from '../support/bundle';
import { loadAddon, typeInto } from './workbookSupport';
import { EX, SM, TEAM, firstSubskill, ladder } from './cyclesFixture';

/**
 * Closing a cycle: protected sheets, every write refused (naming the close and how to reopen)
 * with nothing changed, Start next cycle still allowed, and a change log of what happened.
 */
const SHEET = ProtectionType.SHEET as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;

function ratedWorkbook(): { addon: LoadedAddon; people: SetupResult['people'] } {
  const addon = loadAddon();
  const { people } = addon.run<SetupResult>('setupCalibration', { ladderId: ladder.id, cycle: 'H1 2026', team: TEAM });
  for (const person of people) {
    addon.run('saveRatings', { personId: person.id, ratings: [{ subskillId: firstSubskill, source: 'manager', rating: SM }] });
  }
  return { addon, people };
}

const log = (addon: LoadedAddon) => addon.workspace.spreadsheet.values(`'Change log'!A1:K200`).filter((r) => r.some((v) => v !== ''));
const closedProtections = (addon: LoadedAddon) =>
  addon.workspace.spreadsheet.api
    .getProtections(SHEET)
    .filter((p) => p.getDescription().startsWith('Career Ladder: closed cycle'))
    .map((p) => p.getRange().getSheet().getName())
    .sort();

describe('closeCycle and reopenCycle', () => {
  it('protects the PM sheets and the Calibration sheet, refuses every write naming the close, and reopens with a reason', () => {
    const { addon, people } = ratedWorkbook();
    const ada = people[0]!;
    const closed = addon.run<CloseCycleResult>('closeCycle', { note: 'Calibrated on 30 June' });
    expect(closed.cycle).toBe('H1 2026');
    expect(Number.isNaN(Date.parse(closed.closedAt))).toBe(false);
    expect(closedProtections(addon)).toEqual(['Ada Park', 'Ben Ortiz', 'Calibration']);
    const protection = addon.workspace.spreadsheet.api.getSheetByName('Ada Park')!.getProtections(SHEET)[0]!;
    expect(protection.isWarningOnly()).toBe(false);
    expect(protection.canDomainEdit()).toBe(false);

    const before = JSON.stringify(addon.workspace.snapshot());
    const writes: Array<[string, ...unknown[]]> = [
      ['saveRatings', { personId: ada.id, ratings: [{ subskillId: firstSubskill, source: 'manager', rating: EX }] }],
      ['setupCalibration', { ladderId: ladder.id, cycle: 'H1 2026', team: TEAM }],
      ['setCalibrationSources', { sources: 'manager-and-peer' }],
      ['closeCycle', {}],
    ];
    for (const [name, ...args] of writes) {
      const refused = refusal(() => addon.run(name, ...args));
      expect(refused.code).toBe(name === 'closeCycle' ? 'INVALID_INPUT' : 'CYCLE_CLOSED');
      if (name !== 'closeCycle') expect(refused.message).toMatch(/“H1 2026” was closed on .*Reopen cycle…/);
    }
    // Refresh calibration still answers, from the ratings as they stand, without rewriting the closed sheet.
    const calibration = addon.run<CalibrationResult>('refreshCalibration');
    expect(calibration.people.map((p) => p.id)).toEqual(people.map((p) => p.id));
    expect(JSON.stringify(addon.workspace.snapshot())).toBe(before);

    expect(refusal(() => addon.run('reopenCycle', { reason: '   ' })).code).toBe('INVALID_INPUT');
    expect(refusal(() => addon.run('reopenCycle', {})).code).toBe('INVALID_INPUT');
    expect(JSON.stringify(addon.workspace.snapshot())).toBe(before);

    expect(addon.run('reopenCycle', { reason: 'A late peer review' })).toEqual({ cycle: 'H1 2026' });
    expect(closedProtections(addon)).toEqual([]);
    // The Ladder and History sheets' own warnings are not the close's: they stay.
    expect(addon.workspace.spreadsheet.api.getSheetByName('Ladder')!.getProtections(SHEET)).toHaveLength(1);
    addon.run('saveRatings', { personId: ada.id, ratings: [{ subskillId: firstSubskill, source: 'manager', rating: EX }] });
    expect(refusal(() => addon.run('reopenCycle', { reason: 'again' })).code).toBe('INVALID_INPUT');

    const kinds = log(addon).map((r) => [r[2], r[3], r[10]]);
    expect(kinds).toContainEqual(['close', 'H1 2026', 'Calibrated on 30 June']);
    expect(kinds).toContainEqual(['reopen', 'H1 2026', 'A late peer review']);
    const lastSave = log(addon)
      .filter((r) => r[2] === 'save')
      .pop()!;
    expect(lastSave.slice(4, 10)).toEqual([ada.id, 'Ada Park', ladder.areas[0]!.subskills[0]!.name, 'manager', SM, EX]);
  });

  it('logs an override typed on the Calibration sheet once, at the refresh or close that finds it', () => {
    const { addon, people } = ratedWorkbook();
    addon.run('refreshCalibration');
    const row = addon.workspace.spreadsheet.values('Calibration!A1:A40').findIndex((r) => r[0] === `person:${people[0]!.id}`) + 1;
    typeInto(addon, `Calibration!F${row}`, EX);
    typeInto(addon, `Calibration!G${row}`, 'Carried the migration');
    addon.run('refreshCalibration');
    addon.run('refreshCalibration');
    typeInto(addon, `Calibration!F${row}`, '');
    addon.run('closeCycle');
    const overrides = log(addon)
      .filter((r) => r[2] === 'override')
      .map((r) => [r[7], r[8], r[9], r[10]]);
    expect(overrides).toEqual([
      ['override', '', EX, 'found at refresh'],
      ['reason', '', 'Carried the migration', 'found at refresh'],
      ['override', EX, '', 'found at close'],
    ]);
    const sheet = addon.workspace.spreadsheet.api.getSheetByName('Change log')!;
    expect(sheet.isSheetHidden()).toBe(true);
  });

  it('lets Start next cycle go ahead while closed: the new cycle starts open, the finished one in History', () => {
    const { addon, people } = ratedWorkbook();
    addon.run('closeCycle', { note: '' });
    addon.run('startNextCycle', { cycle: 'H2 2026' });
    expect(closedProtections(addon)).toEqual([]);
    const saved = addon.run<{ saved: number }>('saveRatings', {
      personId: people[0]!.id,
      ratings: [{ subskillId: firstSubskill, source: 'manager', rating: EX }],
    });
    expect(saved.saved).toBe(1);
    expect(log(addon).map((r) => r[2])).toContain('start');
  });

  it('folds the oldest rows of a log past its 5,000-row bound into one count, and keeps appending', () => {
    const { addon, people } = ratedWorkbook();
    const sheet = addon.workspace.spreadsheet.api.getSheetByName('Change log')!;
    const filler = Array.from({ length: 4999 }, (_, i) => [`t${i}`, '', 'save', 'H1 2026', 'p', 'P', 's', 'manager', '', SM, '']);
    expect(sheet.getMaxRows()).toBe(5001);
    sheet.getRange(2, 1, filler.length, 11).setValues(filler);
    addon.run('saveRatings', {
      personId: people[0]!.id,
      ratings: ladder.areas[1]!.subskills.slice(0, 3).map((s) => ({ subskillId: s.id, source: 'manager' as const, rating: EX })),
    });
    const rows = addon.workspace.spreadsheet.values(`'Change log'!A1:K5001`).filter((r) => r.some((v) => v !== ''));
    expect(rows).toHaveLength(5001);
    expect(rows[1]![2]).toBe('earlier');
    // 4,999 filler rows + 3 new = 5,002; 4,999 kept, so the first 3 rows logged earlier fold into one.
    expect(rows[1]![10]).toBe('Earlier changes: 3');
    expect(rows[5000]![9]).toBe(EX);
  });

  it('still logs a save after rows of the log were deleted by hand, growing the sheet', () => {
    const { addon, people } = ratedWorkbook();
    const sheet = addon.workspace.spreadsheet.api.getSheetByName('Change log')!;
    sheet.deleteRows(4, sheet.getMaxRows() - 3);
    expect(sheet.getMaxRows()).toBe(3);
    const saved = addon.run<{ saved: number }>('saveRatings', {
      personId: people[0]!.id,
      ratings: ladder.areas[1]!.subskills.map((s) => ({ subskillId: s.id, source: 'manager' as const, rating: EX })),
    });
    expect(saved.saved).toBe(ladder.areas[1]!.subskills.length);
    const rows = addon.workspace.spreadsheet.values(`'Change log'!A1:K${sheet.getMaxRows()}`).filter((r) => r[2] === 'save');
    expect(rows).toHaveLength(2 + ladder.areas[1]!.subskills.length);
  });
});

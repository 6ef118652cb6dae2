import type { CalibrationResult, HistoryResult, RatingForm, SetupResult, StartNextCycleResult } from '../../src/core/api';
import { refusal, type LoadedAddon } from '../support/bundle';
import { ProtectionType } from '../../dev/workspace/sheets/enums';
import { loadAddon, typeInto } from './workbookSupport';
import { EX, SM, TEAM, firstSubskill, ladder } from './cyclesFixture';

/**
 * Review cycles: Start next cycle keeps the finished cycle in the History sheet and empties the
 * ratings for the next; set-up never relabels one cycle's ratings as another's.
 */

function ratedWorkbook(): { addon: LoadedAddon; people: SetupResult['people'] } {
  const addon = loadAddon();
  const { people } = addon.run<SetupResult>('setupCalibration', { ladderId: ladder.id, cycle: 'H1 2026', team: TEAM });
  people.forEach((person, i) => {
    const ratings = ladder.areas.flatMap((area) =>
      area.subskills.map((s) => ({ subskillId: s.id, source: 'manager' as const, rating: i === 0 ? SM : EX, evidence: `${s.id} note` })),
    );
    addon.run('saveRatings', {
      personId: person.id,
      ratings: [...ratings, { subskillId: ratings[0]!.subskillId, source: 'self', rating: EX }],
    });
  });
  return { addon, people };
}

const form = (addon: LoadedAddon, personId: string) => addon.run<RatingForm>('getRatingForm', personId);
const snapshot = (addon: LoadedAddon) => JSON.stringify(addon.workspace.snapshot());
/**
 * Start next cycle's fixed part: lock 3, spreadsheet 1, ladder 2, Team sheet 2, History read 2,
 * Calibration read 2, History append 2, settings 2, the Team sheet's settings copy 2, and the
 * change log's "start" row 6 (who, 2; the append, 4) = 24, over the budget's 10 (see README, Review cycles); each PM costs 3, as budgeted.
 */
const CONSTANT = 24;

describe('startNextCycle', () => {
  it('keeps the finished cycle in the History sheet and empties every rating, evidence and override', () => {
    const { addon, people } = ratedWorkbook();
    addon.run('refreshCalibration');
    const ada = people[0]!;
    const calibrationRow = addon.workspace.spreadsheet.values('Calibration!A1:A40').findIndex((r) => r[0] === `person:${ada.id}`) + 1;
    typeInto(addon, `Calibration!F${calibrationRow}`, EX);
    typeInto(addon, `Calibration!G${calibrationRow}`, 'Carried the migration');
    // The meeting's Discuss and Meeting notes columns follow Flags: found by their headers.
    const header = addon.workspace.spreadsheet.values('Calibration!A18:Z18')[0]!;
    const letter = (title: string) => String.fromCharCode(65 + header.indexOf(title));
    typeInto(addon, `Calibration!${letter('Discuss')}${calibrationRow}`, 'x');
    typeInto(addon, `Calibration!${letter('Meeting notes')}${calibrationRow}`, 'Raise the migration');
    const result = addon.run<StartNextCycleResult>('startNextCycle', { cycle: 'H2 2026' });
    expect(result).toEqual({ cycle: 'H2 2026', previousCycle: 'H1 2026', archivedPeople: 2 });

    const now = form(addon, ada.id);
    expect(now.cycle).toBe('H2 2026');
    expect(now.items.every((i) => i.ratings.self === null && i.ratings.manager === null && i.evidence === '')).toBe(true);

    const history = addon.run<HistoryResult>('getHistory', ada.id);
    expect(history.cycles.map((c) => c.cycle)).toEqual(['H1 2026']);
    const h1 = history.cycles[0]!;
    // The overall rating in force: the manager's override.
    expect(h1).toMatchObject({ level: 'pm', overall: EX });
    expect(Object.values(h1.areas).every((r) => r === SM)).toBe(true);
    expect(h1.ratings.find((r) => r.subskillId === firstSubskill)).toEqual({
      subskillId: firstSubskill,
      self: EX,
      peer: null,
      manager: SM,
      evidence: `${firstSubskill} note`,
    });

    const calibrated = addon.run<CalibrationResult>('refreshCalibration').people.find((p) => p.id === ada.id)!;
    expect(calibrated).toMatchObject({ override: null, overrideReason: '', discuss: false, notes: '' });
    const kept = addon.workspace.spreadsheet.values('History!A1:R200').find((r) => r[1] === ada.id && r[7] === 'overall');
    expect(kept?.slice(13, 16)).toEqual([EX, EX, 'Carried the migration']);

    const sheet = addon.workspace.spreadsheet.api.getSheetByName('History')!;
    expect(sheet.isSheetHidden()).toBe(true);
    expect(sheet.getProtections(ProtectionType.SHEET as unknown as GoogleAppsScript.Spreadsheet.ProtectionType).length).toBe(1);
    expect(addon.workspace.spreadsheet.values('History!A1:R1')[0]).toEqual([
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
    ]);
  });

  it('lists cycles newest first and leaves out the current one', () => {
    const { addon, people } = ratedWorkbook();
    addon.run('startNextCycle', { cycle: 'H2 2026' });
    addon.run('saveRatings', { personId: people[0]!.id, ratings: [{ subskillId: firstSubskill, source: 'manager', rating: EX }] });
    addon.run('startNextCycle', { cycle: 'H1 2027' });
    const history = addon.run<HistoryResult>('getHistory', people[0]!.id);
    expect(history.cycles.map((c) => c.cycle)).toEqual(['H2 2026', 'H1 2026']);
    expect(history.cycles[0]!.ratings).toEqual([{ subskillId: firstSubskill, self: null, peer: null, manager: EX, evidence: '' }]);
  });

  it('getHistory gives a PM on the team with no past cycle an empty list, and refuses an unknown id', () => {
    const { addon, people } = ratedWorkbook();
    expect(addon.run<HistoryResult>('getHistory', people[1]!.id)).toEqual({ personId: people[1]!.id, cycles: [] });
    expect(refusal(() => addon.run('getHistory', 'p-nobody')).code).toBe('UNKNOWN_PERSON');
    expect(refusal(() => addon.run('getHistory', '')).code).toBe('INVALID_INPUT');
  });

  it('keeps last cycle’s evidence as a starting note with carryEvidence', () => {
    const { addon, people } = ratedWorkbook();
    addon.run('startNextCycle', { cycle: 'H2 2026', carryEvidence: true });
    const item = form(addon, people[0]!.id).items.find((i) => i.subskillId === firstSubskill)!;
    expect(item.ratings).toEqual({ self: null, peer: null, manager: null });
    expect(item.evidence).toBe(`${firstSubskill} note`);
  });

  it('refuses a label already used, or an empty one, and changes nothing', () => {
    const { addon } = ratedWorkbook();
    addon.run('startNextCycle', { cycle: 'H2 2026' });
    const before = snapshot(addon);
    expect(refusal(() => addon.run('startNextCycle', { cycle: 'H1 2026' })).code).toBe('CYCLE_EXISTS');
    expect(refusal(() => addon.run('startNextCycle', { cycle: 'H2 2026' })).code).toBe('CYCLE_EXISTS');
    expect(refusal(() => addon.run('startNextCycle', { cycle: '  ' })).code).toBe('INVALID_INPUT');
    expect(refusal(() => addon.run('startNextCycle', {})).code).toBe('INVALID_INPUT');
    expect(snapshot(addon)).toBe(before);
  });

  it('refuses a History sheet damaged by hand, naming the cell, and changes nothing', () => {
    const { addon, people } = ratedWorkbook();
    addon.run('startNextCycle', { cycle: 'H2 2026' });
    typeInto(addon, 'History!L3', 'Pretty good');
    const before = snapshot(addon);
    const refused = refusal(() => addon.run('startNextCycle', { cycle: 'H1 2027' }));
    expect(refused.code).toBe('HISTORY_DAMAGED');
    expect(refused.message).toContain('L3');
    expect(refusal(() => addon.run('getHistory', people[0]!.id)).code).toBe('HISTORY_DAMAGED');
    expect(snapshot(addon)).toBe(before);
  });

  it('costs 3 service calls per PM on top of a fixed part, and getHistory at most 6', () => {
    const calls = (size: number) => {
      const addon = loadAddon();
      const team = Array.from({ length: size }, (_, i) => ({ name: `PM ${i + 1}`, level: 'pm' }));
      const { people } = addon.run<SetupResult>('setupCalibration', { ladderId: ladder.id, cycle: 'H1', team });
      for (const p of people)
        addon.run('saveRatings', { personId: p.id, ratings: [{ subskillId: firstSubskill, source: 'manager', rating: SM }] });
      addon.run('startNextCycle', { cycle: 'H2' });
      for (const p of people)
        addon.run('saveRatings', { personId: p.id, ratings: [{ subskillId: firstSubskill, source: 'manager', rating: EX }] });
      const start = addon.workspace.log.measure(() => addon.run('startNextCycle', { cycle: 'H3' })).calls;
      const history = addon.workspace.log.measure(() => addon.run('getHistory', people[0]!.id)).calls;
      return { start, history };
    };
    const two = calls(2);
    const five = calls(5);
    expect(five.start - two.start).toBe(3 * 3);
    expect(two.history).toBeLessThanOrEqual(6);
    expect(two.start).toBeLessThanOrEqual(CONSTANT + 3 * 2);
  });
});

describe('setupCalibration and the cycle label', () => {
  it('refuses another label on a workbook holding ratings, naming Start next cycle, and changes nothing', () => {
    const { addon } = ratedWorkbook();
    const before = snapshot(addon);
    const refused = refusal(() => addon.run('setupCalibration', { ladderId: ladder.id, cycle: 'H2 2026', team: TEAM }));
    expect(refused.code).toBe('CYCLE_CHANGE');
    expect(refused.message).toContain('Career Ladder → Start next cycle…');
    expect(snapshot(addon)).toBe(before);
  });

  it('takes another label while nothing is rated, and the same label on a rated workbook', () => {
    const addon = loadAddon();
    addon.run('setupCalibration', { ladderId: ladder.id, cycle: 'H1 2026', team: TEAM });
    addon.run('setupCalibration', { ladderId: ladder.id, cycle: 'H2 2026', team: TEAM });
    const { addon: rated, people } = ratedWorkbook();
    rated.run('setupCalibration', { ladderId: ladder.id, cycle: 'H1 2026', team: TEAM });
    expect(form(rated, people[0]!.id).cycle).toBe('H1 2026');
    expect(
      form(addon, addon.run<SetupResult>('setupCalibration', { ladderId: ladder.id, cycle: 'H2 2026', team: TEAM }).people[0]!.id).cycle,
    ).toBe('H2 2026');
  });

  it('is offered in the menu: asks for the label, confirms, then starts the cycle', () => {
    const { addon, people } = ratedWorkbook();
    addon.run('onOpen', {});
    expect(JSON.stringify(addon.workspace.ui.menu())).toContain('"caption":"Start next cycle…","functionName":"startNextCycleFromMenu"');
    addon.workspace.ui.queueResponse({ button: 'OK', text: 'H2 2026' });
    addon.workspace.ui.queueResponse({ button: 'OK' });
    addon.run('startNextCycleFromMenu');
    expect(form(addon, people[0]!.id).cycle).toBe('H2 2026');
    expect(addon.workspace.ui.alerts.at(-1)?.prompt).toContain('“H1 2026” is kept in the History sheet (2 PMs)');
  });

  it('does nothing from the menu when the manager cancels', () => {
    const { addon } = ratedWorkbook();
    const before = snapshot(addon);
    addon.workspace.ui.queueResponse({ button: 'OK', text: 'H2 2026' });
    addon.workspace.ui.queueResponse({ button: 'CANCEL' });
    addon.run('startNextCycleFromMenu');
    expect(snapshot(addon)).toBe(before);
  });
});

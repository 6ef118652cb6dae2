import type {
  CalibrationExportResult,
  CalibrationResult,
  DocResult,
  HistoryResult,
  RatingForm,
  SetupResult,
  StartNextCycleResult,
} from '../../src/core/api';
import type { Rating } from '../../src/core/ratingScale';
import { refusal, type LoadedAddon } from '../support/bundle';
import { loadAddon, typeInto } from './workbookSupport';
import { EX, SM, ladder } from './cyclesFixture';

/**
 * A workbook's whole life through dist/Code.js, as a manager runs two review cycles in it: set
 * up H1, rate, close, try to save (refused), reopen, start H2, rate again, then read the trend
 * wherever the manager looks (getHistory, the Calibration sheet, the sidebar, the docs) and export.
 */
const SPN: Rating = 'Stronger Performance Needed';
const TEAM = [
  { name: 'Ada Park', email: 'ada@example.com', level: 'pm' },
  { name: 'Ben Ortiz', email: 'ben@example.com', level: 'senior-pm' },
];
const subskills = ladder.areas.flatMap((a) => a.subskills);

function rateAll(addon: LoadedAddon, personId: string, rating: Rating, evidence: string): void {
  const form = addon.run<RatingForm>('getRatingForm', personId);
  addon.run('saveRatings', {
    personId,
    version: form.version,
    ratings: subskills.map((s) => ({ subskillId: s.id, source: 'manager' as const, rating, evidence: `${evidence} ${s.name}` })),
  });
}

describe('two review cycles in one workbook', () => {
  it('keeps H1 whole through close, reopen and Start next cycle, and shows the trend in H2', () => {
    const addon = loadAddon();
    const { people } = addon.run<SetupResult>('setupCalibration', { ladderId: ladder.id, cycle: 'H1 2026', team: TEAM });
    const [ada, ben] = people as [SetupResult['people'][number], SetupResult['people'][number]];

    // H1: the first cycle says so everywhere.
    rateAll(addon, ada.id, SPN, 'H1');
    rateAll(addon, ben.id, EX, 'H1');
    const firstForm = addon.run<RatingForm>('getRatingForm', ada.id);
    expect(firstForm.lastCycle).toBeNull();
    const h1 = addon.run<CalibrationResult>('refreshCalibration');
    expect(h1.people.map((p) => [p.name, p.overall, p.trend.firstCycle])).toEqual([
      ['Ada Park', SPN, true],
      ['Ben Ortiz', EX, true],
    ]);
    expect(addon.workspace.spreadsheet.values('Calibration!A1:Z40').flat()).toContain('First cycle');

    // Close: saving is refused, nothing changes; reopening needs a reason; close again.
    addon.run('closeCycle', { note: 'Calibrated' });
    const closed = JSON.stringify(addon.workspace.snapshot());
    const save = () =>
      addon.run('saveRatings', { personId: ada.id, ratings: [{ subskillId: subskills[0]!.id, source: 'manager', rating: SM }] });
    expect(refusal(save).code).toBe('CYCLE_CLOSED');
    expect(addon.run<RatingForm>('getRatingForm', ada.id).closed).not.toBeNull();
    expect(refusal(() => addon.run('reopenCycle', { reason: '' })).code).toBe('INVALID_INPUT');
    expect(JSON.stringify(addon.workspace.snapshot())).toBe(closed);
    addon.run('reopenCycle', { reason: 'Ben asked for a second look' });
    addon.run('closeCycle', {});

    // H2 starts from the closed H1.
    const started = addon.run<StartNextCycleResult>('startNextCycle', { cycle: 'H2 2026' });
    expect(started).toEqual({ cycle: 'H2 2026', previousCycle: 'H1 2026', archivedPeople: 2 });
    rateAll(addon, ada.id, SM, 'H2');
    rateAll(addon, ben.id, EX, 'H2');

    // getHistory: H1 whole, newest first, the current cycle left out.
    const history = addon.run<HistoryResult>('getHistory', ada.id);
    expect(history.cycles.map((c) => [c.cycle, c.overall])).toEqual([['H1 2026', SPN]]);
    expect(history.cycles[0]!.ratings).toHaveLength(subskills.length);
    expect(history.cycles[0]!.ratings[0]).toMatchObject({ manager: SPN, evidence: `H1 ${subskills[0]!.name}` });

    // The sidebar: last cycle's manager rating next to this one.
    const form = addon.run<RatingForm>('getRatingForm', ada.id);
    expect(form.lastCycle).toBe('H1 2026');
    expect(form.closed).toBeNull();
    expect(form.items.every((i) => i.lastManager === SPN && i.ratings.manager === SM)).toBe(true);

    // The Calibration sheet: up for Ada, the same for Ben.
    const h2 = addon.run<CalibrationResult>('refreshCalibration');
    expect(h2.people.map((p) => [p.name, p.trend.lastCycle, p.trend.change, p.trend.past])).toEqual([
      ['Ada Park', 'H1 2026', 'up', [{ cycle: 'H1 2026', overall: SPN }]],
      ['Ben Ortiz', 'H1 2026', 'same', [{ cycle: 'H1 2026', overall: EX }]],
    ]);
    const sheet = addon.workspace.spreadsheet.values('Calibration!A1:Z40');
    const header = sheet.find((r) => r[0] === '#header')!;
    const adaRow = sheet.find((r) => r[0] === `person:${ada.id}`)!;
    expect(adaRow[header.indexOf('Since last cycle')]).toBe(`↑ up from ${SPN} (H1 2026)`);
    expect(adaRow[header.indexOf('Past cycles (overall)')]).toBe(`H1 2026: ${SPN}`);

    // The Growth Plan says how each focus sub-skill moved; the Career Plan lists past overall ratings.
    const growth = addon.run<DocResult>('createGrowthPlan', ada.id);
    expect(addon.workspace.docs.text(growth.docId)).toContain(`— ${SM} (up from ${SPN} in H1 2026)`);
    const career = addon.run<DocResult>('createCareerPlan', ada.id, 'senior-pm');
    expect(addon.workspace.docs.text(career.docId)).toContain(`Past cycles (overall)\nH1 2026: ${SPN}`);

    // The export: both cycles, as tidy rows.
    const exported = addon.run<CalibrationExportResult>('exportCalibrationData');
    const rows = addon.workspace.spreadsheet.values(`'Calibration data'!A1:L${exported.rows + 1}`);
    expect(new Set(rows.slice(1).map((r) => r[0]))).toEqual(new Set(['H1 2026', 'H2 2026']));

    // The change log: the saves of both cycles, the closes, the reopen and the start.
    const log = addon.workspace.spreadsheet.values(`'Change log'!A1:K400`).filter((r) => r[0] !== '');
    const kinds = log.slice(1).map((r) => r[2]);
    expect(kinds.filter((k) => k === 'save').length).toBe(subskills.length * 2 * 2 * 2);
    expect(kinds.filter((k) => k !== 'save')).toEqual(['close', 'reopen', 'close', 'start']);
  });

  it('refuses a History sheet damaged by hand where the trend reads it, naming the cell, and loses nothing', () => {
    const addon = loadAddon();
    const { people } = addon.run<SetupResult>('setupCalibration', { ladderId: ladder.id, cycle: 'H1 2026', team: TEAM });
    rateAll(addon, people[0]!.id, SM, 'H1');
    addon.run('startNextCycle', { cycle: 'H2 2026' });
    typeInto(addon, 'History!L3', 'Brilliant');
    const before = JSON.stringify(addon.workspace.snapshot());
    for (const name of ['refreshCalibration', 'getRatingForm']) {
      const refused = refusal(() => addon.run(name, ...(name === 'getRatingForm' ? [people[0]!.id] : [])));
      expect(refused.code).toBe('HISTORY_DAMAGED');
      expect(refused.message).toContain('L3');
    }
    expect(JSON.stringify(addon.workspace.snapshot())).toBe(before);
  });
});

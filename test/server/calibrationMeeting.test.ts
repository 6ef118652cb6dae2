import type { CalibrationResult, DocResult, SetupResult } from '../../src/core/api';
import type { Rating } from '../../src/core/ratingScale';
import { findBuiltinLadder } from '../../dev/builtinLadders';
import { type LoadedAddon } from '../support/bundle';
import { loadAddon } from './workbookSupport';

/**
 * What the calibration meeting reads: the table by level, readiness area by area (with its rule
 * on the sheet and the same figures in the Career Plan), and the counted-ratings choice from the menu.
 */
const ladder = findBuiltinLadder('intercom-pm-2021')!;
const EX: Rating = 'Exceeds';
const SM: Rating = 'Successfully Meets';
// Listed out of level order: the Calibration sheet puts them in the ladder's.
const TEAM = [
  { name: 'Sam Staff', level: 'staff-pm' },
  { name: 'Ada Associate', level: 'Associate PM' },
  { name: 'Pat Pm', level: 'pm' },
  { name: 'Abe Associate', level: 'Associate PM' },
];

function workbook(): { addon: LoadedAddon; people: SetupResult['people'] } {
  const addon = loadAddon();
  const { people } = addon.run<SetupResult>('setupCalibration', { ladderId: ladder.id, cycle: 'H1 2026', team: TEAM });
  // Pat: the manager rates the first area all Exceeds, leaves the second to the peers (Exceeds), the rest Successfully Meets.
  const pat = people[2]!;
  addon.run('saveRatings', {
    personId: pat.id,
    ratings: ladder.areas.flatMap((area, a) =>
      area.subskills.map((s) =>
        a === 1
          ? { subskillId: s.id, source: 'peer' as const, rating: EX }
          : { subskillId: s.id, source: 'manager' as const, rating: a === 0 ? EX : SM },
      ),
    ),
  });
  return { addon, people };
}

const table = (addon: LoadedAddon) => {
  const values = addon.workspace.spreadsheet.values('Calibration!A1:Z40');
  const header = values.find((r) => r[0] === '#header')!;
  return { header, rows: values.filter((r) => String(r[0]).startsWith('person:')) };
};

describe('the Calibration sheet for the meeting', () => {
  it('lists PMs by level in ladder order, the team order kept within a level', () => {
    const { addon } = workbook();
    addon.run('refreshCalibration');
    const { header, rows } = table(addon);
    expect(rows.map((r) => r[header.indexOf('Name')])).toEqual(['Ada Associate', 'Abe Associate', 'Pat Pm', 'Sam Staff']);
    // The reply keeps the team's order.
    expect(addon.run<CalibrationResult>('refreshCalibration').people.map((p) => p.name)).toEqual(TEAM.map((m) => m.name));
  });

  it('counts readiness area by area, states its rule in the note of C3, and the Career Plan gives the same figures', () => {
    const { addon, people } = workbook();
    const pat = addon.run<CalibrationResult>('refreshCalibration').people.find((p) => p.id === people[2]!.id)!;
    const first = ladder.areas[0]!;
    expect(pat.readiness.byArea[0]).toEqual({ areaId: first.id, met: first.subskills.length, of: first.subskills.length });
    expect(pat.readiness.byArea.slice(1).every((a) => a.met === 0)).toBe(true);
    expect(pat.readiness.metBySubskills).toBe(first.subskills.length);

    const { header, rows } = table(addon);
    const cell = rows.find((r) => r[0] === `person:${pat.id}`)![header.indexOf('Readiness for next level')]!;
    const sentence = `Not yet for Senior PM: ${first.subskills.length} of ${pat.readiness.ofSubskills} sub-skills at the bar (${first.name} ${first.subskills.length} of ${first.subskills.length}, `;
    expect(String(cell).startsWith(sentence)).toBe(true);
    expect(addon.workspace.spreadsheet.api.getRange('Calibration!C3').getNote()).toContain(
      'Ready: at least 80% of the sub-skills at the bar',
    );

    const plan = addon.run<DocResult>('createCareerPlan', pat.id, 'senior-pm');
    const text = addon.workspace.docs.text(plan.docId);
    expect(text).toContain(`Readiness for the next level\n${cell}. The bar for the next level is a manager rating of Exceeds or above.`);
  });

  it('offers the counted ratings in the menu: peer ratings count after Yes, and the sheet says so', () => {
    const { addon, people } = workbook();
    addon.run('refreshCalibration');
    addon.run('onOpen', {});
    expect(JSON.stringify(addon.workspace.ui.menu())).toContain('"caption":"Counted ratings…","functionName":"calibrationSourcesFromMenu"');
    const before = addon.run<CalibrationResult>('refreshCalibration').people.find((p) => p.id === people[2]!.id)!;
    // No: nothing changes.
    addon.workspace.ui.queueResponse({ button: 'NO' });
    addon.run('calibrationSourcesFromMenu');
    expect(addon.run<CalibrationResult>('refreshCalibration').people.find((p) => p.id === people[2]!.id)!.areas).toEqual(before.areas);
    expect(before.areas[ladder.areas[1]!.id]).toBeNull();
    // Yes: the peers' ratings count with the manager's: the second area is rated now.
    addon.workspace.ui.queueResponse({ button: 'YES' });
    addon.run('calibrationSourcesFromMenu');
    const after = addon.run<CalibrationResult>('refreshCalibration').people.find((p) => p.id === people[2]!.id)!;
    expect(after.areas[ladder.areas[1]!.id]).toBe(EX);
    expect(addon.workspace.spreadsheet.api.getRange('Calibration!C3').getNote()).toMatch(/peer/i);
    // And back: the alert now offers manager ratings only.
    addon.workspace.ui.queueResponse({ button: 'YES' });
    addon.run('calibrationSourcesFromMenu');
    expect(addon.workspace.ui.alerts.at(-1)?.prompt).toContain('counts manager and peer ratings');
    expect(addon.run<CalibrationResult>('refreshCalibration').people.find((p) => p.id === people[2]!.id)!.areas).toEqual(before.areas);
  });
});

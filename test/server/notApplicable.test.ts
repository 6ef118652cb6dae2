import type { CalibrationResult, DocResult, HistoryResult, RatingForm, SetupResult, ValidationReport } from '../../src/core/api';
import type { Rating } from '../../src/core/ratingScale';
import { findBuiltinLadder } from '../../dev/builtinLadders';
import { COLUMN, loadAddon, rowOf, typeInto } from './workbookSupport';

/**
 * "Not applicable" through dist/Code.js: a choice distinct from blank, not counted and not
 * missing, shown as such on the sheet, in the sidebar, on the Calibration sheet, in the docs
 * and in History.
 */
const ladder = findBuiltinLadder('intercom-pm-2021')!;
const SM: Rating = 'Successfully Meets';
const [whole, partly, ...rest] = ladder.areas;

function workbook() {
  const addon = loadAddon();
  const { people } = addon.run<SetupResult>('setupCalibration', {
    ladderId: ladder.id,
    cycle: 'H1 2026',
    team: [{ name: 'Ada Park', level: 'pm' }],
  });
  const ada = people[0]!;
  // The first area Not applicable throughout, one sub-skill of the second too; everything else Successfully Meets.
  const na = partly!.subskills[0]!.id;
  addon.run('saveRatings', {
    personId: ada.id,
    ratings: [
      ...whole!.subskills.map((s) => ({ subskillId: s.id, source: 'manager' as const, rating: 'Not applicable' as const })),
      { subskillId: na, source: 'manager' as const, rating: 'Not applicable' as const },
      ...partly!.subskills.slice(1).map((s) => ({ subskillId: s.id, source: 'manager' as const, rating: SM })),
      ...rest.flatMap((a) => a.subskills.map((s) => ({ subskillId: s.id, source: 'manager' as const, rating: SM }))),
    ],
  });
  return { addon, ada, na };
}

describe('Not applicable', () => {
  it('is not counted and not missing: an area all Not applicable says so, and the overall comes from the others', () => {
    const { addon, ada } = workbook();
    const person = addon.run<CalibrationResult>('refreshCalibration').people[0]!;
    expect(person.areas[whole!.id]).toBeNull();
    expect(person.areas[partly!.id]).toBe(SM);
    expect(person.overall).toBe(SM);
    expect(person.flags.some((f) => f.startsWith('Missing manager ratings'))).toBe(false);
    expect(person.flags).toContain(
      `Not applicable: ${whole!.subskills.length + 1} sub-skills (in ${partly!.name} 1; ${whole!.name} entirely, so left out of the overall and the 9-box)`,
    );
    const applicable = ladder.areas.reduce((n, a) => n + a.subskills.length, 0) - whole!.subskills.length - 1;
    expect(person.readiness.ofSubskills).toBe(applicable);

    const values = addon.workspace.spreadsheet.values('Calibration!A1:Z40');
    const header = values.find((r) => r[0] === '#header')!;
    const row = values.find((r) => r[0] === `person:${ada.id}`)!;
    expect(row[header.findIndex((h) => String(h).startsWith(whole!.name))]).toBe('Not applicable');
  });

  it('shows in the sidebar and is a valid cell, unlike a typed near-miss', () => {
    const { addon, ada, na } = workbook();
    const form = addon.run<RatingForm>('getRatingForm', ada.id);
    expect(form.scale.at(-1)).toBe('Not applicable');
    expect(form.items.find((i) => i.subskillId === na)!.ratings.manager).toBe('Not applicable');
    expect(addon.run<ValidationReport>('validateRatings').problems).toEqual([]);
    const cell = `${COLUMN.manager}${rowOf(addon, 'Ada Park', `subskill:${na}`)}`;
    expect(addon.workspace.spreadsheet.values(`'Ada Park'!${cell}`)[0]![0]).toBe('Not applicable');
    typeInto(addon, `'Ada Park'!${cell}`, 'N/A');
    expect(addon.run<ValidationReport>('validateRatings').problems.map((p) => p.cell)).toEqual([cell]);
  });

  it('is listed apart in the docs and kept in History', () => {
    const { addon, ada, na } = workbook();
    const plan = addon.run<DocResult>('createCareerPlan', ada.id, 'senior-pm');
    const text = addon.workspace.docs.text(plan.docId);
    const name = partly!.subskills[0]!.name;
    expect(text).toMatch(new RegExp(`${name} \\(${partly!.name}\\)[^\\n]*\\n[^]*?Not applicable`));
    const growth = addon.run<DocResult>('createGrowthPlan', ada.id);
    expect(addon.workspace.docs.text(growth.docId)).toContain(`marked Not applicable: `);

    addon.run('startNextCycle', { cycle: 'H2 2026' });
    const history = addon.run<HistoryResult>('getHistory', ada.id);
    expect(history.cycles[0]!.ratings.find((r) => r.subskillId === na)!.manager).toBe('Not applicable');
    expect(history.cycles[0]!.areas[whole!.id]).toBeNull();
    expect(addon.run<RatingForm>('getRatingForm', ada.id).items.find((i) => i.subskillId === na)!.lastManager).toBe('Not applicable');
  });
});

import type { CalibrationResult, RatingForm, SetupResult, UseSheetLadderResult } from '../../src/core/api';
import type { LadderSummary } from '../../src/core/ladder/summary';
import { HIGHLIGHT } from '../../src/core/ladderSheet/highlights';
import { LADDER_STORE_SHEET } from '../../src/core/ladderSheet/ladderStore';
import { loadAddon, type LoadedAddon } from '../support/bundle';

const SHEET = 'Acme ladder';
const LONG_NAME = 'W'.repeat(201);

/** A ladder as a manager types it into a sheet, with every mistake the issue lists seeded in. */
const seeded = (): string[][] => [
  ['Title', 'Acme PM ladder'], // 1
  ['Cumulative', 'no'], // 2
  [], // 3
  ['Skill area', 'Axis', 'Sub-skill', 'Description', 'PM', '', 'Senior PM'], // 4: F has text but no level name
  ['', '', 'Orphan', '', 'Finds problems', '', 'Frames problems'], // 5: a sub-skill with no area
  ['Strategy', 'results', 'Vision', 'Sees far', 'Knows the vision', '', 'Writes the vision'], // 6
  ['', '', 'Roadmap', '', 'Follows the roadmap', 'stray text', 'Owns the roadmap'], // 7
  [], // 8: an empty row in the middle
  ['', '', 'Vision', '', 'Shares the vision', '', 'Sets the vision'], // 9: a duplicate sub-skill
  ['Leadership', 'behaviours', LONG_NAME, '', 'Speaks up', '', 'Leads the room'], // 10: text over the limit
  ['', '', 'Communication', '', 'Clear updates', '', 'Sets the tone'], // 11
];

function author(addon: LoadedAddon, name: string, values: string[][]): GoogleAppsScript.Spreadsheet.Sheet {
  const width = Math.max(...values.map((r) => r.length));
  const sheet = addon.workspace.spreadsheet.api.insertSheet(name);
  sheet.getRange(1, 1, values.length, width).setValues(values.map((r) => [...r, ...new Array<string>(width - r.length).fill('')]));
  return sheet;
}

const bg = (addon: LoadedAddon, a1: string) => addon.workspace.spreadsheet.backgrounds(`'${SHEET}'!${a1}`)[0]?.[0];

describe('bring your own ladder, from the built dist/Code.js', () => {
  it('a ladder authored in a sheet: every mistake reported by cell, fixed, set up, rated, refreshed, changed and refreshed with ratings kept', () => {
    const addon = loadAddon();
    const sheet = author(addon, SHEET, seeded());

    // 1. Every seeded mistake, all at once, each at its cell; nothing stored.
    const before = addon.run<UseSheetLadderResult>('useSheetLadder');
    expect(before.ok).toBe(false);
    const problems = before.ok ? [] : before.problems;
    expect(problems.map((p) => p.cell)).toEqual(['F4', 'A5', 'A8', 'C9', 'C10']);
    expect(problems.map((p) => p.message)).toEqual([
      "column F has text (first at F7) but no level name: write the level's name in F4, or empty the column",
      'the sub-skill "Orphan" has no skill area: write the area\'s name in A5 or on a row above',
      'row 8 is empty, in the middle of the ladder: delete it (the ladder goes on at row 9)',
      'duplicate sub-skill "Vision": it is already at C6',
      expect.stringMatching(/^the sub-skill name is 201 characters, over the limit of 200/),
    ]);
    const dialog = addon.workspace.ui.shown.at(-1)!;
    expect(dialog).toMatchObject({ kind: 'modal', title: 'Ladder sheet: 5 problems' });
    for (const p of problems) expect(dialog.html).toContain(`<td class="cell">${p.cell}</td>`);
    for (const a1 of ['F4', 'A5', 'A8', 'C9', 'C10']) expect(bg(addon, a1)).toBe(HIGHLIGHT);
    expect(bg(addon, 'B6')).toBe('#ffffff');
    expect(addon.workspace.spreadsheet.hasSheet(LADDER_STORE_SHEET)).toBe(false);
    expect(addon.run<LadderSummary[]>('listLadders').map((l) => l.id)).not.toContain('acme-pm-ladder');

    // 2. Fixed as the messages say; stored; the ids made from names are written back; highlights gone.
    sheet.getRange('F7').setValue('');
    sheet.getRange('A5:B5').setValues([['Discovery', 'results']]);
    sheet.getRange('C9').setValue('Vision statement');
    sheet.getRange('C10').setValue('Influence');
    sheet.deleteRow(8);
    const stored = addon.run<UseSheetLadderResult>('useSheetLadder');
    expect(stored).toMatchObject({ ok: true, sheet: SHEET, replaced: false, idsFilled: 1 + 2 + 3 + 6 });
    expect(stored.ok && stored.ladder).toMatchObject({
      id: 'acme-pm-ladder',
      title: 'Acme PM ladder',
      builtIn: false,
      areaCount: 3,
      subskillCount: 6,
    });
    expect(addon.workspace.ui.dialogs.at(-1)).toMatchObject({ kind: 'alert', title: 'Ladder stored' });
    expect(
      addon.workspace.spreadsheet
        .backgrounds(SHEET)
        .flat()
        .filter((c) => c === HIGHLIGHT),
    ).toEqual([]);
    // Rows "Ladder id" and "Level id" were added above the header, and id columns after the last one.
    const ids = addon.workspace.spreadsheet.values(`'${SHEET}'!A1:I12`);
    expect(ids[3]?.slice(0, 2)).toEqual(['Ladder id', 'acme-pm-ladder']);
    expect(ids[4]).toEqual(['Level id', '', '', '', 'pm', '', 'senior-pm', '', '']);
    expect(ids[5]?.slice(7)).toEqual(['Area id', 'Sub-skill id']);
    expect(ids.slice(6).map((r) => r.slice(7))).toEqual([
      ['discovery', 'orphan'],
      ['strategy', 'vision'],
      ['', 'roadmap'],
      ['', 'vision-statement'],
      ['leadership', 'influence'],
      ['', 'communication'],
    ]);
    const ladders = addon.run<LadderSummary[]>('listLadders');
    expect(ladders.map((l) => [l.id, l.builtIn])).toEqual([
      ['intercom-pm-2021', true],
      ['intercom-pm-4-level', true],
      ['intercom-gpm-2020', true],
      ['webflow-pm', true],
      ['rookie-to-rockstar', true],
      ['acme-pm-ladder', false],
    ]);
    expect(ladders[5]?.levels).toEqual([
      { id: 'pm', name: 'PM' },
      { id: 'senior-pm', name: 'Senior PM' },
    ]);
    expect((addon.workspace.spreadsheet.sheet(LADDER_STORE_SHEET) as { hidden: boolean }).hidden).toBe(true);

    // 3. Set up a team on it, like on a built-in ladder.
    const setup = addon.run<SetupResult>('setupCalibration', {
      ladderId: 'acme-pm-ladder',
      cycle: 'H1 2026',
      team: [
        { name: 'Ada Park', level: 'PM' },
        { name: 'Ben Ortiz', level: 'senior-pm' },
      ],
    });
    expect(setup.sheets).toEqual(expect.arrayContaining(['Ladder', 'Team', 'Ada Park', 'Ben Ortiz']));
    expect(JSON.stringify(addon.workspace.spreadsheet.values('Ladder'))).toContain('Owns the roadmap');
    const ada = setup.people.find((p) => p.name === 'Ada Park')!;

    // 4. Rate through the sidebar's API.
    const form = addon.run<RatingForm>('getRatingForm', ada.id);
    expect(form.ladder).toEqual({ id: 'acme-pm-ladder', title: 'Acme PM ladder' });
    expect(form.items.map((i) => i.subskillId)).toEqual(['orphan', 'vision', 'roadmap', 'vision-statement', 'influence', 'communication']);
    expect(form.items.find((i) => i.subskillId === 'roadmap')).toMatchObject({ current: 'Follows the roadmap', next: 'Owns the roadmap' });
    addon.run('saveRatings', {
      personId: ada.id,
      version: form.version,
      ratings: form.items.map((i) => ({
        subskillId: i.subskillId,
        source: 'manager',
        rating: i.subskillId === 'roadmap' ? 'Exceeds' : 'Successfully Meets',
        ...(i.subskillId === 'roadmap' ? { evidence: 'Ran the Q3 roadmap review' } : {}),
      })),
    });

    // 5. Refresh the calibration.
    const calibration = addon.run<CalibrationResult>('refreshCalibration');
    const adaRow = calibration.people.find((p) => p.id === ada.id)!;
    expect(Object.keys(adaRow.areas)).toEqual(['discovery', 'strategy', 'leadership']);
    expect(adaRow.overall).not.toBeNull();

    // 6. Change the sheet ladder: rename "Roadmap" and move it above "Vision"; use it again; refresh.
    sheet.getRange('C9').setValue('Road mapping');
    // A sub-skill is its name, description, texts (C:G) and id (I); the area's id (H) stays on the area's row.
    for (const cols of ['C8:G9', 'I8:I9']) {
      const [vision, roadmap] = sheet.getRange(cols).getValues();
      sheet.getRange(cols).setValues([roadmap!, vision!].map((r) => r.map(String)));
    }
    sheet.activate();
    const again = addon.run<UseSheetLadderResult>('useSheetLadder');
    expect(again).toMatchObject({ ok: true, replaced: true, idsFilled: 0 });
    expect(addon.workspace.ui.dialogs.at(-1)?.prompt).toContain(`It replaces the version stored from the sheet “${SHEET}”`);
    addon.run('refreshWorkbook');
    const after = addon.run<RatingForm>('getRatingForm', ada.id);
    expect(after.items.map((i) => [i.subskillId, i.name])).toEqual([
      ['orphan', 'Orphan'],
      ['roadmap', 'Road mapping'],
      ['vision', 'Vision'],
      ['vision-statement', 'Vision statement'],
      ['influence', 'Influence'],
      ['communication', 'Communication'],
    ]);
    expect(after.items.find((i) => i.subskillId === 'roadmap')).toMatchObject({
      ratings: { manager: 'Exceeds' },
      evidence: 'Ran the Q3 roadmap review',
    });
    expect(after.items.every((i) => i.ratings.manager !== null)).toBe(true);
    expect(addon.run<CalibrationResult>('refreshCalibration').people.find((p) => p.id === ada.id)?.areas).toEqual(adaRow.areas);
  });
});

import type { RatingForm, SetupResult, TeamMember } from '../../src/core/api';
import { COLUMN, LADDER_ID, cell, intercomLadder, loadAddon, ref, rowOf, setUp, teamOfSix, typeInto, withLadder } from './workbookSupport';
import { refusal } from '../support/bundle';

/**
 * Issue 4, "Done when": a team of 6 on the 5-level Intercom ladder, ratings typed straight
 * into the sheets, then a refresh after the team and the ladder changed: every rating is
 * where it was (by person and sub-skill), and what no longer has a row is archived, visibly.
 */
describe('refresh never loses a rating', () => {
  it('keeps every rating and evidence through team and ladder changes, archiving what has no row any more', () => {
    let addon = loadAddon();
    const first = setUp(addon);
    expect(first.sheets).toEqual(['Ladder', 'Team', 'Ann Lee', 'Bo Chen', 'Cy Diaz', 'Dee Evans', 'Ann Lee (2)', "Fio O'Neil"]);
    const id = (name: string) => first.people.find((p) => p.name === name)!.id;

    // Ratings typed into the sheets, as a manager (or a paste) would.
    const typed: Array<[string, string, keyof typeof COLUMN, string]> = [
      ['Ann Lee', 'customer-focus', 'manager', 'Exceeds'],
      ['Ann Lee', 'customer-focus', 'evidence', 'Ran 12 customer calls'],
      ['Ann Lee (2)', 'customer-focus', 'self', 'Exceptional'],
      ['Bo Chen', 'analytics-focus', 'peer', 'Successfully Meets'],
      ['Cy Diaz', 'customer-focus', 'manager', 'Stronger Performance Needed'],
      ['Dee Evans', 'analytics-focus', 'evidence', '=cites the Q3 dashboard'],
      ["Fio O'Neil", 'customer-focus', 'manager', 'Successfully Meets'],
    ];
    for (const [sheet, subskill, column, value] of typed)
      typeInto(addon, ref(sheet, `${COLUMN[column]}${rowOf(addon, sheet, `subskill:${subskill}`)}`), value);

    // The ladder changes: areas and sub-skills reordered, one renamed, one removed.
    const ladder = intercomLadder();
    ladder.areas.reverse();
    const insight = ladder.areas.find((a) => a.id === 'insight-driven')!;
    insight.subskills.reverse();
    insight.subskills.find((s) => s.id === 'customer-focus')!.name = 'Customer obsession';
    insight.subskills = insight.subskills.filter((s) => s.id !== 'analytics-focus');
    addon = withLadder(addon, ladder);

    // The team changes: Cy leaves, Bo moves up a level and changes name, a new PM joins.
    const team = teamOfSix().filter((m) => m.name !== 'Cy Diaz');
    team[1] = { ...team[1]!, name: 'Bo Chen-Park', level: 'Senior PM' };
    team.push({ name: 'Gus Hale', email: 'gus@example.com', level: 'PM' });
    const input = { ladderId: LADDER_ID, cycle: 'H2 2026', team };

    // First, what it would do, writing nothing: who joins, who leaves, who moves, and which ratings go to the archive.
    const before = addon.workspace.snapshot();
    const previewed = addon.run<SetupResult>('setupCalibration', { ...input, preview: true });
    expect(addon.workspace.snapshot()).toEqual(before);
    expect(previewed.preview).toEqual({
      ladder: { from: 'Product Manager expectations by level', to: 'Product Manager expectations by level' },
      cycle: { from: 'H2 2026', to: 'H2 2026' },
      added: ['Gus Hale'],
      archived: ['Cy Diaz'],
      returned: [],
      renamed: ['Bo Chen → Bo Chen-Park'],
      levelChanges: [{ name: 'Bo Chen-Park', from: 'PM', to: 'Senior PM' }],
      ratingsKept: expect.any(Number) as number,
      ratingsArchived: 2,
      archivedByPerson: [
        { name: 'Bo Chen-Park', ratings: 1 },
        { name: 'Dee Evans', ratings: 1 },
      ],
      mostArchived: false,
    });

    // Ratings would move to the archive: refused until confirmed, nothing written.
    expect(refusal(() => addon.run('setupCalibration', input))).toEqual({
      code: 'CONFIRM_ARCHIVE',
      message: expect.stringContaining(
        'would move 2 ratings to Archived ratings, which calibration does not count (Bo Chen-Park 1, Dee Evans 1)',
      ),
    });
    expect(addon.workspace.snapshot()).toEqual(before);
    const second = addon.run<SetupResult>('setupCalibration', { ...input, confirmArchive: true });
    expect(second.summary).toContain('2 moved to archived ratings');

    expect(second.people.map((p) => p.name)).toEqual(['Ann Lee', 'Bo Chen-Park', 'Dee Evans', 'Ann Lee', "Fio O'Neil", 'Gus Hale']);
    expect(second.people.find((p) => p.name === 'Bo Chen-Park')!.id).toBe(id('Bo Chen'));
    expect(second.sheets).toContain('Cy Diaz');

    // Kept: by person and sub-skill, on the sub-skill's new row.
    const at = (sheet: string, subskill: string, column: keyof typeof COLUMN) =>
      cell(addon, ref(sheet, `${COLUMN[column]}${rowOf(addon, sheet, `subskill:${subskill}`)}`));
    expect(at('Ann Lee', 'customer-focus', 'manager')).toBe('Exceeds');
    expect(at('Ann Lee', 'customer-focus', 'evidence')).toBe('Ran 12 customer calls');
    expect(at('Ann Lee (2)', 'customer-focus', 'self')).toBe('Exceptional');
    expect(at("Fio O'Neil", 'customer-focus', 'manager')).toBe('Successfully Meets');
    expect(cell(addon, `'Ann Lee'!C${rowOf(addon, 'Ann Lee', 'subskill:customer-focus')}`)).toBe('Customer obsession');

    // Archived: analytics-focus left the ladder; its ratings are in the block, visibly.
    const boSheet = 'Bo Chen-Park';
    const boArchived = rowOf(addon, boSheet, 'archived:analytics-focus');
    expect(rowOf(addon, boSheet, '#archived')).toBe(boArchived - 1);
    expect(addon.workspace.spreadsheet.values(`'${boSheet}'!B${boArchived}:C${boArchived}`)[0]).toEqual(['Archived', 'Analytics focus']);
    expect(cell(addon, `'${boSheet}'!${COLUMN.peer}${boArchived}`)).toBe('Successfully Meets');
    expect(cell(addon, `'Dee Evans'!${COLUMN.evidence}${rowOf(addon, 'Dee Evans', 'archived:analytics-focus')}`)).toBe(
      '=cites the Q3 dashboard',
    );

    // Cy left the team: sheet kept, marked archived, rating still there; listed as a former member.
    expect(cell(addon, "'Cy Diaz'!D1")).toMatch(/^ARCHIVED/);
    expect((addon.workspace.spreadsheet.sheet('Cy Diaz') as { tabColor: string }).tabColor).toBe('#999999');
    expect(at('Cy Diaz', 'customer-focus', 'manager')).toBe('Stronger Performance Needed');
    expect(addon.run<TeamMember[]>('getTeam').map((m) => m.name)).not.toContain('Cy Diaz');
    const teamValues = addon.workspace.spreadsheet.values('Team!A1:J20');
    const archivedHeader = teamValues.findIndex((r) => r[0] === '#archived');
    expect(teamValues[archivedHeader + 1]?.[3]).toBe('Cy Diaz');

    // The read model and the sidebar see the same ratings.
    const form = addon.run<RatingForm>('getRatingForm', id('Ann Lee'));
    expect(form.items.find((i) => i.subskillId === 'customer-focus')).toMatchObject({
      name: 'Customer obsession',
      ratings: { manager: 'Exceeds' },
      evidence: 'Ran 12 customer calls',
    });
    expect(form.items.some((i) => i.subskillId === 'analytics-focus')).toBe(false);

    // Putting the sub-skill back restores the archived ratings to its (empty) row.
    addon = withLadder(addon, intercomLadder());
    addon.run('setupCalibration', { ladderId: LADDER_ID, cycle: 'H2 2026', team });
    expect(at(boSheet, 'analytics-focus', 'peer')).toBe('Successfully Meets');
    expect(() => rowOf(addon, boSheet, '#archived')).toThrow();
  });

  it('is idempotent: a second set-up with the same team writes no PM sheet', () => {
    const addon = loadAddon();
    setUp(addon);
    const before = addon.workspace.spreadsheet.snapshot() as { sheets: Array<{ name: string }> };
    const { byName } = addon.workspace.log.measure(() => setUp(addon));
    const after = addon.workspace.spreadsheet.snapshot() as { sheets: Array<{ name: string }> };
    const pmSheets = (s: typeof before) => JSON.stringify(s.sheets.filter((x) => !['Ladder', 'Team'].includes(x.name)));
    expect(pmSheets(after)).toBe(pmSheets(before));
    expect(byName.find(([n]) => n === 'Range.setValues')?.[1]).toBe(2);
  });

  it('says before a ladder switch that most ratings would be archived, suggests Start next cycle, and goes ahead only when confirmed', () => {
    const addon = loadAddon();
    setUp(addon);
    for (const person of ['Ann Lee', 'Bo Chen']) {
      const sheet = person;
      typeInto(addon, ref(sheet, `${COLUMN.manager}${rowOf(addon, sheet, 'subskill:customer-focus')}`), 'Exceeds');
      typeInto(addon, ref(sheet, `${COLUMN.manager}${rowOf(addon, sheet, 'subskill:learn-fast')}`), 'Successfully Meets');
    }
    const team = teamOfSix().map((m) => ({ ...m, level: 'PM2', targetLevel: '' }));
    const input = { ladderId: 'webflow-pm', cycle: 'H2 2026', team };
    const before = addon.workspace.snapshot();
    const { preview } = addon.run<SetupResult>('setupCalibration', { ...input, preview: true });
    expect(preview).toMatchObject({
      ladder: { from: 'Product Manager expectations by level', to: 'Webflow Product Manager Career Ladder' },
      ratingsKept: 0,
      ratingsArchived: 4,
      archivedByPerson: [
        { name: 'Ann Lee', ratings: 2 },
        { name: 'Bo Chen', ratings: 2 },
      ],
      mostArchived: true,
    });
    expect(preview?.levelChanges.find((c) => c.name === 'Cy Diaz')).toEqual({ name: 'Cy Diaz', from: 'Senior PM', to: 'PM2' });
    const refused = refusal(() => addon.run('setupCalibration', input));
    expect(refused.code).toBe('CONFIRM_ARCHIVE');
    expect(refused.message).toContain('Start next cycle');
    expect(addon.workspace.snapshot()).toEqual(before);
    expect(addon.run<SetupResult>('setupCalibration', { ...input, confirmArchive: true }).summary).toContain('4 moved to archived ratings');
    expect(rowOf(addon, 'Ann Lee', '#archived')).toBeGreaterThan(0);
  });
});

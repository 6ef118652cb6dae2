import type { Ladder } from '../../../src/core/ladder/schema';
import { LAYOUT_VERSION } from '../../../src/core/workbook/layoutVersion';
import { ratingSheetColumns } from '../../../src/core/workbook/layout';
import { readRatingSheet } from '../../../src/core/workbook/ratingSheetRead';
import {
  matchTeam,
  planRefresh,
  type DesiredMember,
  type ExistingRatingSheet,
  type KnownPerson,
  type RefreshPlan,
} from '../../../src/core/workbook/workbookRefresh';
import { asSheet, rowOfMarker, teamSheetPerson, tinyLadder } from './fixtures';

const settings = { ladderId: 'tiny', cycle: 'H2', manager: '', updatedAt: '' };
const member = (name: string, email = '', level = 'one', id = ''): DesiredMember => ({ id, name, email, level, targetLevel: '' });

/** The workbook after applying a plan: what a later refresh reads back. */
function stateAfter(plan: RefreshPlan): { known: KnownPerson[]; sheets: ExistingRatingSheet[]; names: string[] } {
  const sheets = plan.ratingSheets.map((w) => {
    const values = asSheet(w.plan.values);
    return {
      personId: w.person.id,
      sheetName: w.person.sheetName,
      values,
      formulas: values.map((r) => r.map(() => '')),
      content: readRatingSheet(values),
    };
  });
  const known = plan.people.map((p) => ({ ...p, growthPlanLabel: '', careerPlanLabel: '' }));
  return { known, sheets, names: ['Ladder', 'Team', ...plan.people.map((p) => p.sheetName)] };
}

function refresh(ladder: Ladder, desired: DesiredMember[], previous?: RefreshPlan, layoutVersion = LAYOUT_VERSION): RefreshPlan {
  const state = previous ? stateAfter(previous) : { known: [], sheets: [], names: ['Sheet1'] };
  return planRefresh({ ladder, settings, layoutVersion, desired, known: state.known, sheetNames: state.names, ratingSheets: state.sheets });
}

function rate(plan: RefreshPlan, personName: string, subskillId: string, rating: string): void {
  const work = plan.ratingSheets.find((w) => w.person.name === personName)!;
  const c = ratingSheetColumns(tinyLadder());
  work.plan.values[rowOfMarker(work.plan.values, `subskill:${subskillId}`) - 1]![c.manager - 1] = rating;
}

describe('planRefresh', () => {
  it('gives two PMs of the same name their own ids and sheets', () => {
    const plan = refresh(tinyLadder(), [member('Ann Lee', 'a1@x.com'), member('Ann Lee', 'a2@x.com')]);
    expect(new Set(plan.people.map((p) => p.id)).size).toBe(2);
    expect(plan.people.map((p) => p.sheetName)).toEqual(['Ann Lee', 'Ann Lee (2)']);
  });

  it('changes nothing on a second run with the same team (every PM sheet is already right)', () => {
    const first = refresh(tinyLadder(), [member('Ann', 'ann@x.com'), member('Bo')]);
    rate(first, 'Ann', 'writing', 'Exceeds');
    const second = refresh(tinyLadder(), [member('Ann', 'ann@x.com'), member('Bo')], first);
    expect(second.people.map((p) => p.id)).toEqual(first.people.map((p) => p.id));
    expect(second.ratingSheets.every((w) => w.unchanged)).toBe(true);
    expect(second.summary.ratingsKept).toBe(1);
  });

  it('rewrites every PM sheet of a workbook written with an older layout, even when its values are the same, and records the new one', () => {
    const first = refresh(tinyLadder(), [member('Ann', 'ann@x.com'), member('Bo')]);
    rate(first, 'Ann', 'writing', 'Exceeds');
    const upgraded = refresh(tinyLadder(), [member('Ann', 'ann@x.com'), member('Bo')], first, LAYOUT_VERSION - 1);
    expect(upgraded.upgrade).toBe(true);
    expect(upgraded.ratingSheets.map((w) => w.unchanged)).toEqual([false, false]);
    expect(upgraded.summary.ratingsKept).toBe(1);
    expect(upgraded.settings.layoutVersion).toBe(LAYOUT_VERSION);
    // The Team sheet's copy of the settings records it too.
    expect(JSON.parse(upgraded.teamPlan.values[0]![0]!)).toMatchObject({ layoutVersion: LAYOUT_VERSION });
    const after = refresh(tinyLadder(), [member('Ann', 'ann@x.com'), member('Bo')], upgraded);
    expect(after.upgrade).toBe(false);
    expect(after.ratingSheets.every((w) => w.unchanged)).toBe(true);
  });

  it('archives a PM dropped from the team, keeps their sheet, and brings them back by email', () => {
    const first = refresh(tinyLadder(), [member('Ann', 'ann@x.com'), member('Bo', 'bo@x.com')]);
    rate(first, 'Bo', 'drawing', 'Exceptional');
    const dropped = refresh(tinyLadder(), [member('Ann', 'ann@x.com')], first);
    const bo = dropped.people.find((p) => p.name === 'Bo')!;
    expect(bo.archived).toBe(true);
    expect(dropped.summary.archived).toEqual(['Bo']);
    const boSheet = dropped.ratingSheets.find((w) => w.person.id === bo.id)!;
    expect(boSheet.archivedChanged).toBe(true);
    expect(boSheet.plan.values[0]?.[ratingSheetColumns(tinyLadder()).firstRating - 1]).toMatch(/^ARCHIVED/);

    const back = refresh(tinyLadder(), [member('Ann', 'ann@x.com'), member('Robert', 'BO@x.com', 'two')], dropped);
    const robert = back.people.find((p) => p.email === 'BO@x.com')!;
    expect(robert.id).toBe(bo.id);
    expect(robert.archived).toBe(false);
    expect(back.summary.returned).toEqual(['Robert']);
    // The name changed, so the sheet is renamed; the rating stays.
    const work = back.ratingSheets.find((w) => w.person.id === bo.id)!;
    expect([work.renameFrom, work.person.sheetName]).toEqual(['Bo', 'Robert']);
    expect(work.plan.values.flat()).toContain('Exceptional');
  });

  it('matches by id before email or name, so a swapped name does not swap ratings', () => {
    const known: KnownPerson[] = [
      { ...teamSheetPerson({ id: 'p-a', name: 'Ann', email: '', sheetName: 'Ann' }), archived: false },
      { ...teamSheetPerson({ id: 'p-b', name: 'Bo', email: '', sheetName: 'Bo' }), archived: false },
    ];
    const match = matchTeam([member('Ann', '', 'one', 'p-b'), member('Bo')], known);
    expect(match.active.map((m) => (m.known ? m.known.id : 'new'))).toEqual(['p-b', 'new']);
    expect(match.unmatched.map((k) => k.id)).toEqual(['p-a']);
  });
});

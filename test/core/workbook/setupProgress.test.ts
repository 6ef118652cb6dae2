import { LAYOUT_VERSION } from '../../../src/core/workbook/layoutVersion';
import {
  PROGRESS_MAX_BYTES,
  parseSetupProgress,
  parseTodoEntry,
  planFingerprint,
  serializeSetupProgress,
  timeBudget,
  todoEntry,
} from '../../../src/core/workbook/setupProgress';
import { planRefresh, type DesiredMember, type RefreshPlan } from '../../../src/core/workbook/workbookRefresh';
import { readRatingSheet } from '../../../src/core/workbook/ratingSheetRead';
import { asSheet, tinyLadder } from './fixtures';

const settings = { ladderId: 'tiny', cycle: 'H2', manager: '', updatedAt: '' };
const member = (name: string, level = 'one'): DesiredMember => ({
  id: '',
  name,
  email: `${name.toLowerCase()}@x.com`,
  level,
  targetLevel: '',
});

function firstPlan(team: DesiredMember[]): RefreshPlan {
  return planRefresh({
    ladder: tinyLadder(),
    settings,
    layoutVersion: LAYOUT_VERSION,
    desired: team,
    known: [],
    sheetNames: ['Sheet1'],
    ratingSheets: [],
  });
}

/** The plan a later run makes from the Team sheet the first one wrote, taking the listed people's sheets as written. */
function resumedPlan(first: RefreshPlan, team: DesiredMember[], written: string[]): RefreshPlan {
  const known = first.people.map((p) => ({ ...p, growthPlanLabel: '', careerPlanLabel: '' }));
  const settled = first.people.filter((p) => written.includes(p.name)).map((p) => ({ personId: p.id, sheetName: p.sheetName }));
  return planRefresh({
    ladder: tinyLadder(),
    settings,
    layoutVersion: LAYOUT_VERSION,
    desired: team,
    known,
    sheetNames: ['Ladder', 'Team', ...settled.map((s) => s.sheetName)],
    ratingSheets: [],
    settled,
  });
}

describe('a plan made again by a later run', () => {
  const team = [member('Ann'), member('Bo'), member('Ann')];

  it('is the same plan (same fingerprint) when nothing changed, whichever sheets were written', () => {
    const first = firstPlan(team);
    expect(first.people.map((p) => p.sheetName)).toEqual(['Ann', 'Bo', 'Ann (2)']);
    const fingerprint = planFingerprint(tinyLadder(), 'H2', first);
    for (const written of [[], ['Ann'], ['Ann', 'Bo'], ['Ann', 'Bo', 'Ann']]) {
      const again = resumedPlan(first, team, written);
      expect(planFingerprint(tinyLadder(), 'H2', again)).toBe(fingerprint);
      // Sheets taken as written are never to be written from this plan (it holds no ratings).
      expect(again.ratingSheets.filter((w) => w.settled).every((w) => w.unchanged)).toBe(true);
    }
  });

  it('differs when a level, a name, the team, the cycle or the ladder changed in between', () => {
    const first = firstPlan(team);
    const fingerprint = planFingerprint(tinyLadder(), 'H2', first);
    const changed = [
      planFingerprint(tinyLadder(), 'H2', resumedPlan(first, [member('Ann', 'two'), member('Bo'), member('Ann')], ['Ann'])),
      planFingerprint(tinyLadder(), 'H2', resumedPlan(first, [member('Ann'), member('Bob'), member('Ann')], ['Ann'])),
      planFingerprint(tinyLadder(), 'H2', resumedPlan(first, [member('Ann'), member('Bo')], ['Ann'])),
      planFingerprint(tinyLadder(), 'H1', first),
      planFingerprint({ ...tinyLadder(), title: 'Other' }, 'H2', first),
    ];
    for (const f of changed) expect(f).not.toBe(fingerprint);
  });

  it('reads the ratings of a sheet it does read, and only of those', () => {
    const first = firstPlan([member('Ann'), member('Bo')]);
    const bo = first.ratingSheets[1]!;
    const values = asSheet(bo.plan.values);
    const again = planRefresh({
      ladder: tinyLadder(),
      settings,
      layoutVersion: LAYOUT_VERSION,
      desired: [member('Ann'), member('Bo')],
      known: first.people.map((p) => ({ ...p, growthPlanLabel: '', careerPlanLabel: '' })),
      sheetNames: ['Ladder', 'Team', 'Ann', 'Bo'],
      ratingSheets: [
        { personId: bo.person.id, sheetName: 'Bo', content: readRatingSheet(values), values, formulas: values.map((r) => r.map(() => '')) },
      ],
      settled: [{ personId: first.people[0]!.id, sheetName: 'Ann' }],
    });
    expect(again.ratingSheets.map((w) => [w.person.name, w.settled, w.unchanged])).toEqual([
      ['Ann', true, true],
      ['Bo', false, true],
    ]);
  });
});

describe('the recorded progress', () => {
  it('names each sheet left by id, with whether it is to be made and whether its tab colour changes', () => {
    const make = todoEntry({ person: { id: 'p-12345678' } as never, existing: null, archivedChanged: false });
    const archive = todoEntry({ person: { id: 'p-87654321' } as never, existing: { sheetName: 'Bo' }, archivedChanged: true });
    const rewrite = todoEntry({ person: { id: 'p-11111111' } as never, existing: { sheetName: 'Cy' }, archivedChanged: false });
    expect([make, archive, rewrite]).toEqual(['m:p-12345678', 't:p-87654321', 'p-11111111']);
    expect(parseTodoEntry(make)).toEqual({ personId: 'p-12345678', make: true, archivedChanged: false });
    expect(parseTodoEntry(archive)).toEqual({ personId: 'p-87654321', make: false, archivedChanged: true });
    expect(parseTodoEntry(rewrite)).toEqual({ personId: 'p-11111111', make: false, archivedChanged: false });
  });

  it('fits the 9 KB a property holds for 500 PMs to make, cutting the summary rather than the work', () => {
    const todo = Array.from({ length: 500 }, (_, i) => `m:p-${String(i).padStart(8, '0')}`);
    const progress = { fingerprint: 'f', total: 500, todo, summary: `Workbook refreshed: added ${'Someone Long, '.repeat(600)}.` };
    const json = serializeSetupProgress(progress)!;
    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(PROGRESS_MAX_BYTES);
    const back = parseSetupProgress(json)!;
    expect(back.todo).toEqual(todo);
    expect(back.summary.endsWith('…')).toBe(true);
    expect(progress.summary.startsWith(back.summary.slice(0, -1))).toBe(true);
  });

  it('counts bytes, not characters: names with accents and arrows are cut to fit too', () => {
    const todo = Array.from({ length: 400 }, (_, i) => `p-${String(i).padStart(8, '0')}`);
    const summary = `Workbook refreshed: renamed ${'Zoë Ødegård → Zoë Ødegård-Ñúñez, '.repeat(200)}.`;
    const json = serializeSetupProgress({ fingerprint: 'f', total: 400, todo, summary })!;
    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(PROGRESS_MAX_BYTES);
    expect(Buffer.byteLength(json)).toBeGreaterThan(PROGRESS_MAX_BYTES - 10);
    expect(parseSetupProgress(json)!.todo).toEqual(todo);
  });

  it('records nothing when even the list of sheets left would not fit', () => {
    const todo = Array.from({ length: 2000 }, (_, i) => `m:p-${String(i).padStart(8, '0')}`);
    expect(serializeSetupProgress({ fingerprint: 'f', total: 2000, todo, summary: '' })).toBeNull();
  });

  it('reads a damaged or missing record as none', () => {
    expect(parseSetupProgress(null)).toBeNull();
    expect(parseSetupProgress('{not json')).toBeNull();
    expect(parseSetupProgress('{"fingerprint":"f"}')).toBeNull();
  });
});

describe('the time budget', () => {
  it('has time until the budget is spent on the clock it is given', () => {
    let now = 1_000;
    const budget = timeBudget(() => now, 20_000);
    expect(budget.hasTime()).toBe(true);
    now += 19_999;
    expect(budget.hasTime()).toBe(true);
    now += 1;
    expect(budget.hasTime()).toBe(false);
  });
});

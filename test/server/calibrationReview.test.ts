import { LAYOUT_VERSION } from '../../src/core/workbook/layoutVersion';
import type { CalibrationResult, SetupResult } from '../../src/core/api';
import { findBuiltinLadder } from '../../dev/builtinLadders';
import type { Rating } from '../../src/core/ratingScale';
import { loadAddon } from './workbookSupport';

/**
 * The cases a calibration meeting rejected under the counting roll-up, through dist/Code.js:
 * each PM is rated area by area (every sub-skill of an area the same, unless given per sub-skill).
 */
const ladder = findBuiltinLadder('intercom-pm-2021')!;
const NII: Rating = 'Needs Immediate Improvement';
const SPN: Rating = 'Stronger Performance Needed';
const SM: Rating = 'Successfully Meets';
const EX: Rating = 'Exceeds';
const EXC: Rating = 'Exceptional';
const [INSIGHT, STRATEGY, EXECUTION, OUTCOMES, LEADERSHIP] = ladder.areas.map((a) => a.id) as [string, string, string, string, string];

interface Member {
  name: string;
  level: string;
  /** Area id -> the manager rating of each sub-skill, one rating for all or one per sub-skill. */
  manager: Record<string, Rating | Rating[]>;
  peer?: Record<string, Rating>;
}

const everyArea = (r: Rating) => Object.fromEntries(ladder.areas.map((a) => [a.id, r]));

const TEAM: Member[] = [
  { name: 'Three Exceeds', level: 'pm', manager: { ...everyArea(SM), [INSIGHT]: EX, [STRATEGY]: EX, [EXECUTION]: EX } },
  { name: 'Three Short', level: 'pm', manager: { ...everyArea(SM), [INSIGHT]: SPN, [STRATEGY]: SPN, [EXECUTION]: SPN } },
  { name: 'Results At A Cost', level: 'senior-pm', manager: { ...everyArea(EXC), [LEADERSHIP]: NII } },
  { name: 'Hidden Low', level: 'pm', manager: { ...everyArea(SM), [EXECUTION]: NII } },
  { name: 'Polarised', level: 'pm', manager: { ...everyArea(SM), [LEADERSHIP]: [NII, NII, NII, EXC, EXC, EXC] } },
  { name: 'Top Of Ladder', level: 'principal-pm', manager: everyArea(EX) },
  { name: 'Peer Apart', level: 'pm', manager: everyArea(SM), peer: { [OUTCOMES]: EXC } },
];

function setUp() {
  const addon = loadAddon();
  const { people } = addon.run<SetupResult>('setupCalibration', {
    ladderId: ladder.id,
    cycle: 'H2 2026',
    team: TEAM.map((m) => ({ name: m.name, level: m.level })),
  });
  TEAM.forEach((m, i) => {
    const ratings = ladder.areas.flatMap((area) =>
      area.subskills.flatMap((s, j) => {
        const given = m.manager[area.id]!;
        const manager = typeof given === 'string' ? given : given[j]!;
        const peer = m.peer?.[area.id];
        return [
          { subskillId: s.id, source: 'manager' as const, rating: manager },
          ...(peer ? [{ subskillId: s.id, source: 'peer' as const, rating: peer }] : []),
        ];
      }),
    );
    addon.run('saveRatings', { personId: people[i]!.id, ratings });
  });
  return { addon, people };
}

describe('the review cases through dist/Code.js', () => {
  const { addon } = setUp();
  const result = addon.run<CalibrationResult>('refreshCalibration');
  const person = (name: string) => result.people.find((p) => p.name === name)!;
  const flags = (name: string) => person(name).flags.join('\n');

  it('three areas at Exceeds with none at Exceptional are Exceeds', () => {
    expect(person('Three Exceeds').computedOverall).toBe(EX);
  });

  it('three areas at Stronger Performance Needed with none at Needs Immediate Improvement are Stronger Performance Needed', () => {
    expect(person('Three Short').computedOverall).toBe(SPN);
  });

  it('Exceptional results with Leadership at Needs Immediate Improvement: not Exceptional, and flagged', () => {
    expect(person('Results At A Cost').computedOverall).toBe(SPN);
    expect(flags('Results At A Cost')).toMatch(/Area at Needs Immediate Improvement: Leadership Behaviours/);
    expect(flags('Results At A Cost')).toMatch(/Behaviours 4 steps below results/);
    expect(flags('Results At A Cost')).toMatch(/tell different stories/);
  });

  it('an area at Needs Immediate Improvement is not hidden behind Successfully Meets', () => {
    expect(person('Hidden Low').computedOverall).toBe(SPN);
    expect(flags('Hidden Low')).toMatch(/Area at Needs Immediate Improvement: Execution/);
  });

  it('a polarised area is flagged although its median is Successfully Meets', () => {
    expect(person('Polarised').areas[LEADERSHIP]).toBe(SM);
    expect(flags('Polarised')).toMatch(/Polarised: .*Leadership Behaviours \(3 at Needs Immediate Improvement, 3 at Exceptional\)/);
  });

  it('Exceeds at the top level is flagged', () => {
    expect(person('Top Of Ladder').computedOverall).toBe(EX);
    expect(flags('Top Of Ladder')).toMatch(/Principal PM, the ladder's top level/);
    expect(flags('Three Exceeds')).not.toMatch(/top level/);
  });

  it('peer and manager two or more steps apart are flagged per sub-skill; peers do not count by default', () => {
    const outcomes = ladder.areas.find((a) => a.id === OUTCOMES)!;
    expect(flags('Peer Apart')).toMatch(new RegExp(`Peer and manager ratings 2\\+ steps apart on ${outcomes.subskills.length} sub-skills`));
    expect(person('Peer Apart').areas[OUTCOMES]).toBe(SM);
  });

  it('the sheet states the rule, quoting the ladder', () => {
    const note = String(addon.workspace.spreadsheet.notes('Calibration!C3')[0]?.[0]);
    expect(note).toMatch(/^Counted: manager ratings only/);
    expect(note).toContain('Overall rule.');
    expect(note).toContain('"If you are consistently meeting the expectations of each skill area');
    expect(note).toContain("the add-on's choice");
  });
});

describe('which ratings count: a workbook setting', () => {
  it('manager only by default; manager and peer once set, kept through a workbook refresh, stated on the sheet', () => {
    const { addon } = setUp();
    const before = addon.run<CalibrationResult>('refreshCalibration').people.find((p) => p.name === 'Peer Apart')!;
    expect(before.areas[OUTCOMES]).toBe(SM);
    const { result, calls } = addon.workspace.log.measure(() => addon.run('setCalibrationSources', { sources: 'manager-and-peer' }));
    expect(result).toEqual({ sources: 'manager-and-peer' });
    expect(calls).toBeLessThanOrEqual(12);
    addon.run('refreshWorkbook');
    const after = addon.run<CalibrationResult>('refreshCalibration').people.find((p) => p.name === 'Peer Apart')!;
    // Two sub-skills, each manager Meets and peer Exceptional: the median of Meets, Meets, Exceptional, Exceptional is Exceeds.
    expect(after.areas[OUTCOMES]).toBe(EX);
    expect(String(addon.workspace.spreadsheet.notes('Calibration!C3')[0]?.[0])).toMatch(/^Counted: manager and peer ratings/);
    addon.run('setCalibrationSources', { sources: 'manager' });
    expect(addon.run<CalibrationResult>('refreshCalibration').people.find((p) => p.name === 'Peer Apart')!.areas[OUTCOMES]).toBe(SM);
  });

  it('refuses a setting that is not one of the two', () => {
    const { addon } = setUp();
    expect(() => addon.run('setCalibrationSources', { sources: 'everyone' })).toThrow(/counted ratings cannot be set/);
  });
});

describe('the meeting columns, gaps and readiness through dist/Code.js', () => {
  const CAL = 'Calibration';
  // intercom-pm-2021 has 5 areas: A id, B–J fixed columns, K–O areas, P Flags, Q Discuss, R Meeting notes; header row 18.
  const [DISCUSS, NOTES] = ['Q', 'R'];
  const rowOfName = (addon: ReturnType<typeof setUp>['addon'], name: string) =>
    19 + addon.workspace.spreadsheet.values(`${CAL}!B19:B40`).findIndex((r) => r[0] === name);
  const setCell = (addon: ReturnType<typeof setUp>['addon'], a1: string, value: string) =>
    addon.workspace.spreadsheet.api.getRange(`${CAL}!${a1}`).setValue(value);

  it('keeps Discuss and Meeting notes across refresh, by person, and returns them', () => {
    const { addon } = setUp();
    addon.run('refreshCalibration');
    expect(addon.workspace.spreadsheet.values(`${CAL}!P18:R18`)[0]).toEqual(['Flags', 'Discuss', 'Meeting notes']);
    const row = rowOfName(addon, 'Hidden Low');
    setCell(addon, `${DISCUSS}${row}`, 'x');
    setCell(addon, `${NOTES}${row}`, 'Talk through the Execution evidence');
    const result = addon.run<CalibrationResult>('refreshCalibration');
    const p = result.people.find((x) => x.name === 'Hidden Low')!;
    expect(p).toMatchObject({ discuss: true, notes: 'Talk through the Execution evidence' });
    expect(result.people.find((x) => x.name === 'Three Short')).toMatchObject({ discuss: false, notes: '' });
    const again = rowOfName(addon, 'Hidden Low');
    expect(addon.workspace.spreadsheet.values(`${CAL}!${DISCUSS}${again}:${NOTES}${again}`)[0]).toEqual([
      'Yes',
      'Talk through the Execution evidence',
    ]);
  });

  it('upgrades a layout-2 Calibration sheet on refresh, keeping overrides and reasons', () => {
    const { addon } = setUp();
    addon.run('refreshCalibration');
    const row = rowOfName(addon, 'Three Exceeds');
    setCell(addon, `F${row}`, 'Exceptional');
    setCell(addon, `G${row}`, 'Carried the launch');
    // The sheet as layout 2 left it: no rule row, no meeting columns, A1 records version 2.
    for (const a1 of ['A1', 'C3', `${DISCUSS}18`, `${NOTES}18`]) setCell(addon, a1, a1 === 'A1' ? 'layout:2' : '');
    const result = addon.run<CalibrationResult>('refreshCalibration');
    expect(addon.workspace.spreadsheet.values(`${CAL}!A1`)[0]?.[0]).toBe(`layout:${LAYOUT_VERSION}`);
    expect(String(addon.workspace.spreadsheet.notes(`${CAL}!C3`)[0]?.[0])).toMatch(/Overall rule\./);
    expect(addon.workspace.spreadsheet.values(`${CAL}!P18:R18`)[0]).toEqual(['Flags', 'Discuss', 'Meeting notes']);
    expect(result.people.find((x) => x.name === 'Three Exceeds')).toMatchObject({
      override: EXC,
      overrideReason: 'Carried the launch',
      overall: EXC,
    });
  });

  it('gives gaps in steps and readiness for the next level at every level, none at the top', () => {
    const { addon } = setUp();
    const result = addon.run<CalibrationResult>('refreshCalibration');
    const p = (name: string) => result.people.find((x) => x.name === name)!;
    const subskills = ladder.areas.reduce((n, a) => n + a.subskills.length, 0);
    const outcomes = ladder.areas.find((a) => a.id === OUTCOMES)!.subskills.length;
    // Peer Exceptional against manager Meets on the Driving Outcomes sub-skills only: 2 steps each.
    expect(p('Peer Apart').gaps).toEqual({ selfVsManager: null, peerVsManager: 2 });
    expect(p('Peer Apart').readiness).toMatchObject({
      level: 'senior-pm',
      indicator: 'Not yet',
      metBySubskills: 0,
      ofSubskills: subskills,
    });
    expect(p('Results At A Cost').readiness).toMatchObject({ level: 'staff-pm', indicator: 'Close' });
    expect(p('Top Of Ladder').readiness).toMatchObject({ level: null, indicator: null, metBySubskills: subskills, ofSubskills: subskills });
    expect(outcomes).toBeGreaterThan(0);
    // The same on the sheet: per PM in S–U, and the team views at K4, at no extra service call.
    const row = rowOfName(addon, 'Peer Apart');
    expect(addon.workspace.spreadsheet.values(`${CAL}!S${row}:U${row}`)[0]).toEqual([
      '',
      2,
      `Not yet for Senior PM: 0 of ${subskills} sub-skills at the bar (${ladder.areas.map((a) => `${a.name} 0 of ${a.subskills.length}`).join(', ')})`,
    ]);
    expect(addon.workspace.spreadsheet.values(`${CAL}!K4`)[0]?.[0]).toBe('Overall by level');
    expect(addon.workspace.spreadsheet.values(`${CAL}!K5:K10`).map((r) => r[0])).toEqual([...ladder.levels.map((l) => l.name), 'Total']);
  });
});

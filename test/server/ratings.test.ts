import type { RatingForm, SaveRatingsResult, SetupResult } from '../../src/core/api';
import { COLUMN, cell, loadAddon, ref, rowOf, setUp, typeInto } from './workbookSupport';
import { refusal } from '../support/bundle';

function setUpAnn(addon: ReturnType<typeof loadAddon>): { id: string; sheet: string } {
  const result = addon.run<SetupResult>('setupCalibration', {
    ladderId: 'intercom-pm-2021',
    cycle: 'H2 2026',
    team: [
      { name: 'Ann Lee', email: 'ann@example.com', level: 'PM' },
      { name: 'Bo', level: 'Principal PM' },
    ],
  });
  return { id: result.people[0]!.id, sheet: result.sheets[2]! };
}

/** Every sub-skill rated by the manager, with evidence: the whole form as the sidebar sends it. */
function fullForm(form: RatingForm, rating: string, evidence: string) {
  return {
    personId: form.person.id,
    version: form.version,
    ratings: form.items.map((i) => ({ subskillId: i.subskillId, source: 'manager' as const, rating, evidence: `${evidence} ${i.name}` })),
  };
}

describe('getRatingForm', () => {
  it('gives per sub-skill what is expected at the PM’s level and the next, the ratings and the evidence', () => {
    const addon = loadAddon();
    const { id, sheet } = setUpAnn(addon);
    typeInto(addon, ref(sheet, `${COLUMN.self}${rowOf(addon, sheet, 'subskill:customer-focus')}`), 'Exceeds');
    typeInto(addon, ref(sheet, `${COLUMN.evidence}${rowOf(addon, sheet, 'subskill:customer-focus')}`), 'Interviews');
    const { result: form, calls } = addon.workspace.log.measure(() => addon.run<RatingForm>('getRatingForm', id));
    expect(calls).toBeLessThanOrEqual(10);
    expect(form.person).toMatchObject({ id, name: 'Ann Lee', level: 'pm', levelName: 'PM', nextLevelName: 'Senior PM' });
    expect(form.ladder).toEqual({ id: 'intercom-pm-2021', title: 'Product Manager expectations by level' });
    expect(form.scale).toEqual([
      'Needs Immediate Improvement',
      'Stronger Performance Needed',
      'Successfully Meets',
      'Exceeds',
      'Exceptional',
      'Not applicable',
    ]);
    expect(form.items).toHaveLength(19);
    const item = form.items[0]!;
    expect(item).toMatchObject({
      subskillId: 'customer-focus',
      area: 'Insight Driven',
      ratings: { self: 'Exceeds', peer: null, manager: null },
      evidence: 'Interviews',
    });
    // Cumulative ladder: the PM level includes the Associate PM texts, labelled; the next level adds Senior PM.
    expect(item.current).toContain('Autonomy: [Associate PM] Can gain some understanding');
    expect(item.current).toContain('[PM] Partners effectively with Research');
    expect(item.next).toContain(
      'Scope: [Associate PM] Talks to a range of customers using their product area. [Senior PM] Proactively defines',
    );
  });

  it('shows a value typed into the sheet that is not on the scale with its cell, not as "not rated"', () => {
    const addon = loadAddon();
    const { id, sheet } = setUpAnn(addon);
    const row = rowOf(addon, sheet, 'subskill:customer-focus');
    typeInto(addon, ref(sheet, `${COLUMN.manager}${row}`), 'great');
    typeInto(addon, ref(sheet, `${COLUMN.self}${row}`), 'Exceeds');
    const item = addon.run<RatingForm>('getRatingForm', id).items.find((i) => i.subskillId === 'customer-focus')!;
    expect(item.ratings).toEqual({ self: 'Exceeds', peer: null, manager: null });
    expect(item.unreadable).toEqual([
      { source: 'manager', cell: `${COLUMN.manager}${row}`, value: 'great', message: expect.stringContaining('not on the rating scale') },
    ]);
    expect(addon.run<RatingForm>('getRatingForm', id).items.filter((i) => i.unreadable.length > 0)).toHaveLength(1);
  });

  it('has nothing next for a PM at the top of the ladder', () => {
    const addon = loadAddon();
    const result = setUp(addon, [{ name: 'Bo', level: 'Principal PM' }]);
    const form = addon.run<RatingForm>('getRatingForm', result.people[0]!.id);
    expect(form.person.nextLevelName).toBeNull();
    expect(form.items.every((i) => i.next === '')).toBe(true);
  });

  it('refuses an unknown person', () => {
    const addon = loadAddon();
    setUpAnn(addon);
    expect(refusal(() => addon.run('getRatingForm', 'p-nobody'))).toEqual({
      code: 'UNKNOWN_PERSON',
      message: expect.stringMatching(/no PM with the id “p-nobody”/),
    });
    expect(refusal(() => addon.run('getRatingForm', '  '))).toEqual({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/choose a person/),
    });
  });
});

describe('saveRatings', () => {
  it('saves a whole form in a few calls, writes only the cells that change, logs each, and returns the new version', () => {
    const addon = loadAddon();
    const { id, sheet } = setUpAnn(addon);
    // The first save of a workbook makes its Change log sheet; later ones append to it.
    addon.run('saveRatings', { personId: id, ratings: [{ subskillId: 'ownership', source: 'self', rating: 'Exceeds' }] });
    const form = addon.run<RatingForm>('getRatingForm', id);
    const { result, calls } = addon.workspace.log.measure(() =>
      addon.run<SaveRatingsResult>('saveRatings', fullForm(form, 'Successfully Meets', 'Shipped')),
    );
    // 12 to save, 2 to ask Google who saved, 4 to log: the same for one rating or a whole form.
    expect(calls).toBeLessThanOrEqual(18);
    expect(result.saved).toBe(38);
    const log = addon.workspace.spreadsheet.values(`'Change log'!A1:K40`);
    expect(log[0]).toEqual(['When', 'By', 'Change', 'Cycle', 'Person id', 'PM', 'Sub-skill', 'Source', 'Old', 'New', 'Note']);
    expect(log.slice(1).filter((r) => r[2] === 'save')).toHaveLength(39);
    expect(log.find((r) => r[6] === 'Analytics focus' && r[7] === 'manager')?.slice(8, 10)).toEqual(['', 'Successfully Meets']);
    const row = rowOf(addon, sheet, 'subskill:analytics-focus');
    expect(addon.workspace.spreadsheet.values(ref(sheet, `${COLUMN.self}${row}:${COLUMN.evidence}${row}`))[0]).toEqual([
      '',
      '',
      'Successfully Meets',
      'Shipped Analytics focus',
    ]);
    const after = addon.run<RatingForm>('getRatingForm', id);
    expect(after.version).toBe(result.version);
    expect(after.items.every((i) => i.ratings.manager === 'Successfully Meets')).toBe(true);

    // The same form again changes nothing; one changed rating is one cell.
    expect(addon.run<SaveRatingsResult>('saveRatings', fullForm(after, 'Successfully Meets', 'Shipped')).saved).toBe(0);
    const one = addon.run<SaveRatingsResult>('saveRatings', {
      personId: id,
      version: after.version,
      ratings: [{ subskillId: 'analytics-focus', source: 'peer', rating: 'Exceeds' }],
    });
    expect(one.saved).toBe(1);
    expect(cell(addon, ref(sheet, `${COLUMN.peer}${row}`))).toBe('Exceeds');
  });

  it('refuses a save made from a stale form, naming the conflict, and writes nothing', () => {
    const addon = loadAddon();
    const { id, sheet } = setUpAnn(addon);
    const form = addon.run<RatingForm>('getRatingForm', id);
    // Someone else rates Ann after the form was loaded (in the sheet, or from another sidebar).
    typeInto(addon, ref(sheet, `${COLUMN.manager}${rowOf(addon, sheet, 'subskill:ownership')}`), 'Exceptional');
    const before = addon.workspace.snapshot();
    expect(refusal(() => addon.run('saveRatings', fullForm(form, 'Exceeds', 'x'))).code).toBe('CONFLICT');
    expect(addon.workspace.snapshot()).toEqual(before);
    expect(addon.workspace.locks.holder('document')).toBeNull();
  });

  it('validates everything first: unknown person or sub-skill, a rating off the scale, evidence over the cell limit', () => {
    const addon = loadAddon();
    const { id } = setUpAnn(addon);
    const before = addon.workspace.snapshot();
    const save = (ratings: unknown[], personId = id) => refusal(() => addon.run('saveRatings', { personId, ratings }));
    expect(save([{ subskillId: 'customer-focus', source: 'manager', rating: 'Great' }])).toEqual({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(
        /The ratings were not saved: “Great” is not on the rating scale: choose one of Needs Immediate Improvement, .*Exceptional, Not applicable, or null for no rating \(sub-skill “Customer focus”, rating\)\./,
      ),
    });
    expect(save([{ subskillId: 'customer-focus', source: 'boss', rating: 'Exceeds' }])).toEqual({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/“boss” is not one of self, peer, manager \(sub-skill “Customer focus”, source\)\./),
    });
    expect(save([{ subskillId: 'customer-focus', source: 'manager', rating: 'Exceeds', evidence: 'x'.repeat(50001) }])).toEqual({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/evidence is longer than the 50000 characters a cell can hold/),
    });
    expect(save([{ subskillId: 'juggling', source: 'manager', rating: 'Exceeds' }])).toEqual({
      code: 'SAVE_REFUSED',
      message: expect.stringMatching(/“juggling” is not a sub-skill on Ann Lee’s rating sheet/),
    });
    expect(save([{ subskillId: 'customer-focus', source: 'manager', rating: 'Exceeds' }], 'p-nobody').code).toBe('UNKNOWN_PERSON');
    expect(addon.workspace.snapshot()).toEqual(before);
    expect(addon.workspace.locks.holder('document')).toBeNull();
  });

  it('waits for another execution holding the document lock, then gives up with a clear message', () => {
    const addon = loadAddon();
    const { id } = setUpAnn(addon);
    addon.workspace.locks.hold('document');
    expect(
      refusal(() =>
        addon.run('saveRatings', { personId: id, ratings: [{ subskillId: 'customer-focus', source: 'self', rating: 'Exceeds' }] }),
      ).code,
    ).toBe('BUSY');
    addon.workspace.locks.release('document');
    expect(
      addon.run<SaveRatingsResult>('saveRatings', {
        personId: id,
        ratings: [{ subskillId: 'customer-focus', source: 'self', rating: 'Exceeds' }],
      }).saved,
    ).toBe(1);
  });
});

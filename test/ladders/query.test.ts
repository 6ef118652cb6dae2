import { findBuiltinLadder } from '../../dev/builtinLadders';
import {
  expectedAtLevel,
  expectationRows,
  findLevel,
  findSubskill,
  levelsBetween,
  newAtLevel,
  nextLevel,
} from '../../src/core/ladder/query';
import type { Ladder } from '../../src/core/ladder/schema';

function ladder(id: string): Ladder {
  const found = findBuiltinLadder(id);
  if (!found) throw new Error(`no built-in ladder ${id}`);
  return found;
}

const intercom = ladder('intercom-pm-2021');
const webflow = ladder('webflow-pm');

describe('ladder queries', () => {
  it('finds a level by id, by name or by title, ignoring case and spacing', () => {
    expect(findLevel(intercom, 'senior-pm')?.id).toBe('senior-pm');
    expect(findLevel(intercom, '  senior   pm ')?.id).toBe('senior-pm');
    expect(findLevel(webflow, 'Lead Product Manager')?.id).toBe('pm4');
    expect(findLevel(webflow, 'Sr PM')).toBeUndefined();
  });

  it('gives the next level, and null at the top', () => {
    expect(nextLevel(intercom, 'pm')?.name).toBe('Senior PM');
    expect(nextLevel(intercom, 'principal-pm')).toBeNull();
    expect(() => nextLevel(intercom, 'cto')).toThrow('"cto" is not a level of the ladder');
  });

  it('gives the levels between two levels, the first excluded and the last included', () => {
    expect(levelsBetween(intercom, 'apm', 'staff-pm').map((l) => l.id)).toEqual(['pm', 'senior-pm', 'staff-pm']);
    expect(levelsBetween(intercom, 'staff-pm', 'pm')).toEqual([]);
  });

  it("lists a sub-skill's rows: one per dimension it has, in the ladder's order", () => {
    const customerFocus = findSubskill(intercom, 'customer-focus')!.subskill;
    expect(expectationRows(intercom, customerFocus).map((r) => r.dimension?.id)).toEqual(['scope', 'autonomy', 'impact']);
    const coreValues = findSubskill(intercom, 'core-values')!.subskill;
    expect(expectationRows(intercom, coreValues).map((r) => r.dimension?.id)).toEqual(['impact']);
    expect(expectationRows(webflow, findSubskill(webflow, 'execution')!.subskill)).toHaveLength(1);
  });

  it('on a cumulative ladder, "new at this level" is the level\'s own column and may be empty', () => {
    const scopeAtPm = newAtLevel(intercom, 'customer-focus', 'pm').find((d) => d.dimension?.id === 'scope')!;
    expect(scopeAtPm.parts).toEqual([]);
  });

  it('on a cumulative ladder, "expected at this level" is every column up to it, lowest first', () => {
    const scope = expectedAtLevel(intercom, 'customer-focus', 'senior-pm').find((d) => d.dimension?.id === 'scope')!;
    expect(scope.parts.map((p) => [p.level.id, p.text])).toEqual([
      ['apm', 'Talks to a range of customers using their product area.'],
      [
        'senior-pm',
        'Proactively defines the problems we should be seeking to understand for their product area over the next 6-12 months.',
      ],
    ]);
  });

  it('on a ladder that is not cumulative, "expected at this level" is that level\'s cell alone', () => {
    const [row] = expectedAtLevel(webflow, 'scope-of-responsibility', 'pm2');
    expect(row!.parts).toHaveLength(1);
    expect(row!.parts[0]!.text.startsWith('Responsible for the ongoing success of a team or subteam.')).toBe(true);
  });

  it('refuses a sub-skill the ladder does not have', () => {
    expect(() => expectedAtLevel(webflow, 'customer-focus', 'pm1')).toThrow('"customer-focus" is not a sub-skill of the ladder');
  });
});

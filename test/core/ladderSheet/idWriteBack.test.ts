import { ladderFromSheetValues } from '../../../src/core/ladderSheet/ladderFromSheet';
import { idWriteBackPlan, type IdWriteBackPlan } from '../../../src/core/ladderSheet/idWriteBack';
import { ladderToSheetValues } from '../../../src/core/ladderSheet/ladderToSheet';
import { findBuiltinLadder } from '../../../dev/builtinLadders';
import type { Ladder } from '../../../src/core/ladder/schema';

/** Applies a plan to a grid the way the shell applies it to a sheet: insert rows, then write blocks. */
function apply(grid: string[][], plan: IdWriteBackPlan): string[][] {
  const out = grid.map((r) => [...r]);
  if (plan.insertRows) out.splice(plan.insertRows.before, 0, ...Array.from({ length: plan.insertRows.count }, () => [] as string[]));
  for (const w of plan.writes) {
    w.values.forEach((line, i) => {
      const row = (out[w.row + i] ??= []);
      line.forEach((v, j) => {
        while (row.length < w.col + j) row.push('');
        row[w.col + j] = v;
      });
    });
  }
  return out;
}

function read(values: string[][]): { ladder: Ladder; plan: IdWriteBackPlan | null } {
  const result = ladderFromSheetValues(values);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { ladder: result.ladder, plan: idWriteBackPlan(result.draft, result.ladder) };
}

const pasted = (): string[][] => [
  ['Title', 'Acme PM ladder'],
  ['Cumulative', 'no'],
  ['Skill area', 'Axis', 'Sub-skill', 'Description', 'PM', 'Senior PM'],
  ['Strategy', 'results', '', 'Where the product goes'],
  ['', '', 'Vision', 'Sees far', 'Knows the vision', 'Writes the vision'],
  ['', '', 'Roadmap', '', 'Follows the roadmap', 'Owns the roadmap'],
  ['Leadership', 'behaviours', 'Communication', '', 'Clear updates', 'Sets the tone'],
];

describe('ids made from names are written back into the sheet', () => {
  it('adds the rows and columns a pasted ladder lacks, and reading again gives the same ladder with nothing left to write', () => {
    const first = read(pasted());
    expect(first.plan?.filled).toBe(1 + 2 + 2 + 3);
    expect(first.plan?.insertRows).toEqual({ before: 2, count: 2 });
    expect(first.plan?.newColumns).toEqual({ first: 6, count: 2 });
    const written = apply(pasted(), first.plan as IdWriteBackPlan);
    expect(written.slice(2, 5)).toEqual([
      ['Ladder id', 'acme-pm-ladder', '', '', '', ''],
      ['Level id', '', '', '', 'pm', 'senior-pm'],
      ['Skill area', 'Axis', 'Sub-skill', 'Description', 'PM', 'Senior PM', 'Area id', 'Sub-skill id'],
    ]);
    expect(written.slice(5).map((r) => r.slice(6))).toEqual([
      ['strategy', ''],
      ['', 'vision'],
      ['', 'roadmap'],
      ['leadership', 'communication'],
    ]);
    const second = read(written);
    expect(second.ladder).toEqual(first.ladder);
    expect(second.plan).toBeNull();
  });

  it('so renaming and moving a sub-skill, a level and the title afterwards keeps every id', () => {
    const written = apply(pasted(), read(pasted()).plan as IdWriteBackPlan);
    const before = read(written).ladder;
    const edited = written.map((r) => [...r]);
    edited[0]![1] = 'Acme product ladder';
    edited[4]![4] = 'Product Manager';
    // Move "Roadmap" above "Vision" and rename it.
    const roadmap = edited[7] as string[];
    edited.splice(7, 1);
    edited.splice(6, 0, [...roadmap.slice(0, 2), 'Road mapping', ...roadmap.slice(3)]);
    const after = read(edited);
    expect(after.plan).toBeNull();
    expect(after.ladder.id).toBe(before.id);
    expect(after.ladder.levels.map((l) => [l.id, l.name])).toEqual([
      ['pm', 'Product Manager'],
      ['senior-pm', 'Senior PM'],
    ]);
    expect(after.ladder.areas[0]?.subskills.map((s) => [s.id, s.name])).toEqual([
      ['roadmap', 'Road mapping'],
      ['vision', 'Vision'],
    ]);
  });

  it('fills only the blank id cells where the sheet has places for them', () => {
    const values = [
      ['Title', 'T'],
      ['Ladder id', ''],
      ['Cumulative', 'no'],
      ['Level id', '', '', 'pm', ''],
      ['Skill area', 'Axis', 'Sub-skill', 'PM', 'Senior PM', 'Area id', 'Sub-skill id'],
      ['Strategy', 'results', '', '', '', 'strat', ''],
      ['', '', 'Vision', 'a', 'b', '', 'vision-1'],
      ['', '', 'Roadmap', 'c', 'd', '', ''],
    ];
    const { plan } = read(values);
    expect(plan).toMatchObject({ insertRows: null, newColumns: null, filled: 3 });
    expect(plan?.writes).toEqual([
      { row: 1, col: 1, values: [['t']] },
      { row: 3, col: 3, values: [['pm', 'senior-pm']] },
      { row: 5, col: 5, values: [['strat'], [''], ['']] },
      { row: 5, col: 6, values: [[''], ['vision-1'], ['roadmap']] },
    ]);
  });

  it('has nothing to write for an exported ladder', () => {
    expect(read(ladderToSheetValues(findBuiltinLadder('intercom-pm-2021') as Ladder).values).plan).toBeNull();
  });
});

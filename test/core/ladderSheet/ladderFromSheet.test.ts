import { ladderFromSheetValues } from '../../../src/core/ladderSheet/ladderFromSheet';
import { findBuiltinLadder } from '../../../dev/builtinLadders';
import { ladderToSheetValues } from '../../../src/core/ladderSheet/ladderToSheet';
import type { Ladder } from '../../../src/core/ladder/schema';

/** A small ladder as a manager would type it: ids left blank, one row per area then its sub-skills. */
function handWritten(): string[][] {
  return [
    ['Title', 'Acme PM ladder'],
    ['Cumulative', 'no'],
    [],
    ['Skill area', 'Axis', 'Sub-skill', 'Description', 'PM', 'Senior PM'],
    ['Strategy', 'results', '', 'Where the product goes'],
    ['', '', 'Vision', 'Sees far', 'Knows the vision', 'Writes the vision'],
    ['', '', 'Roadmap', '', 'Follows the roadmap', 'Owns the roadmap'],
    ['Leadership', 'behaviours'],
    ['', '', 'Communication', '', 'Clear updates', 'Sets the tone'],
  ];
}

function ok(values: unknown[][], options = {}): Ladder {
  const result = ladderFromSheetValues(values, options);
  if (!result.ok) throw new Error(`expected a ladder, got ${JSON.stringify(result.problems, null, 2)}`);
  return result.ladder;
}

function problems(values: unknown[][], options = {}): Array<{ cell: string; message: string }> {
  const result = ladderFromSheetValues(values, options);
  if (result.ok) throw new Error('expected problems, got a ladder');
  return result.problems;
}

describe('a ladder written by hand', () => {
  it('becomes a ladder with ids made from the names and defaults for what was left out', () => {
    const ladder = ok(handWritten(), { sheetName: 'My ladder' });
    expect(ladder).toMatchObject({
      id: 'acme-pm-ladder',
      title: 'Acme PM ladder',
      organization: 'Own ladder',
      source: 'Ladder sheet "My ladder"',
      notes: [],
      cumulative: false,
      levels: [
        { id: 'pm', name: 'PM' },
        { id: 'senior-pm', name: 'Senior PM' },
      ],
    });
    expect(ladder.dimensions).toBeUndefined();
    expect(ladder.areas.map((a) => [a.id, a.axis, a.description, a.subskills.map((s) => s.id)])).toEqual([
      ['strategy', 'results', 'Where the product goes', ['vision', 'roadmap']],
      ['leadership', 'behaviours', '', ['communication']],
    ]);
    expect(ladder.areas[0]?.subskills[0]).toEqual({
      id: 'vision',
      name: 'Vision',
      description: 'Sees far',
      expectations: { pm: 'Knows the vision', 'senior-pm': 'Writes the vision' },
    });
  });

  it('takes values as Sheets reads them: trimmed, Windows line ends, a checkbox for Cumulative, numbers as text', () => {
    const values = handWritten();
    values[1] = ['Cumulative', true as unknown as string];
    values[5] = ['', '', '  Vision ', '', 'Line one\r\nLine two', 2026 as unknown as string];
    const ladder = ok(values);
    expect(ladder.cumulative).toBe(true);
    expect(ladder.areas[0]?.subskills[0]?.name).toBe('Vision');
    expect(ladder.areas[0]?.subskills[0]?.expectations).toEqual({ pm: 'Line one\nLine two', 'senior-pm': '2026' });
  });

  it('accepts an area and its first sub-skill on one row, columns in any order, labels in any case', () => {
    const ladder = ok([
      ['title:', 'Flat ladder'],
      ['CUMULATIVE', 'Yes'],
      ['PM', 'Sub skill', 'Skill Area', 'Senior PM', 'axis'],
      ['Knows it', 'Vision', 'Strategy', 'Writes it', 'Results'],
      ['Follows it', 'Roadmap', 'Strategy', 'Owns it', ''],
    ]);
    expect(ladder.levels.map((l) => l.name)).toEqual(['PM', 'Senior PM']);
    expect(ladder.areas).toHaveLength(1);
    expect(ladder.areas[0]?.subskills.map((s) => s.name)).toEqual(['Vision', 'Roadmap']);
    expect(ladder.cumulative).toBe(true);
  });

  it('reads dimensions from the Dimension column, the sub-skill named once or on every row', () => {
    const base = [
      ['Title', 'Dimensions'],
      ['Cumulative', 'yes'],
      ['Skill area', 'Axis', 'Sub-skill', 'Dimension', 'PM', 'Senior PM'],
      ['Execution', 'results'],
    ];
    const once = ok([
      ...base,
      ['', '', 'Shipping', 'Scope', 'a', ''],
      ['', '', '', 'Impact', '', 'b'],
      ['', '', 'Quality', 'Impact', 'c', 'd'],
    ]);
    const repeated = ok([
      ...base,
      ['', '', 'Shipping', 'Scope', 'a', ''],
      ['', '', 'Shipping', 'Impact', '', 'b'],
      ['', '', 'Quality', 'Impact', 'c', 'd'],
    ]);
    expect(repeated).toEqual(once);
    expect(once.dimensions).toEqual([
      { id: 'scope', name: 'Scope' },
      { id: 'impact', name: 'Impact' },
    ]);
    expect(once.areas[0]?.subskills.map((s) => s.expectations)).toEqual([
      { scope: { pm: 'a', 'senior-pm': '' }, impact: { pm: '', 'senior-pm': 'b' } },
      { impact: { pm: 'c', 'senior-pm': 'd' } },
    ]);
  });

  it('keeps the expectations of a sub-skill in the order of the listed dimensions, whatever the row order', () => {
    const ladder = ok([
      ['Title', 'Dimensions'],
      ['Cumulative', 'yes'],
      ['Dimension', 'Scope', 'What you own'],
      ['Dimension', 'Impact', '', 'reach'],
      ['Skill area', 'Axis', 'Sub-skill', 'Dimension', 'PM'],
      ['Execution', 'results', 'Shipping', 'Impact', 'b'],
      ['', '', '', 'Scope', 'a'],
    ]);
    expect(ladder.dimensions).toEqual([
      { id: 'scope', name: 'Scope', description: 'What you own' },
      { id: 'reach', name: 'Impact' },
    ]);
    expect(Object.keys(ladder.areas[0]?.subskills[0]?.expectations ?? {})).toEqual(['scope', 'reach']);
  });

  it('refuses an id a built-in ladder has, at the cell that gives it', () => {
    const values = handWritten();
    values.splice(1, 0, ['Ladder id', 'webflow-pm']);
    expect(problems(values, { reservedIds: ['webflow-pm'] })).toEqual([
      { cell: 'B2', message: expect.stringContaining('"webflow-pm" is the id of a built-in ladder') },
    ]);
  });
});

describe('every mistake is reported at once, each at its cell', () => {
  const seeded = (): string[][] => [
    ['Title', 'Acme PM ladder'], // 1
    ['Cumulative', 'no'], // 2
    [], // 3
    ['Skill area', 'Axis', 'Sub-skill', 'Description', 'PM', '', 'Senior PM'], // 4: F4 has no level name
    ['', '', 'Orphan', '', 'a', '', 'b'], // 5: a sub-skill with no area
    ['Strategy', 'results', 'Vision', 'Sees far', 'a', '', 'b'], // 6
    ['', '', 'Roadmap', '', 'a', 'stray text', 'b'], // 7: text under the nameless level column
    [], // 8: an empty row in the middle
    ['', '', 'Vision', '', 'a', '', 'b'], // 9: a duplicate sub-skill
    ['Craft', 'behaviours', 'W'.repeat(201), '', 'a', '', 'b'], // 10: a name over the limit
    ['', '', 'Writing', '', 'x'.repeat(50001), '', 'b'], // 11: text over a cell's limit
  ];

  it('finds all of them in one pass', () => {
    expect(problems(seeded()).map((p) => p.cell)).toEqual(['F4', 'A5', 'A8', 'C9', 'C10', 'E11']);
  });

  it('says what is wrong and what to do', () => {
    const byCell = Object.fromEntries(problems(seeded()).map((p) => [p.cell, p.message]));
    expect(byCell.F4).toBe("column F has text (first at F7) but no level name: write the level's name in F4, or empty the column");
    expect(byCell.A5).toBe('the sub-skill "Orphan" has no skill area: write the area\'s name in A5 or on a row above');
    expect(byCell.A8).toBe('row 8 is empty, in the middle of the ladder: delete it (the ladder goes on at row 9)');
    expect(byCell.C9).toBe('duplicate sub-skill "Vision": it is already at C6');
    expect(byCell.C10).toMatch(/^the sub-skill name is 201 characters, over the limit of 200/);
    expect(byCell.E11).toBe('text is 50001 characters; a Google Sheets cell holds at most 50000');
  });

  it('reports nothing once they are fixed', () => {
    const fixed = seeded();
    fixed[3]![5] = 'Staff PM'; // F4
    fixed[4]![0] = 'Discovery'; // A5
    fixed[4]![1] = 'results';
    fixed[8]![2] = 'Vision statement'; // C9
    fixed[9]![2] = 'Writing'; // C10
    fixed[10]![2] = 'Editing';
    fixed[10]![4] = 'Edits well'; // E11
    fixed.splice(7, 1); // row 8
    const ladder = ok(fixed);
    expect(ladder.levels.map((l) => l.id)).toEqual(['pm', 'staff-pm', 'senior-pm']);
    expect(ladder.areas.map((a) => [a.name, a.subskills.map((s) => s.id)])).toEqual([
      ['Discovery', ['orphan']],
      ['Strategy', ['vision', 'roadmap', 'vision-statement']],
      ['Craft', ['writing', 'editing']],
    ]);
  });
});

describe('other mistakes a manager makes', () => {
  it('a sheet with no header row', () => {
    expect(
      problems([
        ['Title', 'x'],
        ['Area', 'Skills'],
      ]),
    ).toEqual([{ cell: 'A1', message: expect.stringContaining('no header row found') }]);
  });

  it('an empty sheet', () => {
    expect(problems([[]])).toEqual([{ cell: 'A1', message: expect.stringContaining('the sheet is empty') }]);
  });

  it('missing title and cumulative rows, a blank title, an unknown setting', () => {
    expect(
      problems([
        ['Skill area', 'Axis', 'Sub-skill', 'PM'],
        ['A', 'results', 'S', 't'],
      ]).map((p) => p.message),
    ).toEqual(['add a row "Title" with the ladder\'s title in column B', 'add a row "Cumulative" with yes or no in column B']);
    const found = problems([
      ['Title', ''],
      ['Cumulative', 'sometimes'],
      ['Colour', 'blue'],
      ['Skill area', 'Axis', 'Sub-skill', 'PM'],
      ['A', 'results', 'S', 't'],
    ]);
    expect(found).toEqual([
      { cell: 'B1', message: "the ladder's title must not be blank" },
      { cell: 'B2', message: expect.stringContaining('"sometimes" is not yes or no') },
      { cell: 'A3', message: expect.stringContaining('"Colour" is not a setting') },
    ]);
  });

  it('an area with no axis, an unknown axis, no Axis column', () => {
    const head = [
      ['Title', 't'],
      ['Cumulative', 'no'],
    ];
    expect(problems([...head, ['Skill area', 'Axis', 'Sub-skill', 'PM'], ['A', '', 'S', 't'], ['B', 'sideways', 'T', 'u']])).toEqual([
      { cell: 'B4', message: 'write the axis of "A": results or behaviours (its 9-box axis)' },
      { cell: 'B5', message: '"sideways" is not an axis: write results or behaviours' },
    ]);
    expect(problems([...head, ['Skill area', 'Sub-skill', 'PM'], ['A', 'S', 't']])).toEqual([
      { cell: 'D3', message: expect.stringContaining('add an "Axis" column') },
    ]);
  });

  it('an area with no sub-skill, a sub-skill with no expectation, expectations on an area row', () => {
    const found = problems([
      ['Title', 't'],
      ['Cumulative', 'no'],
      ['Skill area', 'Axis', 'Sub-skill', 'PM'],
      ['Empty area', 'results'],
      ['Area', 'results', '', 'text on the area row'],
      ['', '', 'Blank sub-skill', ''],
    ]);
    expect(found).toEqual([
      { cell: 'A4', message: 'a skill area needs at least one sub-skill' },
      { cell: 'C5', message: 'this row names the skill area "Area" but no sub-skill: write the sub-skill\'s name in C5' },
      { cell: 'C6', message: 'the sub-skill has no expectation at any level' },
    ]);
  });

  it('duplicate levels, an id that is not a slug, two names giving one id, an id given twice', () => {
    const found = problems([
      ['Title', 't'],
      ['Cumulative', 'no'],
      ['Skill area', 'Axis', 'Sub-skill', 'Sub-skill id', 'PM', 'PM', 'Senior'],
      ['Area', 'results', 'Vision & Strategy', '', 'a', 'b', 'c'],
      ['', '', 'Vision / strategy', '', 'a', 'b', 'c'],
      ['', '', 'Discovery', 'Discovery Work', 'a', 'b', 'c'],
      ['', '', 'Roadmap', 'roadmap', 'a', 'b', 'c'],
      ['', '', 'Road map', 'roadmap', 'a', 'b', 'c'],
    ]);
    expect(found).toEqual([
      { cell: 'F3', message: 'duplicate level "PM": it is already at E3' },
      {
        cell: 'C5',
        message:
          'this sub-skill gets the id "vision-strategy" of "Vision & Strategy" (C4): rename one, or give it an id in the "Sub-skill id" column',
      },
      { cell: 'D6', message: 'an id must be a slug: lower-case letters, digits and single hyphens' },
      { cell: 'D8', message: 'the id "roadmap" is already used at D7' },
    ]);
  });

  it('dimension mistakes: a row without its dimension, an unknown one, one given twice, listed with no column', () => {
    const found = problems([
      ['Title', 't'],
      ['Cumulative', 'yes'],
      ['Dimension', 'Scope'],
      ['Dimension', 'Impact'],
      ['Skill area', 'Axis', 'Sub-skill', 'Dimension', 'PM'],
      ['Area', 'results', 'One', 'Scope', 'a'],
      ['', '', '', 'Reach', 'b'],
      ['', '', '', 'Scope', 'c'],
      ['', '', 'Two', '', 'd'],
    ]);
    expect(found).toEqual([
      { cell: 'D7', message: '"Reach" is not a listed dimension (Scope, Impact)' },
      { cell: 'D8', message: '"One" already has this dimension (D6)' },
      { cell: 'D9', message: "name this row's dimension (Scope, Impact)" },
    ]);
    expect(
      problems([
        ['Title', 't'],
        ['Cumulative', 'yes'],
        ['Dimension', 'Scope'],
        ['Skill area', 'Axis', 'Sub-skill', 'PM'],
        ['A', 'results', 'S', 'a'],
      ]),
    ).toEqual([{ cell: 'A3', message: expect.stringContaining('no "Dimension" column') }]);
  });

  it('notes go below the ladder; a note in the middle is reported', () => {
    const values = [
      ['Title', 't'],
      ['Cumulative', 'no'],
      ['Note', 'above the header is fine'],
      ['Skill area', 'Axis', 'Sub-skill', 'PM'],
      ['A', 'results', 'S', 'a'],
      [],
      ['Note', 'below the ladder'],
      ['Note', 'another'],
    ];
    expect(ok(values).notes).toEqual(['above the header is fine', 'below the ladder', 'another']);
    expect(problems([...values, ['B', 'results', 'T', 'b']]).map((p) => p.cell)).toEqual(['A6', 'A7']);
  });

  it('a level row cell that is not above a level column', () => {
    expect(
      problems([
        ['Title', 't'],
        ['Cumulative', 'no'],
        ['Level id', 'x', '', 'pm'],
        ['Skill area', 'Axis', 'Sub-skill', 'PM'],
        ['A', 'results', 'S', 'a'],
      ]),
    ).toEqual([{ cell: 'B3', message: 'this cell is not above a level column' }]);
  });
});

describe('built-in ladders as sheets', () => {
  it('an edited copy of a built-in ladder must get an id of its own', () => {
    const ladder = findBuiltinLadder('webflow-pm') as Ladder;
    const grid = ladderToSheetValues(ladder);
    expect(problems(grid.values, { reservedIds: ['webflow-pm'] })).toEqual([
      { cell: 'B2', message: expect.stringContaining('give this ladder an id of its own here (for example "webflow-pm-own")') },
    ]);
  });
});

import type * as Layout from '../../../src/core/workbook/layout';
import type * as RatingCells from '../../../src/core/workbook/ratingCells';
import type * as RatingColumns from '../../../src/core/workbook/ratingColumns';
import type * as RatingMerge from '../../../src/core/workbook/ratingMerge';
import type * as RatingSave from '../../../src/core/workbook/ratingSave';
import type * as RatingSheetPlan from '../../../src/core/workbook/ratingSheetPlan';
import type * as RatingSheetRead from '../../../src/core/workbook/ratingSheetRead';
import type * as RatingValidation from '../../../src/core/workbook/ratingValidation';
import { asSheet, rowOfMarker, tinyLadder } from './fixtures';

/**
 * "Add a column to the PM sheets" touches ONE file of the workbook's code: the entry in
 * `RATING_COLUMNS` (src/core/workbook/ratingColumns.ts). The writer, reader, save, refresh
 * (merge and archive) and checks all follow from the list; `LAYOUT_VERSION`
 * (src/core/workbook/layoutVersion.ts) is raised with it, which test/core/workbook/layoutVersion.test.ts
 * asks for, so that refresh brings existing sheets up to date. Two files in all, none of them
 * silent. Showing the column in the sidebar form is a feature of its own (api.ts, ratingForm.ts,
 * the sidebar): see docs/CHANGING.md.
 *
 * Here the list gets a "Notes" text column after Evidence, the modules are loaded afresh over it,
 * and a sheet is written, read back, saved to, refreshed and checked.
 */
const NOTES = { key: 'notes', header: 'Notes', kind: 'text', width: 'evidence' } as const;

interface Modules {
  layout: typeof Layout;
  cells: typeof RatingCells;
  plan: typeof RatingSheetPlan;
  read: typeof RatingSheetRead;
  save: typeof RatingSave;
  merge: typeof RatingMerge;
  validation: typeof RatingValidation;
}

function withColumns(columns: readonly RatingColumns.RatingColumnDefinition[]): Modules {
  let modules: Modules | undefined;
  jest.isolateModules(() => {
    jest.doMock('../../../src/core/workbook/ratingColumns', () => ({ RATING_COLUMNS: columns }));
    modules = {
      layout: jest.requireActual('../../../src/core/workbook/layout'),
      cells: jest.requireActual('../../../src/core/workbook/ratingCells'),
      plan: jest.requireActual('../../../src/core/workbook/ratingSheetPlan'),
      read: jest.requireActual('../../../src/core/workbook/ratingSheetRead'),
      save: jest.requireActual('../../../src/core/workbook/ratingSave'),
      merge: jest.requireActual('../../../src/core/workbook/ratingMerge'),
      validation: jest.requireActual('../../../src/core/workbook/ratingValidation'),
    };
  });
  jest.dontMock('../../../src/core/workbook/ratingColumns');
  return modules!;
}

describe('adding a column to the PM sheets is one entry in RATING_COLUMNS', () => {
  const actual: typeof RatingColumns = jest.requireActual('../../../src/core/workbook/ratingColumns');
  const m = withColumns([...actual.RATING_COLUMNS, NOTES]);
  const ladder = tinyLadder();
  const person = { id: 'p-1', name: 'Ann', level: 'one', sheetName: 'Ann', archived: false };
  const cells = (values: Record<string, string>) => ({ ...m.cells.emptyRatingCells(), ...values }) as RatingCells.RatingCells;

  it('writes the column right of Evidence, with its header, width and no dropdown', () => {
    const columns = m.layout.ratingSheetColumns(ladder) as Layout.RatingSheetColumns & { notes: number };
    // The tiny ladder: id, area, sub-skill, then Self D, Peer E, Manager F, Evidence G, Notes H, then description I and 3 levels J–L.
    expect([columns.self, columns.evidence, columns.notes, columns.last]).toEqual([4, 7, 8, 12]);
    const plan = m.plan.ratingSheetPlan({
      ladder,
      cycle: 'H2',
      person,
      ratings: new Map([['writing', cells({ manager: 'Exceeds', notes: 'Ask about the style guide' })]]),
      archived: [],
    });
    const row = rowOfMarker(plan.values, 'subskill:writing');
    expect(plan.values[1]?.slice(columns.self - 1, columns.notes)).toEqual(['Self', 'Peer', 'Manager', 'Evidence', 'Notes']);
    expect(plan.values[row - 1]?.[columns.notes - 1]).toBe('Ask about the style guide');
    expect(plan.validations[row - 1]?.[columns.notes - 1]).toBeNull();
    expect(plan.validations[row - 1]?.[columns.manager - 1]?.key).toBe('rating-scale');
    expect(plan.columnWidths).toEqual([
      { column: 2, count: 2, width: 150 },
      { column: 4, count: 3, width: 222 },
      { column: 7, count: 6, width: 260 },
    ]);
  });

  it('reads it back by its header, saves it in the same rectangle, keeps it through refresh and checks it', () => {
    const plan = m.plan.ratingSheetPlan({ ladder, cycle: 'H2', person, ratings: new Map(), archived: [] });
    const values = asSheet(plan.values);
    const columns = m.layout.ratingSheetColumns(ladder) as Layout.RatingSheetColumns & { notes: number };
    const row = rowOfMarker(values, 'subskill:writing');
    (values[row - 1] as unknown[])[columns.notes - 1] = 'Ask about the style guide';

    const content = m.read.readRatingSheet(values);
    expect(content.columns).toMatchObject({ evidence: 7, notes: 8 });
    const read = content.ratingRows.find((r) => r.subskillId === 'writing')!.cells as unknown as Record<string, { value: unknown }>;
    expect(read['notes']?.value).toBe('Ask about the style guide');

    // A save of a rating writes one rectangle; the Notes column is part of the contiguous block.
    const saved = m.save.planSave('Ann', content, [{ subskillId: 'writing', source: 'manager', rating: 'Exceeds' }], undefined);
    expect(saved.box).toMatchObject({ row, column: columns.manager });

    // Refresh after the sub-skill left the ladder: the note is archived with the ratings.
    const smaller = tinyLadder();
    smaller.areas[0]!.subskills = smaller.areas[0]!.subskills.filter((s) => s.id !== 'writing');
    const merged = m.merge.mergeRatings(smaller, content);
    expect(merged.archived).toEqual([expect.objectContaining({ subskillId: 'writing', notes: 'Ask about the style guide' })]);

    // A formula in a text column is reported as in Evidence.
    const formulas = values.map((r) => r.map(() => ''));
    formulas[row - 1]![columns.notes - 1] = '=1+1';
    const problems = m.validation.ratingSheetProblems('Ann', m.read.readRatingSheet(values, formulas));
    expect(problems.map((p) => p.message)).toEqual(['notes for “Writing” is a formula: type or paste it as text']);
  });

  it('reads a sheet written before the column existed with every rating and evidence, and refresh keeps them', () => {
    const before = jest.requireActual<typeof RatingSheetPlan>('../../../src/core/workbook/ratingSheetPlan');
    const old = before.ratingSheetPlan({
      ladder,
      cycle: 'H2',
      person,
      ratings: new Map([['writing', { self: '', peer: 'Exceeds', manager: 'Exceptional', evidence: 'Wrote the guide' }]]),
      archived: [],
    });
    const content = m.read.readRatingSheet(asSheet(old.values));
    expect(content.columns).toMatchObject({ self: 4, evidence: 7, notes: 0 });
    const merged = m.merge.mergeRatings(ladder, content);
    expect(merged.ratings.get('writing')).toEqual({
      self: '',
      peer: 'Exceeds',
      manager: 'Exceptional',
      evidence: 'Wrote the guide',
      notes: '',
    });
    // Until a refresh adds the column, a save is refused and the check says why.
    expect(() => m.save.planSave('Ann', content, [], undefined)).toThrow(/lost its Self \/ Peer \/ Manager \/ Evidence \/ Notes headers/);
    expect(m.validation.ratingSheetProblems('Ann', content)[0]?.message).toMatch(
      /no longer has the Self, Peer, Manager, Evidence, Notes headers/,
    );
  });
});

import { rangeA1 } from '../../../src/core/workbook/a1';
import { ladderProblemsDialog, ladderJsonDialog } from '../../../src/core/ladderSheet/ladderSheetDialogs';
import { highlightPlan, parseStoredHighlights, HIGHLIGHT } from '../../../src/core/ladderSheet/highlights';
import { ladderTemplate } from '../../../src/core/ladderSheet/ladderTemplate';
import { ladderFromSheetValues } from '../../../src/core/ladderSheet/ladderFromSheet';
import { renderDialog } from '../../support/dialogTemplates';

describe('dialogs escape everything that came from a sheet', () => {
  it('lists every problem with its cell', () => {
    const dialog = ladderProblemsDialog(
      '<b>Acme</b>',
      [
        { cell: 'C7', message: 'duplicate sub-skill "<script>alert(1)</script>"' },
        { cell: 'A9', message: 'row 9 is empty' },
      ],
      2,
    );
    const html = renderDialog(dialog);
    expect(dialog.title).toBe('Ladder sheet: 2 problems');
    expect(html).toContain('<td class="cell">C7</td><td>duplicate sub-skill &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;</td>');
    expect(html).toContain(
      'The sheet "&lt;b&gt;Acme&lt;/b&gt;" has 2 problems; the ladder was not stored. Their cells are highlighted on the sheet.',
    );
    expect(html).not.toContain('<script>alert');
    expect(
      renderDialog(
        ladderProblemsDialog(
          'S',
          [
            { cell: 'A1', message: 'm' },
            { cell: 'A2', message: 'n' },
          ],
          1,
        ),
      ),
    ).toContain('The first 1 cells are highlighted on the sheet.');
  });

  it('shows JSON in a textarea it cannot break out of', () => {
    const json = JSON.stringify({ title: '</textarea><script>x()</script>' }, null, 2);
    const html = renderDialog(ladderJsonDialog('T', 'acme.json', json));
    const inside = /<textarea[^>]*>([\s\S]*?)<\/textarea>/.exec(html)?.[1] ?? '';
    expect(inside).toBe(
      json.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'),
    );
    expect(html).toContain(`"T" as a ladder file (acme.json), ${json.length} characters.`);
    expect(html.match(/<script>/g)).toHaveLength(1);
  });
});

describe('highlighting the problem cells', () => {
  const white = Array.from({ length: 10 }, () => Array.from({ length: 6 }, () => '#ffffff'));

  it("remembers each cell's colour before, and restores the cells fixed since", () => {
    const bg = white.map((r) => [...r]);
    bg[3]![2] = '#eef1f5';
    const first = highlightPlan(['C4', 'A8', 'C4'], bg, null);
    expect(first).toEqual({
      restore: [],
      highlight: ['C4', 'A8'],
      remember: {
        cells: [
          ['C4', '#eef1f5'],
          ['A8', '#ffffff'],
        ],
      },
    });
    // Next run: the sheet shows the highlight in C4 and A8; only A8 is still a problem.
    bg[3]![2] = HIGHLIGHT;
    bg[7]![0] = HIGHLIGHT;
    const second = highlightPlan(['A8', 'F2'], bg, first.remember);
    expect(second).toEqual({
      restore: [{ color: '#eef1f5', cells: ['C4'] }],
      highlight: ['A8', 'F2'],
      remember: {
        cells: [
          ['A8', '#ffffff'],
          ['F2', '#ffffff'],
        ],
      },
    });
    bg[3]![2] = '#eef1f5';
    bg[1]![5] = HIGHLIGHT;
    const third = highlightPlan([], bg, second.remember);
    expect(third).toEqual({ restore: [{ color: '#ffffff', cells: ['F2', 'A8'] }], highlight: [], remember: null });
  });

  it('finds highlighted cells where they are now, after rows were deleted or inserted', () => {
    const bg = white.map((r) => [...r]);
    bg[4]![1] = HIGHLIGHT; // was remembered at B7, two rows were deleted above it
    expect(highlightPlan([], bg, { cells: [['B7', '#eef1f5']] })).toEqual({
      restore: [{ color: '#ffffff', cells: ['B5'] }],
      highlight: [],
      remember: null,
    });
  });

  it('reads back only what it wrote', () => {
    expect(parseStoredHighlights(JSON.stringify({ cells: [['A1', '#fff']] }))).toEqual({ cells: [['A1', '#fff']] });
    expect(parseStoredHighlights('{"cells":[["A1",3]]}')).toBeNull();
    expect(parseStoredHighlights('nope')).toBeNull();
    expect(parseStoredHighlights(null)).toBeNull();
  });
});

describe('the empty template', () => {
  it('has the labels a ladder sheet needs, a note on each, and reads as "fill me in"', () => {
    const { grid, format } = ladderTemplate();
    expect(grid.values.map((r) => r[0])).toEqual([
      'Title',
      'Ladder id',
      'Organization',
      'Source',
      'Cumulative',
      '',
      'Level id',
      'Level title',
      'Level summary',
      'Skill area',
    ]);
    expect(grid.values[grid.headerRow]?.slice(0, 5)).toEqual(['Skill area', 'Axis', 'Sub-skill', 'Description', 'Dimension']);
    const notes = format.notes as string[][];
    for (const row of grid.labelRows) expect(notes[row]?.[0]).not.toBe('');
    expect(notes[grid.headerRow]?.every((n) => n !== '')).toBe(true);
    // Each note reads as a sentence that names what it is about ("the sub-skill's description", not "the sub-skill's").
    for (const note of notes.flat().filter((n) => n !== '')) expect(note).toMatch(/^[A-Z].*[.)]$/s);
    expect(notes[grid.headerRow]).toContain("Optional: the sub-skill's description (or, on an area's row, the area's description).");
    expect(format.dropdowns.map((d) => [rangeA1(d.range.row, d.range.column, d.range.numRows, d.range.numColumns), d.values])).toEqual([
      ['B5', ['yes', 'no']],
      ['B11:B50', ['results', 'behaviours']],
    ]);
    const result = ladderFromSheetValues(grid.values);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.cell)).toEqual(['B1', 'B5', 'A10', 'F10']);
  });

  it('becomes a ladder once filled in', () => {
    const { grid } = ladderTemplate();
    const v = grid.values.map((r) => [...r]);
    v[0]![1] = 'Acme';
    v[4]![1] = 'yes';
    v[9]![5] = 'PM';
    v[9]![6] = 'Senior PM';
    v.push(['Strategy', 'results', 'Vision', '', '', 'Knows it', 'Writes it']);
    const result = ladderFromSheetValues(v);
    expect(result.ok && result.ladder.areas[0]?.subskills[0]?.expectations).toEqual({ pm: 'Knows it', 'senior-pm': 'Writes it' });
  });
});

import { chartView } from '../../dev/playground/chartView';
import { linkOf, parseA1Rect, sheetView, type SheetSnapshot } from '../../dev/playground/sheetView';
import { PlaygroundSession } from '../../dev/playground/session';
import { overTheWire } from '../../dev/addonLoader';
import { seedDemo } from '../../dev/playground/demo';

function snapshot(over: Partial<SheetSnapshot>): SheetSnapshot {
  return {
    name: 'S',
    maxRows: 1000,
    maxColumns: 26,
    frozenRows: 0,
    frozenColumns: 0,
    columnWidths: {},
    rowHeights: {},
    hiddenColumns: [],
    hiddenRows: [],
    merges: [],
    cells: {},
    ...over,
  };
}

describe('the playground draws a sheet as Sheets shows it', () => {
  it('leaves hidden columns out and keeps widths, frozen panes and the displayed text', () => {
    const view = sheetView(
      snapshot({
        hiddenColumns: ['A'],
        columnWidths: { B: 180 },
        frozenRows: 2,
        frozenColumns: 2,
        cells: { A1: { value: 'person:p1', display: 'person:p1' }, B1: { value: 0.5, type: 'number', display: '50%' } },
      }),
    );
    expect(view.columns.slice(0, 2)).toEqual([
      { index: 1, letter: 'A', width: 100, hidden: true },
      { index: 2, letter: 'B', width: 180, hidden: false },
    ]);
    expect(view.rows[0]!.cells[0]).toMatchObject({ a1: 'B1', text: '50%', style: { align: 'right' } });
    expect(view.rows[0]!.cells.some((c) => c?.text === 'person:p1')).toBe(false);
    expect([view.frozenRows, view.frozenColumns]).toEqual([2, 2]);
  });

  it('spans merged cells and covers the cells they hide', () => {
    const view = sheetView(
      snapshot({
        merges: ['A1:C2'],
        cells: { A1: { value: 'Title', display: 'Title', format: { fontWeight: 'bold', background: '#cfe2f3' } } },
      }),
    );
    expect(view.rows[0]!.cells[0]).toMatchObject({ text: 'Title', rowSpan: 2, colSpan: 3, style: { bold: true, background: '#cfe2f3' } });
    expect(view.rows[0]!.cells.slice(1, 3)).toEqual([null, null]);
    expect(view.rows[1]!.cells.slice(0, 3)).toEqual([null, null, null]);
  });

  it('applies the first matching conditional format rule, and marks dropdowns with their choices', () => {
    const view = sheetView(
      snapshot({
        conditionalFormatRules: [
          { ranges: ["'S'!B2:B9"], criteria: 'TEXT_EQUAL_TO', values: ['Exceeds'], format: { background: '#b7e1cd' } },
          { ranges: ["'S'!B2:B9"], criteria: 'CELL_NOT_EMPTY', values: [], format: { background: '#eeeeee' } },
        ],
        cells: {
          B2: { value: 'Exceeds', display: 'Exceeds', validation: { criteria: 'VALUE_IN_LIST', values: [['Meets', 'Exceeds'], true] } },
          B3: { value: 'Meets', display: 'Meets' },
        },
      }),
    );
    expect(view.rows[1]!.cells[1]).toMatchObject({ text: 'Exceeds', style: { background: '#b7e1cd' }, dropdown: ['Meets', 'Exceeds'] });
    expect(view.rows[2]!.cells[1]!.style.background).toBe('#eeeeee');
    expect(view.rows[3]!.cells[1]!.style.background).toBeUndefined();
  });

  it('reads A1 ranges with sheet names and open ends', () => {
    expect(parseA1Rect("'Ann O''Neil'!B2:C", 100, 10)).toEqual({ row: 2, col: 2, endRow: 100, endCol: 3 });
    expect(parseA1Rect('D:D', 100, 10)).toEqual({ row: 1, col: 4, endRow: 100, endCol: 4 });
  });
});

describe('a playground session', () => {
  it('runs calls as google.script.run does: JSON in and out, a Date as null, an unknown function refused', () => {
    expect(overTheWire({ at: new Date(0), list: [1, undefined], fn: () => 1 })).toEqual({ at: null, list: [1, null] });
    const session = new PlaygroundSession({ now: new Date('2026-03-02T09:30:00Z') });
    expect(session.run('nope')).toMatchObject({ ok: false, error: 'Script function not found: nope' });
    expect(session.run('listLadders')).toMatchObject({ ok: true });
  });

  it('seeds the demo team through the add-on itself, the same on every run', () => {
    const a = new PlaygroundSession({ now: new Date('2026-03-02T09:30:00Z') });
    const b = new PlaygroundSession({ now: new Date('2026-03-02T09:30:00Z') });
    seedDemo(a);
    seedDemo(b);
    expect(a.history.every((c) => c.ok)).toBe(true);
    expect(a.sheetNames()).toEqual(expect.arrayContaining(['Ladder', 'Team', 'Ada Lovelace', "Siobhán O'Neil"]));
    expect(a.workspace.snapshot()).toEqual(b.workspace.snapshot());
    // What the script stamps with `new Date()` is the session's fixed time.
    expect(JSON.stringify(a.workspace.snapshot().properties)).toContain('2026-03-02T09:30:00.000Z');
    const rated = (a.run('getTeam').value as Array<{ id: string }>).map(
      (p) => a.run('getRatingForm', [p.id]).value as { items: Array<{ ratings: { manager: string | null } }> },
    );
    const counts = rated.map((f) => f.items.filter((i) => i.ratings.manager).length);
    expect(counts[0]).toBe(rated[0]!.items.length);
    expect(counts[3]).toBe(0);
  });
});

/** Charts and links as the playground draws them (developers.google.com/apps-script/reference/spreadsheet/embedded-chart). */
describe('a chart in the playground', () => {
  const chart = {
    chartType: 'COLUMN',
    ranges: ['Calibration!B9:C12'],
    position: { anchorRow: 4, anchorColumn: 7, offsetX: 5, offsetY: 0 },
    options: { title: 'Overall <ratings>', width: 520, height: 280 },
    numHeaders: 1,
  };
  const values = [
    ['Overall rating', 'PMs'],
    ['Needs <b>help</b>', '1'],
    ['Meets', '0'],
    ['Incomplete', '2'],
  ];

  it("draws one column per row of its range, as tall as the row's value, at its anchor cell", () => {
    const view = chartView(chart, values);
    expect(view).toMatchObject({ anchorRow: 4, anchorColumn: 7, offsetX: 5, width: 520, height: 280, title: 'Overall <ratings>' });
    const heights = [...view.svg.matchAll(/<rect class="bar"[^>]* height="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(heights).toHaveLength(3);
    expect(heights[1]).toBe(0);
    expect(heights[2]).toBeCloseTo(heights[0]! * 2);
  });

  it('escapes every label and the title', () => {
    const { svg } = chartView(chart, values);
    expect(svg).not.toContain('<b>');
    expect(svg).not.toContain('<ratings>');
    expect(svg).toContain('Needs &lt;b&gt;help&lt;/b&gt;');
    expect(svg).toContain('Overall &lt;ratings&gt;');
  });

  it('draws bars across for a BAR chart, and copes with an empty range', () => {
    expect(chartView({ ...chart, chartType: 'BAR' }, values).svg).toMatch(/<rect class="bar" x="150"/);
    expect(chartView({ ...chart, options: {} }, []).svg).toMatch(/^<svg[^>]* width="400" height="240"/);
  });

  it("comes with the sheet's view, from the range's displayed values", () => {
    const view = sheetView(
      snapshot({ name: 'Calibration', maxRows: 100, maxColumns: 10, charts: [chart] }),
      () => [],
      (a1) => (a1 === 'Calibration!B9:C12' ? values : []),
    );
    expect(view.charts).toHaveLength(1);
    expect(view.charts[0]!.svg).toContain('Incomplete');
  });
});

describe('a link in a cell', () => {
  it('is an https address in the text or a =HYPERLINK formula (support.google.com/docs/answer/3093313); nothing else', () => {
    expect(linkOf({ value: 'https://docs.google.com/document/d/1Doc/edit', display: 'https://docs.google.com/document/d/1Doc/edit' })).toBe(
      'https://docs.google.com/document/d/1Doc/edit',
    );
    expect(linkOf({ formula: '=HYPERLINK("https://example.com/a","Plan")', display: 'Plan' })).toBe('https://example.com/a');
    expect(linkOf({ formula: '=HYPERLINK("javascript:alert(1)","x")', display: 'x' })).toBeUndefined();
    expect(linkOf({ display: 'http://example.com' })).toBeUndefined();
    expect(linkOf({ display: 'see https://example.com' })).toBeUndefined();
    expect(linkOf(undefined)).toBeUndefined();
  });
});

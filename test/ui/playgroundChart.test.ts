import { chartView } from '../../dev/playground/chartView';
import { linkOf, sheetView } from '../../dev/playground/sheetView';

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
      {
        name: 'Calibration',
        maxRows: 100,
        maxColumns: 10,
        frozenRows: 0,
        frozenColumns: 0,
        columnWidths: {},
        rowHeights: {},
        hiddenColumns: [],
        hiddenRows: [],
        merges: [],
        charts: [chart],
        cells: {},
      },
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

/**
 * An embedded chart as the playground draws it: a small SVG of columns (or bars) from the
 * chart's first range, headers and labels as Sheets reads them — `numHeaders` header rows, the
 * first column the labels, each further column a series
 * (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart). Pure: the
 * chart's snapshot and the range's displayed values in, the SVG text out, every label escaped.
 */

export interface ChartSnapshot {
  chartId?: number;
  chartType?: string;
  ranges?: string[];
  position?: { anchorRow?: number; anchorColumn?: number; offsetX?: number; offsetY?: number };
  options?: { title?: unknown; width?: unknown; height?: unknown };
  numHeaders?: number;
}

export interface ChartView {
  /** The cell the chart's top-left corner sits on (1-based), and the offset from it in pixels. */
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
  width: number;
  height: number;
  title: string;
  svg: string;
}

/** Text for SVG markup. (Its own, not the workspace's: the page's code imports this module's types.) */
function escapeHtml(text: string): string {
  const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  return text.replace(/[&<>"']/g, (c) => entities[c]!);
}

const PALETTE = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6'];

const numberOf = (text: string): number => {
  const n = Number(text.replace(/[,%\s]/g, ''));
  return Number.isFinite(n) ? n : 0;
};

/** `values`: the first range's displayed values, rows of columns. */
export function chartView(chart: ChartSnapshot, values: string[][]): ChartView {
  const width = typeof chart.options?.width === 'number' ? chart.options.width : 400;
  const height = typeof chart.options?.height === 'number' ? chart.options.height : 240;
  const title = typeof chart.options?.title === 'string' ? chart.options.title : '';
  const headers = Math.max(0, chart.numHeaders ?? 0);
  const header = headers > 0 ? (values[headers - 1] ?? []) : [];
  const rows = values.slice(headers).filter((row) => row.some((v) => v !== ''));
  const seriesCount = Math.max(1, (values[0]?.length ?? 1) - 1);
  const data = rows.map((row) => ({ label: row[0] ?? '', values: row.slice(1, seriesCount + 1).map(numberOf) }));
  const max = Math.max(1, ...data.flatMap((d) => d.values));
  const horizontal = chart.chartType === 'BAR';

  const top = title ? 30 : 12;
  const left = horizontal ? 150 : 36;
  const bottom = horizontal ? 20 : 44;
  const plotW = Math.max(10, width - left - 12);
  const plotH = Math.max(10, height - top - bottom);
  const parts: string[] = [];
  if (title) parts.push(`<text x="${width / 2}" y="20" text-anchor="middle" font-size="14" fill="#202124">${escapeHtml(title)}</text>`);
  // Value axis: 0, half and the top value.
  for (const share of [0, 0.5, 1]) {
    const label = escapeHtml(String(Math.round(max * share * 100) / 100));
    if (horizontal) {
      const x = left + plotW * share;
      parts.push(`<line x1="${x}" y1="${top}" x2="${x}" y2="${top + plotH}" stroke="#e0e0e0"/>`);
      parts.push(`<text x="${x}" y="${top + plotH + 14}" text-anchor="middle" font-size="10" fill="#5f6368">${label}</text>`);
    } else {
      const y = top + plotH - plotH * share;
      parts.push(`<line x1="${left}" y1="${y}" x2="${left + plotW}" y2="${y}" stroke="#e0e0e0"/>`);
      parts.push(`<text x="${left - 4}" y="${y + 3}" text-anchor="end" font-size="10" fill="#5f6368">${label}</text>`);
    }
  }
  const slot = (horizontal ? plotH : plotW) / Math.max(1, data.length);
  const bar = (slot * 0.7) / seriesCount;
  data.forEach((d, i) => {
    d.values.forEach((value, s) => {
      const length = (value / max) * (horizontal ? plotW : plotH);
      const across = i * slot + slot * 0.15 + s * bar;
      const name = escapeHtml(`${d.label}${header[s + 1] ? ` — ${header[s + 1]}` : ''}: ${value}`);
      const rect = horizontal
        ? `x="${left}" y="${top + across}" width="${length}" height="${bar}"`
        : `x="${left + across}" y="${top + plotH - length}" width="${bar}" height="${length}"`;
      parts.push(`<rect class="bar" ${rect} fill="${PALETTE[s % PALETTE.length]}"><title>${name}</title></rect>`);
    });
    const label = escapeHtml(d.label);
    if (horizontal)
      parts.push(
        `<text x="${left - 4}" y="${top + i * slot + slot / 2 + 3}" text-anchor="end" font-size="10" fill="#3c4043">${label}</text>`,
      );
    else {
      const x = left + i * slot + slot / 2;
      parts.push(
        `<text x="${x}" y="${top + plotH + 12}" text-anchor="end" font-size="10" fill="#3c4043" transform="rotate(-25 ${x} ${top + plotH + 12})">${label}</text>`,
      );
    }
  });
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title || 'Chart')}">` +
    `<rect width="${width}" height="${height}" fill="#fff" stroke="#dadce0"/>${parts.join('')}</svg>`;
  return {
    anchorRow: chart.position?.anchorRow ?? 1,
    anchorColumn: chart.position?.anchorColumn ?? 1,
    offsetX: chart.position?.offsetX ?? 0,
    offsetY: chart.position?.offsetY ?? 0,
    width,
    height,
    title,
    svg,
  };
}

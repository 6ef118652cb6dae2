import type { CellSnapshot, ElementSnapshot, RunSnapshot } from './elements';

/**
 * A document as simple HTML for the local playground: headings, paragraphs, lists, tables,
 * bold/italic/underline/strikethrough, links and colours. Every piece of text is escaped; only
 * http(s) and mailto links become links and only #rgb / #rrggbb colours are used.
 */
export interface RenderableDoc {
  name?: string;
  body: ElementSnapshot[];
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

const HEADING_TAGS: Record<string, string> = {
  TITLE: 'h1 class="title"',
  HEADING1: 'h1',
  HEADING2: 'h2',
  HEADING3: 'h3',
  HEADING4: 'h4',
  HEADING5: 'h5',
  HEADING6: 'h6',
  SUBTITLE: 'p class="subtitle"',
};

const ORDERED_GLYPHS = new Set(['NUMBER', 'LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_UPPER', 'ROMAN_LOWER']);

function safeUrl(url: unknown): string | null {
  return typeof url === 'string' && /^(https?:|mailto:)/i.test(url) ? url : null;
}

function safeColor(color: unknown): string | null {
  return typeof color === 'string' && /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(color) ? color : null;
}

function renderRun(run: RunSnapshot): string {
  // Docs keeps soft line breaks as \r or a vertical tab (U+000B).
  let html = escapeHtml(run.text).replace(new RegExp('\\r\\n|[\\r\\n\\v]', 'g'), '<br>');
  const s = run.style;
  const colors = [
    safeColor(s.FOREGROUND_COLOR) && `color:${s.FOREGROUND_COLOR}`,
    safeColor(s.BACKGROUND_COLOR) && `background-color:${s.BACKGROUND_COLOR}`,
  ].filter(Boolean);
  if (colors.length) html = `<span style="${colors.join(';')}">${html}</span>`;
  if (s.STRIKETHROUGH) html = `<s>${html}</s>`;
  if (s.UNDERLINE && !s.LINK_URL) html = `<u>${html}</u>`;
  if (s.ITALIC) html = `<em>${html}</em>`;
  if (s.BOLD) html = `<strong>${html}</strong>`;
  const url = safeUrl(s.LINK_URL);
  if (url) html = `<a href="${escapeHtml(url)}" rel="noopener noreferrer" target="_blank">${html}</a>`;
  return html;
}

function paragraphContent(element: Extract<ElementSnapshot, { runs: RunSnapshot[] }>): string {
  const inline = element.inline.map((type) => (type === 'PAGE_BREAK' ? '<hr class="page-break">' : '<hr>')).join('');
  return element.runs.map(renderRun).join('') + inline;
}

function alignment(element: { alignment: string | null }): string {
  return element.alignment && element.alignment !== 'LEFT' ? ` style="text-align:${element.alignment.toLowerCase()}"` : '';
}

function renderCell(cell: CellSnapshot): string {
  const color = safeColor(cell.backgroundColor);
  return `<td${color ? ` style="background-color:${color}"` : ''}>${renderElements(cell.children)}</td>`;
}

function renderElements(elements: ElementSnapshot[]): string {
  const out: string[] = [];
  const open: string[] = [];
  const closeLists = (depth: number): void => {
    while (open.length > depth) out.push(`</${open.pop()}>`);
  };
  for (const element of elements) {
    if (element.type !== 'LIST_ITEM') closeLists(0);
    switch (element.type) {
      case 'LIST_ITEM': {
        const level = element.nestingLevel ?? 0;
        closeLists(level + 1);
        const tag = ORDERED_GLYPHS.has(element.glyphType ?? '') ? 'ol' : 'ul';
        if (open.length === level + 1 && open[level] !== tag) closeLists(level);
        while (open.length < level + 1) {
          out.push(`<${tag}>`);
          open.push(tag);
        }
        out.push(`<li${alignment(element)}>${paragraphContent(element)}</li>`);
        break;
      }
      case 'PARAGRAPH': {
        const tag = HEADING_TAGS[element.heading] ?? 'p';
        const name = tag.split(' ')[0] as string;
        const content = paragraphContent(element);
        out.push(`<${tag}${alignment(element)}>${content || '<br>'}</${name}>`);
        break;
      }
      case 'TABLE':
        out.push(
          `<table style="table-layout: fixed">${tableColumns(element)}<tbody>${element.rows.map((row) => `<tr>${row.cells.map(renderCell).join('')}</tr>`).join('')}</tbody></table>`,
        );
        break;
      case 'HORIZONTAL_RULE':
        out.push('<hr>');
        break;
      case 'PAGE_BREAK':
        out.push('<hr class="page-break">');
        break;
    }
  }
  closeLists(0);
  return out.join('\n');
}

/** The document's body as HTML (the name, if given, as a data attribute of the wrapper). */
export function docToHtml(doc: RenderableDoc): string {
  const name = doc.name === undefined ? '' : ` data-name="${escapeHtml(doc.name)}"`;
  return `<div class="doc"${name}>\n${renderElements(doc.body)}\n</div>`;
}

/** Letter paper's text width in points with 1 inch margins, which Docs shares equally among a new table's columns. */
const PAGE_TEXT_WIDTH_PT = 468;

/**
 * Column widths as Docs draws them: a column given a width (Table.setColumnWidth) keeps it, and
 * the others share equally what is left of the page ("evenly distributed": Docs API,
 * TableColumnProperties.widthType, https://developers.google.com/workspace/docs/api/reference/rest/v1/documents#tablecolumnproperties);
 * as percentages, so the page can scale.
 */
function tableColumns(table: { columnWidths?: Record<string, number>; rows: ReadonlyArray<{ cells: readonly unknown[] }> }): string {
  const count = Math.max(0, ...table.rows.map((r) => r.cells.length));
  if (count === 0) return '';
  const given = Array.from({ length: count }, (_, i) => table.columnWidths?.[String(i)] ?? null);
  const fixed = given.reduce<number>((sum, w) => sum + (w ?? 0), 0);
  const shared = given.filter((w) => w === null).length;
  const rest = shared > 0 ? Math.max(PAGE_TEXT_WIDTH_PT - fixed, 36 * shared) / shared : 0;
  const widths = given.map((w) => w ?? rest);
  const total = widths.reduce((a, b) => a + b, 0);
  return `<colgroup>${widths.map((w) => `<col style="width: ${((100 * w) / total).toFixed(2)}%">`).join('')}</colgroup>`;
}

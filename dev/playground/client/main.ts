/**
 * The playground page: a Google Sheets look-alike around the in-memory workbook. It draws the
 * active sheet from the server's SheetView, the sheet tabs, the Extensions menu with the
 * add-on's items, and shows the sidebar and dialogs the add-on opens in iframes (their real
 * HTML from dist/, with google.script.run carried to the server). Every piece of text from
 * the workbook goes in with textContent.
 */
import type { CellView, SheetView } from '../sheetView';

interface MenuItem {
  caption?: string;
  functionName?: string;
  separator?: true;
  subMenu?: { name: string; items: MenuItem[] };
}

interface State {
  spreadsheet: { name: string };
  sheets: Array<{ name: string; hidden: boolean; tabColor: string | null }>;
  activeSheet: string;
  /** The selection the add-on sees (SpreadsheetApp.getActiveRange()), when on this sheet. */
  activeCell: string | null;
  /** Whether "Reset" starts again from the demo team (else from an empty spreadsheet). */
  demo: boolean;
  view: SheetView;
  menu: { name: string; items: MenuItem[] } | null;
  shown: Array<{ index: number; kind: 'sidebar' | 'modal' | 'modeless'; title: string; width: number | null; height: number | null }>;
  toasts: Array<{ message: string; title: string }>;
  docs: Array<{ id: string; name: string; url: string }>;
  /** Review files the add-on shared: a link to one opens the reviewer's view (/review/<id>). */
  reviewFiles: Array<{ id: string; name: string; reviewer: string }>;
  history: Array<{ fn: string; ok: boolean; calls: number; ms: number; error?: string }>;
  totalCalls: number;
}

/** An alert or prompt a call waits on (GET /api/awaiting): the buttons are its ButtonSet's. */
interface WaitingDialog {
  id: number;
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  choices: string[];
}

type Attrs = Record<string, string | number | boolean | undefined | null>;

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Array<Node | string | null | undefined | false>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children)
    if (c !== null && c !== undefined && c !== false) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}

function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

async function api<T>(path: string, body?: unknown): Promise<T> {
  const res = await fetch(
    path,
    body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
  );
  return (await res.json()) as T;
}

// ---- layout -----------------------------------------------------------------------------------

const app = document.getElementById('app')!;
const title = h('span', { class: 'doc-title', id: 'doc-title' });
const extensions = h(
  'button',
  { type: 'button', class: 'menu-button', id: 'menu-extensions', 'aria-haspopup': 'true', 'aria-expanded': 'false' },
  'Extensions',
);
const menuPanel = h('div', { class: 'menu-panel', id: 'menu-panel', role: 'menu', hidden: true });
const resetButton = h('button', { type: 'button', class: 'plain', id: 'reset' }, 'Reset demo');
const callsInfo = h('span', { class: 'calls', id: 'calls', 'aria-live': 'polite' });
const cellName = h('span', { class: 'cell-name', id: 'cell-name' });
const cellInput = h('input', {
  type: 'text',
  class: 'cell-input',
  id: 'cell-input',
  'aria-label': 'Cell contents (Enter writes it, as a person typing in the sheet)',
  disabled: true,
});
const grid = h('div', { class: 'grid', id: 'grid', tabindex: 0, 'aria-label': 'Sheet' });
const tabs = h('nav', { class: 'tabs', id: 'tabs', 'aria-label': 'Sheets' });
const sidebar = h('aside', { class: 'sidebar', id: 'sidebar', hidden: true, 'aria-label': 'Add-on sidebar' });
const dialogLayer = h('div', { class: 'dialog-layer', id: 'dialog-layer', hidden: true });
const toasts = h('div', { class: 'toasts', id: 'toasts', 'aria-live': 'polite' });

app.append(
  h(
    'header',
    { class: 'app-bar' },
    h('div', { class: 'logo', 'aria-hidden': 'true' }),
    h(
      'div',
      { class: 'titles' },
      title,
      h(
        'div',
        { class: 'menus' },
        h('span', { class: 'menu-wrap' }, extensions, menuPanel),
        h('span', { class: 'hint' }, "Playground: the add-on's real code against an in-memory Google Sheets"),
      ),
    ),
    h('div', { class: 'bar-right' }, callsInfo, resetButton),
  ),
  h('div', { class: 'formula-bar' }, cellName, h('span', { class: 'fx', 'aria-hidden': 'true' }, 'fx'), cellInput),
  h('div', { class: 'work' }, h('main', { class: 'sheet-area' }, grid), sidebar),
  tabs,
  dialogLayer,
  toasts,
);

let state: State | null = null;
let seenShown = 0;
let seenToasts = 0;
/** Calls under way (menu items, sidebar and dialog calls): while any is, an alert or prompt may come. */
let callsUnderway = 0;
let selected: { sheet: string; a1: string } | null = null;
const frames = new Map<Window, { close: () => void; frame: HTMLIFrameElement }>();

// ---- the sheet --------------------------------------------------------------------------------

function cellNode(cell: CellView, width: number): HTMLTableCellElement {
  const s = cell.style;
  const td = h('td', {
    'data-a1': cell.a1,
    rowspan: cell.rowSpan && cell.rowSpan > 1 ? cell.rowSpan : undefined,
    colspan: cell.colSpan && cell.colSpan > 1 ? cell.colSpan : undefined,
  });
  const css = td.style;
  if (s.background) css.background = s.background;
  if (s.color) css.color = s.color;
  if (s.bold) css.fontWeight = '700';
  if (s.italic) css.fontStyle = 'italic';
  if (s.line) css.textDecoration = s.line;
  if (s.fontSize) css.fontSize = `${Math.round(s.fontSize * 1.33)}px`;
  if (s.align) css.textAlign = s.align;
  if (s.valign) css.verticalAlign = s.valign === 'middle' ? 'middle' : s.valign;
  td.classList.add(s.wrap === 'wrap' ? 'wrap' : s.wrap === 'clip' ? 'clip' : 'overflow');
  const text = h(
    'div',
    { class: 'text' },
    cell.link ? h('a', { href: cell.link, target: '_blank', rel: 'noopener noreferrer' }, cell.text) : cell.text,
  );
  if (s.wrap !== 'wrap') text.style.maxWidth = `${width - 6}px`;
  td.append(text);
  const tips: string[] = [];
  if (cell.dropdown) {
    td.classList.add('has-dropdown');
    td.append(h('span', { class: 'dropdown-mark', 'aria-hidden': 'true' }, '▾'));
    tips.push(`Dropdown: ${cell.dropdown.join(' · ')}`);
  }
  if (cell.checkbox) tips.push('Checkbox');
  if (cell.formula) tips.push(cell.formula);
  if (cell.note) {
    td.classList.add('has-note');
    tips.push(`Note: ${cell.note}`);
  }
  if (tips.length) td.title = tips.join('\n');
  return td;
}

/** The column of an A1 address ("K12" -> 11). */
function columnOf(a1: string): number {
  let n = 0;
  for (const ch of /^[A-Z]+/.exec(a1)?.[0] ?? '') n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/**
 * Frozen rows and columns stay in view as the sheet scrolls, as in Sheets: sticky cells, each
 * offset by the frozen rows above or the frozen columns to its left, stacked so that what
 * scrolls passes under what stays.
 */
function freezePanes(view: SheetView, headRow: HTMLTableRowElement, body: HTMLElement): void {
  const ROW_HEAD = 46;
  const left = new Map<number, number>();
  let x = ROW_HEAD;
  for (const c of view.columns) {
    if (c.index > view.frozenColumns) break;
    if (c.hidden) continue;
    left.set(c.index, x);
    x += c.width;
  }
  const stick = (cell: HTMLElement, pos: { top?: number; left?: number }, z: number) => {
    cell.style.position = 'sticky';
    if (pos.top !== undefined) cell.style.top = `${pos.top}px`;
    if (pos.left !== undefined) cell.style.left = `${pos.left}px`;
    cell.style.zIndex = String(z);
  };
  // Column letters: the frozen ones above the rest.
  Array.from(headRow.children).forEach((th, i) => {
    const column = view.columns.filter((c) => !c.hidden)[i - 1];
    if (column && left.has(column.index)) stick(th as HTMLElement, { top: 0, left: left.get(column.index) }, 8);
  });
  let top = headRow.getBoundingClientRect().height;
  for (const tr of Array.from(body.querySelectorAll<HTMLTableRowElement>('tr'))) {
    const frozenRow = tr.classList.contains('frozen');
    for (const cell of Array.from(tr.children) as HTMLElement[]) {
      if (cell.classList.contains('row-head')) {
        if (frozenRow) stick(cell, { top, left: 0 }, 6);
        continue;
      }
      const column = columnOf(cell.getAttribute('data-a1') ?? '');
      const frozenColumn = left.has(column);
      if (frozenRow && frozenColumn) stick(cell, { top, left: left.get(column) }, 5);
      else if (frozenRow) stick(cell, { top }, cell.classList.contains('spills') ? 4 : 3);
      else if (frozenColumn) stick(cell, { left: left.get(column) }, 2);
    }
    if (frozenRow) top += tr.getBoundingClientRect().height;
  }
  const edge = view.columns.filter((c) => !c.hidden && c.index <= view.frozenColumns).pop();
  if (edge)
    body.querySelectorAll(`td[data-a1^="${edge.letter}"]`).forEach((td) => {
      if (columnOf(td.getAttribute('data-a1') ?? '') === edge.index) td.classList.add('frozen-col-edge');
    });
}

function renderSheet(view: SheetView): void {
  const scrollTop = grid.scrollTop;
  const scrollLeft = grid.scrollLeft;
  clear(grid);
  const shownColumns = view.columns.filter((c) => !c.hidden);
  const table = h('table', { class: 'sheet', 'data-sheet-view': view.name });
  table.style.width = `${46 + shownColumns.reduce((sum, c) => sum + c.width, 0)}px`;
  const colgroup = h(
    'colgroup',
    {},
    h('col', { style: 'width:46px' }),
    ...shownColumns.map((c) => h('col', { style: `width:${c.width}px` })),
  );
  const headRow = h('tr', { class: 'col-heads' }, h('th', { class: 'corner' }));
  view.columns.forEach((c, i) => {
    if (c.hidden) return;
    const hiddenBefore = i > 0 && view.columns[i - 1]!.hidden;
    headRow.append(
      h(
        'th',
        { class: hiddenBefore ? 'after-hidden' : undefined, title: hiddenBefore ? 'Hidden columns before this one' : undefined },
        c.letter,
      ),
    );
  });
  const body = h('tbody');
  for (const row of view.rows) {
    if (row.hidden) continue;
    const tr = h('tr', { class: row.index <= view.frozenRows ? 'frozen' : undefined });
    if (row.height) tr.style.height = `${row.height}px`;
    tr.append(h('th', { class: 'row-head' }, String(row.index)));
    row.cells.forEach((cell, i) => {
      if (!cell) return;
      // As in Sheets, text that does not wrap runs on over the empty cells to its right.
      let width = shownColumns[i]?.width ?? 100;
      if (cell.text && cell.style.wrap === undefined && !cell.colSpan) {
        for (let k = i + 1; k < row.cells.length; k++) {
          const next = row.cells[k];
          if (!next || next.text) break;
          width += shownColumns[k]?.width ?? 100;
        }
      }
      const td = cellNode(cell, width);
      if (width > (shownColumns[i]?.width ?? 100)) td.classList.add('spills');
      tr.append(td);
    });
    body.append(tr);
  }
  table.append(colgroup, h('thead', {}, headRow), body);
  grid.append(table);
  freezePanes(view, headRow, body);
  const lastFrozen = body.querySelectorAll('tr.frozen');
  lastFrozen[lastFrozen.length - 1]?.classList.add('frozen-edge');
  drawCharts(view, table);
  grid.scrollTop = scrollTop;
  grid.scrollLeft = scrollLeft;
  const note = view.protectedRanges ? ` · ${view.protectedRanges} protected range${view.protectedRanges === 1 ? '' : 's'}` : '';
  grid.setAttribute('aria-label', `Sheet ${view.name}${note}`);
  selectCell(state?.activeCell ?? null);
}

/** Charts float over the grid from their anchor cell, as in Sheets. */
function drawCharts(view: SheetView, table: HTMLTableElement): void {
  for (const chart of view.charts) {
    const letters = view.columns.find((c) => c.index === chart.anchorColumn)?.letter ?? 'A';
    const anchor = table.querySelector<HTMLElement>(`td[data-a1="${letters}${chart.anchorRow}"]`);
    const box = h('figure', { class: 'chart', 'aria-label': chart.title || 'Chart' });
    box.style.left = `${(anchor?.offsetLeft ?? 46) + chart.offsetX}px`;
    box.style.top = `${(anchor?.offsetTop ?? 22) + chart.offsetY}px`;
    const svg = new DOMParser().parseFromString(chart.svg, 'image/svg+xml').documentElement;
    box.append(document.importNode(svg, true));
    grid.append(box);
  }
}

function selectCell(a1: string | null): void {
  grid.querySelectorAll('td.selected').forEach((td) => td.classList.remove('selected'));
  if (!a1 || !state) {
    selected = null;
    cellName.textContent = '';
    cellInput.value = '';
    cellInput.disabled = true;
    return;
  }
  const td = grid.querySelector<HTMLTableCellElement>(`td[data-a1="${a1}"]`);
  td?.classList.add('selected');
  selected = { sheet: state.activeSheet, a1 };
  cellName.textContent = a1;
  cellInput.value = td?.querySelector('.text')?.textContent ?? '';
  cellInput.disabled = false;
}

grid.addEventListener('click', (event) => {
  const link = (event.target as HTMLElement).closest('a[href]');
  const doc = link && /^https:\/\/docs\.google\.com\/document\/d\/([^/?#]+)/.exec(link.getAttribute('href') ?? '');
  if (doc && state?.docs.some((d) => d.id === doc[1])) {
    // A document the add-on wrote opens in the playground's document view.
    event.preventDefault();
    openDoc(doc[1]!);
    return;
  }
  const review = link && /^https:\/\/docs\.google\.com\/spreadsheets\/d\/([^/?#]+)/.exec(link.getAttribute('href') ?? '');
  if (review && state?.reviewFiles.some((f) => f.id === review[1])) {
    // A review file opens as its reviewer sees it, in a tab of its own.
    event.preventDefault();
    window.open(`/review/${encodeURIComponent(review[1]!)}`, '_blank', 'noopener');
    return;
  }
  const td = (event.target as HTMLElement).closest('td[data-a1]');
  const a1 = td?.getAttribute('data-a1');
  if (!a1 || !state) return;
  selectCell(a1);
  // The add-on sees the click as the active range of the active sheet.
  const sheet = state.activeSheet;
  void api('/api/select', { sheet, a1 }).then(() => {
    if (state) state.activeCell = state.activeSheet === sheet ? a1 : state.activeCell;
  });
});

cellInput.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' || !selected) return;
  event.preventDefault();
  void api('/api/cell', { sheet: selected.sheet, a1: selected.a1, value: cellInput.value }).then(refresh);
});

function renderTabs(s: State): void {
  clear(tabs);
  for (const sheet of s.sheets) {
    if (sheet.hidden) continue;
    const tab = h(
      'button',
      {
        type: 'button',
        class: `tab${sheet.name === s.activeSheet ? ' active' : ''}`,
        'data-sheet': sheet.name,
        'aria-current': sheet.name === s.activeSheet ? 'page' : undefined,
      },
      sheet.name,
    );
    if (sheet.tabColor) tab.style.borderBottomColor = sheet.tabColor;
    tab.addEventListener('click', () => {
      void api('/api/activate', { name: sheet.name }).then(refresh);
    });
    tabs.append(tab);
  }
  if (s.docs.length > 0) {
    const docs = h('button', { type: 'button', class: 'tab docs-tab', id: 'docs-button' }, `Documents (${s.docs.length})`);
    docs.addEventListener('click', () => openDocList(s));
    tabs.append(docs);
  }
  if (s.reviewFiles.length > 0) {
    const reviews = h('button', { type: 'button', class: 'tab docs-tab', id: 'reviews-button' }, `Review files (${s.reviewFiles.length})`);
    reviews.addEventListener('click', () => openReviewList(s));
    tabs.append(reviews);
  }
  tabs.querySelector<HTMLElement>('.tab.active')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

// A mouse wheel over the tab bar scrolls it sideways, so the last tabs are in reach.
tabs.addEventListener(
  'wheel',
  (event) => {
    if (event.deltaY === 0 || tabs.scrollWidth <= tabs.clientWidth) return;
    tabs.scrollLeft += event.deltaY;
    event.preventDefault();
  },
  { passive: false },
);

// ---- the add-on menu --------------------------------------------------------------------------

function closeMenu(): void {
  menuPanel.hidden = true;
  extensions.setAttribute('aria-expanded', 'false');
}

function renderMenu(s: State): void {
  clear(menuPanel);
  if (!s.menu) {
    menuPanel.append(h('div', { class: 'menu-empty' }, 'No add-on menu (onOpen did not add one)'));
    return;
  }
  menuPanel.append(h('div', { class: 'menu-title' }, s.menu.name));
  const addItems = (items: MenuItem[]) => {
    for (const item of items) {
      if (item.separator) menuPanel.append(h('hr'));
      else if (item.subMenu) {
        menuPanel.append(h('div', { class: 'menu-title' }, item.subMenu.name));
        addItems(item.subMenu.items);
      } else if (item.functionName) {
        const fn = item.functionName;
        const button = h('button', { type: 'button', role: 'menuitem', class: 'menu-item', 'data-fn': fn }, item.caption ?? fn);
        button.addEventListener('click', () => {
          closeMenu();
          void runMenu(fn);
        });
        menuPanel.append(button);
      }
    }
  };
  addItems(s.menu.items);
}

extensions.addEventListener('click', () => {
  const open = menuPanel.hidden;
  menuPanel.hidden = !open;
  extensions.setAttribute('aria-expanded', String(open));
  if (open) menuPanel.querySelector<HTMLElement>('button')?.focus();
});
document.addEventListener('click', (event) => {
  if (!menuPanel.hidden && !(event.target as HTMLElement).closest('.menu-wrap')) closeMenu();
});
menuPanel.addEventListener('keydown', (event) => {
  const items = Array.from(menuPanel.querySelectorAll<HTMLElement>('button'));
  const at = items.indexOf(document.activeElement as HTMLElement);
  if (event.key === 'Escape') {
    closeMenu();
    extensions.focus();
  } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    items[(at + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
  }
});

async function runMenu(fn: string): Promise<void> {
  callStarted();
  try {
    const result = await api<{ ok: boolean; error?: string }>('/api/menu', { fn });
    if (!result.ok) showToast('Error', result.error ?? 'The script failed', true);
  } finally {
    callsUnderway--;
  }
  await refresh();
}

// ---- sidebars, dialogs, documents ---------------------------------------------------------------

function panelFrame(index: number, label: string): HTMLIFrameElement {
  // allow-same-origin: Google serves a sidebar from a googleusercontent.com origin of its own,
  // where the page has localStorage (the sidebar keeps unsaved drafts there); an opaque origin has none.
  // https://developers.google.com/apps-script/guides/html/restrictions
  return h('iframe', {
    src: `/panel/${index}`,
    title: label,
    sandbox: 'allow-scripts allow-same-origin allow-forms allow-popups allow-modals',
  });
}

function openSidebar(index: number, label: string): void {
  closeSidebar();
  const frame = panelFrame(index, label);
  frame.id = 'sidebar-frame';
  const close = h('button', { type: 'button', class: 'icon', 'aria-label': 'Close the sidebar' }, '×');
  close.addEventListener('click', closeSidebar);
  sidebar.append(h('div', { class: 'panel-head' }, h('span', { class: 'panel-title' }, label), close), frame);
  sidebar.hidden = false;
  frame.addEventListener('load', () => {
    if (frame.contentWindow) frames.set(frame.contentWindow, { close: closeSidebar, frame });
    // As in Sheets, the sidebar takes the focus, so a keyboard user is in it (unless it has it already).
    if (document.activeElement !== frame) frame.focus();
  });
}

function closeSidebar(): void {
  const frame = sidebar.querySelector('iframe');
  if (frame?.contentWindow) frames.delete(frame.contentWindow);
  clear(sidebar);
  sidebar.hidden = true;
}

/** Open modals, the top one last: Escape or × dismisses it. */
const modals: Array<{ box: HTMLElement; dismiss: () => void }> = [];

/** `onDismiss`: what Escape and × do instead of just closing (an alert answers CLOSE). */
function openModal(content: HTMLElement, label: string, width: number, height: number, id: string, onDismiss?: () => void): () => void {
  const close = h('button', { type: 'button', class: 'icon', 'aria-label': `Close ${label}` }, '×');
  const box = h(
    'div',
    { class: 'dialog', role: 'dialog', 'aria-modal': 'true', 'aria-label': label, id },
    h('div', { class: 'panel-head' }, h('span', { class: 'panel-title' }, label), close),
    content,
  );
  box.style.width = `${width}px`;
  content.style.height = `${height}px`;
  const previous = document.activeElement as HTMLElement | null;
  const remove = () => {
    const at = modals.findIndex((m) => m.box === box);
    if (at >= 0) modals.splice(at, 1);
    box.remove();
    dialogLayer.hidden = dialogLayer.childElementCount === 0;
    previous?.focus();
  };
  const dismiss = onDismiss ?? remove;
  close.addEventListener('click', dismiss);
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      dismiss();
    }
  });
  modals.push({ box, dismiss });
  dialogLayer.append(box);
  dialogLayer.hidden = false;
  return remove;
}

// Escape with the focus outside any modal (on the page behind it) dismisses the top one.
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && modals.length > 0) modals[modals.length - 1]!.dismiss();
});

function openDialog(index: number, label: string, width: number, height: number): void {
  const frame = panelFrame(index, label);
  frame.id = 'dialog-frame';
  const remove = openModal(frame, label, width, height, 'addon-dialog');
  const close = () => {
    if (frame.contentWindow) frames.delete(frame.contentWindow);
    remove();
  };
  frame.addEventListener('load', () => {
    if (frame.contentWindow) frames.set(frame.contentWindow, { close, frame });
    frame.focus();
  });
}

function openDoc(id: string): void {
  const doc = state?.docs.find((d) => d.id === id);
  const frame = h('iframe', { src: `/doc/${encodeURIComponent(id)}`, title: doc?.name ?? 'Document', id: 'doc-frame' });
  const remove = openModal(
    frame,
    doc?.name ?? 'Document',
    Math.min(900, window.innerWidth - 40),
    Math.min(760, window.innerHeight - 100),
    'doc-dialog',
  );
  // The document page is the playground's own: Escape pressed inside it closes the viewer too.
  frame.addEventListener('load', () => {
    frame.contentDocument?.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') remove();
    });
    frame.focus();
  });
}

function openDocList(s: State): void {
  const list = h('ul', { class: 'doc-list' });
  for (const doc of s.docs) {
    const open = h('button', { type: 'button', class: 'plain' }, doc.name);
    list.append(h('li', {}, open));
    open.addEventListener('click', () => {
      closeList();
      openDoc(doc.id);
    });
  }
  const closeList = openModal(
    h('div', { class: 'doc-list-wrap' }, list),
    'Documents the add-on made',
    420,
    Math.min(60 + s.docs.length * 34, 400),
    'doc-list',
  );
}

/** "Play the reviewer": each review file opens, in a tab of its own, as the person it was shared with fills it in. */
function openReviewList(s: State): void {
  const list = h('ul', { class: 'doc-list' });
  for (const file of s.reviewFiles) {
    const open = h(
      'a',
      { href: `/review/${encodeURIComponent(file.id)}`, target: '_blank', rel: 'noopener' },
      `${file.name} — as ${file.reviewer}`,
    );
    list.append(h('li', {}, open));
  }
  openModal(
    h('div', { class: 'doc-list-wrap' }, list),
    'Review files: play the reviewer',
    520,
    Math.min(60 + s.reviewFiles.length * 34, 400),
    'doc-list',
  );
}

window.addEventListener('message', (event) => {
  const data = event.data as { source?: string; type?: string; id?: string; height?: number; width?: number } | null;
  if (!data || data.source !== 'career-ladder-panel') return;
  const panel = frames.get(event.source as Window);
  if (data.type === 'ran') {
    callsUnderway = Math.max(0, callsUnderway - 1);
    void refresh();
  } else if (data.type === 'call') callStarted();
  else if (data.type === 'close') panel?.close();
  else if (data.type === 'open-doc' && data.id) openDoc(data.id);
  else if (data.type === 'resize' && panel) {
    if (data.height) panel.frame.style.height = `${data.height}px`;
    if (data.width) panel.frame.parentElement!.style.width = `${data.width}px`;
  }
});

// ---- toasts and alerts --------------------------------------------------------------------------

function showToast(heading: string, message: string, error = false): void {
  const toast = h(
    'div',
    { class: `toast${error ? ' error' : ''}`, role: error ? 'alert' : 'status' },
    heading ? h('strong', {}, heading) : null,
    h('span', {}, message),
  );
  toasts.append(toast);
  setTimeout(() => toast.remove(), error ? 12000 : 6000);
}

// ---- alerts and prompts ------------------------------------------------------------------------

const BUTTON_LABELS: Record<string, string> = { OK: 'OK', CANCEL: 'Cancel', YES: 'Yes', NO: 'No' };
let shownDialog: number | null = null;
let watching = false;

function callStarted(): void {
  callsUnderway++;
  void watchForDialogs();
}

/**
 * While a call is under way, asks the server whether it waits on an alert or prompt (the call's
 * own request stays open until it is answered) and shows it as Sheets does: a modal dialog with
 * the buttons the add-on asked for, and a text field for a prompt.
 */
async function watchForDialogs(): Promise<void> {
  if (watching) return;
  watching = true;
  try {
    while (callsUnderway > 0) {
      const waiting = await api<WaitingDialog | null>('/api/awaiting');
      if (waiting && waiting.id !== shownDialog) showAddonDialog(waiting);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  } finally {
    watching = false;
  }
}

function showAddonDialog(dialog: WaitingDialog): void {
  shownDialog = dialog.id;
  const input =
    dialog.kind === 'prompt'
      ? h('input', { type: 'text', class: 'prompt-input', id: 'addon-prompt-input', 'aria-label': dialog.prompt })
      : null;
  const buttons = h('div', { class: 'alert-buttons' });
  const body = h('div', { class: 'alert-body' }, h('p', { class: 'alert-prompt' }, dialog.prompt), input, buttons);
  const label = dialog.title || (dialog.kind === 'prompt' ? 'Prompt' : 'Alert');
  let answered = false;
  const remove = openModal(body, label, 440, 0, 'addon-alert', () => answer('CLOSE'));
  body.style.height = 'auto';
  function answer(button: string): void {
    if (answered) return;
    answered = true;
    remove();
    void api('/api/answer', { id: dialog.id, button, text: input?.value ?? '' }).then(() => {
      shownDialog = null;
      return refresh();
    });
  }
  for (const choice of dialog.choices) {
    const button = h(
      'button',
      { type: 'button', class: choice === dialog.choices[0] ? 'primary' : 'plain', 'data-button': choice },
      BUTTON_LABELS[choice] ?? choice,
    );
    button.addEventListener('click', () => answer(choice));
    buttons.append(button);
  }
  input?.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && dialog.choices[0]) answer(dialog.choices[0]);
  });
  (input ?? buttons.querySelector<HTMLElement>('button'))?.focus();
}

// ---- refresh ----------------------------------------------------------------------------------

async function refresh(): Promise<void> {
  const s = await api<State>('/api/state');
  state = s;
  title.textContent = s.spreadsheet.name;
  resetButton.textContent = s.demo ? 'Reset demo' : 'Reset';
  resetButton.title = s.demo ? 'Start again from the demo team' : 'Start again from an empty spreadsheet';
  document.title = `${s.spreadsheet.name} — Career Ladder playground`;
  renderMenu(s);
  renderTabs(s);
  renderSheet(s.view);
  const last = s.history[s.history.length - 1];
  callsInfo.textContent = last ? `${last.fn}: ${last.calls} service call${last.calls === 1 ? '' : 's'}${last.ok ? '' : ' (failed)'}` : '';
  callsInfo.title = s.history
    .map((c) => `${c.fn}: ${c.calls} calls, ${c.ms.toFixed(1)} ms${c.ok ? '' : ` — ${c.error ?? 'failed'}`}`)
    .join('\n');

  for (const toast of s.toasts.slice(seenToasts)) showToast(toast.title, toast.message);
  seenToasts = s.toasts.length;
  const fresh = s.shown.slice(seenShown);
  seenShown = s.shown.length;
  for (const panel of fresh) {
    if (panel.kind === 'sidebar') openSidebar(panel.index, panel.title || 'Sidebar');
    else openDialog(panel.index, panel.title, panel.width ?? 600, panel.height ?? 400);
  }
}

resetButton.addEventListener('click', () => {
  // The server starts again as it started: from the demo team, or empty (npm start -- --empty).
  void api<{ ok: boolean; error?: string }>('/api/reset', {}).then((result) => {
    if (!result.ok) showToast('Could not reset', result.error ?? '', true);
    closeSidebar();
    clear(dialogLayer);
    modals.length = 0;
    shownDialog = null;
    dialogLayer.hidden = true;
    seenShown = 0;
    seenToasts = 0;
    return refresh();
  });
});

// Everything shown before the page loaded belongs to an earlier visit: start from what is there now.
void api<State>('/api/state').then((s) => {
  seenShown = s.shown.length;
  seenToasts = s.toasts.length;
  return refresh();
});

import { NotImplementedError } from '../strict';
import { mustBeDetached, signatureMismatch } from './errors';
import { ContainerNode } from './container';
import { childIndexArg, type ElementSnapshot, elementArg, integerArg, type RowSnapshot } from './elements';
import { ParagraphNode } from './paragraph';
import type { DocsRuntime } from './runtime';
import { registerTableMaker, SectionNode } from './section';
import { TextModel } from './textModel';

/**
 * Tables, rows and cells. Copying a template row and appending the copy (appendTableRow(row.copy()))
 * is how a row of list placeholders repeats once per item.
 * https://developers.google.com/apps-script/reference/document/table
 * https://developers.google.com/apps-script/reference/document/table-row
 * https://developers.google.com/apps-script/reference/document/table-cell
 */
export class TableNode extends ContainerNode {
  readonly _type = 'TABLE';
  readonly _className = 'Table';
  _borderWidth: number | null = null;
  _borderColor: string | null = null;
  _columnWidths: Record<string, number> = {};

  static fromCells(rt: DocsRuntime, cells: unknown, method: string): TableNode {
    if (
      !Array.isArray(cells) ||
      cells.length === 0 ||
      !cells.every((row) => Array.isArray(row) && row.every((c) => typeof c === 'string'))
    ) {
      throw signatureMismatch(method, [cells]);
    }
    const rows = cells as string[][];
    const width = (rows[0] as string[]).length;
    if (width === 0 || rows.some((row) => row.length !== width)) throw new NotImplementedError(`${method} with rows of different lengths`);
    const table = new TableNode(rt);
    for (const values of rows) {
      const row = new TableRowNode(rt);
      for (const value of values) row._insertNode(row._children.length, new TableCellNode(rt, value));
      table._insertNode(table._children.length, row);
    }
    return table;
  }

  _clone(): TableNode {
    const copy = new TableNode(this._rt);
    copy._borderWidth = this._borderWidth;
    copy._borderColor = this._borderColor;
    copy._columnWidths = { ...this._columnWidths };
    for (const row of this._children) copy._insertNode(copy._children.length, row._clone());
    return copy;
  }

  _snapshot(): ElementSnapshot {
    return {
      type: 'TABLE',
      borderWidth: this._borderWidth,
      borderColor: this._borderColor,
      columnWidths: { ...this._columnWidths },
      rows: this._children.map((row) => (row as TableRowNode)._rowSnapshot()),
    };
  }

  private _rowArg(value: unknown, method: string, args: readonly unknown[]): TableRowNode {
    if (value === undefined || value === null) return new TableRowNode(this._rt);
    const node = elementArg(this._rt, value);
    if (!(node instanceof TableRowNode)) throw signatureMismatch(`Table.${method}`, args);
    if (node._parent) throw mustBeDetached();
    return node;
  }

  getNumRows(): number {
    return this._children.length;
  }

  getRow(rowIndex: unknown): TableRowNode {
    return this.getChild(rowIndex) as TableRowNode;
  }

  getCell(rowIndex: unknown, cellIndex: unknown): TableCellNode {
    const r = childIndexArg(rowIndex, this._children.length, 'Table.getCell', [rowIndex, cellIndex]);
    const row = this._children[r] as TableRowNode;
    const c = childIndexArg(cellIndex, row._children.length, 'Table.getCell', [rowIndex, cellIndex]);
    return (row._children[c] as TableCellNode)._api();
  }

  appendTableRow(tableRow?: unknown): TableRowNode {
    const row = this._rowArg(tableRow, 'appendTableRow', [tableRow]);
    this._insertNode(this._children.length, row);
    return row._api();
  }

  insertTableRow(childIndex: unknown, tableRow?: unknown): TableRowNode {
    const args = [childIndex, tableRow];
    const index = this._insertIndex(childIndex, 'Table.insertTableRow', args);
    const row = this._rowArg(tableRow, 'insertTableRow', args);
    this._insertNode(index, row);
    return row._api();
  }

  removeRow(rowIndex: unknown): TableRowNode {
    const index = childIndexArg(rowIndex, this._children.length, 'Table.removeRow', [rowIndex]);
    const row = this._children[index] as TableRowNode;
    this._removeChildNode(row);
    return row._api();
  }

  getBorderWidth(): number | null {
    return this._borderWidth;
  }

  setBorderWidth(width: unknown): this {
    if (typeof width !== 'number' || width < 0) throw signatureMismatch('Table.setBorderWidth', [width]);
    this._touch();
    this._borderWidth = width;
    return this;
  }

  setBorderColor(color: unknown): this {
    if (typeof color !== 'string') throw signatureMismatch('Table.setBorderColor', [color]);
    this._touch();
    this._borderColor = color;
    return this;
  }

  getColumnWidth(columnIndex: unknown): number | null {
    const index = integerArg(columnIndex, 'Table.getColumnWidth', [columnIndex]);
    return this._columnWidths[String(index)] ?? null;
  }

  setColumnWidth(columnIndex: unknown, width: unknown): this {
    const index = integerArg(columnIndex, 'Table.setColumnWidth', [columnIndex, width]);
    const columns = Math.max(0, ...this._children.map((row) => row._childNodes().length));
    if (index < 0 || index >= columns || typeof width !== 'number' || width <= 0)
      throw signatureMismatch('Table.setColumnWidth', [columnIndex, width]);
    this._touch();
    this._columnWidths[String(index)] = width;
    return this;
  }

  override getAttributes(): Record<string, unknown> {
    return { ...super.getAttributes(), BORDER_WIDTH: this._borderWidth, BORDER_COLOR: this._borderColor };
  }

  protected override _setOwnAttribute(key: string, value: unknown): void {
    if (key === 'BORDER_WIDTH') this.setBorderWidth(value);
    else if (key === 'BORDER_COLOR') this.setBorderColor(value);
    else super._setOwnAttribute(key, value);
  }
}

export class TableRowNode extends ContainerNode {
  readonly _type = 'TABLE_ROW';
  readonly _className = 'TableRow';

  _clone(): TableRowNode {
    const copy = new TableRowNode(this._rt);
    for (const cell of this._children) copy._insertNode(copy._children.length, cell._clone());
    return copy;
  }

  _rowSnapshot(): RowSnapshot {
    return { cells: this._children.map((cell) => (cell as TableCellNode)._cellSnapshot()) };
  }

  _snapshot(): ElementSnapshot {
    throw new NotImplementedError('a snapshot of a lone TableRow (snapshot its table)');
  }

  private _cellArg(value: unknown, method: string, args: readonly unknown[]): TableCellNode {
    if (value === undefined || value === null) return new TableCellNode(this._rt, '');
    if (typeof value === 'string') return new TableCellNode(this._rt, value);
    const node = elementArg(this._rt, value);
    if (!(node instanceof TableCellNode)) throw signatureMismatch(`TableRow.${method}`, args);
    if (node._parent) throw mustBeDetached();
    return node;
  }

  getNumCells(): number {
    return this._children.length;
  }

  getCell(cellIndex: unknown): TableCellNode {
    return this.getChild(cellIndex) as TableCellNode;
  }

  appendTableCell(textContentsOrCell?: unknown): TableCellNode {
    const cell = this._cellArg(textContentsOrCell, 'appendTableCell', [textContentsOrCell]);
    this._insertNode(this._children.length, cell);
    return cell._api();
  }

  getParentTable(): TableNode | null {
    return this._parent instanceof TableNode ? this._parent._api() : null;
  }
}

export class TableCellNode extends SectionNode {
  readonly _type = 'TABLE_CELL';
  readonly _className = 'TableCell';
  _background: string | null = null;

  constructor(rt: DocsRuntime, text: string | null) {
    super(rt);
    if (text !== null) this._insertNode(0, new ParagraphNode(rt, new TextModel(text)));
  }

  _clone(): TableCellNode {
    const copy = new TableCellNode(this._rt, null);
    copy._background = this._background;
    for (const child of this._children) copy._insertNode(copy._children.length, child._clone());
    return copy;
  }

  _cellSnapshot(): { backgroundColor: string | null; children: ElementSnapshot[] } {
    return { backgroundColor: this._background, children: this._children.map((child) => child._snapshot()) };
  }

  _snapshot(): ElementSnapshot {
    throw new NotImplementedError('a snapshot of a lone TableCell (snapshot its table)');
  }

  getParentRow(): TableRowNode | null {
    return this._parent instanceof TableRowNode ? this._parent._api() : null;
  }

  getParentTable(): TableNode | null {
    const row = this._parent;
    return row instanceof TableRowNode && row._parent instanceof TableNode ? row._parent._api() : null;
  }

  getBackgroundColor(): string | null {
    return this._background;
  }

  setBackgroundColor(color: unknown): this {
    if (color !== null && typeof color !== 'string') throw signatureMismatch('TableCell.setBackgroundColor', [color]);
    this._touch();
    this._background = color;
    return this;
  }

  override getAttributes(): Record<string, unknown> {
    return { ...super.getAttributes(), BACKGROUND_COLOR: this._background };
  }
}

registerTableMaker({ fromCells: (rt, cells, method) => TableNode.fromCells(rt, cells, method) });

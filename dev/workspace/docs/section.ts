import { NotImplementedError } from '../strict';
import { mustBeDetached, signatureMismatch } from './errors';
import { ContainerNode, refuseRemovingLast } from './container';
import { type ElementNode, elementArg } from './elements';
import { HorizontalRuleNode } from './inline';
import { ListItemNode, ParagraphNode } from './paragraph';
import { TextModel } from './textModel';
import type { DocsRuntime } from './runtime';

/** How sections make tables; table.ts registers itself (it builds on this module). */
export interface TableMaker {
  fromCells(rt: DocsRuntime, cells: unknown, method: string): ElementNode;
}
let tables: TableMaker | null = null;
export function registerTableMaker(maker: TableMaker): void {
  tables = maker;
}

/**
 * What the body and a table cell share: paragraphs, list items and tables appended or inserted,
 * from text or as detached copies ("Element must be detached." otherwise), and the rule that a
 * section ends with a paragraph: "This method will also append an empty paragraph after the table,
 * since Google Docs documents cannot end with a table."
 * https://developers.google.com/apps-script/reference/document/body#appendTable(String)
 */
export abstract class SectionNode extends ContainerNode {
  /** A new paragraph or list item from text, or the detached one passed in. */
  private _paragraphArg(value: unknown, listItem: boolean, method: string, args: readonly unknown[]): ParagraphNode {
    if (typeof value === 'string') {
      const model = new TextModel(value);
      return listItem ? new ListItemNode(this._rt, model) : new ParagraphNode(this._rt, model);
    }
    const node = elementArg(this._rt, value);
    if (!node || node._type !== (listItem ? 'LIST_ITEM' : 'PARAGRAPH')) throw signatureMismatch(`${this._className}.${method}`, args);
    if (node._parent) throw mustBeDetached();
    return node as ParagraphNode;
  }

  private _tableArg(value: unknown, method: string, args: readonly unknown[]): ElementNode {
    if (value === undefined || value === null) {
      throw new NotImplementedError(`${this._className}.${method} without cells (Docs tables have at least one row)`);
    }
    if (Array.isArray(value)) {
      if (!tables) throw new NotImplementedError('tables (table.ts is not loaded)');
      return tables.fromCells(this._rt, value, `${this._className}.${method}`);
    }
    const node = elementArg(this._rt, value);
    if (!node || node._type !== 'TABLE') throw signatureMismatch(`${this._className}.${method}`, args);
    if (node._parent) throw mustBeDetached();
    return node;
  }

  private _place(index: number, node: ElementNode): void {
    this._insertNode(index, node);
    if (node instanceof ListItemNode) {
      const before = this._children[index - 1];
      if (before instanceof ListItemNode && before._listId) node._listId = before._listId;
      else node._listId ??= this._rt.context.newId('kix.list');
    }
    if (node._type === 'TABLE' && index === this._children.length - 1) this._insertNode(index + 1, new ParagraphNode(this._rt));
  }

  appendParagraph(paragraphOrText: unknown): ParagraphNode {
    const node = this._paragraphArg(paragraphOrText, false, 'appendParagraph', [paragraphOrText]);
    this._place(this._children.length, node);
    return node._api();
  }

  insertParagraph(childIndex: unknown, paragraphOrText: unknown): ParagraphNode {
    const args = [childIndex, paragraphOrText];
    const index = this._insertIndex(childIndex, `${this._className}.insertParagraph`, args);
    const node = this._paragraphArg(paragraphOrText, false, 'insertParagraph', args);
    this._place(index, node);
    return node._api();
  }

  appendListItem(listItemOrText: unknown): ListItemNode {
    const node = this._paragraphArg(listItemOrText, true, 'appendListItem', [listItemOrText]) as ListItemNode;
    this._place(this._children.length, node);
    return node._api();
  }

  appendTable(cellsOrTable?: unknown): ElementNode {
    const node = this._tableArg(cellsOrTable, 'appendTable', [cellsOrTable]);
    this._place(this._children.length, node);
    return node._api();
  }

  /** "Creates and appends a new HorizontalRule" — in a new paragraph, as Docs holds it. */
  appendHorizontalRule(): HorizontalRuleNode {
    const paragraph = new ParagraphNode(this._rt);
    this._place(this._children.length, paragraph);
    return paragraph.appendHorizontalRule();
  }

  override _removeChildNode(child: ElementNode): void {
    refuseRemovingLast(this, child);
    super._removeChildNode(child);
  }

  /** Leaves one empty paragraph, the one a section cannot lose. */
  clear(): this {
    this._touch();
    for (const child of this._children) child._parent = null;
    this._children = [];
    this._insertNode(0, new ParagraphNode(this._rt));
    return this;
  }

  /** "Sets the contents as plain text": one paragraph holding `text`. */
  setText(text: unknown): this {
    if (typeof text !== 'string') throw signatureMismatch(`${this._className}.setText`, [text]);
    this.clear();
    (this._children[0] as ParagraphNode)._text.setText(text);
    return this;
  }

  getParagraphs(): ParagraphNode[] {
    return this._paragraphs().map((p) => p._api());
  }

  getListItems(): ListItemNode[] {
    return this._paragraphs()
      .filter((p): p is ListItemNode => p instanceof ListItemNode)
      .map((p) => p._api());
  }

  getTables(): ElementNode[] {
    const out: ElementNode[] = [];
    const visit = (node: ElementNode): void => {
      if (node._type === 'TABLE') out.push(node._api());
      for (const child of node._childNodes()) visit(child);
    };
    for (const child of this._children) visit(child);
    return out;
  }
}

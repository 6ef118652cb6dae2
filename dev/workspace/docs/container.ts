import { NotImplementedError } from '../strict';
import { insertIndexOutOfRange, lastParagraph, mustBeDetached, signatureMismatch } from './errors';
import { childIndexArg, ElementNode, elementArg, integerArg } from './elements';
import { ParagraphNode } from './paragraph';
import { findIn, replaceIn } from './search';
import { attributesOf, stylePatchOf, TextNode } from './text';
import type { TextModel } from './textModel';

/**
 * Elements made of other elements: the body, tables, rows and cells. getText() joins the
 * children's text with "\n"; search and replace go through every paragraph inside, one text
 * block at a time.
 * https://developers.google.com/apps-script/reference/document/container-element
 */
export abstract class ContainerNode extends ElementNode {
  _children: ElementNode[] = [];
  private _joined: TextNode | null = null;

  override _childNodes(): readonly ElementNode[] {
    return this._children;
  }

  /** Puts a detached node at `index` (the caller checked the index). */
  _insertNode(index: number, node: ElementNode): void {
    if (node._parent || node._host) throw mustBeDetached();
    this._touch();
    node._parent = this;
    this._children.splice(index, 0, node);
  }

  override _removeChildNode(child: ElementNode): void {
    const at = this._children.indexOf(child);
    if (at < 0) return;
    this._touch();
    this._children.splice(at, 1);
    child._parent = null;
  }

  /** The index where an insert may go: 0..getNumChildren(). */
  _insertIndex(childIndex: unknown, method: string, args: readonly unknown[]): number {
    const index = integerArg(childIndex, method, args);
    if (index < 0 || index > this._children.length) throw insertIndexOutOfRange(index, this._children.length);
    return index;
  }

  _plainText(): string {
    return this._children.map((child) => child._plainText()).join('\n');
  }

  /** Every paragraph's Text, in document order. */
  _texts(): TextNode[] {
    return this._paragraphs().flatMap((p) => p._texts());
  }

  /** Every paragraph and list item inside, tables included, in document order. */
  _paragraphs(): ParagraphNode[] {
    return this._children.flatMap((child) =>
      child instanceof ParagraphNode ? [child] : child instanceof ContainerNode ? child._paragraphs() : [],
    );
  }

  _models(): TextModel[] {
    return this._paragraphs().map((p) => p._model);
  }

  getNumChildren(): number {
    return this._children.length;
  }

  getChild(childIndex: unknown): ElementNode {
    const index = childIndexArg(childIndex, this._children.length, `${this._className}.getChild`, [childIndex]);
    return (this._children[index] as ElementNode)._api();
  }

  getChildIndex(child: unknown): number {
    const node = elementArg(this._rt, child);
    if (!node) throw signatureMismatch(`${this._className}.getChildIndex`, [child]);
    return this._children.indexOf(node);
  }

  removeChild(child: unknown): this {
    const node = elementArg(this._rt, child);
    if (!node || node._parent !== this) throw signatureMismatch(`${this._className}.removeChild`, [child]);
    this._removeChildNode(node);
    return this;
  }

  getText(): string {
    return this._plainText();
  }

  editAsText(): TextNode {
    this._joined ??= TextNode.joined(
      this._rt,
      this,
      () => this._models(),
      () => this._texts(),
      this._className,
    );
    return this._joined._api();
  }

  findText(searchPattern: unknown, from?: unknown): unknown {
    return findIn(this._rt, this._texts(), searchPattern, from);
  }

  replaceText(searchPattern: unknown, replacement: unknown): this {
    replaceIn(this._texts(), searchPattern, replacement, `${this._className}.replaceText`);
    return this;
  }

  getAttributes(): Record<string, unknown> {
    return attributesOf(this._paragraphs().map((p) => ({ target: p._text._target, length: p._model.length })));
  }

  /** Character attributes apply to every paragraph inside; other attributes are the element's own. */
  setAttributes(attributes: unknown): this {
    const { patch, rest } = stylePatchOf(attributes, `${this._className}.setAttributes`);
    this._touch();
    for (const model of this._models()) model.restyle(0, model.length, patch);
    for (const [key, value] of Object.entries(rest)) this._setOwnAttribute(key, value);
    return this;
  }

  protected _setOwnAttribute(key: string, _value: unknown): void {
    throw new NotImplementedError(`the ${key} attribute on a ${this._className}`);
  }
}

/** Sections (body, table cells) always end with a paragraph. */
export function refuseRemovingLast(container: ContainerNode, child: ElementNode): void {
  const children = container._childNodes();
  if (children[children.length - 1] === child) throw lastParagraph();
}

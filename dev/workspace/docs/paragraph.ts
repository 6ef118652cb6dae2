import { NotImplementedError } from '../strict';
import { type AlignmentName, type GlyphName, GlyphType, type HeadingName, HorizontalAlignment, isMember, ParagraphHeading } from './enums';
import { signatureMismatch } from './errors';
import { childIndexArg, ElementNode, type ElementSnapshot, elementArg, integerArg, runSnapshots } from './elements';
import { HorizontalRuleNode, PageBreakNode } from './inline';
import type { DocsRuntime } from './runtime';
import { findIn, replaceIn } from './search';
import { attributesOf, stylePatchOf, TextNode } from './text';
import { TextModel } from './textModel';
import { ModelTarget } from './textTarget';

/**
 * A paragraph: its characters (one Text child while it has any), its heading and alignment, and
 * any horizontal rule or page break placed in it.
 * https://developers.google.com/apps-script/reference/document/paragraph
 */
export class ParagraphNode extends ElementNode {
  readonly _type: 'PARAGRAPH' | 'LIST_ITEM' = 'PARAGRAPH';
  readonly _className: string = 'Paragraph';
  readonly _model: TextModel;
  readonly _text: TextNode;
  _inline: ElementNode[] = [];
  _heading: HeadingName = 'NORMAL';
  _alignment: AlignmentName | null = null;

  constructor(rt: DocsRuntime, model: TextModel = new TextModel()) {
    super(rt);
    this._model = model;
    this._text = new TextNode(rt, new ModelTarget(model, () => this._touch()));
    this._text._parent = this;
  }

  protected _blank(): ParagraphNode {
    return new ParagraphNode(this._rt, this._model.copy());
  }

  _clone(): ParagraphNode {
    const copy = this._blank();
    copy._heading = this._heading;
    copy._alignment = this._alignment;
    for (const item of this._inline) copy._adopt(item._clone());
    return copy;
  }

  private _adopt(item: ElementNode): void {
    item._parent = this;
    this._inline.push(item);
  }

  _plainText(): string {
    return this._model.text;
  }

  _snapshot(): ElementSnapshot {
    return {
      type: this._type,
      heading: this._heading,
      alignment: this._alignment,
      text: this._model.text,
      runs: runSnapshots(this._model.runs()),
      inline: this._inline.map((item) => item._type),
    };
  }

  override _childNodes(): readonly ElementNode[] {
    return this._model.length > 0 ? [this._text, ...this._inline] : this._inline;
  }

  override _removeChildNode(child: ElementNode): void {
    this._touch();
    if (child instanceof TextNode) {
      child._target.remove(0, child._target.text().length);
      return;
    }
    const at = this._inline.indexOf(child);
    if (at >= 0) {
      this._inline.splice(at, 1);
      child._parent = null;
    }
  }

  /** The Text elements search works on: this paragraph's one Text, if it has characters. */
  _texts(): TextNode[] {
    return this._model.length > 0 ? [this._text] : [];
  }

  getText(): string {
    return this._model.text;
  }

  /** Google's signature returns nothing. */
  setText(text: unknown): void {
    if (typeof text !== 'string') throw signatureMismatch(`${this._className}.setText`, [text]);
    this._text.setText(text);
    for (const item of [...this._inline]) this._removeChildNode(item);
  }

  appendText(text: unknown): TextNode {
    return this._text.appendText(text);
  }

  editAsText(): TextNode {
    return this._text._api();
  }

  clear(): this {
    this._touch();
    this._model.remove(0, this._model.length);
    for (const item of [...this._inline]) this._removeChildNode(item);
    return this;
  }

  getNumChildren(): number {
    return this._childNodes().length;
  }

  getChild(childIndex: unknown): ElementNode {
    const children = this._childNodes();
    return (children[childIndexArg(childIndex, children.length, `${this._className}.getChild`, [childIndex])] as ElementNode)._api();
  }

  getChildIndex(child: unknown): number {
    const node = elementArg(this._rt, child);
    if (!node) throw signatureMismatch(`${this._className}.getChildIndex`, [child]);
    return this._childNodes().indexOf(node);
  }

  appendHorizontalRule(): HorizontalRuleNode {
    this._touch();
    const rule = new HorizontalRuleNode(this._rt);
    this._adopt(rule);
    return rule._api();
  }

  appendPageBreak(): PageBreakNode {
    this._touch();
    const pageBreak = new PageBreakNode(this._rt);
    this._adopt(pageBreak);
    return pageBreak._api();
  }

  getHeading(): string {
    return this._heading;
  }

  setHeading(heading: unknown): this {
    if (!isMember(ParagraphHeading, heading)) throw signatureMismatch(`${this._className}.setHeading`, [heading]);
    this._touch();
    this._heading = heading;
    return this;
  }

  getAlignment(): string | null {
    return this._alignment;
  }

  setAlignment(alignment: unknown): this {
    if (!isMember(HorizontalAlignment, alignment)) throw signatureMismatch(`${this._className}.setAlignment`, [alignment]);
    this._touch();
    this._alignment = alignment;
    return this;
  }

  getLinkUrl(): unknown {
    return this._text.getLinkUrl();
  }

  setLinkUrl(url: unknown): this {
    if (url !== null && typeof url !== 'string') throw signatureMismatch(`${this._className}.setLinkUrl`, [url]);
    this._touch();
    this._model.restyle(0, this._model.length, { LINK_URL: url });
    return this;
  }

  getAttributes(): Record<string, unknown> {
    return {
      ...attributesOf([{ target: this._text._target, length: this._model.length }]),
      HEADING: this._heading,
      HORIZONTAL_ALIGNMENT: this._alignment,
    };
  }

  setAttributes(attributes: unknown): this {
    const { patch, rest } = stylePatchOf(attributes, `${this._className}.setAttributes`);
    this._touch();
    this._model.restyle(0, this._model.length, patch);
    for (const [key, value] of Object.entries(rest)) this._setParagraphAttribute(key, value);
    return this;
  }

  protected _setParagraphAttribute(key: string, value: unknown): void {
    if (key === 'HEADING') this.setHeading(value);
    else if (key === 'HORIZONTAL_ALIGNMENT') {
      if (value === null) this._alignment = null;
      else this.setAlignment(value);
    } else throw new NotImplementedError(`the ${key} attribute on a ${this._className}`);
  }

  findText(searchPattern: unknown, from?: unknown): unknown {
    return findIn(this._rt, this._texts(), searchPattern, from);
  }

  replaceText(searchPattern: unknown, replacement: unknown): this {
    replaceIn(this._texts(), searchPattern, replacement, `${this._className}.replaceText`);
    return this;
  }
}

/**
 * A list item: a paragraph with a glyph, a nesting level and the id of the list it belongs to.
 * https://developers.google.com/apps-script/reference/document/list-item
 */
export class ListItemNode extends ParagraphNode {
  override readonly _type = 'LIST_ITEM';
  override readonly _className = 'ListItem';
  _glyph: GlyphName = 'BULLET';
  _nesting = 0;
  _listId: string | null = null;

  protected override _blank(): ListItemNode {
    const copy = new ListItemNode(this._rt, this._model.copy());
    copy._glyph = this._glyph;
    copy._nesting = this._nesting;
    copy._listId = this._listId;
    return copy;
  }

  override _clone(): ListItemNode {
    return super._clone() as ListItemNode;
  }

  override _snapshot(): ElementSnapshot {
    return { ...super._snapshot(), glyphType: this._glyph, nestingLevel: this._nesting, listId: this._listId ?? '' } as ElementSnapshot;
  }

  setGlyphType(glyphType: unknown): this {
    if (!isMember(GlyphType, glyphType)) throw signatureMismatch('ListItem.setGlyphType', [glyphType]);
    this._touch();
    this._glyph = glyphType;
    return this;
  }

  getNestingLevel(): number {
    return this._nesting;
  }

  setNestingLevel(nestingLevel: unknown): this {
    const level = integerArg(nestingLevel, 'ListItem.setNestingLevel', [nestingLevel]);
    if (level < 0 || level > 8) throw signatureMismatch('ListItem.setNestingLevel', [nestingLevel]);
    this._touch();
    this._nesting = level;
    return this;
  }

  getListId(): string | null {
    return this._listId;
  }

  override getAttributes(): Record<string, unknown> {
    return { ...super.getAttributes(), GLYPH_TYPE: this._glyph, NESTING_LEVEL: this._nesting, LIST_ID: this._listId };
  }

  protected override _setParagraphAttribute(key: string, value: unknown): void {
    if (key === 'GLYPH_TYPE') this.setGlyphType(value);
    else if (key === 'NESTING_LEVEL') this.setNestingLevel(value);
    else super._setParagraphAttribute(key, value);
  }
}

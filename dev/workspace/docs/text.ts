import { NotImplementedError } from '../strict';
import { Attribute, isMember } from './enums';
import { AppsScriptException, invalidArgument, signatureMismatch } from './errors';
import { ElementNode, type ElementSnapshot, elementArg, integerArg } from './elements';
import { findIn, replaceIn } from './search';
import {
  isTextAttribute,
  type StylePatch,
  type StyleValue,
  TEXT_ATTRIBUTES,
  type TextAttribute,
  TextModel,
  type TextStyle,
} from './textModel';
import { JoinedTarget, ModelTarget, SliceTarget, type TextTarget } from './textTarget';
import type { DocsRuntime } from './runtime';

/** Paragraph-level attributes a style object may carry; on a Text they are ignored, as in a style reused everywhere. */
const PARAGRAPH_ATTRIBUTES = new Set(['HEADING', 'HORIZONTAL_ALIGNMENT', 'GLYPH_TYPE', 'NESTING_LEVEL', 'LIST_ID']);

/** Reads an attributes object (keys are DocumentApp.Attribute names) into a style patch. */
export function stylePatchOf(attributes: unknown, method: string): { patch: StylePatch; rest: Record<string, unknown> } {
  if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes)) throw signatureMismatch(method, [attributes]);
  const patch: StylePatch = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (!isMember(Attribute, key)) throw invalidArgument(`attributes (unknown attribute ${key})`);
    if (isTextAttribute(key)) patch[key] = checkStyleValue(key, value);
    else rest[key] = value;
  }
  return { patch, rest };
}

function checkStyleValue(key: TextAttribute, value: unknown): StyleValue | null {
  if (value === null) return null;
  const kind =
    key === 'FONT_SIZE'
      ? 'number'
      : key === 'BOLD' || key === 'ITALIC' || key === 'UNDERLINE' || key === 'STRIKETHROUGH'
        ? 'boolean'
        : 'string';
  if (typeof value !== kind) throw invalidArgument(key);
  return value as StyleValue;
}

/** getAttributes(): every character attribute; null where the characters disagree. */
export function attributesOf(texts: Array<{ target: TextTarget; length: number }>): Record<string, StyleValue | null> {
  const out: Record<string, StyleValue | null> = {};
  for (const key of TEXT_ATTRIBUTES) {
    const values = new Set<StyleValue | null>();
    for (const { target, length } of texts) for (let i = 0; i < length; i += 1) values.add(valueOf(target.styleAt(i), key));
    out[key] = values.size === 1 ? ([...values][0] as StyleValue | null) : values.size === 0 ? valueOf({}, key) : null;
  }
  return out;
}

function valueOf(style: TextStyle, key: TextAttribute): StyleValue | null {
  const value = style[key];
  if (value !== undefined) return value;
  return key === 'BOLD' || key === 'ITALIC' || key === 'UNDERLINE' || key === 'STRIKETHROUGH' ? false : null;
}

/**
 * A rich-text region: all of a paragraph's characters (its one Text child), some of them
 * (what appendText returns), or a container's paragraphs joined by "\n" (editAsText()).
 * https://developers.google.com/apps-script/reference/document/text
 */
export class TextNode extends ElementNode {
  readonly _type = 'TEXT';
  readonly _className = 'Text';
  _target: TextTarget;
  /** For a container's editAsText(): the paragraph Texts that find/replace work on. */
  private readonly _leaves: (() => TextNode[]) | null;

  constructor(rt: DocsRuntime, target: TextTarget | ((self: TextNode) => TextTarget), leaves: (() => TextNode[]) | null = null) {
    super(rt);
    this._target = typeof target === 'function' ? target(this) : target;
    this._leaves = leaves;
  }

  /** A detached Text with its own characters. */
  static detached(rt: DocsRuntime, model: TextModel): TextNode {
    return new TextNode(rt, (self) => new ModelTarget(model, () => self._touch()));
  }

  static joined(rt: DocsRuntime, owner: ElementNode, models: () => TextModel[], leaves: () => TextNode[], what: string): TextNode {
    const node = new TextNode(rt, new JoinedTarget(models, () => owner._touch(), what), leaves);
    node._parent = owner;
    return node;
  }

  _model(): TextModel {
    const slice = this._target.slice();
    if (!slice) throw new NotImplementedError('copying a container-wide Text');
    return slice.model.copy(slice.start, slice.end);
  }

  _clone(): TextNode {
    return TextNode.detached(this._rt, this._model());
  }

  _plainText(): string {
    return this._target.text();
  }

  _snapshot(): ElementSnapshot {
    throw new NotImplementedError('a snapshot of a lone Text');
  }

  private _length(): number {
    return this._target.text().length;
  }

  /** Validates (start, endInclusive) and returns [start, endExclusive). */
  private _range(start: unknown, endInclusive: unknown, method: string, args: readonly unknown[]): [number, number] {
    const from = integerArg(start, `Text.${method}`, args);
    const to = integerArg(endInclusive, `Text.${method}`, args);
    const length = this._length();
    if (from < 0 || to < from || to >= length)
      throw new AppsScriptException(`Invalid text range: ${from} to ${to} in a text of length ${length}.`);
    return [from, to + 1];
  }

  /** The (value) and (startOffset, endOffsetInclusive, value) overloads of the setters. */
  private _set(key: TextAttribute, method: string, args: readonly unknown[]): this {
    if (args.length === 1) {
      this._target.restyle(0, this._length(), { [key]: checkStyleValue(key, args[0]) });
    } else if (args.length === 3) {
      const [from, to] = this._range(args[0], args[1], method, args);
      this._target.restyle(from, to, { [key]: checkStyleValue(key, args[2]) });
    } else {
      throw signatureMismatch(`Text.${method}`, args);
    }
    return this;
  }

  /** The () and (offset) overloads of the getters: null when the characters disagree. */
  private _get(key: TextAttribute, method: string, offset: unknown): StyleValue | null {
    if (offset !== undefined && offset !== null) {
      const at = integerArg(offset, `Text.${method}`, [offset]);
      if (at < 0 || at >= this._length()) throw new AppsScriptException(`Invalid text offset: ${at}.`);
      return valueOf(this._target.styleAt(at), key);
    }
    return attributesOf([{ target: this._target, length: this._length() }])[key] ?? null;
  }

  getText(): string {
    return this._target.text();
  }

  setText(text: unknown): this {
    if (typeof text !== 'string') throw signatureMismatch('Text.setText', [text]);
    const style = this._length() > 0 ? this._target.styleAt(0) : undefined;
    this._target.remove(0, this._length());
    this._target.insert(0, text, style);
    return this;
  }

  /** Returns a Text for just the appended characters. */
  appendText(text: unknown): TextNode {
    const slice = this._target.slice();
    let added: TextModel;
    if (typeof text === 'string') added = new TextModel(text, this._length() > 0 ? this._target.styleAt(this._length() - 1) : {});
    else {
      const other = elementArg(this._rt, text);
      if (!(other instanceof TextNode)) throw signatureMismatch('Text.appendText', [text]);
      added = other._model();
    }
    const at = this._length();
    if (!slice) {
      this._target.insert(at, added.text);
      return this._api();
    }
    for (let i = 0; i < added.length; i += 1) this._target.insert(at + i, added.text[i] as string, added.styleAt(i));
    const node = new TextNode(this._rt, new SliceTarget(slice.model, () => this._touch(), slice.start + at, added.length));
    node._parent = this._parent;
    return node._api();
  }

  insertText(offset: unknown, text: unknown): this {
    const at = integerArg(offset, 'Text.insertText', [offset, text]);
    if (typeof text !== 'string') throw signatureMismatch('Text.insertText', [offset, text]);
    if (at < 0 || at > this._length()) throw new AppsScriptException(`Invalid text offset: ${at}.`);
    this._target.insert(at, text);
    return this;
  }

  deleteText(startOffset: unknown, endOffsetInclusive: unknown): this {
    const [from, to] = this._range(startOffset, endOffsetInclusive, 'deleteText', [startOffset, endOffsetInclusive]);
    this._target.remove(from, to);
    return this;
  }

  editAsText(): this {
    return this;
  }

  findText(searchPattern: unknown, from?: unknown): unknown {
    if (this._leaves) throw new NotImplementedError('Text.findText on a container-wide Text (call findText on the container)');
    return findIn(this._rt, [this], searchPattern, from);
  }

  replaceText(searchPattern: unknown, replacement: unknown): this {
    replaceIn(this._leaves ? this._leaves() : [this], searchPattern, replacement, 'Text.replaceText');
    return this;
  }

  getAttributes(offset?: unknown): Record<string, StyleValue | null> {
    if (offset !== undefined && offset !== null) {
      const out: Record<string, StyleValue | null> = {};
      for (const key of TEXT_ATTRIBUTES) out[key] = this._get(key, 'getAttributes', offset);
      return out;
    }
    return attributesOf([{ target: this._target, length: this._length() }]);
  }

  setAttributes(...args: unknown[]): this {
    if (args.length === 1) {
      const { patch, rest } = stylePatchOf(args[0], 'Text.setAttributes');
      this._rejectOthers(rest);
      this._target.restyle(0, this._length(), patch);
    } else if (args.length === 3) {
      const [from, to] = this._range(args[0], args[1], 'setAttributes', args);
      const { patch, rest } = stylePatchOf(args[2], 'Text.setAttributes');
      this._rejectOthers(rest);
      this._target.restyle(from, to, patch);
    } else throw signatureMismatch('Text.setAttributes', args);
    return this;
  }

  private _rejectOthers(rest: Record<string, unknown>): void {
    for (const key of Object.keys(rest))
      if (!PARAGRAPH_ATTRIBUTES.has(key)) throw new NotImplementedError(`the ${key} attribute on a Text`);
  }

  getTextAttributeIndices(): number[] {
    const slice = this._target.slice();
    if (!slice) throw new NotImplementedError('Text.getTextAttributeIndices on a container-wide Text');
    return slice.model.copy(slice.start, slice.end).attributeIndices();
  }

  setBold(...args: unknown[]): this {
    return this._set('BOLD', 'setBold', args);
  }
  setItalic(...args: unknown[]): this {
    return this._set('ITALIC', 'setItalic', args);
  }
  setUnderline(...args: unknown[]): this {
    return this._set('UNDERLINE', 'setUnderline', args);
  }
  setStrikethrough(...args: unknown[]): this {
    return this._set('STRIKETHROUGH', 'setStrikethrough', args);
  }
  setLinkUrl(...args: unknown[]): this {
    return this._set('LINK_URL', 'setLinkUrl', args);
  }
  setForegroundColor(...args: unknown[]): this {
    return this._set('FOREGROUND_COLOR', 'setForegroundColor', args);
  }
  setBackgroundColor(...args: unknown[]): this {
    return this._set('BACKGROUND_COLOR', 'setBackgroundColor', args);
  }
  setFontSize(...args: unknown[]): this {
    return this._set('FONT_SIZE', 'setFontSize', args);
  }
  setFontFamily(...args: unknown[]): this {
    return this._set('FONT_FAMILY', 'setFontFamily', args);
  }

  isBold(offset?: unknown): StyleValue | null {
    return this._get('BOLD', 'isBold', offset);
  }
  isItalic(offset?: unknown): StyleValue | null {
    return this._get('ITALIC', 'isItalic', offset);
  }
  getLinkUrl(offset?: unknown): StyleValue | null {
    return this._get('LINK_URL', 'getLinkUrl', offset);
  }
  getBackgroundColor(offset?: unknown): StyleValue | null {
    return this._get('BACKGROUND_COLOR', 'getBackgroundColor', offset);
  }
  getFontSize(offset?: unknown): StyleValue | null {
    return this._get('FONT_SIZE', 'getFontSize', offset);
  }
  getFontFamily(offset?: unknown): StyleValue | null {
    return this._get('FONT_FAMILY', 'getFontFamily', offset);
  }
}

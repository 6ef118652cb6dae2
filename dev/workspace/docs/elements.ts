import { AppsScriptException, childIndexOutOfRange, signatureMismatch } from './errors';
import type { ElementTypeName } from './enums';
import type { DocsRuntime } from './runtime';
import type { TextRun } from './textModel';

/**
 * The element tree every DocumentApp object shares. Each element is one object; callers get its
 * strict wrapper (`_api()`), one per element, so `body.getChild(0) === body.getChild(0)`.
 * Members starting with `_` are the workspace's own, never Google's.
 * https://developers.google.com/apps-script/reference/document/element
 */

/** What an element needs from the document it sits in. */
export interface DocHost {
  /** Called before every change: refuses edits to a closed document and records the edit. */
  _beforeEdit(): void;
}

export interface RunSnapshot {
  text: string;
  style: Record<string, string | number | boolean>;
}

export type ElementSnapshot =
  | {
      type: 'PARAGRAPH' | 'LIST_ITEM';
      heading: string;
      alignment: string | null;
      text: string;
      runs: RunSnapshot[];
      inline: string[];
      glyphType?: string;
      nestingLevel?: number;
      listId?: string;
    }
  | { type: 'TABLE'; borderWidth: number | null; borderColor: string | null; columnWidths: Record<string, number>; rows: RowSnapshot[] }
  | { type: 'HORIZONTAL_RULE' | 'PAGE_BREAK' };

export interface RowSnapshot {
  cells: CellSnapshot[];
}

export interface CellSnapshot {
  backgroundColor: string | null;
  children: ElementSnapshot[];
}

export function runSnapshots(runs: TextRun[]): RunSnapshot[] {
  return runs.map((run) => ({ text: run.text, style: { ...run.style } }));
}

export abstract class ElementNode {
  abstract readonly _type: ElementTypeName;
  abstract readonly _className: string;
  _parent: ElementNode | null = null;
  /** Set on a document's body only: the document it belongs to. */
  _host: DocHost | null = null;

  constructor(readonly _rt: DocsRuntime) {}

  /** The strict wrapper handed to callers. */
  _api(): this {
    return this._rt.wrap(this, this._className);
  }

  _root(): ElementNode {
    return this._parent ? this._parent._root() : this;
  }

  /** Every change goes through here first (closed documents refuse; Drive's modifiedTime follows). */
  _touch(): void {
    this._root()._host?._beforeEdit();
  }

  /** A detached deep copy. */
  abstract _clone(): ElementNode;
  abstract _snapshot(): ElementSnapshot;
  /** The element's plain text as getText() returns it. */
  abstract _plainText(): string;
  /** Children, for containers; leaves have none. */
  _childNodes(): readonly ElementNode[] {
    return [];
  }
  _removeChildNode(_child: ElementNode): void {
    throw new AppsScriptException('Element has no children.');
  }

  getType(): string {
    return this._type;
  }

  getParent(): ElementNode | null {
    return this._parent ? this._parent._api() : null;
  }

  getNextSibling(): ElementNode | null {
    return this._sibling(1);
  }

  getPreviousSibling(): ElementNode | null {
    return this._sibling(-1);
  }

  private _sibling(step: number): ElementNode | null {
    if (!this._parent) return null;
    const siblings = this._parent._childNodes();
    const next = siblings[siblings.indexOf(this) + step];
    return next ? next._api() : null;
  }

  /** Detaches the element; Google returns the removed element. */
  removeFromParent(): this {
    if (this._parent) this._parent._removeChildNode(this);
    return this;
  }

  copy(): ElementNode {
    return this._clone()._api();
  }

  isAtDocumentEnd(): boolean {
    if (!this._parent) return this._host !== null;
    const siblings = this._parent._childNodes();
    return siblings[siblings.length - 1] === this && this._parent.isAtDocumentEnd();
  }

  private _cast(type: ElementTypeName): this {
    if (this._type !== type) throw new AppsScriptException(`Cannot cast an element of type ${this._type} as ${type}.`);
    return this;
  }
  asParagraph(): this {
    return this._cast('PARAGRAPH');
  }
  asListItem(): this {
    return this._cast('LIST_ITEM');
  }
  asTable(): this {
    return this._cast('TABLE');
  }
  asText(): this {
    return this._cast('TEXT');
  }
}

/** The element behind a wrapper a caller passed in, or undefined for anything else. */
export function elementArg(rt: DocsRuntime, value: unknown): ElementNode | undefined {
  const target = rt.unwrap(value);
  return target instanceof ElementNode ? target : undefined;
}

export function integerArg(value: unknown, method: string, args: readonly unknown[]): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw signatureMismatch(method, args);
  return value;
}

/** A child index for getChild and friends: Google's error when it is out of range. */
export function childIndexArg(value: unknown, count: number, method: string, args: readonly unknown[]): number {
  const index = integerArg(value, method, args);
  if (index < 0 || index >= count) throw childIndexOutOfRange(index, count);
  return index;
}

import { NotImplementedError } from '../strict';
import type { ElementSnapshot } from './elements';
import { PageBreakNode } from './inline';
import { ParagraphNode } from './paragraph';
import { SectionNode } from './section';
import type { DocsRuntime } from './runtime';
import './table';

/**
 * A document's body. A new document's body holds one empty paragraph, and a body always ends
 * with a paragraph ("Can't remove the last paragraph in a document section.").
 * https://developers.google.com/apps-script/reference/document/body
 */
export class BodyNode extends SectionNode {
  readonly _type = 'BODY_SECTION';
  readonly _className = 'Body';

  constructor(rt: DocsRuntime, empty = false) {
    super(rt);
    if (!empty) this._insertNode(0, new ParagraphNode(rt));
  }

  _clone(): BodyNode {
    const copy = new BodyNode(this._rt, true);
    for (const child of this._children) copy._insertNode(copy._children.length, child._clone());
    return copy;
  }

  _snapshot(): ElementSnapshot {
    throw new NotImplementedError('a snapshot of a body as one element (snapshot its children)');
  }

  _elements(): ElementSnapshot[] {
    return this._children.map((child) => child._snapshot());
  }

  /** Its parent is the DOCUMENT element (with headers and footers), which is not implemented. */
  override getParent(): never {
    throw new NotImplementedError('Body.getParent (the DOCUMENT element)');
  }

  /** "Creates and appends a new PageBreak" — in a new paragraph. Not allowed in table cells. */
  appendPageBreak(): PageBreakNode {
    const paragraph = new ParagraphNode(this._rt);
    this._insertNode(this._children.length, paragraph);
    return paragraph.appendPageBreak();
  }
}

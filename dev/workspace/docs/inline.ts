import { ElementNode, type ElementSnapshot } from './elements';

/**
 * Elements that sit inside a paragraph beside its text. Body.appendHorizontalRule() and
 * appendPageBreak() put them in a new paragraph: a body holds only paragraphs, list items and tables.
 * https://developers.google.com/apps-script/reference/document/horizontal-rule
 * https://developers.google.com/apps-script/reference/document/page-break
 */
export class HorizontalRuleNode extends ElementNode {
  readonly _type = 'HORIZONTAL_RULE';
  readonly _className = 'HorizontalRule';
  _clone(): HorizontalRuleNode {
    return new HorizontalRuleNode(this._rt);
  }
  _plainText(): string {
    return '';
  }
  _snapshot(): ElementSnapshot {
    return { type: 'HORIZONTAL_RULE' };
  }
}

export class PageBreakNode extends ElementNode {
  readonly _type = 'PAGE_BREAK';
  readonly _className = 'PageBreak';
  _clone(): PageBreakNode {
    return new PageBreakNode(this._rt);
  }
  _plainText(): string {
    return '';
  }
  _snapshot(): ElementSnapshot {
    return { type: 'PAGE_BREAK' };
  }
}

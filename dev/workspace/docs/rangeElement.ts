import type { ElementNode } from './elements';
import type { DocsRuntime } from './runtime';

/**
 * A search result: the Text element and the matched characters.
 * "getStartOffset(): [...] If the element is a Text element and isPartial() returns true, the offset
 * is the number of characters before the start of the range [...]. In any other case, this method
 * returns -1." (getEndOffsetInclusive likewise.)
 * https://developers.google.com/apps-script/reference/document/range-element
 */
export class RangeElementNode {
  readonly _className = 'RangeElement';

  constructor(
    private readonly rt: DocsRuntime,
    readonly _element: ElementNode,
    readonly _start: number,
    /** Exclusive. */
    readonly _end: number,
    readonly _partial: boolean,
  ) {}

  _api(): this {
    return this.rt.wrap(this, this._className);
  }

  getElement(): ElementNode {
    return this._element._api();
  }

  isPartial(): boolean {
    return this._partial;
  }

  getStartOffset(): number {
    return this._partial ? this._start : -1;
  }

  getEndOffsetInclusive(): number {
    return this._partial ? this._end - 1 : -1;
  }
}

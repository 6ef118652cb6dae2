import { invalidArgument } from './errors';
import { RangeElementNode } from './rangeElement';
import { checkReplacement, compileSearchPattern, matchesIn } from './regex';
import type { DocsRuntime } from './runtime';
import type { TextNode } from './text';

/**
 * findText over Text elements in document order. A match never spans two Text elements
 * ("independently matched against each text block"); `from` continues after an earlier result.
 * https://developers.google.com/apps-script/reference/document/body#findText(String,RangeElement)
 */
export function findIn(rt: DocsRuntime, texts: readonly TextNode[], pattern: unknown, from: unknown): RangeElementNode | null {
  const regex = compileSearchPattern(pattern);
  let first = 0;
  let startAt = 0;
  if (from !== undefined && from !== null) {
    const previous = rt.unwrap(from);
    if (!(previous instanceof RangeElementNode)) throw invalidArgument('from');
    first = texts.indexOf(previous._element as TextNode);
    if (first < 0) throw invalidArgument('from');
    startAt = previous._end;
  }
  for (let i = first; i < texts.length; i += 1) {
    const text = texts[i] as TextNode;
    const content = text._target.text();
    const match = matchesIn(regex, content, i === first ? startAt : 0)[0];
    if (match) {
      const whole = match.start === 0 && match.end === content.length;
      return new RangeElementNode(rt, text, match.start, match.end, !whole)._api();
    }
  }
  return null;
}

/**
 * replaceText over Text elements: every non-overlapping match in each, replaced by the checked
 * replacement (see checkReplacement), which takes the style of the first matched character.
 */
export function replaceIn(texts: readonly TextNode[], pattern: unknown, replacement: unknown, method: string): void {
  const regex = compileSearchPattern(pattern);
  const literal = checkReplacement(replacement, method);
  for (const text of texts) {
    const target = text._target;
    const matches = matchesIn(regex, target.text());
    for (let i = matches.length - 1; i >= 0; i -= 1) {
      const { start, end } = matches[i] as { start: number; end: number };
      const style = target.styleAt(start);
      target.remove(start, end);
      target.insert(start, literal, style);
    }
  }
}

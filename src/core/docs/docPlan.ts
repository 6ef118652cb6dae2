import type { DocKind } from './docKinds';
import type { TextEdit } from './placeholders';
import type { HeadingName } from './templateModel';

/**
 * What a new doc must contain, as plain data: the shell applies it to a blank document in a few
 * calls per block (docsWriter.ts), whatever the length of the ladder behind it.
 */
export type DocBlock =
  /** Built from text: Body.appendParagraph(text), then setHeading unless NORMAL. */
  | { kind: 'paragraph'; text: string; heading: HeadingName }
  /**
   * A copy of the template's body child `source` (formatting kept), with the placeholders of a
   * paragraph or list item replaced by `edits` (last first). `text` is the text it ends with.
   */
  | { kind: 'copy'; source: number; elementType: 'PARAGRAPH' | 'LIST_ITEM' | 'TABLE'; text: string; edits: TextEdit[] }
  /**
   * Built in one call from its cells: Body.appendTable(rows). A table holding placeholders is
   * rebuilt this way, list rows repeated, so its cost does not grow with the number of items.
   * `headerRow`: the first row is a heading row (shown bold).
   */
  | { kind: 'table'; rows: string[][]; headerRow: boolean; widths?: readonly (number | null)[] };

export interface DocPlan {
  kind: DocKind;
  blocks: DocBlock[];
}

/** The plan's text, one line per paragraph and table row (cells joined with " | "): for tests and previews. */
export function docPlanText(plan: DocPlan): string {
  const lines: string[] = [];
  for (const block of plan.blocks) {
    if (block.kind === 'table') for (const row of block.rows) lines.push(row.join(' | '));
    else lines.push(block.text);
  }
  return lines.join('\n');
}

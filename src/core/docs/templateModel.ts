import type { DocKind } from './docKinds';
import type { ListItem, ScalarValues } from './placeholders';

/**
 * A doc template as the core sees it: the body's elements in order, with their text. Two kinds
 * of template share this shape:
 * - the built-in defaults (defaultTemplates.ts), data the shell builds a doc from;
 * - a Google Doc the shell has read (docsTemplateReader.ts): `source` is the index of the body
 *   child each block came from, so the shell copies that element (keeping its formatting) and
 *   edits only the placeholders in it.
 */

/** DocumentApp.ParagraphHeading names. */
export const HEADINGS = ['NORMAL', 'HEADING1', 'HEADING2', 'HEADING3', 'HEADING4', 'HEADING5', 'HEADING6', 'TITLE', 'SUBTITLE'] as const;
export type HeadingName = (typeof HEADINGS)[number];

export type TemplateBlock =
  | { type: 'paragraph'; text: string; heading: HeadingName; source: number | null }
  | { type: 'listItem'; text: string; source: number }
  /**
   * `rows` (cell texts, one paragraph per line) is read only for a table whose text holds a
   * placeholder; a table without one is copied as it is.
   */
  | {
      type: 'table';
      text: string;
      rows: string[][] | null;
      source: number | null;
      /**
       * Column widths in points for a built-in table (a template doc's tables keep their own when
       * copied); null leaves a column to share what the others leave of the page, as Docs does.
       */
      widths?: readonly (number | null)[];
    }
  /** A body element the add-on cannot copy (a table of contents, ...): the check refuses it. */
  | { type: 'unsupported'; elementType: string; source: number };

export interface DocTemplate {
  kind: DocKind;
  /** How messages name it: 'the built-in growth plan template', 'the template "Our plan"'. */
  label: string;
  blocks: TemplateBlock[];
}

/** What fills a template: single values, and the items of each list with the text for "none". */
export interface TemplateValues {
  scalars: ScalarValues;
  lists: Readonly<Record<string, { items: readonly ListItem[]; whenEmpty: string }>>;
}

/** The text of a table as Table.getText() gives it: cells and rows joined with newlines. */
export function tableText(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.join('\n')).join('\n');
}

/**
 * The cells of a table from its text, when every cell holds one paragraph: Table.getText()
 * joins rows and cells with newlines, so `rows × columns` lines map one to one. Any other
 * count (a cell of several paragraphs, rows of different widths) answers null, and the shell
 * reads that table cell by cell instead.
 */
export function splitTableText(text: string, rows: number, columns: number): string[][] | null {
  const lines = text.split('\n');
  if (rows < 1 || columns < 1 || lines.length !== rows * columns) return null;
  return Array.from({ length: rows }, (_, r) => lines.slice(r * columns, (r + 1) * columns));
}

/**
 * A Google Doc id from what a manager pastes: the doc's URL (".../document/d/<id>/edit...")
 * or the id itself. Null when it is neither.
 */
export function docIdFrom(urlOrId: string): string | null {
  const text = urlOrId.trim();
  const fromUrl = /^https:\/\/docs\.google\.com\/document\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]+)/.exec(text);
  if (fromUrl?.[1]) return fromUrl[1];
  return /^[A-Za-z0-9_-]{3,200}$/.test(text) ? text : null;
}

import type { DocKind } from '../core/docs/docKinds';
import { messageOf } from '../core/messages';
import { hasPlaceholders } from '../core/docs/placeholders';
import { splitTableText, type DocTemplate, type TemplateBlock } from '../core/docs/templateModel';

type Element = GoogleAppsScript.Document.Element;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type Table = GoogleAppsScript.Document.Table;

export interface ReadTemplate {
  template: DocTemplate;
  /** The template's body children by index: the writer copies them (formatting kept). */
  elements: Element[];
  name: string;
}

/**
 * Reads a Google Doc used as a template: each body child's type and text (3 calls), and for a
 * table holding placeholders its cells (3 calls more when every cell is one paragraph, else
 * 2 per row and 2 per cell). The doc is opened with DocumentApp (the `documents` scope reaches
 * any doc the manager can open; Drive under drive.file would not see a doc the add-on did not
 * make). Nothing is written.
 * https://developers.google.com/apps-script/reference/document/document-app#openById(String)
 */
export function readTemplateDoc(docId: string, kind: DocKind, what: string): ReadTemplate {
  let doc: GoogleAppsScript.Document.Document;
  try {
    doc = DocumentApp.openById(docId);
  } catch (error) {
    throw new Error(
      `${what.charAt(0).toUpperCase()}${what.slice(1)} (doc ${docId}) cannot be opened: ${messageOf(error)} Check the link and that you can open the doc (a doc another editor of this workbook chose must be shared with you), or go back to the built-in template. Nothing was created.`,
      { cause: error },
    );
  }
  return readOpenTemplate(doc, kind, what);
}

/** As readTemplateDoc, for a doc already open. */
export function readOpenTemplate(doc: GoogleAppsScript.Document.Document, kind: DocKind, what: string): ReadTemplate {
  const name = doc.getName();
  const body = doc.getBody();
  const count = body.getNumChildren();
  const elements: Element[] = [];
  const blocks: TemplateBlock[] = [];
  for (let i = 0; i < count; i += 1) {
    const element = body.getChild(i);
    elements.push(element);
    const type = String(element.getType());
    if (type === String(DocumentApp.ElementType.PARAGRAPH)) {
      blocks.push({ type: 'paragraph', text: (element as unknown as Paragraph).getText(), heading: 'NORMAL', source: i });
    } else if (type === String(DocumentApp.ElementType.LIST_ITEM)) {
      blocks.push({ type: 'listItem', text: (element as unknown as Paragraph).getText(), source: i });
    } else if (type === String(DocumentApp.ElementType.TABLE)) {
      const table = element as unknown as Table;
      const text = table.getText();
      blocks.push({ type: 'table', text, rows: hasPlaceholders(text) ? readCells(table, text) : null, source: i });
    } else {
      blocks.push({ type: 'unsupported', elementType: type, source: i });
    }
  }
  return { template: { kind, label: `${what} "${name}"`, blocks }, elements, name };
}

function readCells(table: Table, text: string): string[][] {
  const rows = table.getNumRows();
  const columns = rows > 0 ? table.getRow(0).getNumCells() : 0;
  const split = splitTableText(text, rows, columns);
  if (split) return split;
  const out: string[][] = [];
  for (let r = 0; r < rows; r += 1) {
    const row = table.getRow(r);
    const cells: string[] = [];
    for (let c = 0, n = row.getNumCells(); c < n; c += 1) cells.push(row.getCell(c).getText());
    out.push(cells);
  }
  return out;
}

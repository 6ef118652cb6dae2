import type { DocPlan } from '../core/docs/docPlan';
import type { TextEdit } from '../core/docs/placeholders';

type Body = GoogleAppsScript.Document.Body;
type Element = GoogleAppsScript.Document.Element;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type ListItem = GoogleAppsScript.Document.ListItem;
type Table = GoogleAppsScript.Document.Table;
type Text = GoogleAppsScript.Document.Text;

/**
 * Applies a doc plan to the body of a new, blank document, in a few calls per block whatever
 * the number of rows: a paragraph is 1–2 calls (appendParagraph, setHeading), a table 1 call
 * (appendTable from its cells) plus 2 to make its header row bold, a copied template element
 * 2 calls (copy, append) plus 1 + 2 per placeholder it holds (editAsText, deleteText,
 * insertText). Text goes in with appendParagraph / appendTable / insertText / setText, which
 * take it literally: nothing a person typed is ever handed to replaceText as a replacement.
 *
 * `sourceElements`: the template's body children, by index, for `copy` blocks.
 */
export function writeDocPlan(body: Body, plan: DocPlan, sourceElements: readonly Element[] | null): void {
  // A new document holds one empty paragraph: the first built paragraph takes it over,
  // otherwise it is removed once something follows it (a body must end with a paragraph).
  const blank = body.getParagraphs()[0] ?? null;
  let blankUsed = false;
  let afterTable = false;

  plan.blocks.forEach((block, i) => {
    // Docs keeps an empty paragraph after a table that ends the body, so appendTable makes one;
    // the template's own copy of it would double the gap. Likewise the template's empty first
    // line is the new doc's own.
    const emptyLine = block.kind === 'copy' && block.elementType === 'PARAGRAPH' && block.text === '' && block.edits.length === 0;
    const skip = emptyLine && (afterTable || (i === 0 && blank !== null));
    if (emptyLine && i === 0 && blank) blankUsed = true;
    afterTable = block.kind === 'table' || (block.kind === 'copy' && block.elementType === 'TABLE');
    if (skip) return;
    switch (block.kind) {
      case 'paragraph': {
        let paragraph: Paragraph;
        if (i === 0 && blank) {
          blank.setText(block.text);
          paragraph = blank;
          blankUsed = true;
        } else {
          paragraph = body.appendParagraph(block.text);
        }
        if (block.heading !== 'NORMAL') paragraph.setHeading(DocumentApp.ParagraphHeading[block.heading]);
        return;
      }
      case 'table': {
        const table = body.appendTable(block.rows);
        if (block.headerRow) table.getRow(0).setAttributes({ [DocumentApp.Attribute.BOLD]: true });
        // Docs shares the page equally among a new table's columns; a column given no width shares
        // what the others leave (1 call a width given).
        block.widths?.forEach((width, column) => {
          if (width !== null) table.setColumnWidth(column, width);
        });
        return;
      }
      case 'copy': {
        const element = sourceElements?.[block.source];
        if (!element)
          throw new Error(`The template changed while the doc was being written (element ${block.source + 1} is gone): try again.`);
        // getChild hands back the element as its own type (Paragraph, Table, ...), so no
        // asParagraph()/asTable() round trip is needed.
        if (block.elementType === 'TABLE') {
          body.appendTable((element as unknown as Table).copy());
          return;
        }
        const placed =
          block.elementType === 'LIST_ITEM'
            ? body.appendListItem((element as unknown as ListItem).copy())
            : body.appendParagraph((element as unknown as Paragraph).copy());
        if (block.edits.length > 0) applyEdits(placed.editAsText(), block.edits);
        return;
      }
    }
  });

  if (blank && !blankUsed && plan.blocks.length > 0) blank.removeFromParent();
}

/** Edits come last first, so every offset still points at the template's own text. */
function applyEdits(text: Text, edits: readonly TextEdit[]): void {
  for (const edit of edits) {
    text.deleteText(edit.start, edit.endInclusive);
    if (edit.value !== '') text.insertText(edit.start, edit.value);
  }
}

import { check, equal, newScratchDoc, type Contract } from '../contract';

/** Documents: how the add-on builds growth plans and career plans with DocumentApp. */
const BODY = 'https://developers.google.com/apps-script/reference/document/body';

function newDoc(env: Parameters<Contract['run']>[0], prefix: string): GoogleAppsScript.Document.Document {
  return newScratchDoc(env, prefix);
}

export const docContracts: Contract[] = [
  {
    name: 'replaceText: a pattern is a regular expression; a replacement without "$" or "\\" goes in as written',
    reference: `${BODY}#replaceText(String,String)`,
    run(env) {
      const body = newDoc(env, 'Contract replaceText ').getBody();
      body.appendParagraph('Hi {{person.name}}, {{person.name}}!');
      body.replaceText('\\{\\{person\\.name\\}\\}', 'Ana (50% [sic])');
      equal(body.getText().trim(), 'Hi Ana (50% [sic]), Ana (50% [sic])!', 'the text');
    },
  },
  {
    name: 'replaceText and "$" or "\\": the add-on never passes them; findText + deleteText + insertText keep them as typed',
    reference: 'https://developers.google.com/apps-script/reference/document/text#insertText(Integer,String)',
    run(env) {
      // Google documents no meaning for "$" or "\" in a replacement; user text therefore goes in
      // through insertText, which takes it literally.
      const body = newDoc(env, 'Contract insertText ').getBody();
      const paragraph = body.appendParagraph('Evidence: {{evidence}}.');
      const typed = 'Cut $1M of $& costs; C:\\temp\\$2; {{x}}';
      const found = paragraph.findText('\\{\\{evidence\\}\\}');
      check(found !== null, 'the placeholder is found');
      // One run of text: the offsets found are those of the paragraph's text.
      const text = paragraph.editAsText();
      text.deleteText(found.getStartOffset(), found.getEndOffsetInclusive());
      text.insertText(found.getStartOffset(), typed);
      equal(body.getText().trim(), `Evidence: ${typed}.`, 'the text');
    },
  },
  {
    name: 'appendTable: empty cells are kept, each an empty cell of the same shape; a paragraph follows the table',
    reference: `${BODY}#appendTable(String)`,
    run(env) {
      const body = newDoc(env, 'Contract appendTable ').getBody();
      const table = body.appendTable([
        ['Sub-skill', 'Rating', 'Evidence'],
        ['Discovery', '', ''],
        ['', 'Meets', ''],
      ]);
      equal(table.getNumRows(), 3, 'rows');
      equal(
        [0, 1, 2].map((r) => table.getRow(r).getNumCells()),
        [3, 3, 3],
        'cells per row',
      );
      equal(table.getCell(1, 1).getText(), '', 'an empty cell');
      equal(table.getCell(2, 1).getText(), 'Meets', 'a cell after an empty one');
      const index = body.getChildIndex(table);
      check(index + 1 < body.getNumChildren(), 'something follows the table');
      equal(body.getChild(index + 1).getType(), DocumentApp.ElementType.PARAGRAPH, 'what follows the table');
    },
  },
  {
    name: 'getChild: a body holds PARAGRAPH, LIST_ITEM and TABLE; a paragraph holds TEXT; a table TABLE_ROW, then TABLE_CELL',
    reference: `${BODY}#getChild(Integer)`,
    run(env) {
      const doc = newDoc(env, 'Contract getChild ');
      const body = doc.getBody();
      equal(body.getNumChildren(), 1, 'children of a new document');
      equal(body.getChild(0).getType(), DocumentApp.ElementType.PARAGRAPH, 'the first child of a new document');
      body.appendParagraph('Growth plan');
      body.appendListItem('First step');
      body.appendTable([['a', 'b']]);
      const types = Array.from({ length: body.getNumChildren() }, (_, i) => body.getChild(i).getType());
      equal(
        types.slice(1, 4),
        [DocumentApp.ElementType.PARAGRAPH, DocumentApp.ElementType.LIST_ITEM, DocumentApp.ElementType.TABLE],
        'the appended children',
      );
      equal(body.getParagraphs()[1]?.getChild(0).getType(), DocumentApp.ElementType.TEXT, "a paragraph's child");
      const table = body.getTables()[0]!;
      equal(table.getChild(0).getType(), DocumentApp.ElementType.TABLE_ROW, "a table's child");
      equal(table.getRow(0).getChild(0).getType(), DocumentApp.ElementType.TABLE_CELL, "a row's child");
      doc.saveAndClose();
    },
  },
];

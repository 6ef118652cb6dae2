import { createContext } from '../../dev/workspace/context';
import { createDocsServices } from '../../dev/workspace/docs';
import { NotImplementedError } from '../../dev/workspace/strict';

type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type ListItem = GoogleAppsScript.Document.ListItem;
type Table = GoogleAppsScript.Document.Table;

function setup() {
  const context = createContext({ now: () => new Date('2026-03-02T10:00:00Z') });
  const services = createDocsServices(context);
  return { context, ...services, log: context.log };
}

/** A user's own Growth Plan template, made outside the add-on. */
function buildTemplate(body: Body, DocumentApp: GoogleAppsScript.Document.DocumentApp): void {
  body.getChild(0).asParagraph().setText('Growth Plan: {{person.name}}');
  body.getChild(0).asParagraph().setHeading(DocumentApp.ParagraphHeading.TITLE);
  body.appendParagraph('Level {{person.level}}, cycle {{cycle}}').editAsText().setBold(0, 4, true);
  body.appendListItem('Strength: {{strength.name}}').setGlyphType(DocumentApp.GlyphType.NUMBER);
  const table = body.appendTable([
    ['Focus', 'Now', 'Next'],
    ['{{focus.name}}', '{{focus.current}}', '{{focus.next}}'],
  ]);
  table.getCell(0, 0).setBackgroundColor('#eeeeee');
}

describe('DocumentApp (https://developers.google.com/apps-script/reference/document/document-app)', () => {
  test('create() makes a doc with one empty paragraph, filed in My Drive as a Google Doc; drive.file is not assumed to cover it', () => {
    const { DocumentApp, inspect } = setup();
    const doc = DocumentApp.create('Growth Plan - Ana');
    expect(doc.getName()).toBe('Growth Plan - Ana');
    expect(doc.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit`);
    const body = doc.getBody();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getChild(0).getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
    expect(body.getText()).toBe('');
    const file = inspect.file(doc.getId());
    // Google does not document that drive.file covers a doc made by DocumentApp.create, so the
    // workspace assumes it does not (https://developers.google.com/workspace/drive/api/guides/about-auth).
    expect(file).toMatchObject({ mimeType: 'application/vnd.google-apps.document', parents: [inspect.rootFolderId()], appAccess: false });
  });

  test('openById / openByUrl return the same document; an unknown id gets Google\'s "Document … is missing" error (document-app#openById(String))', () => {
    const { DocumentApp } = setup();
    const doc = DocumentApp.create('A');
    expect(DocumentApp.openById(doc.getId()).getId()).toBe(doc.getId());
    expect(DocumentApp.openByUrl(doc.getUrl()).getName()).toBe('A');
    expect(() => DocumentApp.openById('nope')).toThrow("Document nope is missing (perhaps it was deleted, or you don't have read access?)");
    expect(() => DocumentApp.openByUrl('https://example.com/x')).toThrow('Invalid argument: url');
  });

  test('setName renames the Drive file too', () => {
    const { DocumentApp, inspect } = setup();
    const doc = DocumentApp.create('Old');
    doc.setName('New');
    expect(inspect.file(doc.getId())?.name).toBe('New');
  });

  test('after saveAndClose() edits are refused until the document is opened again (document#saveAndClose())', () => {
    const { DocumentApp } = setup();
    const doc = DocumentApp.create('A');
    const body = doc.getBody();
    doc.saveAndClose();
    expect(() => body.appendParagraph('x')).toThrow('Document is closed, its contents cannot be updated.');
    expect(() => doc.getBody()).toThrow('Document is closed');
    DocumentApp.openById(doc.getId()).getBody().appendParagraph('again');
    expect(body.getText()).toBe('\nagain');
  });

  test('getHeader / getFooter answer null for a document without them', () => {
    const { DocumentApp } = setup();
    const doc = DocumentApp.create('A');
    expect(doc.getHeader()).toBeNull();
    expect(doc.getFooter()).toBeNull();
  });
});

describe('strictness and counting (docs/ARCHITECTURE.md, Service-call budgets and The in-memory workspace and the playground)', () => {
  test('a member the workspace does not implement throws, naming it', () => {
    const { DocumentApp, Drive } = setup();
    const body = DocumentApp.create('A').getBody();
    const loose = body as unknown as Record<string, () => unknown>;
    expect(() => loose.appendImage?.()).toThrow(NotImplementedError);
    expect(() => loose.appendImage?.()).toThrow('Body.appendImage');
    expect(() => (DocumentApp as unknown as Record<string, unknown>).getActiveDocument).toThrow('DocumentApp.getActiveDocument');
    expect(() => (Drive.Files as unknown as Record<string, unknown>).copy).toThrow('Drive.Files.copy');
    expect(() => (DocumentApp.ParagraphHeading as unknown as Record<string, unknown>).HEADING7).toThrow(
      'DocumentApp.ParagraphHeading.HEADING7',
    );
  });

  test('every call counts as Class.method, once, whatever it does inside', () => {
    const { DocumentApp, log } = setup();
    log.reset();
    const body = DocumentApp.create('A').getBody();
    body.appendParagraph('{{a}}').setHeading(DocumentApp.ParagraphHeading.HEADING1);
    body.replaceText('\\{\\{a\\}\\}', 'x');
    expect(log.byName()).toEqual(
      expect.arrayContaining([
        ['DocumentApp.create', 1],
        ['Document.getBody', 1],
        ['Body.appendParagraph', 1],
        ['Paragraph.setHeading', 1],
        ['Body.replaceText', 1],
      ]),
    );
    expect(log.total()).toBe(5);
  });

  test('one wrapper per element: handles compare with ===', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('A').getBody();
    const p = body.appendParagraph('x');
    expect(body.getChild(1)).toBe(p);
    expect(p.getParent()).toBe(body);
    expect(p.editAsText()).toBe(p.getChild(0));
  });
});

describe('building a body (https://developers.google.com/apps-script/reference/document/body)', () => {
  test('paragraphs, headings, list items, rules and page breaks; getText joins paragraphs with "\\n"', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('A').getBody();
    body.getChild(0).asParagraph().setText('Title');
    body.appendParagraph('Intro').setHeading(DocumentApp.ParagraphHeading.HEADING2);
    body.appendListItem('one');
    const two = body.appendListItem('two').setNestingLevel(1);
    body.insertParagraph(1, 'Inserted');
    const rule = body.appendHorizontalRule();
    expect(rule.getType()).toBe(DocumentApp.ElementType.HORIZONTAL_RULE);
    expect(rule.getParent().getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
    expect(body.getText()).toBe('Title\nInserted\nIntro\none\ntwo\n');
    expect((body.getChild(2) as Paragraph).getHeading()).toBe(DocumentApp.ParagraphHeading.HEADING2);
    expect(body.getListItems()).toHaveLength(2);
    expect(two.getNestingLevel()).toBe(1);
    expect(two.getListId()).toBe((body.getChild(3) as ListItem).getListId());
    expect(body.getParagraphs()).toHaveLength(6);
    expect(body.getChildIndex(two)).toBe(4);
  });

  test('getChild out of range gets Google\'s "Child index (…) must be less than the number of child elements (…)."', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('A').getBody();
    expect(() => body.getChild(3)).toThrow('Child index (3) must be less than the number of child elements (1).');
  });

  test('appendTable adds an empty paragraph after the table, "since Google Docs documents cannot end with a table" (body#appendTable(String))', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('A').getBody();
    const table = body.appendTable([['a', 'b']]);
    expect(body.getNumChildren()).toBe(3);
    expect(body.getChild(1)).toBe(table);
    expect(body.getChild(2).getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
    expect(body.getTables()).toEqual([table]);
  });

  test('the last paragraph of a body cannot be removed: "Can\'t remove the last paragraph in a document section."', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('A').getBody();
    const first = body.appendParagraph('x');
    expect(() => body.getChild(1).removeFromParent()).toThrow("Can't remove the last paragraph in a document section.");
    body.removeChild(body.getChild(0));
    expect(body.getChild(0)).toBe(first);
    body.appendParagraph('y');
    first.removeFromParent();
    expect(body.getText()).toBe('y');
    body.clear();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getText()).toBe('');
  });

  test('an element that already sits in a document cannot be appended again: "Element must be detached."', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('A').getBody();
    const p = body.appendParagraph('x');
    body.appendParagraph('last');
    expect(() => body.appendParagraph(p)).toThrow('Element must be detached.');
    const other = DocumentApp.create('B').getBody();
    expect(() => other.appendParagraph(p)).toThrow('Element must be detached.');
    other.appendParagraph(p.copy());
    expect(other.getText()).toBe('\nx');
    const removed = p.removeFromParent();
    expect(removed.getParent()).toBeNull();
    other.appendParagraph(removed);
    expect(other.getText()).toBe('\nx\nx');
    expect(body.getText()).toBe('\nlast');
  });

  test('wrong kinds of arguments get the signature error', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('A').getBody();
    const item = body.appendListItem('x').copy();
    expect(() => body.appendParagraph(item as unknown as Paragraph)).toThrow(
      "don't match the method signature for DocumentApp.Body.appendParagraph",
    );
    expect(() => body.appendParagraph(5 as unknown as string)).toThrow('The parameters (number)');
    expect(() =>
      body
        .getChild(0)
        .asParagraph()
        .setHeading('BIG' as unknown as GoogleAppsScript.Document.ParagraphHeading),
    ).toThrow('Paragraph.setHeading');
    expect(() => body.getChild(0).asListItem()).toThrow('PARAGRAPH');
  });
});

describe('copying a template into a new document (element#copy(), table-row#copy())', () => {
  test('each template element copied, appended and filled; the list row repeats once per focus item', () => {
    const { DocumentApp, inspect, log } = setup();
    const templateId = inspect.createExternalDoc('My template', (b) => buildTemplate(b, DocumentApp));
    log.reset();

    const template = DocumentApp.openById(templateId).getBody();
    const doc = DocumentApp.create('Growth Plan - Ana');
    const body = doc.getBody();
    for (let i = 0; i < template.getNumChildren(); i += 1) {
      const element = template.getChild(i).copy();
      const type = element.getType();
      if (type === DocumentApp.ElementType.PARAGRAPH) body.appendParagraph(element.asParagraph());
      else if (type === DocumentApp.ElementType.LIST_ITEM) body.appendListItem(element.asListItem());
      else if (type === DocumentApp.ElementType.TABLE) body.appendTable(element.asTable());
    }
    // The new doc's own empty first paragraph goes: the template's first element takes its place.
    body.getChild(0).removeFromParent();

    const table = body.getTables()[0] as Table;
    const rowTemplate = table.getRow(1);
    for (const focus of ['Discovery', 'Delivery']) {
      const row = table.appendTableRow(rowTemplate.copy());
      row.replaceText('\\{\\{focus\\.name\\}\\}', focus);
      row.replaceText('\\{\\{focus\\.current\\}\\}', `${focus} now`);
      row.replaceText('\\{\\{focus\\.next\\}\\}', `${focus} next`);
    }
    rowTemplate.removeFromParent();
    body.replaceText('\\{\\{person\\.name\\}\\}', 'Ana');

    expect(inspect.text(doc.getId())).toBe(
      [
        'Growth Plan: Ana',
        'Level {{person.level}}, cycle {{cycle}}',
        'Strength: {{strength.name}}',
        'Focus\nNow\nNext\nDiscovery\nDiscovery now\nDiscovery next\nDelivery\nDelivery now\nDelivery next',
        '',
        '',
      ].join('\n'),
    );
    const structure = inspect.structure(doc.getId());
    expect(structure[0]).toMatchObject({ type: 'PARAGRAPH', heading: 'TITLE', text: 'Growth Plan: Ana' });
    expect(structure[1]).toMatchObject({
      type: 'PARAGRAPH',
      runs: [
        { text: 'Level', style: { BOLD: true } },
        { text: ' {{person.level}}, cycle {{cycle}}', style: {} },
      ],
    });
    expect(structure[2]).toMatchObject({ type: 'LIST_ITEM', glyphType: 'NUMBER' });
    expect(structure[3]).toMatchObject({ type: 'TABLE', rows: [{ cells: [{ backgroundColor: '#eeeeee' }, {}, {}] }, {}, {}] });
    // The template is untouched.
    expect(inspect.text(templateId)).toContain('{{focus.name}}');
    expect(log.count('Element.copy')).toBe(0);
    // Title, paragraph, list item, table and the empty paragraph Docs keeps after the template's table.
    expect(log.count('Paragraph.copy') + log.count('ListItem.copy') + log.count('Table.copy')).toBe(5);
  });
});

describe('tables, rows and cells (https://developers.google.com/apps-script/reference/document/table)', () => {
  test('rows and cells are added, inserted, copied and removed; cells hold paragraphs; parents answer', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('A').getBody();
    const table = body.appendTable([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    const header = table.getRow(0);
    expect(header.getNumCells()).toBe(2);
    expect(header.getParentTable()).toBe(table);
    expect(table.getCell(1, 1).getParentRow()).toBe(table.getRow(1));
    expect(table.getCell(1, 1).getParentTable()).toBe(table);
    expect(table.getChildIndex(table.getRow(1))).toBe(1);

    const copy = table.insertTableRow(1, table.getRow(1).copy());
    copy.getCell(0).setText('c2');
    copy.appendTableCell('extra');
    expect(table.getNumRows()).toBe(3);
    expect(table.getText()).toBe('a\nb\nc2\nd\nextra\nc\nd');
    expect(table.removeRow(1)).toBe(copy);
    expect(copy.getParent()).toBeNull();

    const cell = table.getCell(0, 0);
    cell.appendParagraph('second line');
    cell.appendListItem('point');
    expect(cell.getNumChildren()).toBe(3);
    expect(cell.getText()).toBe('a\nsecond line\npoint');
    cell.setBackgroundColor('#ffeeaa');
    expect(cell.getBackgroundColor()).toBe('#ffeeaa');
    cell.clear();
    expect(cell.getText()).toBe('');
    expect(cell.getNumChildren()).toBe(1);

    table.setBorderWidth(0).setColumnWidth(1, 120);
    expect(table.getBorderWidth()).toBe(0);
    expect(table.getColumnWidth(1)).toBe(120);
    expect(() => table.getCell(5, 0)).toThrow('Child index (5) must be less than the number of child elements (2).');
    expect(() => table.appendTableRow(table.getRow(0))).toThrow('Element must be detached.');
  });

  test('siblings, isAtDocumentEnd, and a detached copy of the whole body', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('A').getBody();
    const p = body.appendParagraph('x');
    expect(body.getChild(0).getNextSibling()).toBe(p);
    expect(p.getPreviousSibling()).toBe(body.getChild(0));
    expect(p.getNextSibling()).toBeNull();
    expect(p.isAtDocumentEnd()).toBe(true);
    expect(body.getChild(0).isAtDocumentEnd()).toBe(false);
    const copy = body.copy();
    expect(copy.getText()).toBe(body.getText());
    expect(copy.getChild(1)).not.toBe(p);
    expect(p.copy().isAtDocumentEnd()).toBe(false);
  });
});

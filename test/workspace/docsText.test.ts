import { createContext } from '../../dev/workspace/context';
import { createDocsServices } from '../../dev/workspace/docs';
import { NotImplementedError } from '../../dev/workspace/strict';

type Text = GoogleAppsScript.Document.Text;

function newBody() {
  const context = createContext();
  const { DocumentApp, inspect } = createDocsServices(context);
  const doc = DocumentApp.create('T');
  return { DocumentApp, inspect, doc, body: doc.getBody(), log: context.log };
}

describe('replaceText (https://developers.google.com/apps-script/reference/document/body#replaceText(String,String))', () => {
  test('the search pattern is a regular expression passed as a string (escape {, }, . to match them)', () => {
    const { body } = newBody();
    body.appendParagraph('Hi {{person.name}}, see {{personXname}}');
    body.replaceText('{{person.name}}'.replace(/[{}.]/g, '\\$&'), 'Ana');
    expect(body.getText()).toBe('\nHi Ana, see {{personXname}}');
    body.replaceText('\\{\\{person.name\\}\\}', 'Bo');
    expect(body.getText()).toBe('\nHi Ana, see Bo');
  });

  test('"independently matched against each text block": a match never spans two paragraphs', () => {
    const { body } = newBody();
    body.appendParagraph('start {{a');
    body.appendParagraph('b}} end');
    body.replaceText('\\{\\{a[\\s\\S]*b\\}\\}', 'X');
    expect(body.getText()).toBe('\nstart {{a\nb}} end');
    body.replaceText('^b', 'B');
    expect(body.getText()).toBe('\nstart {{a\nB}} end');
  });

  test('it reaches paragraphs inside table cells, and returns the element itself for chaining', () => {
    const { body } = newBody();
    const table = body.appendTable([['{{x}}', 'y {{x}}']]);
    expect(body.replaceText('\\{\\{x\\}\\}', '1')).toBe(body);
    expect(table.getText()).toBe('1\ny 1');
  });

  test('the replacement takes the style of the first matched character (a bold placeholder gives a bold value)', () => {
    const { body, inspect, doc } = newBody();
    const p = body.appendParagraph('Name: {{name}}!');
    p.editAsText().setBold(6, 13, true);
    body.replaceText('\\{\\{name\\}\\}', 'Ana Lima');
    expect(inspect.structure(doc.getId())[1]).toMatchObject({
      runs: [
        { text: 'Name: ', style: {} },
        { text: 'Ana Lima', style: { BOLD: true } },
        { text: '!', style: {} },
      ],
    });
  });

  test('plain replacement text is inserted as typed; a later placeholder pass also rewrites "{{…}}" typed inside an earlier value', () => {
    const { body } = newBody();
    body.appendParagraph('{{name}} / {{level}}');
    body.replaceText('\\{\\{name\\}\\}', 'Ana {{level}} (50% [sic])');
    body.replaceText('\\{\\{level\\}\\}', 'Senior');
    // Sequential replaceText passes are why the add-on must not feed user text through replaceText.
    expect(body.getText()).toBe('\nAna Senior (50% [sic]) / Senior');
  });

  test.each(['$1', '$&', 'US$ 5', 'C:\\temp', '$$'])(
    'a replacement holding "$" or "\\\\" (%s) throws: Google documents no meaning for them and reports disagree (text#replaceText(String,String)), so code must insert user text with Text.insertText / setText',
    (value) => {
      const { body } = newBody();
      body.appendParagraph('{{x}}');
      expect(() => body.replaceText('\\{\\{x\\}\\}', value)).toThrow(NotImplementedError);
      expect(() => body.replaceText('\\{\\{x\\}\\}', value)).toThrow('Body.replaceText with a replacement containing "$" or "\\"');
      expect(body.getText()).toBe('\n{{x}}');
    },
  );

  test('inserting user text literally with findText + deleteText + insertText keeps $1, $&, \\ and {{x}} as typed', () => {
    const { body } = newBody();
    body.appendParagraph('Evidence: {{evidence}}.');
    const typed = 'Shipped $1M, cut $& costs, C:\\path, {{x}}';
    const found = body.findText('\\{\\{evidence\\}\\}');
    const text = found.getElement().asText();
    text.deleteText(found.getStartOffset(), found.getEndOffsetInclusive());
    text.insertText(found.getStartOffset(), typed);
    expect(body.getText()).toBe(`\nEvidence: ${typed}.`);
  });

  test('RE2 syntax: (?i) flags work; lookaround and backreferences are rejected as RE2 does (https://github.com/google/re2/wiki/Syntax)', () => {
    const { body } = newBody();
    body.appendParagraph('Hello hello');
    body.replaceText('(?i)HELLO', 'bye');
    expect(body.getText()).toBe('\nbye bye');
    expect(() => body.replaceText('bye(?= )', 'x')).toThrow('RE2 does not support lookahead or lookbehind');
    expect(() => body.replaceText('(b)\\1', 'x')).toThrow('RE2 does not support backreferences');
    expect(() => body.findText('[[:alpha:]]+')).not.toThrow();
    expect(() => body.findText('\\p{Greek}')).toThrow(NotImplementedError);
  });
});

describe('findText (https://developers.google.com/apps-script/reference/document/range-element)', () => {
  test('a RangeElement on the Text, with offsets for a partial match and -1 for a whole one; `from` continues; null when none', () => {
    const { body, DocumentApp } = newBody();
    body.appendParagraph('a {{x}} b {{y}}');
    body.appendParagraph('{{z}}');
    const first = body.findText('\\{\\{\\w\\}\\}');
    expect(first.getElement().getType()).toBe(DocumentApp.ElementType.TEXT);
    expect(first.getElement().getParent()).toBe(body.getChild(1));
    expect([first.isPartial(), first.getStartOffset(), first.getEndOffsetInclusive()]).toEqual([true, 2, 6]);
    const second = body.findText('\\{\\{\\w\\}\\}', first);
    expect([second.getStartOffset(), second.getEndOffsetInclusive()]).toEqual([10, 14]);
    const third = body.findText('\\{\\{\\w\\}\\}', second);
    expect(third.getElement().getParent()).toBe(body.getChild(2));
    expect([third.isPartial(), third.getStartOffset(), third.getEndOffsetInclusive()]).toEqual([false, -1, -1]);
    expect(body.findText('\\{\\{\\w\\}\\}', third)).toBeNull();
    expect(body.findText('nothing')).toBeNull();
  });

  test('calls on RangeElement are counted', () => {
    const { body, log } = newBody();
    body.appendParagraph('abc');
    log.reset();
    body.findText('b').getStartOffset();
    expect(log.sequence()).toEqual(['Body.findText', 'RangeElement.getStartOffset']);
  });
});

describe('Text editing with attributes (https://developers.google.com/apps-script/reference/document/text)', () => {
  test('insertText, deleteText, ranged and whole setters, getters that answer null when characters disagree', () => {
    const { body } = newBody();
    const text = body.appendParagraph('Hello world').editAsText();
    text.insertText(5, ',').deleteText(6, 6).insertText(6, ' big ');
    expect(text.getText()).toBe('Hello, big world');
    text.setBold(0, 4, true).setItalic(true).setLinkUrl(7, 9, 'https://example.com');
    expect(text.isBold(0)).toBe(true);
    expect(text.isBold(6)).toBe(false);
    expect(text.isBold()).toBeNull();
    expect(text.isItalic()).toBe(true);
    expect(text.getLinkUrl(8)).toBe('https://example.com');
    expect(text.getLinkUrl(0)).toBeNull();
    expect(text.getTextAttributeIndices()).toEqual([0, 5, 7, 10]);
    text.setForegroundColor('#ff0000').setUnderline(0, 0, true);
    expect(text.getAttributes(0)).toMatchObject({ BOLD: true, ITALIC: true, UNDERLINE: true, FOREGROUND_COLOR: '#ff0000', LINK_URL: null });
    expect(() => text.deleteText(3, 99)).toThrow('Invalid text range');
  });

  test('Paragraph.appendText returns a Text for just the appended characters, which inherit the style before them', () => {
    const { body } = newBody();
    const p = body.appendParagraph('Name: ');
    p.editAsText().setBold(true);
    const value = p.appendText('Ana');
    expect(value.getText()).toBe('Ana');
    expect(value.isBold()).toBe(true);
    value.setBold(false);
    expect(p.editAsText().isBold(0)).toBe(true);
    expect(p.editAsText().isBold(6)).toBe(false);
    expect(p.getText()).toBe('Name: Ana');
  });

  test('setText keeps the style of the first character; setAttributes takes a style object keyed by DocumentApp.Attribute', () => {
    const { body, DocumentApp } = newBody();
    const p = body.appendParagraph('old');
    const style: Record<string, unknown> = {};
    style[DocumentApp.Attribute.BOLD] = true;
    style[DocumentApp.Attribute.HEADING] = DocumentApp.ParagraphHeading.HEADING3;
    style[DocumentApp.Attribute.HORIZONTAL_ALIGNMENT] = DocumentApp.HorizontalAlignment.CENTER;
    p.setAttributes(style);
    p.setText('new text');
    expect(p.getHeading()).toBe(DocumentApp.ParagraphHeading.HEADING3);
    expect(p.getAlignment()).toBe(DocumentApp.HorizontalAlignment.CENTER);
    expect(p.editAsText().isBold()).toBe(true);
    expect(p.getAttributes()).toMatchObject({ BOLD: true, HEADING: 'HEADING3', HORIZONTAL_ALIGNMENT: 'CENTER' });
    const odd: Record<string, unknown> = {};
    odd[DocumentApp.Attribute.LINE_SPACING] = 2;
    expect(() => p.setAttributes(odd)).toThrow(NotImplementedError);
  });

  test('a container\'s editAsText() joins its paragraphs with "\\n": styles apply across them, inserting text there throws as not implemented', () => {
    const { body } = newBody();
    body.appendParagraph('ab');
    body.appendParagraph('cd');
    const all = body.editAsText() as Text;
    expect(all.getText()).toBe('\nab\ncd');
    all.setBold(2, 4, true);
    expect((body.getChild(1) as GoogleAppsScript.Document.Paragraph).editAsText().isBold(1)).toBe(true);
    expect((body.getChild(2) as GoogleAppsScript.Document.Paragraph).editAsText().isBold(0)).toBe(true);
    expect((body.getChild(2) as GoogleAppsScript.Document.Paragraph).editAsText().isBold(1)).toBe(false);
    expect(() => all.insertText(0, 'x')).toThrow(NotImplementedError);
  });

  test('a paragraph has one Text child while it has characters; an empty one has none', () => {
    const { body, DocumentApp } = newBody();
    const p = body.appendParagraph('');
    expect(p.getNumChildren()).toBe(0);
    p.appendText('x');
    expect(p.getNumChildren()).toBe(1);
    expect(p.getChild(0).getType()).toBe(DocumentApp.ElementType.TEXT);
  });
});

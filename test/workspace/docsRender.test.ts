import { createContext } from '../../dev/workspace/context';
import { createDocsServices, docToHtml } from '../../dev/workspace/docs';

function sampleDoc() {
  const context = createContext({ now: () => new Date('2026-03-02T10:00:00Z') });
  const services = createDocsServices(context);
  const { DocumentApp } = services;
  const doc = DocumentApp.create('Growth Plan - <Ana>');
  const body = doc.getBody();
  body.getChild(0).asParagraph().setText('Growth Plan');
  body.getChild(0).asParagraph().setHeading(DocumentApp.ParagraphHeading.TITLE);
  body.appendParagraph('Focus').setHeading(DocumentApp.ParagraphHeading.HEADING2);
  const p = body.appendParagraph('Evidence: <script>alert("x")</script> & more');
  p.editAsText().setBold(0, 8, true).setItalic(10, 17, true);
  body.appendParagraph('Ladder').setLinkUrl('https://example.com/ladder?a=1&b="2"');
  body.appendParagraph('Bad link').setLinkUrl('javascript:alert(1)');
  body.appendListItem('first');
  body.appendListItem('nested').setNestingLevel(1);
  body.appendListItem('one').setGlyphType(DocumentApp.GlyphType.NUMBER);
  body.appendTable([
    ['Skill', 'Now'],
    ['<b>Discovery</b>', 'Meets'],
  ]);
  return { ...services, doc };
}

describe('snapshot', () => {
  test('a JSON-safe picture of every document (element tree with text, headings, runs, tables) and every Drive file', () => {
    const { snapshot, doc } = sampleDoc();
    const picture = snapshot();
    expect(JSON.parse(JSON.stringify(picture))).toEqual(picture);
    const mine = picture.docs.find((d) => d.id === doc.getId());
    // DocumentApp.create: drive.file is not assumed to cover it (docs/documentApp.ts says why).
    expect(mine).toMatchObject({ name: 'Growth Plan - <Ana>', appAccess: false, closed: false, pendingEdits: true });
    expect(mine?.body.map((e) => e.type)).toEqual([
      'PARAGRAPH',
      'PARAGRAPH',
      'PARAGRAPH',
      'PARAGRAPH',
      'PARAGRAPH',
      'LIST_ITEM',
      'LIST_ITEM',
      'LIST_ITEM',
      'TABLE',
      'PARAGRAPH',
    ]);
    expect(mine?.body[0]).toMatchObject({ heading: 'TITLE', text: 'Growth Plan' });
    expect(mine?.body[8]).toMatchObject({ rows: [{ cells: [{ children: [{ text: 'Skill' }] }, {}] }, {}] });
    expect(picture.files.map((f) => f.name)).toEqual(['My Drive', 'Growth Plan - <Ana>']);
  });
});

describe('docToHtml', () => {
  test('escapes every piece of text: a <script> typed in evidence stays text', () => {
    const { inspect, doc } = sampleDoc();
    const html = inspect.html(doc.getId());
    expect(html).not.toContain('<script>');
    expect(html).toContain('<em>&lt;script&gt;</em>alert(&quot;x&quot;)&lt;/script&gt; &amp; more');
    expect(html).toContain('&lt;b&gt;Discovery&lt;/b&gt;');
    expect(html).toContain('data-name="Growth Plan - &lt;Ana&gt;"');
  });

  test('headings, paragraphs, bold/italic, links (http/mailto only), nested and numbered lists, tables', () => {
    const { snapshot, doc } = sampleDoc();
    const picture = snapshot().docs.find((d) => d.id === doc.getId());
    const html = docToHtml({ body: picture?.body ?? [] });
    expect(html).toContain('<h1 class="title">Growth Plan</h1>');
    expect(html).toContain('<h2>Focus</h2>');
    expect(html).toContain('<strong>Evidence:</strong>');
    expect(html).toContain('<em>&lt;script&gt;</em>');
    expect(html).toContain(
      '<a href="https://example.com/ladder?a=1&amp;b=&quot;2&quot;" rel="noopener noreferrer" target="_blank">Ladder</a>',
    );
    expect(html).toContain('<p>Bad link</p>');
    expect(html).toMatch(/<ul>\n<li>first<\/li>\n<ul>\n<li>nested<\/li>\n<\/ul>\n<\/ul>\n<ol>\n<li>one<\/li>\n<\/ol>/);
    expect(html).toContain(
      '<table style="table-layout: fixed"><colgroup><col style="width: 50.00%"><col style="width: 50.00%"></colgroup><tbody><tr><td><p>Skill</p></td><td><p>Now</p></td></tr>',
    );
    expect(html).toContain('<p><br></p>');
  });
});

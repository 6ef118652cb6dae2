import { fresh, thrown } from './setup';

const REF = 'developers.google.com/apps-script/reference/html/html-service';

describe('HtmlService', () => {
  it(`createHtmlOutputFromFile reads the script's HTML files, with or without .html (${REF}#createhtmloutputfromfilefilename)`, () => {
    const { HtmlService } = fresh({ htmlFiles: { Sidebar: '<div id="app"></div>' } });
    expect(HtmlService.createHtmlOutputFromFile('Sidebar').getContent()).toBe('<div id="app"></div>');
    expect(HtmlService.createHtmlOutputFromFile('Sidebar.html').getContent()).toBe('<div id="app"></div>');
  });

  it(`a missing file throws Google's "No HTML file named X was found." (${REF}#createhtmloutputfromfilefilename)`, () => {
    const { HtmlService } = fresh();
    expect(thrown(() => HtmlService.createHtmlOutputFromFile('Setup')).message).toBe('No HTML file named Setup was found.');
    expect(() => HtmlService.createTemplateFromFile('Setup')).toThrow('No HTML file named Setup was found.');
  });

  it('HtmlOutput: title, size, append, appendUntrusted escapes, modes (developers.google.com/apps-script/reference/html/html-output)', () => {
    const { HtmlService } = fresh();
    const out = HtmlService.createHtmlOutput('<b>Hi</b>')
      .setTitle('Career Ladder')
      .setWidth(300)
      .setHeight(200)
      .append('<i>!</i>')
      .appendUntrusted('<script>alert(1)</script>')
      .setXFrameOptionsMode(HtmlService.XFrameOptionsMode.DEFAULT)
      .setSandboxMode(HtmlService.SandboxMode.IFRAME)
      .addMetaTag('viewport', 'width=device-width');
    expect(out.getTitle()).toBe('Career Ladder');
    expect(out.getContent()).toBe('<b>Hi</b><i>!</i>&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out.getMetaTags().map((t) => [t.getName(), t.getContent()])).toEqual([['viewport', 'width=device-width']]);
  });

  it('templates: <?= ?> escapes, <?!= ?> prints raw, <? ?> runs code, variables are properties (developers.google.com/apps-script/guides/html/templates)', () => {
    const { HtmlService, log } = fresh({
      htmlFiles: {
        Team: '<h1><?= title ?></h1><ul><? for (const p of people) { ?><li><?= p ?></li><? } ?></ul><?!= footer ?>',
      },
    });
    const t = HtmlService.createTemplateFromFile('Team');
    t.title = 'Team <A&B>';
    t.people = ['Ann', '<Bob>'];
    t.footer = '<hr>';
    log.reset();
    const html = t.evaluate().getContent();
    expect(html).toBe('<h1>Team &lt;A&amp;B&gt;</h1><ul><li>Ann</li><li>&lt;Bob&gt;</li></ul><hr>');
    expect(log.byName()).toEqual([
      ['HtmlOutput.getContent', 1],
      ['HtmlTemplate.evaluate', 1],
    ]);
  });

  it('templates: inside <script>, <?= ?> prints a JavaScript literal (contextual escaping)', () => {
    const { HtmlService } = fresh();
    const t = HtmlService.createTemplate('<script>const data = <?= data ?>;</script>');
    t.data = { name: '</script><b>' };
    expect(t.evaluate().getContent()).toBe('<script>const data = {"name":"\\u003c/script\\u003e\\u003cb\\u003e"};</script>');
    expect(t.getRawContent()).toBe('<script>const data = <?= data ?>;</script>');
  });
});

import { defaultTemplate } from '../../../src/core/docs/defaultTemplates';
import { docPlanText } from '../../../src/core/docs/docPlan';
import { GROWTH_PLAN_VOCABULARY } from '../../../src/core/docs/growthPlan';
import { CAREER_PLAN_VOCABULARY } from '../../../src/core/docs/careerPlan';
import { assertTemplateUsable, checkTemplate, describeTemplateProblems } from '../../../src/core/docs/templateCheck';
import { fillTemplate } from '../../../src/core/docs/templateFill';
import { splitTableText, tableText, docIdFrom, type DocTemplate, type TemplateValues } from '../../../src/core/docs/templateModel';

const values: TemplateValues = {
  scalars: { name: 'Ana $1', level: 'Senior PM', nextLevel: 'Staff PM', cycle: 'H2' },
  lists: {
    focus: {
      items: [
        { name: 'A', area: 'X', rating: 'Exceeds' },
        { name: 'B $&', area: 'Y', rating: 'Successfully Meets' },
      ],
      whenEmpty: 'No focus yet.',
    },
    strength: { items: [], whenEmpty: 'No strengths yet.' },
  },
};

function docTemplate(blocks: DocTemplate['blocks']): DocTemplate {
  return { kind: 'growth-plan', label: 'the template "Ours"', blocks };
}

function readTable(rows: string[][], source: number) {
  return { type: 'table' as const, text: tableText(rows), rows, source };
}

describe('template check', () => {
  it('accepts both built-in templates', () => {
    expect(checkTemplate(defaultTemplate('growth-plan'), GROWTH_PLAN_VOCABULARY)).toEqual([]);
    expect(checkTemplate(defaultTemplate('career-plan'), CAREER_PLAN_VOCABULARY)).toEqual([]);
  });

  it('lists every unknown placeholder with where it is, and the known ones', () => {
    const t = docTemplate([
      { type: 'paragraph', text: 'Plan for {{nmae}} in {{cycle}}', heading: 'NORMAL', source: 0 },
      readTable(
        [
          ['{{focus.name}}', '{{focus.colour}}'],
          ['{{first name}}', '{{wat.name}}'],
        ],
        1,
      ),
    ]);
    const problems = checkTemplate(t, GROWTH_PLAN_VOCABULARY);
    expect(problems.map((p) => [p.placeholder, p.where])).toEqual([
      ['{{nmae}}', 'paragraph 1'],
      ['{{focus.colour}}', 'table 1, row 1'],
      ['{{first name}}', 'table 1, row 2'],
      ['{{wat.name}}', 'table 1, row 2'],
    ]);
    const message = describeTemplateProblems(t, GROWTH_PLAN_VOCABULARY, problems) ?? '';
    expect(message).toMatch(
      /^The template "Ours" cannot be used: it has placeholders the add-on does not know: \{\{nmae\}\} \(paragraph 1\), \{\{focus\.colour\}\}/,
    );
    expect(message).toContain('Known placeholders: {{name}},');
    expect(message).toContain('{{focus.expected}}');
    expect(() => assertTemplateUsable(t, GROWTH_PLAN_VOCABULARY)).toThrow(message);
  });

  it('refuses a list placeholder outside a table and a row mixing two lists', () => {
    const t = docTemplate([
      { type: 'listItem', text: '{{focus.name}}', source: 0 },
      readTable([['{{focus.name}}', '{{strength.name}}']], 1),
      { type: 'unsupported', elementType: 'TABLE_OF_CONTENTS', source: 2 },
    ]);
    const message = describeTemplateProblems(t, GROWTH_PLAN_VOCABULARY, checkTemplate(t, GROWTH_PLAN_VOCABULARY));
    expect(message).toContain('{{focus.name}} (list item 1) repeats once per focus sub-skill, so it must sit in a table row');
    expect(message).toContain('table 1, row 1 mixes {{focus.…}} and {{strength.…}}');
    expect(message).toContain('element 3 is a table of contents');
  });
});

describe('template fill', () => {
  it('repeats a list row once per item, fills single values everywhere, and marks the header row', () => {
    const plan = fillTemplate(
      docTemplate([
        readTable(
          [
            ['Sub-skill ({{level}})', 'Rating'],
            ['{{focus.name}} — {{name}}', '{{focus.rating}}'],
            ['Total', '{{cycle}}'],
          ],
          0,
        ),
      ]),
      values,
    );
    expect(plan.blocks).toEqual([
      {
        kind: 'table',
        headerRow: true,
        rows: [
          ['Sub-skill (Senior PM)', 'Rating'],
          ['A — Ana $1', 'Exceeds'],
          ['B $& — Ana $1', 'Successfully Meets'],
          ['Total', 'H2'],
        ],
      },
    ]);
  });

  it('repeats consecutive rows of one list together, and says so when a list is empty', () => {
    const plan = fillTemplate(
      docTemplate([
        readTable(
          [
            ['{{focus.name}}', ''],
            ['Rated', '{{focus.rating}}'],
          ],
          0,
        ),
        readTable(
          [
            ['Strength', 'Area'],
            ['{{strength.name}}', '{{strength.area}}'],
          ],
          1,
        ),
      ]),
      values,
    );
    expect(plan.blocks.map((b) => (b.kind === 'table' ? b.rows : []))).toEqual([
      [
        ['A', ''],
        ['Rated', 'Exceeds'],
        ['B $&', ''],
        ['Rated', 'Successfully Meets'],
      ],
      [
        ['Strength', 'Area'],
        ['No strengths yet.', ''],
      ],
    ]);
  });

  it('copies template paragraphs and tables without placeholders, editing only the placeholders', () => {
    const plan = fillTemplate(
      docTemplate([
        { type: 'paragraph', text: 'Growth plan: {{name}} ({{level}})', heading: 'NORMAL', source: 0 },
        { type: 'table', text: 'a\nb', rows: null, source: 1 },
        { type: 'listItem', text: 'no placeholder', source: 2 },
      ]),
      values,
    );
    expect(plan.blocks).toEqual([
      {
        kind: 'copy',
        source: 0,
        elementType: 'PARAGRAPH',
        text: 'Growth plan: Ana $1 (Senior PM)',
        edits: [
          { start: 23, endInclusive: 31, value: 'Senior PM' },
          { start: 13, endInclusive: 20, value: 'Ana $1' },
        ],
      },
      { kind: 'copy', source: 1, elementType: 'TABLE', text: 'a\nb', edits: [] },
      { kind: 'copy', source: 2, elementType: 'LIST_ITEM', text: 'no placeholder', edits: [] },
    ]);
  });

  it('builds the built-in template from text, headings kept', () => {
    const plan = fillTemplate(defaultTemplate('growth-plan'), values);
    expect(plan.blocks[0]).toEqual({ kind: 'paragraph', text: 'Growth Plan — Ana $1', heading: 'TITLE' });
    expect(docPlanText(plan)).toContain('Sub-skill | Expected at Senior PM | Expected at Staff PM | Evidence');
  });
});

describe('template model helpers', () => {
  it('splits a table text into cells only when every cell is one line', () => {
    expect(splitTableText('a\nb\nc\nd', 2, 2)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(splitTableText('a\nb\nmore\nc\nd', 2, 2)).toBeNull();
  });

  it('reads a doc id from a URL or an id, and nothing else', () => {
    expect(docIdFrom('https://docs.google.com/document/d/1AbC_d-9/edit#heading=h.1')).toBe('1AbC_d-9');
    expect(docIdFrom(' 1AbC_d-9 ')).toBe('1AbC_d-9');
    expect(docIdFrom('https://example.com/x')).toBeNull();
    expect(docIdFrom('not an id')).toBeNull();
  });
});

describe('an empty template', () => {
  it('is refused', () => {
    const t = docTemplate([{ type: 'paragraph', text: ' ', heading: 'NORMAL', source: 0 }]);
    expect(describeTemplateProblems(t, GROWTH_PLAN_VOCABULARY, checkTemplate(t, GROWTH_PLAN_VOCABULARY))).toMatch(
      /^The template "Ours" cannot be used: it is empty\./,
    );
  });
});

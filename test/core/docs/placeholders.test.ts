import { applyEdits, fillEdits, fillText, findPlaceholders } from '../../../src/core/docs/placeholders';

describe('placeholders', () => {
  it('finds single values, list fields and keys that are not well formed', () => {
    const hits = findPlaceholders('Hi {{name}}, {{ focus.name }} and {{first name}} {{}}');
    expect(hits.map((h) => [h.key, h.list, h.field, h.wellFormed])).toEqual([
      ['name', null, null, true],
      ['focus.name', 'focus', 'name', true],
      ['first name', null, null, false],
      ['', null, null, false],
    ]);
    expect(hits[1]?.raw).toBe('{{ focus.name }}');
  });

  it('reads {{{x}}} as a brace around a placeholder, and never crosses a line', () => {
    expect(findPlaceholders('{{{x}}}').map((h) => [h.start, h.raw])).toEqual([[1, '{{x}}']]);
    expect(findPlaceholders('{{a\nb}}')).toEqual([]);
  });

  it('inserts values literally: $ patterns, backslashes and placeholders typed in a value come out as typed', () => {
    const hostile = "O'Brien $1 $& $$ \\1 \\ {{cycle}} {{name}}";
    const out = fillText('{{name}} / {{cycle}}', { name: hostile, cycle: 'H2 $` 2026' });
    expect(out).toBe(`${hostile} / H2 $\` 2026`);
  });

  it('fills list fields only from the current item and leaves unknown placeholders as written', () => {
    expect(
      fillText('{{focus.name}} {{strength.name}} {{nope}}', { name: 'x' }, { list: 'focus', values: { name: 'Customer focus' } }),
    ).toBe('Customer focus {{strength.name}} {{nope}}');
  });

  it('gives edits, last first, that turn the text into its filled form', () => {
    const text = 'Name: {{name}} ({{level}}) {{x}}';
    const edits = fillEdits(text, { name: '$1 {{level}}', level: '' });
    expect(edits.map((e) => e.start)).toEqual([16, 6]);
    expect(applyEdits(text, edits)).toBe('Name: $1 {{level}} () {{x}}');
  });
});

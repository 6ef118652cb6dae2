import { nextLevelAdds } from '../../src/ui/sidebar/expectations';

describe('what the next level adds, on a cumulative ladder', () => {
  const current = 'Scope: [APM] Talks to customers. [Senior PM] Defines problems for 6-12 months.\nAutonomy: [APM] Relies on guidance.';
  const next =
    'Scope: [APM] Talks to customers. [Senior PM] Defines problems for 6-12 months. [Staff PM] Defines problems for 24 months.\nAutonomy: [APM] Relies on guidance.';

  it('keeps only the additions, with their dimension', () => {
    expect(nextLevelAdds(current, next)).toEqual({ text: 'Scope: [Staff PM] Defines problems for 24 months.', additionsOnly: true });
  });

  it('says nothing is added when the next level repeats the current one', () => {
    expect(nextLevelAdds(current, current)).toEqual({ text: '', additionsOnly: true });
  });

  it("shows a non-cumulative ladder's next level whole", () => {
    expect(nextLevelAdds('Ships features with help.', 'Owns a product area.')).toEqual({
      text: 'Owns a product area.',
      additionsOnly: false,
    });
  });

  it('shows a dimension new at the next level whole', () => {
    expect(nextLevelAdds('Scope: a', 'Scope: a b\nImpact: c')).toEqual({ text: 'Scope: b\nImpact: c', additionsOnly: true });
  });
});

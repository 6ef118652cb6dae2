import { BUILTIN_LADDER_INDEX } from '../../src/core/ladder/builtinIndex';
import { ladderLabel } from '../../src/core/ladder/summary';

/** The ladder lists of the set-up and export dialogs name each ladder so that no two read alike. */
describe('ladderLabel', () => {
  it('tells every built-in ladder apart, the two Intercom PM editions among them', () => {
    const labels = BUILTIN_LADDER_INDEX.map(ladderLabel);
    expect(new Set(labels).size).toBe(labels.length);
    const byId = Object.fromEntries(BUILTIN_LADDER_INDEX.map((l) => [l.id, ladderLabel(l)]));
    expect(byId['intercom-pm-2021']).toBe('Intercom: Product Manager expectations by level (5 levels)');
    expect(byId['intercom-pm-4-level']).toBe('Intercom: Product Manager expectations by level (4 levels)');
  });

  it('says once that a ladder is the team’s own', () => {
    const own = { title: 'Our PM ladder', levels: [{ id: 'a', name: 'A' }], builtIn: false };
    expect(ladderLabel({ ...own, organization: 'Own ladder' })).toBe('Own ladder: Our PM ladder (1 level)');
    expect(ladderLabel({ ...own, organization: 'Acme' })).toBe('Acme: Our PM ladder (1 level, own ladder)');
  });
});

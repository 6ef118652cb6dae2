import { parseLadder } from '../../src/core/ladder/parse';

const minimal = () => ({
  id: 'tiny',
  title: 'Tiny ladder',
  organization: 'Example',
  source: 'hand written',
  notes: [],
  cumulative: false,
  levels: [
    { id: 'one', name: 'One' },
    { id: 'two', name: 'Two' },
  ],
  areas: [
    {
      id: 'craft',
      name: 'Craft',
      description: '',
      axis: 'results',
      subskills: [{ id: 'writing', name: 'Writing', description: '', expectations: { one: 'Writes.', two: 'Writes well.' } }],
    },
  ],
});

describe('parseLadder', () => {
  it('accepts a well-formed ladder', () => {
    const result = parseLadder(minimal());
    expect(result.ok).toBe(true);
  });

  it('names the JSON path of a shape problem', () => {
    const bad = minimal();
    (bad.areas[0] as { axis: string }).axis = 'vibes';
    const result = parseLadder(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain('areas[0].axis');
  });

  it('reports a missing level, an unknown level and a duplicate sub-skill id at once', () => {
    const bad = minimal();
    const area = bad.areas[0]!;
    area.subskills.push({ id: 'writing', name: 'Again', description: '', expectations: { one: 'x', three: 'y' } as never });
    const result = parseLadder(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.problems.map((p) => `${p.path}: ${p.message}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^areas\[0\]\.subskills\[1\]\.id: sub-skill id "writing" is already used/),
        expect.stringMatching(/^areas\[0\]\.subskills\[1\]\.expectations: level "two" is missing/),
        expect.stringMatching(/^areas\[0\]\.subskills\[1\]\.expectations\.three: "three" is not one of the ladder's levels/),
      ]),
    );
  });

  it('refuses a sub-skill empty at every level', () => {
    const bad = minimal();
    bad.areas[0]!.subskills[0]!.expectations = { one: '', two: '' };
    const result = parseLadder(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/no expectation at any level/);
  });
});

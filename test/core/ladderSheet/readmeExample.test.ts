import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ladderFromSheetValues } from '../../../src/core/ladderSheet/ladderFromSheet';

/** The example ladder sheet of README "Bring your own ladder", cell by cell. */
function readmeExample(): string[][] {
  const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Bring your own ladder'));
  const table = section.slice(section.indexOf('| A | B |'));
  // The table runs until the first line that is not a table row; its header and rule are skipped.
  const all = table.split('\n');
  const end = all.findIndex((l) => !l.startsWith('|'));
  const lines = all.slice(2, end < 0 ? undefined : end);
  return lines.map((l) =>
    l
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim().replace(/^\*\*(.*)\*\*$/, '$1')),
  );
}

describe('README "Bring your own ladder"', () => {
  it('its example is a valid ladder sheet, read as the text says', () => {
    const result = ladderFromSheetValues(readmeExample());
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { ladder } = result;
    expect(ladder).toMatchObject({
      id: 'acme-pm',
      title: 'Acme PM ladder',
      organization: 'Acme',
      cumulative: true,
      notes: ['Row 12 was reconstructed from the 2025 edition.'],
    });
    expect(ladder.levels).toEqual([
      { id: 'pm', name: 'PM' },
      { id: 'senior-pm', name: 'Senior PM' },
    ]);
    expect(ladder.dimensions?.map((d) => d.id)).toEqual(['scope', 'impact']);
    expect(ladder.areas.map((a) => [a.id, a.axis, a.subskills.map((s) => s.id)])).toEqual([
      ['strategy', 'results', ['roadmap']],
      ['leadership', 'behaviours', ['communication']],
    ]);
    expect(ladder.areas[0]?.subskills[0]?.expectations).toEqual({
      scope: { pm: "Owns the team's roadmap", 'senior-pm': "Owns the group's roadmap" },
      impact: { pm: 'Ships what the roadmap says', 'senior-pm': '' },
    });
  });
});

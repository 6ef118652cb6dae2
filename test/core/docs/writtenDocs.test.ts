import { contentHash, isEdited, writtenDocKey, writtenDocsFor, writtenDocValue } from '../../../src/core/docs/writtenDocs';

describe('what the workbook remembers of the docs it wrote', () => {
  it('finds the docs of one PM, kind and cycle, whoever wrote them, and skips entries that do not parse', () => {
    const properties = {
      [writtenDocKey('d1')]: writtenDocValue('growth-plan', 'p-1', 'H2 2026', 1, 'Growth Plan — Ana — H2 2026', contentHash('x')),
      [writtenDocKey('d2')]: writtenDocValue('career-plan', 'p-1', 'H2 2026', 1, 'Career Plan — Ana — H2 2026', contentHash('y')),
      [writtenDocKey('d3')]: writtenDocValue('growth-plan', 'p-1', `${'long cycle '.repeat(20)}`, 1, 'n', contentHash('z')),
      [writtenDocKey('d4')]: '{not json',
      'careerLadder.docTemplates': '{}',
    };
    expect(writtenDocsFor(properties, 'growth-plan', 'p-1', 'H2 2026').map((d) => [d.id, d.entry.version])).toEqual([['d1', 1]]);
    expect(writtenDocsFor(properties, 'growth-plan', 'p-1', `${'long cycle '.repeat(20)}`).map((d) => d.id)).toEqual(['d3']);
    expect(writtenDocsFor(properties, 'growth-plan', 'p-2', 'H2 2026')).toEqual([]);
  });

  it('calls a doc edited when its text no longer hashes as written, or when no hash was recorded', () => {
    const written = contentHash('Growth Plan\\nPM\\nAna');
    expect(isEdited(written, 'Growth Plan\\nPM\\nAna')).toBe(false);
    expect(isEdited(written, 'Growth Plan\\nPM\\nAna\\nAgreed: two calls a week.')).toBe(true);
    expect(isEdited(null, 'Growth Plan')).toBe(true);
  });
});

import {
  cycleFolderQuery,
  docAppProperties,
  docName,
  existingDecision,
  existingDocsQuery,
  queryLiteral,
  shortHash,
  type ExistingDoc,
} from '../../../src/core/docs/docFiling';

describe('doc filing', () => {
  it('names docs predictably, versions after the first, long names cut', () => {
    expect(docName('growth-plan', 'Ana Souza', 'H2 2026', 1)).toBe('Growth Plan — Ana Souza — H2 2026');
    expect(docName('career-plan', 'Ana  Souza', 'H2 2026', 3)).toBe('Career Plan — Ana Souza — H2 2026 (v3)');
    expect(docName('growth-plan', 'x'.repeat(300), 'H2', 1)).toBe(`Growth Plan — ${'x'.repeat(99)}… — H2`);
  });

  it('keeps every app property within Drive’s 124 bytes, hashing long or odd values', () => {
    const props = docAppProperties('growth-plan', 'p-1', `Cycle 'with' quotes \\ ${'é'.repeat(150)}`, 2);
    expect(props.clPerson).toBe('p-1');
    expect(props.clCycle).toMatch(/^h[0-9a-f]{16}$/);
    for (const [k, v] of Object.entries(props)) expect(Buffer.byteLength(k + v, 'utf8')).toBeLessThanOrEqual(124);
    expect(shortHash('H2 2026')).toBe(shortHash('H2 2026'));
    expect(shortHash('H2 2026')).not.toBe(shortHash('H2 2027'));
  });

  it('escapes quotes and backslashes in Drive queries', () => {
    expect(queryLiteral("it's a \\ test")).toBe("'it\\'s a \\\\ test'");
    expect(existingDocsQuery('growth-plan', 'p-1', 'H2 2026')).toBe(
      "appProperties has { key='careerLadder' and value='growth-plan' } and appProperties has { key='clPerson' and value='p-1' } and appProperties has { key='clCycle' and value='hf0b1a3c9e35a5b06' } and trashed = false".replace(
        'hf0b1a3c9e35a5b06',
        `h${shortHash('H2 2026')}`,
      ),
    );
    expect(cycleFolderQuery('H2')).toContain("mimeType = 'application/vnd.google-apps.folder'");
  });

  it('asks before a second copy, opens the latest, or makes the version after the highest on request', () => {
    const doc = (version: number): ExistingDoc => ({ id: `d${version}`, name: 'n', url: 'u', version, writtenHash: null });
    expect(existingDecision([], 'ask')).toEqual({ action: 'create', version: 1 });
    const docs = [doc(1), doc(3), doc(2)];
    expect(existingDecision(docs, 'ask')).toEqual({ action: 'exists', doc: docs[1] });
    expect(existingDecision(docs.slice(0, 1), 'open')).toEqual({ action: 'open', doc: docs[0] });
    expect(existingDecision(docs, 'newVersion')).toEqual({ action: 'create', version: 4 });
  });
});

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

  it('asks before a second copy, opens or makes a new version on request, and knows an edited doc', () => {
    const doc = (version: number, modifiedTime: string, writtenTime: string | null): ExistingDoc => ({
      id: `d${version}`,
      name: 'n',
      url: 'u',
      modifiedTime,
      version,
      writtenTime,
    });
    expect(existingDecision([], 'ask')).toEqual({ action: 'create', version: 1 });
    const docs = [
      doc(1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
      doc(2, '2026-01-03T00:00:00.000Z', '2026-01-02T00:00:00.000Z'),
    ];
    expect(existingDecision(docs, 'ask')).toEqual({ action: 'exists', doc: docs[1], edited: true });
    expect(existingDecision(docs.slice(0, 1), 'open')).toEqual({ action: 'open', doc: docs[0], edited: false });
    expect(existingDecision(docs, 'newVersion')).toEqual({ action: 'create', version: 3 });
    expect(existingDecision([doc(1, 't', null)], 'ask')).toMatchObject({ edited: true });
  });
});

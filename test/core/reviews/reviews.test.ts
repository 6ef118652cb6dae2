import { RATING_SCALE, type Rating } from '../../../src/core/ratingScale';
import { combinePeerRatings } from '../../../src/core/reviews/combine';
import { REVIEW_COLUMNS, REVIEW_FIRST_ROW, readReviewFile, reviewFilePlan } from '../../../src/core/reviews/reviewFile';
import {
  planImport,
  readDetails,
  readRequests,
  requestRow,
  type PersonCells,
  type ReviewDetail,
  type ReviewRequest,
} from '../../../src/core/reviews/register';
import { REQUEST_HEADERS } from '../../../src/core/reviews/register';

const [NII, SPN, SM, EX, EXC] = RATING_SCALE as unknown as [Rating, Rating, Rating, Rating, Rating];

describe('combinePeerRatings: the median, the lower of the two middle ratings on a tie', () => {
  it.each<[Rating[], Rating | null]>([
    [[], null],
    [[EX], EX],
    [[EX, SM], SM],
    [[EXC, SM, EX], EX],
    [[NII, EXC], NII],
    [[SPN, SM, EX, EXC], SM],
    [[SM, SM, EXC, EXC], SM],
  ])('%j → %s', (ratings, expected) => {
    expect(combinePeerRatings(ratings)).toBe(expected);
  });
});

const plan = reviewFilePlan({
  requestId: 'rq-1',
  kind: 'peer',
  personName: 'Ada Park',
  levelName: 'PM',
  nextLevelName: 'Senior PM',
  cycle: 'H1 2026',
  dueDate: '2026-05-15',
  items: [
    { subskillId: 'vision', area: 'Strategy', name: 'Vision', current: 'Sets direction', next: 'Sets group direction' },
    { subskillId: 'roadmap', area: 'Strategy', name: 'Roadmap', current: '=owns it', next: '' },
  ],
});

/** The plan's values with the reviewer's entries: sub-skill → [rating, evidence]. */
function filled(entries: Record<string, [unknown, unknown]>): unknown[][] {
  return plan.values.map((row) => {
    const id = String(row[0]).replace('subskill:', '');
    const entry = entries[id];
    if (!String(row[0]).startsWith('subskill:') || !entry) return [...row];
    const out: unknown[] = [...row];
    out[REVIEW_COLUMNS.rating - 1] = entry[0];
    out[REVIEW_COLUMNS.evidence - 1] = entry[1];
    return out;
  });
}

describe('the review file', () => {
  it('holds the PM, their level and the next, the request, the due date, one row per sub-skill with empty rating and evidence', () => {
    expect(plan.name).toBe('Peer review: Ada Park (H1 2026)');
    expect(plan.values[0]).toEqual(['review:rq-1', 'Peer review of Ada Park (H1 2026)', '', '', '', '', '']);
    expect(plan.values[1]![1]).toBe('Level: PM · next level: Senior PM');
    expect(plan.values[2]![1]).toContain('2026-05-15');
    expect(plan.values.slice(REVIEW_FIRST_ROW - 1)).toEqual([
      ['subskill:vision', 'Strategy', 'Vision', 'Sets direction', 'Sets group direction', '', ''],
      ['subskill:roadmap', 'Strategy', 'Roadmap', '=owns it', '', '', ''],
    ]);
    expect(plan.ratingRows).toEqual({ first: REVIEW_FIRST_ROW, count: 2 });
  });

  it('reads back: an empty file is empty; a rating off the scale is reported by cell, its evidence kept', () => {
    expect(readReviewFile(plan.values, null)).toEqual({ requestId: 'rq-1', ratings: [], problems: [], empty: true });
    // A file as Values.get gives it: trailing blanks left out.
    expect(readReviewFile([['review:rq-1']], null).empty).toBe(true);
    const read = readReviewFile(filled({ vision: [EX, ' Shipped '], roadmap: ['exceeds', 'Pasted'] }), new Set(['vision', 'roadmap']));
    expect(read.ratings).toEqual([
      { subskillId: 'vision', cell: 'F5', rating: EX, evidence: 'Shipped' },
      { subskillId: 'roadmap', cell: 'F6', rating: null, evidence: 'Pasted' },
    ]);
    expect(read.problems).toEqual([{ cell: 'F6', value: 'exceeds', message: expect.stringContaining('not on the rating scale') }]);
    expect(read.empty).toBe(false);
  });

  it('reports a sub-skill the workbook no longer has, and a file whose A1 names no request', () => {
    const read = readReviewFile(filled({ vision: [EX, ''] }), new Set(['roadmap']));
    expect(read.ratings).toEqual([]);
    expect(read.problems[0]!.message).toContain('no longer on the ladder');
    expect(readReviewFile([['something else']], null).requestId).toBeNull();
  });
});

describe('the request register', () => {
  const request: ReviewRequest = {
    requestId: 'rq-1',
    personId: 'p-1',
    kind: 'self',
    reviewer: 'Ada Park',
    email: 'ada@example.com',
    fileId: 'f1',
    url: 'https://docs.google.com/spreadsheets/d/f1/edit',
    status: 'sent',
    requestedAt: '2026-05-04T09:00:00.000Z',
    importedAt: '',
    atRequest: { vision: '' },
    written: {},
  };

  it('reads back what it writes, and skips a row changed beyond reading', () => {
    const rows = [[...REQUEST_HEADERS], requestRow(request), ['rq-2', 'p-1', 'manager', '', '', 'f2', '', 'sent']];
    expect(readRequests(rows)).toEqual([request]);
    expect(readDetails([['Request'], ['rq-1', 'p-1', 'Ada', 'what']])).toEqual([]);
  });
});

describe('planImport', () => {
  const cells = (self: string, peer = '', evidence = ''): Map<string, PersonCells> => new Map([['vision', { self, peer, evidence }]]);
  const review = (rating: Rating | null, evidence = '') => ({
    requestId: 'rq-1',
    ratings: [{ subskillId: 'vision', cell: 'F5', rating, evidence }],
    problems: [],
    empty: false,
  });
  const expected = (...values: string[]) => new Map([['vision', new Set(values)]]);

  it('writes Self and adds the evidence once, marked as the PM’s own', () => {
    const plan = planImport({
      kind: 'self',
      personId: 'p-1',
      review: review(EX, 'Shipped'),
      cells: cells('', '', 'Manager note'),
      expected: expected(''),
      details: [],
    });
    expect(plan.writes).toEqual([
      { subskillId: 'vision', column: 'self', value: EX },
      { subskillId: 'vision', column: 'evidence', value: 'Manager note\nSelf review: Shipped' },
    ]);
    expect(plan.written).toEqual({ vision: EX });
    const again = planImport({
      kind: 'self',
      personId: 'p-1',
      review: review(EX, 'Shipped'),
      cells: cells(EX, '', 'Manager note\nSelf review: Shipped'),
      expected: expected('', EX),
      details: [],
    });
    expect(again.writes).toEqual([]);
    expect(again.conflicts).toEqual([]);
  });

  it('leaves a cell typed by hand since the request, and says so', () => {
    const plan = planImport({ kind: 'self', personId: 'p-1', review: review(EXC), cells: cells(SM), expected: expected(''), details: [] });
    expect(plan.writes).toEqual([]);
    expect(plan.conflicts).toEqual([{ subskillId: 'vision', current: SM, incoming: EXC }]);
  });

  it('writes the peers’ combined rating to Peer, never Self or Manager', () => {
    const detail = (requestId: string, rating: Rating): ReviewDetail => ({
      requestId,
      personId: 'p-1',
      personName: 'Ada',
      kind: 'peer',
      reviewer: requestId,
      email: '',
      subskillId: 'vision',
      subskillName: 'Vision',
      rating,
      evidence: '',
      importedAt: '',
    });
    const plan = planImport({
      kind: 'peer',
      personId: 'p-1',
      review: review(EX),
      cells: cells('', SM),
      expected: expected('', SM),
      details: [detail('a', EX), detail('b', SM), detail('c', EXC), { ...detail('d', NII), personId: 'p-2' }],
    });
    expect(plan.writes).toEqual([{ subskillId: 'vision', column: 'peer', value: EX }]);
  });
});

import type { CollectReviewsResult, RequestReviewsResult, ReviewDetails, ReviewRequestList, SetupResult } from '../../src/core/api';
import type { Rating } from '../../src/core/ratingScale';
import { RATING_SCALE } from '../../src/core/ratingScale';
import { findBuiltinLadder } from '../../dev/builtinLadders';
import { refusal, type LoadedAddon } from '../support/bundle';
import { COLUMN, cell, loadAddon, ref, rowOf, typeInto } from './workbookSupport';

/**
 * Self and peer reviews (README, "Self and peer reviews"): a review file per reviewer, shared
 * with them; what they fill in comes back into the PM sheet's Self and Peer columns.
 */
const ladder = findBuiltinLadder('intercom-pm-2021')!;
const SM: Rating = 'Successfully Meets';
const EX: Rating = 'Exceeds';
const EXC: Rating = 'Exceptional';
const TEAM = [
  { name: 'Ada Park', email: 'ada@example.com', level: 'pm' },
  { name: 'Ben Ortiz', email: 'ben@example.com', level: 'senior-pm' },
  { name: 'Cal Reyes', level: 'pm' },
];
const [first, second, third] = ladder.areas[0]!.subskills.map((s) => s.id);

interface Team {
  addon: LoadedAddon;
  people: SetupResult['people'];
  ada: SetupResult['people'][number];
}

function team(): Team {
  const addon = loadAddon({ now: () => new Date('2026-05-04T09:00:00Z') });
  const { people } = addon.run<SetupResult>('setupCalibration', { ladderId: ladder.id, cycle: 'H1 2026', team: TEAM });
  return { addon, people, ada: people[0]! };
}

/** The review file's sheet as its reviewer sees it. */
function fileValues(addon: LoadedAddon, fileId: string): unknown[][] {
  return addon.workspace.spreadsheetFile(fileId)!.values('Review!A1:G40');
}

/** The reviewer types (or pastes) into their file: `entries` by sub-skill, [rating, evidence]. */
function fillIn(addon: LoadedAddon, fileId: string, by: string, entries: Record<string, [string, string]>): void {
  const values = fileValues(addon, fileId);
  addon.workspace.editSpreadsheetAsPerson(fileId, by, (ss) => {
    const sheet = ss.getSheetByName('Review')!;
    for (const [subskillId, [rating, evidence]] of Object.entries(entries)) {
      const row = values.findIndex((r) => r[0] === `subskill:${subskillId}`) + 1;
      sheet.getRange(row, 6, 1, 2).setValues([[rating, evidence]]);
    }
  });
}

const pmCell = (addon: LoadedAddon, column: keyof typeof COLUMN, subskillId: string) =>
  cell(addon, ref('Ada Park', `${COLUMN[column]}${rowOf(addon, 'Ada Park', `subskill:${subskillId}`)}`));

describe('requestReviews', () => {
  it('makes a self review file in the cycle folder holding only the PM, their levels and the scale, and shares it with the PM', () => {
    const { addon, ada } = team();
    typeInto(addon, ref('Ada Park', `${COLUMN.manager}${rowOf(addon, 'Ada Park', `subskill:${first}`)}`), EXC);
    typeInto(addon, ref('Ada Park', `${COLUMN.evidence}${rowOf(addon, 'Ada Park', `subskill:${first}`)}`), 'Manager-only note');
    const { result, calls } = addon.workspace.log.measure(() =>
      addon.run<RequestReviewsResult>('requestReviews', {
        personId: ada.id,
        kind: 'self',
        message: 'Your self review for H1.',
        dueDate: '2026-05-15',
      }),
    );
    expect(result.requests).toHaveLength(1);
    const request = result.requests[0]!;
    expect(request).toMatchObject({ reviewer: 'Ada Park', email: 'ada@example.com', status: 'sent' });
    expect(request.url).toBe(`https://docs.google.com/spreadsheets/d/${request.fileId}/edit`);
    // The first request also makes the cycle's folder (1) and the register sheet, the visible status board (10).
    expect(calls).toBe(15 + 3 + 1 + 10);

    const file = addon.workspace.docs.file(request.fileId)!;
    expect(file.mimeType).toBe('application/vnd.google-apps.spreadsheet');
    const folder = addon.workspace.docs.file(file.parents[0]!)!;
    expect(folder.mimeType).toBe('application/vnd.google-apps.folder');
    expect(file.permissions).toEqual([expect.objectContaining({ role: 'writer', type: 'user', emailAddress: 'ada@example.com' })]);
    expect(addon.workspace.docs.sharingEmails()).toEqual([
      expect.objectContaining({
        fileId: request.fileId,
        to: 'ada@example.com',
        message: 'Your self review for H1.\n\nPlease fill it in by 2026-05-15.',
      }),
    ]);

    const values = fileValues(addon, request.fileId);
    const text = JSON.stringify(values);
    expect(text).toContain('Ada Park');
    expect(text).toContain('2026-05-15');
    expect(text).not.toContain('Ben Ortiz');
    expect(text).not.toContain('Cal Reyes');
    expect(text).not.toContain('Manager-only note');
    expect(values[3]!.slice(1)).toEqual(['Skill area', 'Sub-skill', 'At PM', 'At Senior PM', 'Rating', 'Evidence']);
    const rows = values.filter((r) => String(r[0]).startsWith('subskill:'));
    expect(rows).toHaveLength(ladder.areas.flatMap((a) => a.subskills).length);
    expect(rows.every((r) => r[5] === '' && r[6] === '')).toBe(true);
    expect(rows.filter((r) => r[3] !== '' && r[4] !== '').length).toBeGreaterThan(rows.length / 2);
    const ss = addon.workspace.spreadsheetFile(request.fileId)!.api;
    const rule = addon.workspace.log.quietly(() => ss.getSheetByName('Review')!.getRange('F5').getDataValidation()!);
    // The scale, then Not applicable, as on the PM sheets.
    expect(addon.workspace.log.quietly(() => rule.getCriteriaValues()[0])).toEqual([...RATING_SCALE, 'Not applicable']);

    const list = addon.run<ReviewRequestList>('listReviewRequests');
    expect(list.requests).toEqual([
      {
        requestId: request.requestId,
        personId: ada.id,
        kind: 'self',
        reviewer: 'Ada Park',
        email: 'ada@example.com',
        url: request.url,
        status: 'sent',
        requestedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        importedAt: '',
      },
    ]);
  });

  it('costs 3 service calls per review file (at most 25), on a fixed 15', () => {
    const { addon, ada } = team();
    addon.run('requestReviews', { personId: ada.id, kind: 'peer', reviewers: [{ name: 'Ben', email: 'ben@example.com' }] });
    const calls = (n: number) =>
      addon.workspace.log.measure(() =>
        addon.run('requestReviews', {
          personId: ada.id,
          kind: 'peer',
          reviewers: Array.from({ length: n }, (_, i) => ({ name: `Peer ${n}-${i}`, email: `peer${n}-${i}@example.com` })),
        }),
      ).calls;
    const one = calls(1);
    const four = calls(4);
    // Lock 3, spreadsheet 1, Team sheet 2, ladder 2, PM sheet 2, register 2 + 2, cycle folder 1.
    expect(one).toBe(15 + 3);
    // Per file: Sheets.Spreadsheets.create, Drive.Files.update (into the folder), Drive.Permissions.create.
    expect((four - one) / 3).toBe(3);
  });

  it('refuses a reviewer without an email, naming them, and changes nothing', () => {
    const { addon, ada } = team();
    const before = JSON.stringify(addon.workspace.snapshot());
    const refused = refusal(() =>
      addon.run('requestReviews', {
        personId: ada.id,
        kind: 'peer',
        reviewers: [
          { name: 'Ben Ortiz', email: 'ben@example.com' },
          { name: 'Dana Wu', email: ' ' },
        ],
      }),
    );
    expect(refused.code).toBe('INVALID_INPUT');
    expect(refused.message).toContain('reviewer “Dana Wu”');
    expect(refused.message).toContain('email');
    expect(refusal(() => addon.run('requestReviews', { personId: ada.id, kind: 'peer' })).code).toBe('INVALID_INPUT');
    expect(refusal(() => addon.run('requestReviews', { personId: ada.id, kind: 'manager' })).code).toBe('INVALID_INPUT');
    expect(refusal(() => addon.run('requestReviews', { personId: ada.id, kind: 'self', dueDate: 'Friday' })).code).toBe('INVALID_INPUT');
    expect(JSON.stringify(addon.workspace.snapshot())).toBe(before);
    expect(addon.workspace.docs.sharingEmails()).toEqual([]);
  });

  it('refuses a self review for a PM with no email, naming the Team sheet cell, and changes nothing', () => {
    const { addon, people } = team();
    const cal = people[2]!;
    const before = JSON.stringify(addon.workspace.snapshot());
    const refused = refusal(() => addon.run('requestReviews', { personId: cal.id, kind: 'self' }));
    expect(refused.code).toBe('NO_EMAIL');
    const row = rowOf(addon, 'Team', `${cal.id}`);
    expect(refused.message).toContain(`Team!E${row}`);
    expect(JSON.stringify(addon.workspace.snapshot())).toBe(before);
  });

  it('refuses an archived PM and an unknown one', () => {
    const { addon, people } = team();
    const ben = people[1]!;
    addon.run('setupCalibration', { ladderId: ladder.id, cycle: 'H1 2026', team: [TEAM[0], TEAM[2]] });
    const before = JSON.stringify(addon.workspace.snapshot());
    expect(refusal(() => addon.run('requestReviews', { personId: ben.id, kind: 'self' })).code).toBe('ARCHIVED_PERSON');
    expect(refusal(() => addon.run('requestReviews', { personId: 'p-nobody', kind: 'self' })).code).toBe('UNKNOWN_PERSON');
    expect(JSON.stringify(addon.workspace.snapshot())).toBe(before);
  });
});

describe('collectReviews', () => {
  it('costs 6 + 2 calls per file still out, and 10 + 3 per PM more when reviews came back', () => {
    const { addon, people, ada } = team();
    const peers = (personId: string, n: number) =>
      addon.run<RequestReviewsResult>('requestReviews', {
        personId,
        kind: 'peer',
        reviewers: Array.from({ length: n }, (_, i) => ({ name: `Peer ${i}`, email: `peer${i}@example.com` })),
      }).requests;
    const forAda = peers(ada.id, 3);
    const forBen = peers(people[1]!.id, 2);
    const measure = () => addon.workspace.log.measure(() => addon.run('collectReviews')).calls;
    expect(measure()).toBe(6 + 2 * 5);
    fillIn(addon, forAda[0]!.fileId, 'peer0@example.com', { [first!]: [EX, ''] });
    fillIn(addon, forAda[1]!.fileId, 'peer1@example.com', { [first!]: [SM, ''] });
    fillIn(addon, forBen[0]!.fileId, 'peer0@example.com', { [first!]: [EX, ''] });
    // Once the details sheet exists: 6 + 2 a file + 10 + 3 a PM.
    addon.run('collectReviews');
    fillIn(addon, forAda[2]!.fileId, 'peer2@example.com', { [first!]: [EXC, ''] });
    // Both PMs' Peer cells change (Ada: Exceeds, Ben: the lower of Exceeds and Successfully Meets).
    fillIn(addon, forBen[1]!.fileId, 'peer1@example.com', { [first!]: [SM, ''] });
    // + 6 to log the cells written in the change log (who collected, 2; the append, 4).
    expect(measure()).toBe(6 + 2 * 2 + 10 + 3 * 2 + 6);
  });

  it('imports a returned self review into Self and Evidence, reports a pasted bad value by cell, leaves Manager alone; again changes nothing', () => {
    const { addon, ada } = team();
    const managerCell = ref('Ada Park', `${COLUMN.manager}${rowOf(addon, 'Ada Park', `subskill:${first}`)}`);
    typeInto(addon, managerCell, SM);
    const [request] = addon.run<RequestReviewsResult>('requestReviews', { personId: ada.id, kind: 'self' }).requests;
    fillIn(addon, request!.fileId, 'ada@example.com', {
      [first!]: [EX, 'Shipped the roadmap'],
      [second!]: ['Great', 'Pasted'],
      [third!]: ['', 'Ran the offsite'],
    });
    const { result, calls } = addon.workspace.log.measure(() => addon.run<CollectReviewsResult>('collectReviews'));
    expect(result.pending).toEqual([]);
    expect(result.imported).toEqual([
      {
        requestId: request!.requestId,
        personId: ada.id,
        kind: 'self',
        ratings: [
          { subskillId: first, rating: EX, evidence: 'Shipped the roadmap' },
          { subskillId: second, rating: null, evidence: 'Pasted' },
          { subskillId: third, rating: null, evidence: 'Ran the offsite' },
        ],
      },
    ]);
    const secondRow = fileValues(addon, request!.fileId).findIndex((r) => r[0] === `subskill:${second}`) + 1;
    expect(result.problems).toEqual([
      {
        requestId: request!.requestId,
        file: request!.url,
        cell: `F${secondRow}`,
        value: 'Great',
        message: expect.stringContaining('not on the rating scale'),
      },
    ]);
    // 6 (lock, spreadsheet, register) + 2 the file + 10 (Team sheet, ladder, details read, register and
    // details written) + 3 the PM sheet + 6 the change log (who, 2; the append, 4); the details
    // sheet made the first time costs 10 more, the change log 16 more.
    expect(calls).toBe(6 + 2 + 10 + 3 + 6 + 10 + 16);
    const log = addon.workspace.spreadsheet.values(`'Change log'!A1:K20`).filter((r) => r[2] === 'review');
    expect(log.find((r) => r[7] === 'self')?.slice(8, 11)).toEqual(['', EX, 'self review by Ada Park']);
    expect(pmCell(addon, 'self', first!)).toBe(EX);
    expect(pmCell(addon, 'self', second!)).toBe('');
    expect(pmCell(addon, 'evidence', first!)).toBe('Self review: Shipped the roadmap');
    expect(pmCell(addon, 'evidence', third!)).toBe('Self review: Ran the offsite');
    expect(cell(addon, managerCell)).toBe(SM);
    expect(addon.run<ReviewRequestList>('listReviewRequests').requests[0]).toMatchObject({
      status: 'problems',
      importedAt: expect.stringMatching(/^\d{4}-/),
    });
    expect(addon.workspace.spreadsheet.sheetNames()).toContain('Review details');

    const before = JSON.stringify(addon.workspace.snapshot());
    const again = addon.run<CollectReviewsResult>('collectReviews');
    expect(again.problems.map((p) => p.cell)).toEqual([`F${secondRow}`]);
    expect(JSON.stringify(addon.workspace.snapshot())).toBe(before);
  });

  it('reports an empty file as pending, and a fixed one imports on the next collection; an imported one is not read again', () => {
    const { addon, ada } = team();
    const [request] = addon.run<RequestReviewsResult>('requestReviews', { personId: ada.id, kind: 'self' }).requests;
    const before = JSON.stringify(addon.workspace.snapshot().spreadsheet);
    expect(addon.run<CollectReviewsResult>('collectReviews')).toEqual({ imported: [], pending: [request!.requestId], problems: [] });
    expect(JSON.stringify(addon.workspace.snapshot().spreadsheet)).toBe(before);
    fillIn(addon, request!.fileId, 'ada@example.com', { [first!]: [SM, ''] });
    expect(addon.run<CollectReviewsResult>('collectReviews').imported).toHaveLength(1);
    expect(addon.run<ReviewRequestList>('listReviewRequests').requests[0]!.status).toBe('imported');
    const { result, calls } = addon.workspace.log.measure(() => addon.run<CollectReviewsResult>('collectReviews'));
    expect(result).toEqual({ imported: [], pending: [], problems: [] });
    // Lock, spreadsheet and register: nothing is left to read.
    expect(calls).toBe(6);
  });

  it('keeps a Self cell typed by hand since the request and reports it as a conflict', () => {
    const { addon, ada } = team();
    const [request] = addon.run<RequestReviewsResult>('requestReviews', { personId: ada.id, kind: 'self' }).requests;
    const selfCell = ref('Ada Park', `${COLUMN.self}${rowOf(addon, 'Ada Park', `subskill:${first}`)}`);
    typeInto(addon, selfCell, SM);
    fillIn(addon, request!.fileId, 'ada@example.com', { [first!]: [EXC, 'Best quarter'], [second!]: [EX, ''] });
    const result = addon.run<CollectReviewsResult>('collectReviews');
    expect(result.problems).toEqual([
      { requestId: request!.requestId, file: request!.url, cell: selfCell, value: SM, message: expect.stringContaining(EXC) },
    ]);
    expect(cell(addon, selfCell)).toBe(SM);
    expect(pmCell(addon, 'self', second!)).toBe(EX);
    const details = addon.workspace.spreadsheet.values("'Review details'!A1:K10");
    expect(details.some((r) => r[6] === first && r[8] === EXC && r[9] === 'Best quarter')).toBe(true);
  });

  it('combines peers into the Peer column by the median, the lower of two middle ratings, and keeps each peer attributed', () => {
    const { addon, ada } = team();
    const peers = [
      { name: 'Ben Ortiz', email: 'ben@example.com' },
      { name: 'Dana Wu', email: 'dana@example.com' },
      { name: 'Eli Moss', email: 'eli@example.com' },
    ];
    const { requests } = addon.run<RequestReviewsResult>('requestReviews', {
      personId: ada.id,
      kind: 'peer',
      reviewers: peers,
      message: 'Thanks!',
    });
    expect(requests.map((r) => r.email)).toEqual(peers.map((p) => p.email));
    expect(addon.workspace.docs.sharingEmails().map((e) => e.to)).toEqual(peers.map((p) => p.email));
    fillIn(addon, requests[0]!.fileId, 'ben@example.com', { [first!]: [EX, 'Ben saw it'], [second!]: [SM, ''] });
    fillIn(addon, requests[1]!.fileId, 'dana@example.com', { [first!]: [SM, ''], [second!]: [EXC, ''] });
    // The third has not returned theirs: two ratings, the lower of the two.
    let result = addon.run<CollectReviewsResult>('collectReviews');
    expect(result.pending).toEqual([requests[2]!.requestId]);
    expect(result.problems).toEqual([]);
    expect(pmCell(addon, 'peer', first!)).toBe(SM);
    expect(pmCell(addon, 'peer', second!)).toBe(SM);
    expect(pmCell(addon, 'self', first!)).toBe('');
    fillIn(addon, requests[2]!.fileId, 'eli@example.com', { [first!]: [EXC, ''] });
    result = addon.run<CollectReviewsResult>('collectReviews');
    expect(result.problems).toEqual([]);
    // Exceeds, Successfully Meets, Exceptional: the median is Exceeds.
    expect(pmCell(addon, 'peer', first!)).toBe(EX);
    const details = addon.workspace.spreadsheet.values("'Review details'!A1:K10");
    expect(details.filter((r) => r[3] === 'peer' && r[6] === first).map((r) => [r[4], r[8]])).toEqual([
      ['Ben Ortiz', EX],
      ['Dana Wu', SM],
      ['Eli Moss', EXC],
    ]);
    expect(details.find((r) => r[4] === 'Ben Ortiz' && r[6] === first)![9]).toBe('Ben saw it');
    // What the sidebar shows under the sub-skill: each peer, attributed, in 3 calls whatever the team.
    const { result: shown, calls } = addon.workspace.log.measure(() => addon.run<ReviewDetails>('getReviewDetails', ada.id));
    expect(calls).toBeLessThanOrEqual(3);
    expect(shown.reviews.filter((r) => r.subskillId === first).map((r) => [r.reviewer, r.kind, r.rating, r.evidence])).toEqual([
      ['Ben Ortiz', 'peer', EX, 'Ben saw it'],
      ['Dana Wu', 'peer', SM, ''],
      ['Eli Moss', 'peer', EXC, ''],
    ]);
    // The requests' status board is a sheet the manager sees, with each file's link.
    const board = addon.workspace.spreadsheet.api.getSheetByName('Review requests')!;
    expect(board.isSheetHidden()).toBe(false);
    expect(addon.workspace.spreadsheet.values("'Review requests'!A1:J4").flat()).toContain(requests[0]!.url);
  });

  it('keeps a review whose PM sheet cannot take it as returned, imports it once the sheet is put right', () => {
    const { addon, ada } = team();
    const [request] = addon.run<RequestReviewsResult>('requestReviews', { personId: ada.id, kind: 'self' }).requests;
    fillIn(addon, request!.fileId, 'ada@example.com', { [first!]: [EX, ''] });
    typeInto(addon, ref('Ada Park', `${COLUMN.self}2`), 'Self rating');
    const result = addon.run<CollectReviewsResult>('collectReviews');
    expect(result.imported).toEqual([]);
    expect(result.problems).toEqual([
      expect.objectContaining({ requestId: request!.requestId, message: expect.stringContaining('Refresh workbook') }),
    ]);
    expect(addon.run<ReviewRequestList>('listReviewRequests').requests[0]!.status).toBe('returned');
    typeInto(addon, ref('Ada Park', `${COLUMN.self}2`), 'Self');
    expect(addon.run<CollectReviewsResult>('collectReviews').imported).toHaveLength(1);
    expect(pmCell(addon, 'self', first!)).toBe(EX);
  });

  it('reports a deleted review file as a problem, not a failure, and goes on with the others', () => {
    const { addon, ada } = team();
    const { requests } = addon.run<RequestReviewsResult>('requestReviews', {
      personId: ada.id,
      kind: 'peer',
      reviewers: [
        { name: 'Ben Ortiz', email: 'ben@example.com' },
        { name: 'Dana Wu', email: 'dana@example.com' },
      ],
    });
    addon.workspace.globals.Drive!.Files.remove(requests[0]!.fileId);
    fillIn(addon, requests[1]!.fileId, 'dana@example.com', { [first!]: [EX, ''] });
    const result = addon.run<CollectReviewsResult>('collectReviews');
    expect(result.problems).toEqual([
      { requestId: requests[0]!.requestId, file: requests[0]!.url, cell: '', value: '', message: expect.stringContaining('deleted') },
    ]);
    expect(result.imported.map((r) => r.requestId)).toEqual([requests[1]!.requestId]);
    expect(pmCell(addon, 'peer', first!)).toBe(EX);
  });
});

describe('reviews and the cycle', () => {
  it('takes Not applicable from a reviewer: a self one as it is, a peer one only when no peer rated the sub-skill', () => {
    const { addon, ada } = team();
    const [self] = addon.run<RequestReviewsResult>('requestReviews', { personId: ada.id, kind: 'self' }).requests;
    const peers = addon.run<RequestReviewsResult>('requestReviews', {
      personId: ada.id,
      kind: 'peer',
      reviewers: [
        { name: 'Peer A', email: 'a@example.com' },
        { name: 'Peer B', email: 'b@example.com' },
      ],
    }).requests;
    fillIn(addon, self!.fileId, 'ada@example.com', { [first!]: ['Not applicable', 'No launch this half'] });
    fillIn(addon, peers[0]!.fileId, 'a@example.com', { [first!]: ['Not applicable', ''], [second!]: ['Not applicable', ''] });
    fillIn(addon, peers[1]!.fileId, 'b@example.com', { [first!]: ['Not applicable', ''], [second!]: [EX, ''] });
    const result = addon.run<CollectReviewsResult>('collectReviews');
    expect(result.problems).toEqual([]);
    expect(pmCell(addon, 'self', first!)).toBe('Not applicable');
    expect(pmCell(addon, 'peer', first!)).toBe('Not applicable');
    expect(pmCell(addon, 'peer', second!)).toBe(EX);
  });

  it('refuses requests and collection while the cycle is closed, changing nothing', () => {
    const { addon, ada } = team();
    const [self] = addon.run<RequestReviewsResult>('requestReviews', { personId: ada.id, kind: 'self' }).requests;
    fillIn(addon, self!.fileId, 'ada@example.com', { [first!]: [EX, 'Shipped'] });
    addon.run('closeCycle', {});
    const before = JSON.stringify(addon.workspace.snapshot());
    expect(refusal(() => addon.run('collectReviews')).code).toBe('CYCLE_CLOSED');
    expect(refusal(() => addon.run('requestReviews', { personId: ada.id, kind: 'self' })).code).toBe('CYCLE_CLOSED');
    expect(JSON.stringify(addon.workspace.snapshot())).toBe(before);
    addon.run('reopenCycle', { reason: 'Reviews came back late' });
    addon.run('collectReviews');
    expect(pmCell(addon, 'self', first!)).toBe(EX);
  });
});

describe('the reviews menu items', () => {
  it('request a self review for the PM whose sheet is active, after asking, and collect with a summary', () => {
    const { addon, ada } = team();
    addon.run('onOpen', {});
    const captions = addon.workspace.ui.menu()?.items.map((i) => ('caption' in i ? i.caption : '—'));
    expect(captions).toEqual(expect.arrayContaining(['Request self review for selected PM', 'Collect reviews']));
    const ss = addon.workspace.globals.SpreadsheetApp.getActiveSpreadsheet();
    ss.getSheetByName('Ada Park')!.activate();
    addon.workspace.ui.queueResponse({ button: 'CANCEL' });
    addon.run('requestSelfReviewFromMenu');
    expect(addon.run<ReviewRequestList>('listReviewRequests').requests).toEqual([]);
    addon.workspace.ui.queueResponse({ button: 'OK' });
    addon.workspace.ui.queueResponse({ button: 'OK' });
    addon.run('requestSelfReviewFromMenu');
    const [request] = addon.run<ReviewRequestList>('listReviewRequests').requests;
    expect(request).toMatchObject({ personId: ada.id, kind: 'self', email: 'ada@example.com' });
    expect(addon.workspace.ui.alerts.at(-1)?.prompt).toContain(request!.url);
    addon.workspace.ui.queueResponse({ button: 'OK' });
    addon.run('collectReviewsFromMenu');
    expect(addon.workspace.ui.alerts.at(-1)?.prompt).toContain('0 reviews imported, 1 not returned yet.');
  });

  it('say what to fix when the selected PM has no email, and send nothing', () => {
    const { addon, people } = team();
    addon.workspace.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(people[2]!.name)!.activate();
    addon.workspace.ui.queueResponse({ button: 'OK' });
    addon.workspace.ui.queueResponse({ button: 'OK' });
    addon.run('requestSelfReviewFromMenu');
    expect(addon.workspace.ui.alerts.at(-1)?.prompt).toMatch(/Team!E\d+[\s\S]*Nothing was sent\.$/);
    expect(addon.workspace.docs.sharingEmails()).toEqual([]);
  });
});

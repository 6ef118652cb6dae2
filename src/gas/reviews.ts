import type { CollectReviewsResult, RequestReviewsResult, Reviewer, ReviewDetails, ReviewRequestList } from '../core/api';
import { archivedPerson, noEmail, teamSheetProblems, unknownPerson } from '../core/messages';
import { cellA1, quoteSheetName, wholeColumnsA1 } from '../core/workbook/a1';
import { cellText } from '../core/workbook/cellText';
import { TEAM_COLUMNS, ratingSheetColumns } from '../core/workbook/layout';
import { buildRatingForm } from '../core/workbook/ratingForm';
import { readRatingSheet } from '../core/workbook/ratingSheetRead';
import { describeTeamProblems } from '../core/workbook/teamSheetRead';
import { readReviewFile, reviewFilePlan, type ReturnedReview, type ReviewKind } from '../core/reviews/reviewFile';
import {
  DETAILS_SHEET,
  DETAIL_HEADERS,
  REQUESTS_SHEET,
  REQUEST_HEADERS,
  detailRow,
  planImport,
  readDetails,
  readRequests,
  replaceDetails,
  requestRow,
  type PersonCells,
  type ReviewDetail,
  type ReviewRequest,
} from '../core/reviews/register';
import { createCycleFolder, findCycleFolder } from './docsFiling';
import { createReviewFile, readReviewFileValues, reviewFileUrl, shareReviewFile, trashReviewFile } from './reviewFiles';
import { readTable, writeTable } from './reviewRegister';
import { readPersonSheet, readTeam, setUpPeople } from './workbookReader';
import { activeSpreadsheet, withDocumentLock } from './workbookSpreadsheet';
import { assertOpen } from '../core/cycles/closing';
import type { ChangeEntry } from '../core/cycles/changeLog';
import { appendChanges, changedBy } from './changeLog';

/** How long a request or a collection waits for a save or a set-up of the same workbook. */
const LOCK_WAIT_MS = 20000;

function readRegister(): { requests: ReviewRequest[]; rows: number; values: unknown[][] } {
  const { values } = readTable(REQUESTS_SHEET, REQUEST_HEADERS.length);
  return { requests: readRequests(values), rows: values.length, values };
}

/** Whether a table to write holds what the sheet holds already (then it is not written: re-collecting changes nothing). */
function sameValues(rows: readonly (readonly string[])[], read: readonly unknown[][]): boolean {
  return rows.length === read.length && rows.every((row, r) => row.every((v, c) => cellText(read[r]?.[c]) === v));
}

function writeRegister(requests: readonly ReviewRequest[], previousRows: number): void {
  // The cells as they were at the request, and as written, are the add-on's records: hidden.
  // Visible: the manager's status board of the requests (reviewer, link, status); the details stay hidden.
  writeTable(
    REQUESTS_SHEET,
    [[...REQUEST_HEADERS], ...requests.map(requestRow)],
    previousRows,
    { first: REQUEST_HEADERS.length - 1, count: 2 },
    true,
  );
}

export interface ReviewAsk {
  personId: string;
  kind: ReviewKind;
  reviewers: readonly Reviewer[];
  message: string;
  dueDate: string | null;
}

/**
 * Makes one review file per reviewer in the cycle's folder, shares it, and records the request.
 * Everything is read and checked first (the PM, their email for a self review, their sheet);
 * the files are made last. A file whose sharing fails goes to the trash and the call fails,
 * the requests made before it kept in the register.
 */
export function requestReviewFiles(ask: ReviewAsk): RequestReviewsResult {
  return withDocumentLock(LOCK_WAIT_MS, 'changed', () => {
    const { settings, ladder, checked } = readTeam();
    assertOpen(settings);
    if (checked.problems.length > 0) throw teamSheetProblems(describeTeamProblems(checked.problems));
    const entry = [...checked.active, ...checked.archived].find((e) => e.id === ask.personId);
    const person = setUpPeople(checked).find((p) => p.id === ask.personId);
    if (!entry || !person) throw unknownPerson(ask.personId, 'nothing was sent.');
    if (person.archived) throw archivedPerson(person.name);
    const reviewers: Reviewer[] = ask.kind === 'self' ? [{ name: person.name, email: person.email }] : ask.reviewers.map((r) => ({ ...r }));
    if (ask.kind === 'self' && person.email === '') throw noEmail(person.name, cellA1(entry.row, TEAM_COLUMNS.email));
    const { content } = readPersonSheet(person, ladder, false);
    const form = buildRatingForm({ ladder, settings, person, content });
    const atRequest: Record<string, string> = {};
    for (const row of content.ratingRows) atRequest[row.subskillId] = cellText(row.cells[ask.kind].value).trim();
    const register = readRegister();
    const folderId = findCycleFolder(settings.cycle) ?? createCycleFolder(settings.cycle);
    const now = new Date();
    const made: ReviewRequest[] = [];
    const due = ask.dueDate ? `Please fill it in by ${ask.dueDate}.` : '';
    try {
      reviewers.forEach((reviewer, i) => {
        const requestId = `rq-${now.getTime().toString(36)}-${register.requests.length + i + 1}`;
        const plan = reviewFilePlan({
          requestId,
          kind: ask.kind,
          personName: person.name,
          levelName: form.person.levelName,
          nextLevelName: form.person.nextLevelName,
          cycle: settings.cycle,
          dueDate: ask.dueDate,
          items: form.items.map((item) => ({
            subskillId: item.subskillId,
            area: item.area,
            name: item.name,
            current: item.current,
            next: item.next,
          })),
        });
        const fileId = createReviewFile(plan, folderId, { careerLadderReview: requestId, careerLadderPerson: person.id });
        try {
          shareReviewFile(fileId, reviewer.email, [ask.message, due].filter((t) => t !== '').join('\n\n'));
        } catch (e) {
          trashReviewFile(fileId);
          throw e;
        }
        made.push({
          requestId,
          personId: person.id,
          kind: ask.kind,
          reviewer: reviewer.name,
          email: reviewer.email,
          fileId,
          url: reviewFileUrl(fileId),
          status: 'sent',
          requestedAt: now.toISOString(),
          importedAt: '',
          atRequest,
          written: {},
        });
      });
    } finally {
      // What was shared is recorded even when a later reviewer failed: those files are out.
      if (made.length > 0) writeRegister([...register.requests, ...made], register.rows);
    }
    return {
      requests: made.map((r) => ({
        requestId: r.requestId,
        reviewer: r.reviewer,
        email: r.email,
        fileId: r.fileId,
        url: r.url,
        status: r.status,
      })),
    };
  });
}

/** The register as the sidebar and scripts see it (3 calls). */
export function listRequests(): ReviewRequestList {
  return {
    requests: readRegister().requests.map((r) => ({
      requestId: r.requestId,
      personId: r.personId,
      kind: r.kind,
      reviewer: r.reviewer,
      email: r.email,
      url: r.url,
      status: r.status,
      requestedAt: r.requestedAt,
      importedAt: r.importedAt,
    })),
  };
}

interface Returned {
  request: ReviewRequest;
  review: ReturnedReview;
}

/**
 * Collects every review not imported yet, under the document lock: the register (6 calls with
 * the lock), each file (2 calls); when something came back, the Team sheet, the ladder and the
 * details sheet (6), each PM sheet that gets something read once and written once (3), and the
 * register and the details sheet written when they changed (2 each). Self ratings go to the Self column and the PM's evidence under the
 * Evidence cell; peers' ratings, combined, to the Peer column; each reviewer's own ratings and
 * evidence to the Review details sheet. A cell typed by hand since the request is left as it is
 * and reported; a file that is gone is reported; Manager cells are never written.
 */
export function collectReturnedReviews(): CollectReviewsResult {
  return withDocumentLock(LOCK_WAIT_MS, 'changed', () => {
    const result: CollectReviewsResult = { imported: [], pending: [], problems: [] };
    const register = readRegister();
    const open = register.requests.filter((r) => r.status !== 'imported');
    if (open.length === 0) return result;
    const returned: Returned[] = [];
    for (const request of open) {
      const problem = (message: string, cell = '', value = '') =>
        result.problems.push({ requestId: request.requestId, file: request.url, cell, value, message });
      const read = readReviewFileValues(request.fileId);
      if (read.state !== 'read') {
        problem(
          read.state === 'trashed'
            ? 'the review file is in the trash: restore it from Drive, or request the review again'
            : 'the review file was deleted or can no longer be opened: request the review again',
        );
        request.status = 'problems';
        continue;
      }
      const review = readReviewFile(read.values, null);
      if (review.requestId !== request.requestId) {
        problem(
          'this file does not answer this request (its cell A1 was changed): nothing was imported',
          'A1',
          cellText(read.values[0]?.[0]),
        );
        request.status = 'problems';
        continue;
      }
      for (const p of review.problems) problem(p.message, p.cell, p.value);
      if (review.empty) result.pending.push(request.requestId);
      else returned.push({ request, review });
    }

    const registerRows = () => [[...REQUEST_HEADERS], ...register.requests.map(requestRow)];
    if (returned.length === 0) {
      // Nothing came back: the PM sheets are not read; only a file found gone changes the register.
      if (!sameValues(registerRows(), register.values)) writeRegister(register.requests, register.rows);
      return result;
    }
    const { settings, ladder, checked } = readTeam();
    // A closed cycle takes no rating: checked before the first write (nothing above wrote).
    assertOpen(settings);
    if (checked.problems.length > 0) throw teamSheetProblems(describeTeamProblems(checked.problems));
    const people = new Map(setUpPeople(checked).map((p) => [p.id, p]));
    const now = new Date().toISOString();

    const logged: ChangeEntry[] = [];
    const detailsRead = readTable(DETAILS_SHEET, DETAIL_HEADERS.length);
    let details = readDetails(detailsRead.values);
    const ss = activeSpreadsheet();
    const byPerson = new Map<string, Returned[]>();
    for (const r of returned) byPerson.set(r.request.personId, [...(byPerson.get(r.request.personId) ?? []), r]);
    for (const [personId, items] of byPerson) {
      const person = people.get(personId);
      const fail = (message: string) => {
        for (const { request } of items) {
          result.problems.push({ requestId: request.requestId, file: request.url, cell: '', value: '', message });
          request.status = 'returned';
        }
      };
      if (!person) {
        fail('this PM is no longer on the Team sheet: nothing was imported');
        continue;
      }
      const range = ss.getRange(wholeColumnsA1(person.sheetName, ratingSheetColumns(ladder).last));
      const values = range.getValues();
      const content = readRatingSheet(values);
      const columns = content.columns;
      if (content.personId !== person.id || !columns || !columns.self || !columns.peer || !columns.evidence) {
        fail(`${person.name}’s rating sheet “${person.sheetName}” cannot take the ratings (run Refresh workbook): nothing was imported`);
        continue;
      }
      const cells = new Map<string, PersonCells>();
      const rowOf = new Map<string, number>();
      for (const row of content.ratingRows) {
        rowOf.set(row.subskillId, row.row);
        cells.set(row.subskillId, {
          self: cellText(row.cells.self.value),
          peer: cellText(row.cells.peer.value),
          evidence: cellText(row.cells.evidence.value),
        });
      }
      const names = new Map(content.ratingRows.map((r) => [r.subskillId, r.name]));
      /** Requests with a rating the PM sheet has no row for. */
      const partly = new Set<string>();
      for (const { request, review } of items) {
        const gone = review.ratings.filter((r) => !rowOf.has(r.subskillId));
        for (const r of gone)
          result.problems.push({
            requestId: request.requestId,
            file: request.url,
            cell: r.cell,
            value: r.rating ?? '',
            message: `the sub-skill “${r.subskillId}” is no longer on ${person.name}’s rating sheet: not imported`,
          });
        if (gone.length > 0) partly.add(request.requestId);
        review.ratings = review.ratings.filter((r) => rowOf.has(r.subskillId));
      }
      let changed = false;
      for (const { request, review } of items) {
        const importedAt = request.importedAt || now;
        const fresh: ReviewDetail[] = review.ratings.map((r) => ({
          requestId: request.requestId,
          personId,
          personName: person.name,
          kind: request.kind,
          reviewer: request.reviewer,
          email: request.email,
          subskillId: r.subskillId,
          subskillName: names.get(r.subskillId) ?? r.subskillId,
          rating: r.rating ?? '',
          evidence: r.evidence,
          importedAt,
        }));
        details = replaceDetails(details, request.requestId, fresh);
        const expected = new Map<string, Set<string>>();
        for (const other of register.requests) {
          if (other.personId !== personId || other.kind !== request.kind) continue;
          for (const source of [other.atRequest, other.written])
            for (const [subskillId, value] of Object.entries(source))
              expected.set(subskillId, (expected.get(subskillId) ?? new Set()).add(value));
        }
        const plan = planImport({ kind: request.kind, personId, review, cells, expected, details });
        for (const write of plan.writes) {
          const row = rowOf.get(write.subskillId)!;
          values[row - 1]![columns[write.column] - 1] = write.value;
          const before = cells.get(write.subskillId)!;
          logged.push({
            when: now,
            by: '',
            kind: 'review',
            cycle: settings.cycle,
            personId,
            person: person.name,
            subskill: names.get(write.subskillId) ?? write.subskillId,
            source: write.column,
            old: before[write.column],
            new: write.value,
            note: `${request.kind} review by ${request.reviewer}`,
          });
          cells.set(write.subskillId, { ...before, [write.column]: write.value });
          changed = true;
        }
        for (const c of plan.conflicts) {
          const cell = `${quoteSheetName(person.sheetName)}!${cellA1(rowOf.get(c.subskillId)!, columns[request.kind])}`;
          result.problems.push({
            requestId: request.requestId,
            file: request.url,
            cell,
            value: c.current,
            message: `typed by hand since the review was requested, so kept: the review says “${c.incoming}” (see the Review details sheet)`,
          });
        }
        request.written = { ...request.written, ...plan.written };
        request.importedAt = importedAt;
        request.status = review.problems.length > 0 || plan.conflicts.length > 0 || partly.has(request.requestId) ? 'problems' : 'imported';
        result.imported.push({
          requestId: request.requestId,
          personId,
          kind: request.kind,
          ratings: review.ratings.map((r) => ({ subskillId: r.subskillId, rating: r.rating, evidence: r.evidence })),
        });
      }
      if (changed) range.setValues(values);
    }

    const detailRows = [[...DETAIL_HEADERS], ...details.map(detailRow)];
    if (!sameValues(registerRows(), register.values)) writeRegister(register.requests, register.rows);
    const noDetails = details.length === 0 && detailsRead.values.length === 0;
    if (!noDetails && !sameValues(detailRows, detailsRead.values)) writeTable(DETAILS_SHEET, detailRows, detailsRead.values.length);
    if (logged.length > 0) {
      // The manager collecting is who changed the cells; the reviewer is named in the note.
      const by = changedBy();
      appendChanges(logged.map((e) => ({ ...e, by })));
    }
    return result;
  });
}

/** One PM's collected reviews, attributed, from the Review details sheet (2 calls; 3 before any is collected). */
export function reviewDetailsOf(personId: string): ReviewDetails {
  const { values } = readTable(DETAILS_SHEET, DETAIL_HEADERS.length);
  return {
    personId,
    reviews: readDetails(values)
      .filter((d) => d.personId === personId)
      .map((d) => ({
        requestId: d.requestId,
        kind: d.kind,
        reviewer: d.reviewer,
        subskillId: d.subskillId,
        rating: d.rating,
        evidence: d.evidence,
        importedAt: d.importedAt,
      })),
  };
}

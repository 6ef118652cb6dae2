import {
  collectReviewsResultSchema,
  parseInput,
  requestReviewsInputSchema,
  requestReviewsResultSchema,
  reviewRequestListSchema,
  personIdSchema,
  reviewDetailsSchema,
  type ReviewDetails,
  type CollectReviewsResult,
  type RequestReviewsResult,
  type ReviewRequestList,
} from '../core/api';
import { invalidInput, messageOf } from '../core/messages';
import { collectReturnedReviews, listRequests, requestReviewFiles, reviewDetailsOf } from '../gas/reviews';
import { selectedPersonId } from '../gas/docsMenu';

const REFUSED = 'The reviews were not requested';

/**
 * requestReviews: one review file per reviewer (README, "Self and peer reviews"), shared with
 * them, recorded in the Review requests sheet. A self review goes to the PM's email on the Team
 * sheet; a peer review needs its reviewers. A bad input changes nothing.
 */
export function requestReviews(input: unknown): RequestReviewsResult {
  const ask = parseInput(requestReviewsInputSchema, input, REFUSED, () => (item) => {
    const named = item as { name?: unknown } | null;
    return named && typeof named.name === 'string' && named.name.trim() ? `reviewer “${named.name.trim()}”` : null;
  });
  const reviewers = ask.reviewers ?? [];
  if (ask.kind === 'peer' && reviewers.length === 0)
    throw invalidInput(`${REFUSED}: a peer review needs at least one reviewer (reviewers).`);
  if (ask.kind === 'self' && reviewers.length > 0)
    throw invalidInput(`${REFUSED}: a self review goes to the PM’s own email on the Team sheet: leave reviewers out.`);
  const emails = reviewers.map((r) => r.email.toLowerCase());
  const twice = emails.find((e, i) => emails.indexOf(e) !== i);
  if (twice) throw invalidInput(`${REFUSED}: ${twice} is named twice among the reviewers.`);
  return requestReviewsResultSchema.parse(
    requestReviewFiles({ personId: ask.personId, kind: ask.kind, reviewers, message: ask.message ?? '', dueDate: ask.dueDate ?? null }),
  );
}

/** getReviewDetails: a PM's collected self and peer reviews, each reviewer's ratings and evidence; the sidebar shows them. */
export function getReviewDetails(personId: unknown): ReviewDetails {
  const id = parseInput(personIdSchema, personId, 'The reviews cannot be read');
  return reviewDetailsSchema.parse(reviewDetailsOf(id));
}

/** listReviewRequests: every request made, with its status, from the Review requests sheet. */
export function listReviewRequests(): ReviewRequestList {
  return reviewRequestListSchema.parse(listRequests());
}

/** collectReviews: imports every returned review not imported yet; says what is still pending and what could not be imported. */
export function collectReviews(): CollectReviewsResult {
  return collectReviewsResultSchema.parse(collectReturnedReviews());
}

/** Menu "Collect reviews": collects, then says what came in, what is pending and each problem. */
export function collectReviewsFromMenu(): void {
  const ui = SpreadsheetApp.getUi();
  const title = 'Collect reviews';
  try {
    const result = collectReviews();
    const lines = [
      `${result.imported.length} review${result.imported.length === 1 ? '' : 's'} imported, ${result.pending.length} not returned yet.`,
      ...result.problems.map(
        (p) =>
          `• ${[p.cell, p.value ? `“${p.value}”` : ''].filter(Boolean).join(' ')}${p.cell || p.value ? ': ' : ''}${p.message} (${p.file})`,
      ),
    ];
    ui.alert(title, lines.join('\n'), ui.ButtonSet.OK);
  } catch (e) {
    ui.alert(title, `${messageOf(e)}\n\nNothing was changed.`, ui.ButtonSet.OK);
  }
}

/**
 * Menu "Request self review for selected PM": the PM whose sheet is active, or whose Team row
 * holds the active cell; asks before sharing, then gives the file's link.
 */
export function requestSelfReviewFromMenu(): void {
  const ui = SpreadsheetApp.getUi();
  const title = 'Request self review';
  try {
    const person = selectedPersonId();
    const sure = ui.alert(
      title,
      `Make ${person.name}’s self review file and share it with them? Google emails them the link.`,
      ui.ButtonSet.OK_CANCEL,
    );
    if (sure !== ui.Button.OK) return;
    const [request] = requestReviews({ personId: person.id, kind: 'self' }).requests;
    if (request)
      ui.alert(
        title,
        `Shared with ${request.email}: ${request.url}\n\nCareer Ladder → Collect reviews brings their ratings into the Self column.`,
        ui.ButtonSet.OK,
      );
  } catch (e) {
    ui.alert(title, `${messageOf(e)}\n\nNothing was sent.`, ui.ButtonSet.OK);
  }
}

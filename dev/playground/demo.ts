import type { RatingChange, RatingForm, RequestReviewsResult, SetupInput, SetupResult } from '../../src/core/api';
import { RATING_SCALE } from '../../src/core/ratingScale';
import type { PlaygroundSession } from './session';

/**
 * The demo team the playground opens on: five PMs on the 5-level Intercom ladder, set up and
 * partly rated through the add-on's own server functions (setupCalibration, getRatingForm,
 * saveRatings, startNextCycle), so what the page shows is exactly what the add-on writes. A past
 * cycle is already archived, so the trend shows on first open.
 */

/** The finished cycle the demo keeps in its History sheet. */
export const DEMO_PAST_CYCLE = 'H2 2025';

/** The demo's fixed clock: the same workbook, dates and ids on every run. */
export const DEMO_NOW = new Date('2026-03-02T09:30:00Z');

export const DEMO_SETUP: SetupInput = {
  ladderId: 'intercom-pm-2021',
  cycle: 'H1 2026',
  team: [
    { name: 'Ada Lovelace', email: 'ada@example.com', level: 'Senior PM', targetLevel: 'Staff PM' },
    { name: 'Alan Turing', email: 'alan@example.com', level: 'PM' },
    { name: 'Grace Hopper', email: 'grace@example.com', level: 'Staff PM' },
    { name: 'Katherine Johnson', email: 'katherine@example.com', level: 'Associate PM', targetLevel: 'PM' },
    { name: "Siobhán O'Neil", email: 'siobhan@example.com', level: 'PM', targetLevel: 'Senior PM' },
  ],
};

const EVIDENCE = [
  'Led the onboarding redesign from problem framing to launch; activation up 9 points.',
  'Wrote the pricing page brief; the team shipped it without a second round of questions.',
  'Ran weekly customer calls and brought three quotes into each planning review.',
  'Cut the scope of Inbox rules to ship on time, and said why in the launch note.',
  'Needed help to turn research findings into a roadmap decision.',
  'Mentored the new APM through their first launch.',
];

/**
 * How much of each PM's form is rated in the demo: three in full, one halfway, one untouched,
 * so the Calibration sheet shows ratings, a spread and an incomplete PM.
 */
const SHARE_RATED = [1, 0.5, 1, 0, 1];
/** Each PM's lean from "Successfully Meets": Grace above it, Siobhán below it. */
const LEAN = [0, 0, 1, 0, -2];

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length]!;
}

/** Last cycle: everyone rated but Katherine (new to the team), Ada and Siobhán a step lower, Alan a step higher. */
const PAST_SHARE_RATED = [1, 1, 1, 0, 1];
const PAST_LEAN = [-1, 1, 1, 0, -3];

function demoChanges(form: RatingForm, personIndex: number, past = false): RatingChange[] {
  const share = (past ? PAST_SHARE_RATED : SHARE_RATED)[personIndex] ?? 0;
  const lean = (past ? PAST_LEAN : LEAN)[personIndex] ?? 0;
  const count = Math.round(form.items.length * share);
  const changes: RatingChange[] = [];
  form.items.forEach((item, i) => {
    // Mostly "Successfully Meets", with a spread either side, different for each PM.
    const step = Math.max(0, Math.min(4, [2, 3, 2, 1, 2, 4, 3, 2][(i + personIndex * 3) % 8]! + (i % 3 === 2 ? 0 : lean)));
    if (i < count) {
      changes.push({
        subskillId: item.subskillId,
        source: 'manager',
        rating: RATING_SCALE[step]!,
        evidence: i % 3 === 0 ? pick(EVIDENCE, i + personIndex + (past ? 2 : 0)) : '',
      });
    }
    if (personIndex !== 3 && i % 2 === 0)
      changes.push({ subskillId: item.subskillId, source: 'self', rating: RATING_SCALE[Math.min(4, step + (i % 4 === 0 ? 1 : 0))]! });
    if (personIndex !== 3 && i % 3 === 1) changes.push({ subskillId: item.subskillId, source: 'peer', rating: RATING_SCALE[step]! });
  });
  return changes;
}

function unwrap<T>(result: { ok: boolean; value?: unknown; error?: string }, what: string): T {
  if (!result.ok) throw new Error(`The demo team could not be set up (${what}): ${result.error ?? 'unknown error'}`);
  return result.value as T;
}

export function seedDemo(session: PlaygroundSession, setup: SetupInput = DEMO_SETUP): SetupResult {
  // Last cycle first: set up under its label, rated, calibrated, then archived by Start next cycle.
  const created = unwrap<SetupResult>(session.run('setupCalibration', [{ ...setup, cycle: DEMO_PAST_CYCLE }]), 'setupCalibration');
  rateTeam(session, created, true);
  unwrap(session.run('refreshCalibration', []), 'refreshCalibration');
  unwrap(session.run('startNextCycle', [{ cycle: setup.cycle }]), 'startNextCycle');
  rateTeam(session, created, false);
  seedReviews(session, created);
  // The roll-up as the manager would run it after rating: the Calibration sheet is there on load.
  unwrap(session.run('refreshCalibration', []), 'refreshCalibration');
  // The manager opens the workbook on the team.
  if (session.sheetNames().includes('Team')) session.activateSheet('Team');
  return created;
}

function rateTeam(session: PlaygroundSession, team: SetupResult, past: boolean): void {
  team.people.forEach((person, index) => {
    const form = unwrap<RatingForm>(session.run('getRatingForm', [person.id]), `getRatingForm for ${person.name}`);
    const ratings = demoChanges(form, index, past);
    if (ratings.length > 0)
      unwrap(session.run('saveRatings', [{ personId: person.id, version: form.version, ratings }]), `saveRatings for ${person.name}`);
  });
}

/**
 * Reviews in the demo: Ada's self review, requested, filled in by Ada and collected (her Self
 * column and evidence come from it); a peer review of Alan by Grace, requested and not returned
 * yet (its file opens from "Review files" to play Grace).
 */
function seedReviews(session: PlaygroundSession, created: SetupResult): void {
  const [ada, alan] = created.people;
  if (!ada || !alan) return;
  const self = unwrap<RequestReviewsResult>(
    session.run('requestReviews', [{ personId: ada.id, kind: 'self', message: 'Your self review for H1 2026.', dueDate: '2026-03-16' }]),
    'requestReviews (self)',
  );
  const file = self.requests[0];
  if (file)
    session.editReviewFile(file.fileId, [
      { a1: 'F5', value: 'Exceeds' },
      { a1: 'G5', value: 'Interviewed 40 customers for the inbox redesign; the findings set the roadmap.' },
      { a1: 'F6', value: 'Successfully Meets' },
      { a1: 'F8', value: 'Exceeds' },
      { a1: 'G8', value: 'Wrote the group strategy memo with the director.' },
    ]);
  unwrap(
    session.run('requestReviews', [
      {
        personId: alan.id,
        kind: 'peer',
        reviewers: [{ name: 'Grace Hopper', email: 'grace@example.com' }],
        message: 'Could you rate Alan for H1 2026?',
        dueDate: '2026-03-16',
      },
    ]),
    'requestReviews (peer)',
  );
  unwrap(session.run('collectReviews', []), 'collectReviews');
}

import type { RequestReviewsResult, SetupResult } from '../../src/core/api';
import { loadAddon, measure, type BenchRow, type Scenario } from './harness';

/**
 * Self and peer reviews (README, "Self and peer reviews"): requesting costs a fixed part and 3
 * calls a file (budget 25 a file); collecting 6 and 2 a file checked, then 10 and 3 a PM when
 * reviews came back (budget 6 + 4 a file checked).
 */
const collectBudget = (checked: number): number => 6 + 4 * checked;
export const reviewsScenario: Scenario = {
  name: 'reviews',
  run() {
    const rows: BenchRow[] = [];
    const addon = loadAddon();
    const team = Array.from({ length: 5 }, (_, i) => ({ name: `PM ${i + 1}`, email: `pm${i + 1}@example.com`, level: 'pm' }));
    const { people } = addon.run<SetupResult>('setupCalibration', { ladderId: 'intercom-pm-2021', cycle: 'Bench', team });
    const setting = '5 PMs, intercom-pm-2021';
    const request = (personId: string, reviewers: number) => () =>
      addon.run<RequestReviewsResult>('requestReviews', {
        personId,
        kind: 'peer',
        reviewers: Array.from({ length: reviewers }, (_, i) => ({ name: `Peer ${i + 1}`, email: `peer${i + 1}@example.com` })),
      });
    rows.push(
      measure(
        addon,
        'requestReviews self (first: folder and register)',
        setting,
        () => addon.run('requestReviews', { personId: people[0]!.id, kind: 'self' }),
        15 + 25,
      ),
    );
    rows.push(measure(addon, 'requestReviews, 1 peer', setting, request(people[1]!.id, 1), 15 + 25));
    rows.push(measure(addon, 'requestReviews, 5 peers', setting, request(people[2]!.id, 5), 15 + 5 * 25));
    rows.push(measure(addon, 'listReviewRequests (7 requests)', setting, () => addon.run('listReviewRequests')));
    rows.push(measure(addon, 'collectReviews, none returned (7 out)', setting, () => addon.run('collectReviews'), collectBudget(7)));
    const out = addon.run<{ requests: Array<{ email: string; url: string }> }>('listReviewRequests').requests;
    const fill = (i: number) => {
      const fileId = /\/d\/([^/]+)\//.exec(out[i]!.url)![1]!;
      addon.workspace.editSpreadsheetAsPerson(fileId, out[i]!.email, (ss) =>
        ss
          .getSheetByName('Review')!
          .getRange('F5:F7')
          .setValues([['Exceeds'], ['Successfully Meets'], ['Exceptional']]),
      );
    };
    [0, 1, 2].forEach(fill);
    rows.push(
      measure(
        addon,
        'collectReviews, 3 returned for 3 PMs (first: details sheet)',
        setting,
        () => addon.run('collectReviews'),
        collectBudget(7),
      ),
    );
    [3, 4, 5, 6].forEach(fill);
    rows.push(measure(addon, 'collectReviews, 4 returned for 1 PM', setting, () => addon.run('collectReviews'), collectBudget(4)));
    rows.push(measure(addon, 'collectReviews, all imported', setting, () => addon.run('collectReviews'), collectBudget(0)));
    // What the sidebar asks after the form: one PM's collected reviews, attributed.
    rows.push(measure(addon, 'getReviewDetails (5 peers collected)', setting, () => addon.run('getReviewDetails', people[2]!.id)));
    return rows;
  },
};

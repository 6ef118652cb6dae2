/**
 * Scopes are checked before any deploy: the built dist/Code.js runs its main flows in the
 * in-memory workspace under exactly the scopes of appsscript.json, where every service call is
 * refused, as Apps Script refuses it, unless the manifest grants a scope Google's reference
 * lists for it (dev/workspace/scopeTable.ts). A method the add-on calls whose page asks for a
 * scope the manifest lacks fails here, not in a manager's spreadsheet.
 * https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CollectReviewsResult, DocResult, RatingForm, RequestReviewsResult, SetupResult } from '../../src/core/api';
import { MANIFEST_SCOPES, MissingScopeError, scopesFor } from '../../dev/workspace';
import { loadAddon, type LoadedAddon } from '../support/bundle';
import type { WorkspaceOptions } from '../../dev/workspace';

const USERINFO_EMAIL = 'https://www.googleapis.com/auth/userinfo.email';
const manifest = JSON.parse(readFileSync(join(__dirname, '../../dist/appsscript.json'), 'utf8')) as { oauthScopes: string[] };

const TEAM = [
  { name: 'Ada Lovelace', email: 'ada@example.com', level: 'Senior PM', targetLevel: 'Staff PM' },
  { name: 'Alan Turing', level: 'PM' },
];

/** An add-on whose every service call, counted or not, is noted by `Class.method` as it passes the scope check. */
function watchedAddon(options: WorkspaceOptions = {}): { addon: LoadedAddon; called: Set<string> } {
  const addon = loadAddon({ now: () => new Date('2026-03-02T09:30:00Z'), ...options });
  const called = new Set<string>();
  const { log } = addon.workspace;
  const check = log.beforeCall;
  log.beforeCall = (name) => {
    called.add(name);
    check(name);
  };
  return { addon, called };
}

/** The add-on's main flows, as a manager runs them from the menu, the set-up dialog and the sidebar. */
function runMainFlows(addon: LoadedAddon): void {
  addon.run('onOpen', { authMode: 'FULL' });
  addon.run('showSetupDialog');
  addon.run('getSetupContext');
  addon.run('listLadders');
  const setup = addon.run<SetupResult>('setupCalibration', { ladderId: 'intercom-pm-2021', cycle: 'H1 2026', team: TEAM });
  const id = setup.people[0]?.id ?? '';
  addon.run('showSidebar');
  addon.run('getSidebarContext');
  addon.run('getTeam');
  const form = addon.run<RatingForm>('getRatingForm', id);
  addon.run('saveRatings', {
    personId: id,
    version: form.version,
    ratings: form.items.map((item) => ({
      subskillId: item.subskillId,
      source: 'manager',
      rating: 'Successfully Meets',
      evidence: 'Shipped',
    })),
  });
  addon.run('validateRatings');
  addon.run('showRatingProblems');
  addon.run('refreshWorkbook');
  addon.run('refreshCalibration');
  addon.run('refreshCalibrationFromMenu');
  expect(addon.run<DocResult>('createGrowthPlan', id).status).toBe('created');
  expect(addon.run<DocResult>('createCareerPlan', id).status).toBe('created');
  addon.run('getDocTemplates');
  addon.run('newLadderSheet');
  addon.run('useSheetLadder');
  addon.run('exportLadderSheet', 'rookie-to-rockstar');
  addon.run('exportLadderJson', 'intercom-pm-2021');
  addon.run('showLadderExport');
  const [review] = addon.run<RequestReviewsResult>('requestReviews', {
    personId: id,
    kind: 'peer',
    reviewers: [{ name: 'Grace Hopper', email: 'grace@example.com' }],
  }).requests;
  addon.workspace.editSpreadsheetAsPerson(review!.fileId, 'grace@example.com', (ss) =>
    ss.getSheetByName('Review')!.getRange('F5').setValue('Exceeds'),
  );
  addon.run('listReviewRequests');
  expect(addon.run<CollectReviewsResult>('collectReviews').imported).toHaveLength(1);
}

describe('OAuth scopes, checked before any deploy (dist/Code.js under appsscript.json)', () => {
  it('the workspace grants exactly the built manifest’s scopes by default', () => {
    expect([...MANIFEST_SCOPES].sort()).toEqual([...manifest.oauthScopes].sort());
  });

  describe('the main flows', () => {
    let called = new Set<string>();
    let failure: unknown = null;
    beforeAll(() => {
      const watched = watchedAddon();
      called = watched.called;
      try {
        runMainFlows(watched.addon);
      } catch (e) {
        failure = e;
      }
    });

    it('set-up, refresh, the rating form, save, validate, calibration, both plan docs and the ladder sheet run without a permission error', () => {
      expect(failure).toBeNull();
      // The flows reached every service the manifest's scopes are for.
      for (const method of [
        'Session.getActiveUser',
        'Ui.showSidebar',
        'DocumentApp.openById',
        'Drive.Files.create',
        'Drive.Permissions.create',
        'Sheets.Spreadsheets.create',
        'Sheets.Spreadsheets.Values.get',
        'Spreadsheet.insertSheet',
      ]) {
        expect(called).toContain(method);
      }
    });

    it('every Class.method they call is in the scope table, and one of its scopes is in the manifest', () => {
      expect([...called].filter((m) => scopesFor(m) === undefined)).toEqual([]);
      const uncovered = [...called].filter((m) => {
        const required = scopesFor(m) ?? [];
        return required.length > 0 && !required.some((s) => manifest.oauthScopes.includes(s));
      });
      expect(uncovered).toEqual([]);
    });

    it('need every scope the manifest asks for (the narrowest manifest)', () => {
      const needed = new Set([...called].flatMap((m) => scopesFor(m) ?? []));
      expect(manifest.oauthScopes.filter((s) => !needed.has(s))).toEqual([]);
    });
  });

  it('without userinfo.email, the first set-up throws Google’s permission error for Session.getActiveUser and writes nothing', () => {
    // Google's English text is pinned below, so the workspace words it in English.
    const { addon } = watchedAddon({ oauthScopes: manifest.oauthScopes.filter((s) => s !== USERINFO_EMAIL), errorLanguage: 'en' });
    const before = JSON.stringify(addon.workspace.snapshot().spreadsheet);
    let error: unknown;
    try {
      addon.run('setupCalibration', { ladderId: 'intercom-pm-2021', cycle: 'H1 2026', team: TEAM });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MissingScopeError);
    expect((error as MissingScopeError).method).toBe('Session.getActiveUser');
    expect((error as MissingScopeError).requiredScopes).toEqual([USERINFO_EMAIL]);
    expect((error as Error).message).toBe(
      'You do not have permission to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    );
    expect(JSON.stringify(addon.workspace.snapshot().spreadsheet)).toBe(before);
  });
});

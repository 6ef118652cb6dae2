import { check, drive, equal, newScratchDoc, succeeds, throws, workspaceControls, type Contract } from '../contract';

/** Properties, Lock, Session, scopes and error wording. */
const QUOTAS = 'https://developers.google.com/apps-script/guides/services/quotas';
const SPREADSHEETS_CURRENTONLY = 'https://www.googleapis.com/auth/spreadsheets.currentonly';

export const serviceContracts: Contract[] = [
  {
    name: 'Properties: values are strings; a missing key reads null; deleteProperty removes one',
    reference: 'https://developers.google.com/apps-script/reference/properties/properties#getProperty(String)',
    run(env) {
      const store = PropertiesService.getScriptProperties();
      const key = env.uniqueName('contract.');
      try {
        equal(store.getProperty(key), null, 'a missing key');
        store.setProperty(key, 'v1');
        equal(store.getProperty(key), 'v1', 'the value');
        store.setProperties({ [key]: 'v2' });
        equal(store.getProperties()[key], 'v2', 'getProperties');
      } finally {
        store.deleteProperty(key);
      }
      equal(store.getProperty(key), null, 'after deleteProperty');
    },
  },
  {
    name: 'Properties: a value of 8,000 characters is kept; one over the 9 KB limit is refused and nothing is stored',
    reference: QUOTAS,
    run(env) {
      const store = PropertiesService.getScriptProperties();
      const key = env.uniqueName('contract.');
      try {
        succeeds(() => store.setProperty(key, 'x'.repeat(8000)), 'an 8,000-character value');
        equal(store.getProperty(key)?.length, 8000, 'its length');
        throws(() => store.setProperty(key, 'y'.repeat(10_000)), 'a 10,000-character value');
        equal(store.getProperty(key)?.length, 8000, 'the value after the refusal');
      } finally {
        store.deleteProperty(key);
      }
    },
  },
  {
    name: 'Lock: the document lock of a bound script exists; tryLock(0) takes it when free; releaseLock gives it back',
    reference: 'https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)',
    run() {
      const lock = LockService.getDocumentLock();
      check(lock !== null, 'getDocumentLock in a bound script');
      equal(lock.tryLock(0), true, 'tryLock(0) on a free lock');
      equal(lock.hasLock(), true, 'hasLock after tryLock');
      lock.releaseLock();
      equal(lock.hasLock(), false, 'hasLock after releaseLock');
    },
  },
  {
    name: 'Scopes: every service the add-on calls answers under the scopes of its manifest',
    reference: 'https://developers.google.com/apps-script/concepts/scopes',
    run(env) {
      // The real run's manifest is the add-on's (tools/contractBuild.ts copies its oauthScopes).
      succeeds(() => SpreadsheetApp.getActiveSpreadsheet().getSheets().length, 'SpreadsheetApp (spreadsheets.currentonly)');
      const doc = succeeds(
        () => newScratchDoc(env, 'Contract scopes '),
        'Drive Files.create (drive.file), DocumentApp.openById (documents)',
      );
      succeeds(() => drive().Files.get(doc.getId(), { fields: 'id' }), 'drive().Files.get (drive.file)');
      succeeds(() => PropertiesService.getDocumentProperties().getProperty('contract.none'), 'PropertiesService (no scope)');
      const email = succeeds(() => Session.getActiveUser().getEmail(), 'Session.getActiveUser().getEmail() (userinfo.email)');
      // Blank where Google withholds the address (consumer accounts, other domains).
      equal(typeof email, 'string', 'the email');
    },
  },
  {
    name: 'Scopes: a call that the granted scopes do not cover throws',
    reference: 'https://developers.google.com/apps-script/concepts/scopes',
    workspaceOnly: "the real run's scopes are fixed by its manifest",
    run(env) {
      workspaceControls(env).withSettings({ oauthScopes: [SPREADSHEETS_CURRENTONLY] }, () => {
        succeeds(() => SpreadsheetApp.getActiveSpreadsheet().getName(), 'SpreadsheetApp under spreadsheets.currentonly');
        throws(() => DocumentApp.create('Not allowed'), 'DocumentApp.create without the documents scope');
        throws(() => Session.getActiveUser().getEmail(), 'Session.getActiveUser().getEmail() without userinfo.email');
      });
    },
  },
  {
    name: "Errors: Google words its messages in the user's language, so the same failure has other text",
    reference: 'https://developers.google.com/apps-script/guides/support/troubleshooting',
    workspaceOnly: "the real run has one user, in one language; the add-on never reads an error's text",
    run(env) {
      const messageOf = (fn: () => unknown): string => {
        try {
          fn();
        } catch (error) {
          return error instanceof Error ? error.message : String(error);
        }
        return '';
      };
      const outOfRange = () => SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]!.getRange(0, 1);
      let english = '';
      let other = '';
      const controls = workspaceControls(env);
      controls.withSettings({ errorLanguage: 'en' }, () => (english = messageOf(outOfRange)));
      controls.withSettings({ errorLanguage: 'reworded' }, () => (other = messageOf(outOfRange)));
      check(english !== '' && other !== '', 'both throw');
      check(english !== other, `the message differs by language (both "${english}")`);
    },
  },
];

/**
 * The manager's email comes from Session.getActiveUser().getEmail(), which Google leaves blank
 * "if security policies do not allow access to the user's identity" (consumer accounts, users of
 * another domain, some contexts): https://developers.google.com/apps-script/reference/base/session#getActiveUser()
 * Every place that stores or shows the manager works with a blank one.
 */
import type { DocResult, SetupContext, SetupResult } from '../../src/core/api';
import { createContext } from '../../dev/workspace/context';
import { createSession } from '../../dev/workspace/session';
import { addonOver, loadAddon, type LoadedAddon } from '../support/bundle';

const SETTINGS_PROPERTY = 'careerLadder.settings';
const SETUP = {
  ladderId: 'intercom-pm-2021',
  cycle: 'H1 2026',
  team: [
    { name: 'Ada Lovelace', email: 'ada@example.com', level: 'Senior PM', targetLevel: 'Staff PM' },
    { name: 'Alan Turing', level: 'PM' },
  ],
};

function storedManager(addon: LoadedAddon): unknown {
  const json = addon.workspace.properties.snapshot().document[SETTINGS_PROPERTY];
  return json === undefined ? undefined : (JSON.parse(json) as { manager: unknown }).manager;
}

/** The value after a plan doc's "Manager" label. */
function managerRow(addon: LoadedAddon, doc: DocResult): string | undefined {
  const lines = addon.workspace.docs.text(doc.docId).split('\n');
  return lines[lines.indexOf('Manager') + 1];
}

function hiddenEmailWorkbook(): { addon: LoadedAddon; ids: string[] } {
  const addon = loadAddon({ userEmail: 'pm.lead@gmail.com', activeUserEmailHidden: true });
  const setup = addon.run<SetupResult>('setupCalibration', SETUP);
  return { addon, ids: setup.people.map((p) => p.id) };
}

describe('a manager whose email Google does not give', () => {
  it('sets the workbook up from the set-up dialog, and the dialog reopens on it', () => {
    const addon = loadAddon({ userEmail: 'pm.lead@gmail.com', activeUserEmailHidden: true });
    addon.run('showSetupDialog');
    expect(addon.run<SetupContext>('getSetupContext').current).toBeNull();
    const setup = addon.run<SetupResult>('setupCalibration', SETUP);
    expect(setup.people.map((p) => p.name)).toEqual(['Ada Lovelace', 'Alan Turing']);
    expect(storedManager(addon)).toBe('');
    const reopened = addon.run<SetupContext>('getSetupContext');
    expect(reopened.current).toEqual({ ladderId: 'intercom-pm-2021', cycle: 'H1 2026' });
    expect(reopened.team.map((m) => m.name)).toEqual(['Ada Lovelace', 'Alan Turing']);
  });

  it('refreshes the workbook from the menu as anyone else does', () => {
    const { addon } = hiddenEmailWorkbook();
    addon.run('refreshWorkbook');
    expect(addon.workspace.ui.alerts).toEqual([]);
    expect(addon.workspace.ui.toasts).toHaveLength(1);
    expect(storedManager(addon)).toBe('');
  });

  it('gets growth and career plans whose Manager row names whoever made them, as Drive names the doc’s owner', () => {
    const { addon, ids } = hiddenEmailWorkbook();
    const growth = addon.run<DocResult>('createGrowthPlan', ids[0], { blank: true });
    expect(growth.status).toBe('created');
    const owner = addon.workspace.docs.file(growth.docId)?.ownerEmail ?? '';
    // The workspace names a user after their email ("pm.lead@…" is "Pm.lead"); Google gives their name.
    const name = owner.split('@')[0]!;
    expect(managerRow(addon, growth)).toBe(name.charAt(0).toUpperCase() + name.slice(1));
    const career = addon.run<DocResult>('createCareerPlan', ids[0]);
    expect(career.status).toBe('created');
    expect(managerRow(addon, career)).toBe(managerRow(addon, growth));
  });

  it('is recorded once Google gives an email: a later refresh by a manager it knows fills it in', () => {
    const { addon } = hiddenEmailWorkbook();
    const known = createSession(createContext({ userEmail: 'co.lead@example.com' }));
    addonOver(addon.workspace, { Session: known }).run('refreshWorkbook');
    expect(storedManager(addon)).toBe('co.lead@example.com');
  });
});

describe('a manager whose email Google gives', () => {
  it('is stored at set-up, kept by a refresh from another account, and shown in the plan docs', () => {
    const addon = loadAddon({ userEmail: 'lead@example.com' });
    const setup = addon.run<SetupResult>('setupCalibration', SETUP);
    expect(storedManager(addon)).toBe('lead@example.com');
    const other = createSession(createContext({ userEmail: 'co.lead@example.com' }));
    addonOver(addon.workspace, { Session: other }).run('refreshWorkbook');
    expect(storedManager(addon)).toBe('lead@example.com');
    // By name, as Drive names the doc's owner when that is the manager (the workspace names a user after their email).
    expect(managerRow(addon, addon.run<DocResult>('createGrowthPlan', setup.people[0]?.id, { blank: true }))).toBe('Lead');
    // Made by another editor, the plan names the manager by the email the workbook records.
    addon.workspace.switchUser('co.lead@example.com');
    expect(managerRow(addon, addon.run<DocResult>('createCareerPlan', setup.people[0]?.id))).toBe('lead@example.com');
  });
});

import type { SetupContext, SidebarContext } from '../../src/core/api';
import { DEMO_SETUP } from '../../dev/playground/demo';
import { loadAddon, readDist, type LoadedAddon } from '../support/bundle';

/**
 * The server side of the sidebar and the set-up dialog, through the built dist/Code.js: the
 * menu items, the functions that open the panels, and the one call each panel makes to fill itself.
 */
function setUp(addon: LoadedAddon) {
  return addon.run<{ people: Array<{ id: string; name: string }> }>('setupCalibration', DEMO_SETUP);
}

describe('opening the panels', () => {
  it('lists "Rate a PM…" and "Set up or refresh the workbook…" in the add-on menu', () => {
    const addon = loadAddon();
    addon.run('onOpen', { authMode: 'FULL' });
    expect(addon.workspace.ui.menu()?.items).toEqual(
      expect.arrayContaining([
        { caption: 'Rate a PM…', functionName: 'showSidebar' },
        { caption: 'Set up or refresh the workbook…', functionName: 'showSetupDialog' },
      ]),
    );
  });

  it('showSidebar shows dist/Sidebar.html titled "Career Ladder", in 4 service calls', () => {
    const addon = loadAddon();
    const { calls } = addon.workspace.log.measure(() => addon.run('showSidebar'));
    expect(addon.workspace.ui.sidebars).toEqual([
      expect.objectContaining({ kind: 'sidebar', title: 'Career Ladder', html: readDist('Sidebar.html') }),
    ]);
    expect(calls).toBeLessThanOrEqual(4);
  });

  it('showSetupDialog shows dist/Setup.html as a 640 × 560 modal dialog', () => {
    const addon = loadAddon();
    addon.run('showSetupDialog');
    expect(addon.workspace.ui.htmlDialogs).toEqual([
      expect.objectContaining({
        kind: 'modal',
        title: 'Set up the calibration workbook',
        width: 640,
        height: 560,
        html: readDist('Setup.html'),
      }),
    ]);
  });
});

describe('getSidebarContext', () => {
  it('before set-up: no team, so the sidebar offers the set-up dialog', () => {
    const addon = loadAddon();
    expect(addon.run<SidebarContext>('getSidebarContext')).toEqual({ people: [], activePersonId: null, features: { growthPlan: true } });
  });

  it('gives the team and opens on the PM whose sheet is active, in at most 7 calls', () => {
    const addon = loadAddon();
    const { people } = setUp(addon);
    addon.workspace.spreadsheet.api.getSheetByName('Team')!.activate();
    const onTeam = addon.workspace.log.measure(() => addon.run<SidebarContext>('getSidebarContext'));
    expect(onTeam.result.people.map((p) => p.name)).toEqual(DEMO_SETUP.team.map((m) => m.name));
    expect(onTeam.result.people[0]).toEqual({
      id: people[0]!.id,
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      level: 'senior-pm',
      targetLevel: 'staff-pm',
    });
    expect(onTeam.result.activePersonId).toBeNull();
    expect(onTeam.calls).toBeLessThanOrEqual(7);

    addon.workspace.spreadsheet.api.getSheetByName("Siobhán O'Neil")!.activate();
    expect(addon.run<SidebarContext>('getSidebarContext').activePersonId).toBe(people[4]!.id);
  });
});

describe('getSetupContext', () => {
  it('before set-up: the built-in ladders and nothing else', () => {
    const addon = loadAddon();
    const context = addon.run<SetupContext>('getSetupContext');
    expect(context.current).toBeNull();
    expect(context.team).toEqual([]);
    expect(context.ladders.map((l) => l.id)).toEqual(expect.arrayContaining(['intercom-pm-2021', 'intercom-pm-4-level', 'webflow-pm']));
    expect(context.ladders.find((l) => l.id === 'intercom-pm-2021')!.levels.map((l) => l.name)).toEqual([
      'Associate PM',
      'PM',
      'Senior PM',
      'Staff PM',
      'Principal PM',
    ]);
  });

  it("after set-up: the workbook's ladder, cycle and team, so the dialog refreshes rather than starts over", () => {
    const addon = loadAddon();
    setUp(addon);
    const context = addon.run<SetupContext>('getSetupContext');
    expect(context.current).toEqual({ ladderId: 'intercom-pm-2021', cycle: 'H1 2026' });
    expect(context.team.map((m) => [m.name, m.level, m.targetLevel])).toEqual([
      ['Ada Lovelace', 'senior-pm', 'staff-pm'],
      ['Alan Turing', 'pm', ''],
      ['Grace Hopper', 'staff-pm', ''],
      ['Katherine Johnson', 'apm', 'pm'],
      ["Siobhán O'Neil", 'pm', 'senior-pm'],
    ]);
  });
});

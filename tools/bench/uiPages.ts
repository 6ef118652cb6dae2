import { DEMO_SETUP } from '../../dev/playground/demo';
import { loadAddon, measure, pageSize, type Scenario } from './harness';

/**
 * Opening the add-on's panels: the service calls to show the sidebar and the set-up dialog
 * and to fill them (one call each when they open), with the size of each page's HTML — the
 * whole page, script and style inlined, as the browser downloads it on every opening.
 */

export const uiPagesScenario: Scenario = {
  name: 'sidebar and set-up dialog',
  run() {
    const addon = loadAddon();
    const rows = [
      measure(addon, 'showSetupDialog', pageSize('Setup.html'), () => addon.run('showSetupDialog')),
      measure(addon, 'getSetupContext', 'before set-up', () => addon.run('getSetupContext')),
    ];
    addon.run('setupCalibration', DEMO_SETUP);
    rows.push(
      measure(addon, 'getSetupContext', `${DEMO_SETUP.team.length} PMs set up`, () => addon.run('getSetupContext')),
      measure(addon, 'showSidebar', pageSize('Sidebar.html'), () => addon.run('showSidebar')),
      measure(addon, 'getSidebarContext', `${DEMO_SETUP.team.length} PMs`, () => addon.run('getSidebarContext')),
    );
    return rows;
  },
};

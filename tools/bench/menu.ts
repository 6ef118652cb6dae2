import { loadAddon, measure, type Scenario } from './harness';

export const menuScenario: Scenario = {
  name: 'menu and ladders',
  run() {
    const addon = loadAddon();
    return [
      measure(addon, 'onOpen', 'menu', () => addon.run('onOpen', {})),
      measure(addon, 'listLadders', '5 built-in ladders', () => addon.run('listLadders')),
    ];
  },
};

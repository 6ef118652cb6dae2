import { loadAddon } from '../support/bundle';
import { builtinLadders } from '../../dev/builtinLadders';

describe('listLadders() from dist/Code.js', () => {
  it('returns the five built-in ladders with their levels, in two service calls', () => {
    const addon = loadAddon();
    const { result, calls } = addon.workspace.log.measure(() =>
      addon.run<Array<{ id: string; title: string; levels: Array<{ id: string; name: string }> }>>('listLadders'),
    );
    expect(result.map((l) => l.id)).toEqual([
      'intercom-pm-2021',
      'intercom-pm-4-level',
      'intercom-gpm-2020',
      'webflow-pm',
      'rookie-to-rockstar',
    ]);
    for (const summary of result) {
      const ladder = builtinLadders().find((l) => l.id === summary.id)!;
      expect(summary.title).toBe(ladder.title);
      expect(summary.levels).toEqual(ladder.levels.map((l) => ({ id: l.id, name: l.name })));
    }
    expect(calls).toBeLessThanOrEqual(3);
  });
});

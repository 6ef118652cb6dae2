import type { SetupResult } from '../../src/core/api';
import { LADDER_ID, intercomLadder, loadAddon, withLadder } from './workbookSupport';

const team = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    name: `PM ${i + 1}`,
    email: `pm${i + 1}@example.com`,
    level: ['apm', 'pm', 'senior-pm', 'staff-pm', 'principal-pm'][i % 5]!,
  }));

/** Set-up, a refresh after the ladder changed (every PM sheet rewritten), and a refresh with nothing to change. */
function costs(n: number): { setup: number; refreshChanged: number; refreshSame: number } {
  let addon = loadAddon();
  const input = { ladderId: LADDER_ID, cycle: 'H2 2026', team: team(n) };
  const setup = addon.workspace.log.measure(() => addon.run<SetupResult>('setupCalibration', input)).calls;
  const ladder = intercomLadder();
  ladder.areas[0]!.subskills.reverse();
  addon = withLadder(addon, ladder);
  const refreshChanged = addon.workspace.log.measure(() => addon.run('setupCalibration', input)).calls;
  const refreshSame = addon.workspace.log.measure(() => addon.run('setupCalibration', input)).calls;
  return { setup, refreshChanged, refreshSame };
}

describe('setupCalibration service calls (docs/ARCHITECTURE.md, Service-call budgets: ≤ 15 per PM sheet, whatever the team or ladder size)', () => {
  it('grows by the same small constant per PM sheet for 5 and 40 PMs', () => {
    const small = costs(5);
    const large = costs(40);
    const perPm = (key: keyof typeof small) => (large[key] - small[key]) / 35;
    // 15, and 12 for the rating colours (five conditional format rules), paid once per new sheet.
    expect(perPm('setup')).toBe(27);
    expect(perPm('refreshChanged')).toBe(12);
    expect(perPm('refreshSame')).toBe(4);
    // The fixed part (Ladder and Team sheets, settings) is the same for both sizes.
    expect(small.setup - 5 * 27).toBe(large.setup - 40 * 27);
  });
});

import type { SetupResult } from '../../src/core/api';
import { findBuiltinLadder } from '../../dev/builtinLadders';
import { RATING_SCALE } from '../../src/core/ratingScale';
import type { LoadedAddon } from '../../dev/addonLoader';
import { loadAddon, measure, type BenchRow, type Scenario } from './harness';

/** docs/ARCHITECTURE.md, Service-call budgets: refreshCalibration ≤ 5 + 2 per PM. */
export const refreshBudget = (pms: number): number => 5 + 2 * pms;

/** A set-up workbook of `size` PMs on `ladderId`, every sub-skill rated by the manager. */
export function ratedTeam(size: number, ladderId = 'intercom-pm-2021'): LoadedAddon {
  const ladder = findBuiltinLadder(ladderId);
  if (!ladder) throw new Error(`no built-in ladder ${ladderId}`);
  const addon = loadAddon();
  const team = Array.from({ length: size }, (_, i) => ({ name: `PM ${i + 1}`, level: ladder.levels[i % ladder.levels.length]!.id }));
  const { people } = addon.run<SetupResult>('setupCalibration', { ladderId, cycle: 'Bench', team });
  people.forEach((person, i) => {
    const ratings = ladder.areas.flatMap((area, a) =>
      area.subskills.map((s) => ({ subskillId: s.id, source: 'manager' as const, rating: RATING_SCALE[(i + a) % RATING_SCALE.length]! })),
    );
    addon.run('saveRatings', { personId: person.id, ratings });
  });
  return addon;
}

export const calibrationScenario: Scenario = {
  name: 'calibration',
  run() {
    const rows: BenchRow[] = [];
    for (const size of [5, 25, 100]) {
      const addon = ratedTeam(size);
      const setting = `${size} PMs, intercom-pm-2021`;
      rows.push(
        measure(
          addon,
          'refreshCalibration (first: makes the sheet and chart)',
          setting,
          () => addon.run('refreshCalibration'),
          refreshBudget(size),
        ),
      );
      rows.push(measure(addon, 'refreshCalibration', setting, () => addon.run('refreshCalibration'), refreshBudget(size)));
      // The sheet as the release before the layout version left it: A1 blank (uncounted).
      addon.workspace.log.measure(() => addon.workspace.spreadsheet.api.getRange('Calibration!A1').setValue(''));
      rows.push(
        measure(
          addon,
          'refreshCalibration (first after a layout upgrade, once)',
          setting,
          () => addon.run('refreshCalibration'),
          refreshBudget(size),
        ),
      );
      rows.push(measure(addon, 'exportCalibrationData (first: makes the sheet)', setting, () => addon.run('exportCalibrationData')));
      rows.push(measure(addon, 'exportCalibrationData (rewrites it)', setting, () => addon.run('exportCalibrationData')));
    }
    // The workbook setting of counted sources: a fixed number of calls, whatever the team's size.
    const set = ratedTeam(5);
    rows.push(
      measure(
        set,
        'setCalibrationSources',
        '5 PMs, intercom-pm-2021',
        () => set.run('setCalibrationSources', { sources: 'manager-and-peer' }),
        12,
      ),
    );
    // One sub-skill per area instead of 19 sub-skills: the same number of calls.
    const small = ratedTeam(5, 'webflow-pm');
    small.run('refreshCalibration');
    rows.push(
      measure(small, 'refreshCalibration', '5 PMs, webflow-pm (5 sub-skills)', () => small.run('refreshCalibration'), refreshBudget(5)),
    );
    return rows;
  },
};

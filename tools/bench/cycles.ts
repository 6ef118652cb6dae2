import type { TeamMember } from '../../src/core/api';
import { measure, type BenchRow, type Scenario } from './harness';
import { ratedTeam, refreshBudget } from './calibration';

/**
 * A review cycle's life (docs/ARCHITECTURE.md, Service-call budgets: startNextCycle ≤ 10 + 3 per
 * PM, getHistory ≤ 6, refreshCalibration ≤ 5 + 2 per PM, saveRatings ≤ 12, getRatingForm ≤ 10,
 * createGrowthPlan ≤ 60): once a cycle is archived, the trend reads the History sheet once per
 * operation, whatever the team's size.
 */
export const cyclesScenario: Scenario = {
  name: 'cycles',
  run() {
    const rows: BenchRow[] = [];
    for (const size of [5, 25, 100]) {
      const addon = ratedTeam(size);
      const setting = `${size} PMs, intercom-pm-2021`;
      addon.run('refreshCalibration');
      rows.push(measure(addon, 'closeCycle', setting, () => addon.run('closeCycle', { note: 'Calibrated' })));
      rows.push(measure(addon, 'reopenCycle', setting, () => addon.run('reopenCycle', { reason: 'A late review' })));
      addon.run('closeCycle', {});
      rows.push(
        measure(
          addon,
          'startNextCycle (from a closed cycle)',
          setting,
          () => addon.run('startNextCycle', { cycle: 'Next' }),
          10 + 3 * size,
        ),
      );
      const first = addon.run<TeamMember[]>('getTeam')[0]!;
      rows.push(measure(addon, 'getHistory', setting, () => addon.run('getHistory', first.id), 6));
      rows.push(measure(addon, 'getRatingForm (with last cycle)', setting, () => addon.run('getRatingForm', first.id), 10));
      rows.push(
        measure(
          addon,
          'saveRatings (one rating, logged)',
          setting,
          () =>
            addon.run('saveRatings', {
              personId: first.id,
              ratings: [{ subskillId: 'analytics-focus', source: 'manager', rating: 'Exceeds' }],
            }),
          12,
        ),
      );
      addon.run('refreshCalibration');
      rows.push(measure(addon, 'refreshCalibration (with the trend)', setting, () => addon.run('refreshCalibration'), refreshBudget(size)));
      if (size === 5) {
        rows.push(measure(addon, 'createGrowthPlan (with the trend)', setting, () => addon.run('createGrowthPlan', first.id), 60));
        rows.push(measure(addon, 'createCareerPlan (with the trend)', setting, () => addon.run('createCareerPlan', first.id), 60));
      }
    }
    return rows;
  },
};

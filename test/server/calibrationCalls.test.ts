import { ratedTeam } from '../../tools/bench/calibration';

/**
 * Service calls of refreshCalibration (docs/ARCHITECTURE.md, Service-call budgets: ≤ 5 + 2 per PM). Reading
 * the workbook costs 5 + 2 per PM (spreadsheet, Team sheet, ladder file, each PM sheet);
 * the Calibration sheet costs 5 more: one read of its grid and three writes through the same
 * range; the overall rule's note 2 more (its cell, its note); the change log 2 more (one read, to
 * log an override typed since the last refresh); the History sheet 2 more (one read, for every
 * PM's trend). So the refresh is 16 + 2 per PM, 11 over the budget's constant, whatever the team.
 */
const CONSTANT = 16;

function steadyRefreshCalls(size: number, ladderId?: string): number {
  const addon = ratedTeam(size, ladderId);
  addon.run('refreshCalibration');
  return addon.workspace.log.measure(() => addon.run('refreshCalibration')).calls;
}

describe('refreshCalibration service calls', () => {
  it('costs 2 calls per PM on top of a fixed part', () => {
    const five = steadyRefreshCalls(5);
    const twelve = steadyRefreshCalls(12);
    expect(five).toBeLessThanOrEqual(CONSTANT + 2 * 5);
    expect(twelve - five).toBe(2 * 7);
  });

  it('does not grow with the number of sub-skills', () => {
    // intercom-pm-2021: 19 sub-skills with dimensions; webflow-pm: 5 sub-skills.
    expect(steadyRefreshCalls(5, 'webflow-pm')).toBe(steadyRefreshCalls(5, 'intercom-pm-2021'));
  });

  it('makes the chart only with the sheet: a refresh never adds or rebuilds one', () => {
    const addon = ratedTeam(3);
    const first = addon.workspace.log.measure(() => addon.run('refreshCalibration'));
    const second = addon.workspace.log.measure(() => addon.run('refreshCalibration'));
    const names = (m: typeof first) => m.byName.map(([n]) => n);
    expect(names(first)).toContain('Sheet.insertChart');
    expect(names(second).filter((n) => /Chart|DataValidation|setColumnWidths|insertSheet/.test(n))).toEqual([]);
    expect(addon.workspace.spreadsheet.api.getSheetByName('Calibration')!.getCharts()).toHaveLength(1);
  });
});

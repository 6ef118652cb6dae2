import type { CalibrationExportResult, SetupResult } from '../../src/core/api';
import { EXPORT_HEADERS } from '../../src/core/cycles/calibrationExport';
import { findBuiltinLadder } from '../../dev/builtinLadders';
import { loadAddon } from './workbookSupport';
import { refusal } from '../support/bundle';

/** Export calibration data: every cycle's ratings as tidy rows, for pivot tables and reports across teams. */
const ladder = findBuiltinLadder('intercom-pm-2021')!;
const [first, second] = ladder.areas[0]!.subskills;

function workbook() {
  const addon = loadAddon();
  const { people } = addon.run<SetupResult>('setupCalibration', {
    ladderId: ladder.id,
    cycle: 'H1 2026',
    team: [
      { name: 'Ada Park', level: 'pm' },
      { name: 'Ben Ortiz', level: 'senior-pm' },
    ],
  });
  return { addon, ada: people[0]!, ben: people[1]! };
}

const sheet = (addon: ReturnType<typeof loadAddon>) => addon.workspace.spreadsheet.values("'Calibration data'!A1:L200");

describe('exportCalibrationData', () => {
  it('writes the current cycle and the history as one row per PM, cycle, sub-skill and source, under a frozen header', () => {
    const { addon, ada } = workbook();
    addon.run('saveRatings', {
      personId: ada.id,
      ratings: [
        { subskillId: first!.id, source: 'manager', rating: 'Exceeds', evidence: '=SUM(A1) shipped +1555' },
        { subskillId: first!.id, source: 'self', rating: 'Exceptional' },
        { subskillId: second!.id, source: 'peer', rating: 'Successfully Meets', evidence: 'Evidence without a manager rating' },
      ],
    });
    addon.run('startNextCycle', { cycle: 'H2 2026' });
    addon.run('saveRatings', { personId: ada.id, ratings: [{ subskillId: first!.id, source: 'manager', rating: 'Successfully Meets' }] });

    const result = addon.run<CalibrationExportResult>('exportCalibrationData');
    expect(result).toEqual({ sheet: 'Calibration data', rows: 5 });
    const rows = sheet(addon).filter((r) => r[0] !== '');
    expect(rows[0]).toEqual([...EXPORT_HEADERS]);
    const area = ladder.areas[0]!.name;
    expect(rows.slice(1).map((r) => r.slice(0, 10))).toEqual([
      ['H1 2026', ada.id, 'Ada Park', 'PM', area, first!.id, first!.name, 'self', 'Exceptional', ''],
      ['H1 2026', ada.id, 'Ada Park', 'PM', area, first!.id, first!.name, 'manager', 'Exceeds', '=SUM(A1) shipped +1555'],
      ['H1 2026', ada.id, 'Ada Park', 'PM', area, second!.id, second!.name, 'peer', 'Successfully Meets', ''],
      ['H1 2026', ada.id, 'Ada Park', 'PM', area, second!.id, second!.name, '', '', 'Evidence without a manager rating'],
      ['H2 2026', ada.id, 'Ada Park', 'PM', area, first!.id, first!.name, 'manager', 'Successfully Meets', ''],
    ]);
    // Text as typed: plain-text cells, no formula made from the evidence.
    expect(addon.workspace.spreadsheet.formulas("'Calibration data'!J3")[0]?.[0]).toBe('');
    expect((addon.workspace.spreadsheet.sheet('Calibration data') as { frozenRows: number }).frozenRows).toBe(1);
  });

  it('rewrites the sheet on each export, leaving no row of a longer one behind, and changes nothing else', () => {
    const { addon, ada } = workbook();
    addon.run('saveRatings', {
      personId: ada.id,
      ratings: [
        { subskillId: first!.id, source: 'manager', rating: 'Exceeds' },
        { subskillId: second!.id, source: 'manager', rating: 'Exceeds' },
      ],
    });
    expect(addon.run<CalibrationExportResult>('exportCalibrationData').rows).toBe(2);
    addon.run('saveRatings', { personId: ada.id, ratings: [{ subskillId: second!.id, source: 'manager', rating: null }] });
    const before = JSON.stringify(addon.workspace.spreadsheet.values('Team!A1:J10'));
    const { result, calls } = addon.workspace.log.measure(() => addon.run<CalibrationExportResult>('exportCalibrationData'));
    expect(result.rows).toBe(1);
    expect(sheet(addon).filter((r) => r[0] !== '')).toHaveLength(2);
    expect(JSON.stringify(addon.workspace.spreadsheet.values('Team!A1:J10'))).toBe(before);
    // A fixed part and 2 reads per PM sheet, as Refresh calibration.
    expect(calls).toBeLessThanOrEqual(20 + 2 * 2);
  });
});

describe('exportCalibrationData and a sheet it did not write', () => {
  it('refuses to empty a "Calibration data" sheet someone else made, changing nothing', () => {
    const { addon } = workbook();
    const ss = addon.workspace.globals.SpreadsheetApp.getActiveSpreadsheet();
    ss.insertSheet('Calibration data')
      .getRange('A1:B1')
      .setValues([['My notes', 'keep']]);
    const before = JSON.stringify(addon.workspace.snapshot());
    expect(refusal(() => addon.run('exportCalibrationData')).code).toBe('FOREIGN_SHEET');
    expect(JSON.stringify(addon.workspace.snapshot())).toBe(before);
  });
});

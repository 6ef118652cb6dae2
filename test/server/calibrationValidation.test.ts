import type { CalibrationResult, SetupResult } from '../../src/core/api';
import { TABLE_COLUMNS } from '../../src/core/calibration/calibrationLayout';
import { findBuiltinLadder } from '../../dev/builtinLadders';
import { shellExecution } from '../support/shell';
import { loadAddon, rowOf, typeInto } from './workbookSupport';

/**
 * The report Validate ratings can add about the Calibration sheet, run as shell code against
 * the same workspace the built add-on wrote (the function is not part of the public API).
 */
describe('calibrationSheetProblems', () => {
  const ladder = findBuiltinLadder('intercom-pm-2021')!;
  type CalibrationSheet = typeof import('../../src/gas/calibrationSheet');
  const problemsIn = (addon: ReturnType<typeof loadAddon>) =>
    shellExecution(addon.workspace, () =>
      jest.requireActual<CalibrationSheet>('../../src/gas/calibrationSheet').calibrationSheetProblems(ladder),
    );

  it('reports an override without a reason and one off the scale, by cell, and nothing before the sheet exists', () => {
    const addon = loadAddon();
    const { people } = addon.run<SetupResult>('setupCalibration', {
      ladderId: ladder.id,
      cycle: 'H2',
      team: [
        { name: 'Ada Park', level: 'pm' },
        { name: 'Ben Ortiz', level: 'pm' },
        { name: 'Cy Diaz', level: 'pm' },
      ],
    });
    expect(problemsIn(addon)).toEqual([]);
    addon.run<CalibrationResult>('refreshCalibration');
    const row = (i: number) => rowOf(addon, 'Calibration', `person:${people[i]!.id}`);
    const F = String.fromCharCode(64 + TABLE_COLUMNS.override);
    const G = String.fromCharCode(64 + TABLE_COLUMNS.reason);
    typeInto(addon, `Calibration!${F}${row(0)}`, 'Exceeds');
    typeInto(addon, `Calibration!${F}${row(1)}`, 'Rockstar');
    typeInto(addon, `Calibration!${G}${row(1)}`, 'because');
    typeInto(addon, `Calibration!${F}${row(2)}`, 'Exceeds');
    typeInto(addon, `Calibration!${G}${row(2)}`, 'Shipped twice the scope');

    const problems = problemsIn(addon);
    expect(problems.map((p) => [p.sheet, p.cell, p.value])).toEqual([
      ['Calibration', `${F}${row(0)}`, 'Exceeds'],
      ['Calibration', `${F}${row(1)}`, 'Rockstar'],
    ]);
    expect(problems[0]?.message).toMatch(/^Ada Park: Override to Exceeds without a reason/);
  });
});

import type { RatingProblem } from '../api';
import { cellA1 } from '../workbook/a1';
import { CALIBRATION_SHEET, readStoredCalibration } from './calibrationLayout';
import { overrideProblem, parseOverride } from './override';

/**
 * What *Validate ratings* reports about the Calibration sheet: each override that is not on
 * the rating scale, and each override without a written reason (the ladder's rule is
 * guidance, so the manager may override it, and must say why). Takes the sheet's values as
 * Range.getValues returns them.
 */
export function calibrationOverrideProblems(grid: ReadonlyArray<ReadonlyArray<unknown>>): RatingProblem[] {
  const stored = readStoredCalibration(grid);
  if (stored.overrideColumn === 0) return [];
  return stored.overrides.flatMap((o) => {
    const message = overrideProblem(parseOverride(o.value), o.reason);
    if (message === null || o.row === undefined) return [];
    return [
      { sheet: CALIBRATION_SHEET, cell: cellA1(o.row, stored.overrideColumn), value: o.value, message: `${o.name || 'A PM'}: ${message}` },
    ];
  });
}

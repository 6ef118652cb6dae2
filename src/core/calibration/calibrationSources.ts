/**
 * Which ratings the roll-up counts, a workbook setting: the manager's only (the default: they
 * are the reviewed outcome of self, peer and manager input), or the manager's and the peer's,
 * both entering each area's median.
 */
export const CALIBRATION_SOURCES = ['manager', 'manager-and-peer'] as const;
export type CalibrationSources = (typeof CALIBRATION_SOURCES)[number];
export const DEFAULT_CALIBRATION_SOURCES: CalibrationSources = 'manager';

import { calibrationSummaryText } from '../../../src/core/calibration/calibrationSummary';
import type { CalibrationResult } from '../../../src/core/api';

const person = (flags: string[]): CalibrationResult['people'][number] => ({
  id: 'p',
  name: 'n',
  level: 'pm',
  levelName: 'PM',
  areas: {},
  overall: null,
  computedOverall: null,
  override: null,
  trend: { firstCycle: true, lastCycle: null, change: null, past: [] },
  gaps: { selfVsManager: null, peerVsManager: null },
  readiness: { level: null, indicator: null, metBySubskills: 0, ofSubskills: 0, byArea: [] },
  notes: '',
  discuss: false,
  overrideReason: '',
  results: null,
  behaviours: null,
  nineBox: null,
  flags,
});

describe('the toast after Refresh calibration', () => {
  it('counts PMs, PMs without an overall rating and flagged PMs', () => {
    const result: CalibrationResult = { people: [person(['x']), person([])], distribution: { rows: [], incomplete: 2, total: 2 } };
    expect(calibrationSummaryText(result)).toBe('Calibration refreshed: 2 PMs, 2 without an overall rating yet, 1 with flags to discuss.');
    expect(calibrationSummaryText({ people: [person([])], distribution: { rows: [], incomplete: 0, total: 1 } })).toBe(
      'Calibration refreshed: 1 PM, nothing flagged.',
    );
  });
});

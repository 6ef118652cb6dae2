import type { CalibrationResult } from '../api';

/** The toast after "Refresh calibration": how many PMs, how many without an overall rating, how many flagged. */
export function calibrationSummaryText(result: CalibrationResult): string {
  const people = result.people.length;
  const flagged = result.people.filter((p) => p.flags.length > 0).length;
  const parts = [`Calibration refreshed: ${people} PM${people === 1 ? '' : 's'}`];
  if (result.distribution.incomplete > 0) parts.push(`${result.distribution.incomplete} without an overall rating yet`);
  parts.push(flagged === 0 ? 'nothing flagged' : `${flagged} with flags to discuss`);
  return `${parts.join(', ')}.`;
}

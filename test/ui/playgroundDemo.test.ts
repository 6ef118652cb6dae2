import { PlaygroundSession } from '../../dev/playground/session';
import { DEMO_SETUP, seedDemo } from '../../dev/playground/demo';
import type { CalibrationResult } from '../../src/core/api';

describe('the playground demo team (npm start)', () => {
  const session = new PlaygroundSession({ now: new Date('2026-03-02T09:00:00Z') });
  const created = seedDemo(session);

  it('sets up every sheet a manager sees: Ladder, Team, one per PM and Calibration', () => {
    const names = session.sheetNames();
    expect(names).toEqual(expect.arrayContaining(['Ladder', 'Team', 'Calibration']));
    for (const person of created.people) expect(names).toContain(person.name);
    expect(created.people).toHaveLength(DEMO_SETUP.team.length);
  });

  it('opens with ratings already rolled up: some PMs have an overall rating, some are incomplete', () => {
    const result = session.run('refreshCalibration', []);
    expect(result.ok).toBe(true);
    const people = (result.value as CalibrationResult).people;
    expect(people.some((p) => p.overall !== null)).toBe(true);
    expect(people.some((p) => p.overall === null)).toBe(true);
  });
});

import { calibrate, calibrationResult } from '../../../src/core/calibration/calibrate';
import { calibrationResultSchema } from '../../../src/core/api';
import { EX, EXC, NII, SM, SPN, fiveAreas, personRecord, uniformRatings } from './fixtures';

const ladder = fiveAreas();
const all = (insight: typeof SM | null, strategy = insight, execution = insight, outcomes = insight, leadership = insight) => ({
  insight,
  strategy,
  execution,
  outcomes,
  leadership,
});

function team() {
  const people = [
    personRecord('a', 'pm', { name: 'Ada' }),
    personRecord('b', 'pm', { name: 'Bo' }),
    personRecord('c', 'pm', { name: 'Cy' }),
    personRecord('d', 'senior-pm', { name: 'Di' }),
    personRecord('e', 'senior-pm', { name: 'Ed', archived: true }),
  ];
  const ratings = {
    a: uniformRatings(ladder, 'a', all(SM)),
    b: uniformRatings(ladder, 'b', all(EXC, EX, SM, SM, SM)),
    c: uniformRatings(ladder, 'c', all(EXC)),
    d: uniformRatings(ladder, 'd', all(SPN, SPN, null, SM, SM)),
    e: uniformRatings(ladder, 'e', all(NII)),
  };
  return { people, ratings };
}

describe('calibrate', () => {
  it('rolls up every PM on the team and leaves archived ones out', () => {
    const { people, ratings } = team();
    const result = calibrate({ ladder, team: people, ratings, overrides: [] });
    expect(result.people.map((p) => [p.name, p.computedOverall, p.nineBox])).toEqual([
      ['Ada', SM, 'Solid contributor'],
      ['Bo', EX, 'High achiever'],
      ['Cy', EXC, 'Role model'],
      ['Di', null, null],
    ]);
    expect(result.people[3]?.areas).toEqual({ insight: SPN, strategy: SPN, execution: null, outcomes: SM, leadership: SM });
    expect(result.people[3]?.levelName).toBe('SENIOR-PM');
  });

  it('puts the override in force, keeps the computed rating beside it, and flags a missing reason', () => {
    const { people, ratings } = team();
    const result = calibrate({
      ladder,
      team: people,
      ratings,
      overrides: [
        { personId: 'a', name: 'Ada', value: 'Exceeds', reason: 'Carried the launch alone' },
        { personId: 'd', name: 'Di', value: 'stronger performance needed', reason: '' },
      ],
    });
    const [ada, , , di] = result.people;
    expect(ada).toMatchObject({ overall: EX, computedOverall: SM, override: EX, overrideReason: 'Carried the launch alone' });
    expect(ada?.flags.some((f) => f.startsWith('Override'))).toBe(false);
    expect(di).toMatchObject({ overall: SPN, computedOverall: null, override: SPN, overrideTyped: SPN });
    expect(di?.flags).toContain('Override to Stronger Performance Needed without a reason: write why in the "Reason for override" column');
  });

  it('does not count an override that is not on the scale, keeps it as typed, and flags it', () => {
    const { people, ratings } = team();
    const result = calibrate({
      ladder,
      team: people,
      ratings,
      overrides: [{ personId: 'c', name: 'Cy', value: 'Superstar', reason: 'x' }],
    });
    expect(result.people[2]).toMatchObject({ overall: EXC, override: null, overrideTyped: 'Superstar', overrideInvalid: true });
    expect(result.people[2]?.flags.join('\n')).toContain('Override "Superstar" is not on the rating scale');
  });

  it('keeps overrides typed for PMs no longer on the team, without counting them', () => {
    const { people, ratings } = team();
    const result = calibrate({
      ladder,
      team: people,
      ratings,
      overrides: [
        { personId: 'e', name: 'Ed', value: 'Exceeds', reason: 'kept' },
        { personId: 'gone', name: 'Gone', value: '', reason: '' },
      ],
    });
    expect(result.keptOverrides.map((o) => o.personId)).toEqual(['e']);
    expect(result.distribution.total).toBe(4);
  });

  it('counts the overall ratings in force', () => {
    const { people, ratings } = team();
    const result = calibrate({ ladder, team: people, ratings, overrides: [{ personId: 'a', name: 'Ada', value: 'Exceeds', reason: 'r' }] });
    expect(result.distribution.rows).toEqual([
      { rating: NII, count: 0 },
      { rating: SPN, count: 0 },
      { rating: SM, count: 0 },
      { rating: EX, count: 2 },
      { rating: EXC, count: 1 },
    ]);
    expect(result.distribution.incomplete).toBe(1);
  });

  it('flags a PM far from the pattern of their level', () => {
    const { people, ratings } = team();
    const result = calibrate({ ladder, team: people, ratings, overrides: [] });
    // Ada: Successfully Meets where Bo and Cy are Exceeds/Exceptional (median 3.5): 1.5 steps, not far.
    // Cy: Exceptional where Ada and Bo are Meets/Exceeds (median 2.5): 1.5 steps, not far.
    expect(result.people.some((p) => p.flags.some((f) => f.startsWith('Far from')))).toBe(false);
    ratings.b = uniformRatings(ladder, 'b', all(SM));
    const again = calibrate({ ladder, team: people, ratings, overrides: [] });
    expect(again.people[2]?.flags.find((f) => f.startsWith('Far from'))).toContain('Exceptional');
  });

  it('lets the first override row that holds something win over a blank copy', () => {
    const { people, ratings } = team();
    const result = calibrate({
      ladder,
      team: people,
      ratings,
      overrides: [
        { personId: 'a', name: 'Ada', value: '', reason: '' },
        { personId: 'a', name: 'Ada', value: 'Exceeds', reason: 'r' },
        { personId: 'a', name: 'Ada', value: 'Exceptional', reason: 'r2' },
      ],
    });
    expect(result.people[0]?.override).toBe(EX);
  });

  it('replies with JSON-safe data of the API shape', () => {
    const { people, ratings } = team();
    const reply = calibrationResult(calibrate({ ladder, team: people, ratings, overrides: [] }));
    expect(calibrationResultSchema.safeParse(JSON.parse(JSON.stringify(reply))).success).toBe(true);
    expect(Object.keys(reply.people[0] ?? {})).not.toContain('areaRatings');
  });
});

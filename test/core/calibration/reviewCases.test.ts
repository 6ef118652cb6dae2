import { calibrate } from '../../../src/core/calibration/calibrate';
import type { CalibrationSources } from '../../../src/core/calibration/areaRating';
import type { Rating } from '../../../src/core/ratingScale';
import { EX, EXC, NII, SM, SPN, fiveAreas, ladderOf, personRecord, ratingsOf, uniformRatings } from './fixtures';
import type { PersonRatings } from '../../../src/core/workbook/model';

/** The cases a calibration meeting rejected under the counting rule, each with its outcome now. */
const ladder = fiveAreas();
const areas = (insight: Rating, strategy: Rating, execution: Rating, outcomes: Rating, leadership: Rating) => ({
  insight,
  strategy,
  execution,
  outcomes,
  leadership,
});

function one(ratings: (id: string) => PersonRatings, level = 'pm', sources?: CalibrationSources, l = ladder) {
  const person = personRecord('p', level, { name: 'Pat' });
  const calibration = calibrate({
    ladder: l,
    team: [person],
    ratings: { p: ratings('p') },
    overrides: [],
    ...(sources ? { sources } : {}),
  });
  return calibration.people[0]!;
}

describe('the review cases', () => {
  it('three areas at Exceeds, none at Exceptional: Exceeds, not Exceptional', () => {
    expect(one((id) => uniformRatings(ladder, id, areas(EX, EX, EX, SM, SM))).computedOverall).toBe(EX);
  });

  it('three areas at Stronger Performance Needed, none at Needs Immediate Improvement: Stronger Performance Needed', () => {
    expect(one((id) => uniformRatings(ladder, id, areas(SPN, SPN, SPN, SM, SM))).computedOverall).toBe(SPN);
  });

  it('Exceptional results with Leadership at Needs Immediate Improvement: Stronger Performance Needed, flagged three ways', () => {
    const p = one((id) => uniformRatings(ladder, id, areas(EXC, EXC, EXC, EXC, NII)));
    expect(p.computedOverall).toBe(SPN);
    expect(p.flags.join('\n')).toMatch(/Area at Needs Immediate Improvement: Leadership/);
    expect(p.flags.join('\n')).toMatch(/Behaviours 4 steps below results/);
    expect(p.flags.join('\n')).toMatch(/tell different stories/);
  });

  it('an area at Needs Immediate Improvement is not hidden behind Successfully Meets', () => {
    const p = one((id) => uniformRatings(ladder, id, areas(SM, SM, NII, SM, SM)));
    expect(p.computedOverall).toBe(SPN);
    expect(p.flags.some((f) => f.startsWith('Area at Needs Immediate Improvement: Execution'))).toBe(true);
  });

  it('a polarised area (three at each end) is flagged, though its median is Successfully Meets', () => {
    const l = ladderOf([
      { id: 'split', axis: 'results', subskills: 6 },
      { id: 'calm', axis: 'behaviours', subskills: 2 },
    ]);
    const p = one((id) => ratingsOf(l, id, { split: [NII, NII, NII, EXC, EXC, EXC], calm: [SM, SM] }), 'pm', undefined, l);
    expect(p.areas['split']).toBe(SM);
    expect(p.flags.find((f) => f.startsWith('Polarised'))).toContain('Split (3 at Needs Immediate Improvement, 3 at Exceptional)');
  });

  it('Exceeds everywhere at the top level is flagged; the same one level lower is not', () => {
    const ratings = (id: string) => uniformRatings(ladder, id, areas(EX, EX, EX, EX, EX));
    expect(one(ratings, 'senior-pm').flags.join('\n')).toMatch(/top level/);
    expect(one(ratings, 'pm').flags.join('\n')).not.toMatch(/top level/);
  });

  it('peer ratings are flagged per sub-skill two or more steps from the manager', () => {
    const p = one((id) =>
      ratingsOf(ladder, id, {
        insight: [{ manager: SM, peer: EXC }, SM, SM],
        strategy: [SM, SM, SM],
        execution: [SM, SM, SM],
        outcomes: [SM, SM],
        leadership: [SM, SM, SM, SM],
      }),
    );
    expect(p.flags.find((f) => f.startsWith('Peer and manager'))).toContain(
      'insight skill 1 (peer Exceptional, manager Successfully Meets)',
    );
  });

  it('peer ratings count only when the workbook setting says so', () => {
    const ratings = (id: string) =>
      ratingsOf(ladder, id, {
        insight: [
          { manager: SM, peer: EXC },
          { manager: SM, peer: EXC },
          { manager: SM, peer: EXC },
        ],
        strategy: [
          { manager: SM, peer: EXC },
          { manager: SM, peer: EXC },
          { manager: SM, peer: EXC },
        ],
        execution: [SM, SM, SM],
        outcomes: [SM, SM],
        leadership: [SM, SM, SM, SM],
      });
    expect(one(ratings).areas['insight']).toBe(SM);
    // Manager and peer: the median of three Meets and three Exceptional lies at Exceeds.
    const both = one(ratings, 'pm', 'manager-and-peer');
    expect(both.areas['insight']).toBe(EX);
    expect(both.computedOverall).toBe(EX);
  });
});

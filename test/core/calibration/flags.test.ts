import { areaRatings } from '../../../src/core/calibration/areaRating';
import {
  axisGapFlag,
  invalidCellFlags,
  missingRatingsFlag,
  mixedPictureFlag,
  selfManagerGapFlag,
  storyFlag,
  topLevelFlag,
} from '../../../src/core/calibration/flags';
import { overallRating } from '../../../src/core/calibration/overallRating';
import { overrideProblem, parseOverride } from '../../../src/core/calibration/override';
import { teamPatternFlags, type PatternMember } from '../../../src/core/calibration/teamPattern';
import type { Rating } from '../../../src/core/ratingScale';
import { EX, EXC, NII, SM, SPN, fiveAreas, ladderOf, ratingsOf, uniformRatings } from './fixtures';

describe('missing ratings flag', () => {
  it('counts unrated sub-skills and names the incomplete areas', () => {
    const ladder = fiveAreas();
    const ratings = uniformRatings(ladder, 'p1', { insight: SM, strategy: SM, execution: SM, outcomes: SM, leadership: SM });
    ratings.bySubskill['insight-1']!.manager = null;
    ratings.bySubskill['insight-2']!.manager = null;
    ratings.bySubskill['execution-3']!.manager = null;
    const flag = missingRatingsFlag(areaRatings(ladder, ratings));
    expect(flag).toContain('3 of 15 sub-skills not rated');
    expect(flag).toContain('Insight 1 of 3');
    expect(flag).not.toContain('Execution');
  });

  it('says nothing when every sub-skill is rated', () => {
    const ladder = fiveAreas();
    expect(
      missingRatingsFlag(
        areaRatings(ladder, uniformRatings(ladder, 'p1', { insight: SM, strategy: SM, execution: SM, outcomes: SM, leadership: SM })),
      ),
    ).toBeNull();
  });
});

describe('invalid rating cells', () => {
  it('names each cell not counted by sheet and address', () => {
    const ladder = fiveAreas();
    const ratings = ratingsOf(ladder, 'p1', {
      insight: [{ manager: null, invalid: [{ source: 'manager', cell: 'H7', value: 'Great', message: 'not on the rating scale' }] }],
      strategy: [{ manager: SM, invalid: [{ source: 'self', cell: 'F9', value: '=1+1', message: 'a formula, not a rating' }] }],
    });
    const flags = invalidCellFlags(ratings);
    expect(flags).toEqual([
      `Not counted: manager rating "Great" in 'Sheet p1'!H7: not on the rating scale`,
      `Not counted: self rating "=1+1" in 'Sheet p1'!F9: a formula, not a rating`,
    ]);
  });
});

describe('self and manager ratings two or more steps apart', () => {
  const ladder = ladderOf([{ id: 'craft', axis: 'results', subskills: 4 }]);
  it('flags a gap of two steps or more, either way, and not one of one step', () => {
    const ratings = ratingsOf(ladder, 'p1', {
      craft: [
        { self: EXC, manager: SM },
        { self: EX, manager: SM },
        { self: NII, manager: EX },
        { self: null, manager: NII },
      ],
    });
    const flag = selfManagerGapFlag(ladder, ratings);
    expect(flag).toBe(
      'Self and manager ratings 2+ steps apart on 2 sub-skills: craft skill 1 (self Exceptional, manager Successfully Meets); craft skill 3 (self Needs Immediate Improvement, manager Exceeds)',
    );
  });

  it('says nothing when they agree within a step', () => {
    expect(selfManagerGapFlag(ladder, ratingsOf(ladder, 'p1', { craft: [{ self: EX, manager: SM }] }))).toBeNull();
  });
});

describe('override flags', () => {
  it('flags an override without a reason', () => {
    expect(overrideProblem(parseOverride('Exceeds'), '  ')).toMatch(/^Override to Exceeds without a reason/);
    expect(overrideProblem(parseOverride('Exceeds'), 'Led the migration alone')).toBeNull();
    expect(overrideProblem(parseOverride(''), '')).toBeNull();
  });

  it('reads a rating whatever its case and spacing, and refuses anything else', () => {
    expect(parseOverride(' successfully  meets ')).toEqual({ kind: 'rating', rating: SM });
    expect(parseOverride('Great')).toEqual({ kind: 'invalid', value: 'Great' });
    expect(overrideProblem(parseOverride('Great'), 'because')).toMatch(/^Override "Great" is not on the rating scale/);
  });
});

describe('mixed picture flag', () => {
  it('asks the manager to confirm a Successfully Meets made of areas above and short', () => {
    const ladder = fiveAreas();
    const areas = areaRatings(
      ladder,
      uniformRatings(ladder, 'p1', { insight: EX, strategy: EX, execution: SPN, outcomes: SPN, leadership: SM }),
    );
    expect(mixedPictureFlag(overallRating(areas))).toContain('2 areas above and 2 short');
    const plain = areaRatings(
      ladder,
      uniformRatings(ladder, 'p1', { insight: EX, strategy: EX, execution: SM, outcomes: SM, leadership: SM }),
    );
    expect(mixedPictureFlag(overallRating(plain))).toBeNull();
  });
});

describe('rating far from the pattern of the same level', () => {
  const member = (id: string, level: string, overall: Rating | null): PatternMember => ({
    id,
    level,
    levelName: level.toUpperCase(),
    overall,
  });

  it('flags a PM two steps from the median of the others at their level', () => {
    const flags = teamPatternFlags([member('a', 'pm', SM), member('b', 'pm', SM), member('c', 'pm', EXC), member('d', 'senior-pm', NII)]);
    expect([...flags.keys()]).toEqual(['c']);
    expect(flags.get('c')).toBe(
      "Far from the team's pattern: Exceptional, where the other 2 PMs at PM are rated Successfully Meets (median)",
    );
  });

  it('needs two other rated PMs at the level to see a pattern', () => {
    expect(teamPatternFlags([member('a', 'pm', SM), member('c', 'pm', EXC), member('b', 'pm', null)]).size).toBe(0);
  });

  it('does not flag one step away, nor compare across levels', () => {
    expect(
      teamPatternFlags([
        member('a', 'pm', SM),
        member('b', 'pm', SM),
        member('c', 'pm', EX),
        member('d', 'senior-pm', NII),
        member('e', 'senior-pm', NII),
      ]).size,
    ).toBe(0);
  });

  it('describes a median between two ratings', () => {
    const flags = teamPatternFlags([member('a', 'pm', SM), member('b', 'pm', EX), member('c', 'pm', NII)]);
    expect(flags.get('c')).toContain('between Successfully Meets and Exceeds');
    expect(flags.has('a')).toBe(false);
  });
});

describe('results, behaviours and the 9-box', () => {
  const ladder = fiveAreas();
  const areasOf = (results: Rating, leadership: Rating) =>
    areaRatings(
      ladder,
      uniformRatings(ladder, 'p', { insight: results, strategy: results, execution: results, outcomes: results, leadership }),
    );

  it('flags behaviours two or more steps below results, and the reverse; one step is no flag', () => {
    expect(axisGapFlag(areasOf(EX, SPN))).toMatch(/^Behaviours 2 steps below results/);
    expect(axisGapFlag(areasOf(SPN, EX))).toMatch(/^Results 2 steps below behaviours/);
    expect(axisGapFlag(areasOf(EX, SM))).toBeNull();
  });

  it('flags an overall that tells another story than the 9-box', () => {
    expect(storyFlag(EX, 'high', 'low')).toMatch(/different stories/);
    expect(storyFlag(SPN, 'high', 'medium')).toMatch(/different stories/);
    expect(storyFlag(SM, 'high', 'high')).toMatch(/different stories/);
    expect(storyFlag(SM, 'low', 'low')).toMatch(/different stories/);
    expect(storyFlag(SM, 'high', 'medium')).toBeNull();
    expect(storyFlag(EX, 'high', 'high')).toBeNull();
    expect(storyFlag(null, 'high', 'low')).toBeNull();
  });

  it('flags Exceeds or above only at the top level', () => {
    expect(topLevelFlag(ladder, 'senior-pm', EXC)).toMatch(/SENIOR-PM, the ladder's top level/);
    expect(topLevelFlag(ladder, 'senior-pm', SM)).toBeNull();
    expect(topLevelFlag(ladder, 'pm', EXC)).toBeNull();
  });
});

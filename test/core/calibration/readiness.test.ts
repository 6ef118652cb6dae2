import { ratingGaps, readiness } from '../../../src/core/calibration/readiness';
import { EX, EXC, NII, SM, SPN, ladderOf, ratingsOf } from './fixtures';

const ladder = ladderOf(
  [
    { id: 'craft', axis: 'results', subskills: 5 },
    { id: 'team', axis: 'behaviours', subskills: 5 },
  ],
  ['apm', 'pm', 'senior-pm'],
);

describe('readiness for the next level', () => {
  const ratings = (craft: Array<typeof SM>, team: Array<typeof SM>) => ratingsOf(ladder, 'p', { craft, team });

  it('names the next level at every level below the top, and nothing at the top', () => {
    const r = ratings([EX, EX, EX, EX, EX], [EX, EX, EX, EX, EX]);
    expect(readiness(ladder, 'apm', r)).toMatchObject({ level: 'pm', indicator: 'Ready', metBySubskills: 10, ofSubskills: 10 });
    expect(readiness(ladder, 'pm', r)).toMatchObject({ level: 'senior-pm', indicator: 'Ready', metBySubskills: 10, ofSubskills: 10 });
    expect(readiness(ladder, 'senior-pm', r)).toMatchObject({ level: null, indicator: null, metBySubskills: 10, ofSubskills: 10 });
  });

  it('is Ready from 80% of sub-skills at Exceeds or above with none below Meets', () => {
    expect(readiness(ladder, 'pm', ratings([EXC, EX, EX, EX, SM], [EX, EX, EX, EX, SM])).indicator).toBe('Ready');
    // 8 of 10 at the bar, but one below Meets: not Ready.
    expect(readiness(ladder, 'pm', ratings([EXC, EX, EX, EX, SPN], [EX, EX, EX, EX, SM])).indicator).toBe('Close');
  });

  it('is Close from half, Not yet below half; an unrated sub-skill does not meet the bar', () => {
    expect(readiness(ladder, 'pm', ratings([EX, EX, EX, EX, EX], [SM, SM, SM, SM, SM])).indicator).toBe('Close');
    expect(readiness(ladder, 'pm', ratings([EX, EX, EX, EX, SM], [SM, SM, SM, SM, SM]))).toMatchObject({
      indicator: 'Not yet',
      metBySubskills: 4,
    });
    expect(readiness(ladder, 'pm', ratingsOf(ladder, 'p', { craft: [EX, EX, EX, EX, EX] }))).toMatchObject({
      indicator: 'Close',
      metBySubskills: 5,
      ofSubskills: 10,
    });
    expect(readiness(ladder, 'pm', undefined)).toMatchObject({ indicator: 'Not yet', metBySubskills: 0 });
  });
});

describe('rating gaps', () => {
  it('is the mean step difference over the sub-skills rated by both, null when none', () => {
    const r = ratingsOf(ladder, 'p', {
      craft: [{ manager: SM, self: EXC, peer: SM }, { manager: SM, self: EX }, { manager: EX, peer: NII }, { self: EXC }],
    });
    expect(ratingGaps(ladder, r)).toEqual({ selfVsManager: 1.5, peerVsManager: -1.5 });
    expect(ratingGaps(ladder, ratingsOf(ladder, 'p', { craft: [SM] }))).toEqual({ selfVsManager: null, peerVsManager: null });
  });
});

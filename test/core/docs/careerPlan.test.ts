import { careerPlanContent, careerPlanValues, mostNewAt, ratingSummary } from '../../../src/core/docs/careerPlan';
import { defaultTemplate } from '../../../src/core/docs/defaultTemplates';
import { docPlanText } from '../../../src/core/docs/docPlan';
import { fillTemplate } from '../../../src/core/docs/templateFill';
import { standingOf } from '../../../src/core/docs/subskillStanding';
import { resolveTarget } from '../../../src/core/docs/targetLevel';
import { builtinLadders } from '../../../dev/builtinLadders';
import { ladderSummary } from '../../../src/core/ladder/summary';
import { ladder, person, ratings } from './fixtures';

const intercom = ladder('intercom-pm-2021');
const gpm = ladder('intercom-gpm-2020');
const webflow = ladder('webflow-pm');
const index = builtinLadders().map((l) => ladderSummary(l, true));
const base = { cycle: 'H2 2026', manager: 'lead@example.com', today: '2026-01-15' };

describe('target level', () => {
  it('defaults to the next level and accepts a level id or name of the ladder above the PM', () => {
    expect(resolveTarget(intercom, 'senior-pm', undefined, index)).toEqual({
      ladderId: 'intercom-pm-2021',
      levelId: 'staff-pm',
      sameLadder: true,
    });
    expect(resolveTarget(intercom, 'senior-pm', ' principal pm ', index).levelId).toBe('principal-pm');
    expect(resolveTarget(webflow, 'pm2', 'Lead Product Manager', index).levelId).toBe('pm4');
  });

  it('accepts a level of another built-in ladder, by ladder:level or by a name only that ladder has', () => {
    expect(resolveTarget(intercom, 'senior-pm', 'intercom-gpm-2020:gpm', index)).toEqual({
      ladderId: 'intercom-gpm-2020',
      levelId: 'gpm',
      sameLadder: false,
    });
    expect(resolveTarget(intercom, 'senior-pm', 'Group Product Manager', index)).toEqual({
      ladderId: 'intercom-gpm-2020',
      levelId: 'gpm',
      sameLadder: false,
    });
    expect(resolveTarget(intercom, 'senior-pm', 'GPM', index).ladderId).toBe('intercom-gpm-2020');
    expect(resolveTarget(intercom, 'senior-pm', 'Group PM', index).levelId).toBe('gpm');
  });

  it('refuses a level at or below the PM, an unknown level, an ambiguous one and the top without a target', () => {
    expect(() => resolveTarget(intercom, 'senior-pm', 'PM', index)).toThrow('The target level must be above Senior PM: "PM" is not.');
    expect(() => resolveTarget(intercom, 'senior-pm', 'CTO', index)).toThrow(
      /"CTO" is not a level of "Product Manager expectations by level"/,
    );
    expect(() => resolveTarget(intercom, 'senior-pm', 'PM3', index)).not.toThrow();
    expect(() => resolveTarget(webflow, 'pm2', 'intercom-pm-2021:Senior PM', index)).not.toThrow();
    expect(resolveTarget(webflow, 'pm2', 'Senior PM', index)).toEqual({ ladderId: 'webflow-pm', levelId: 'pm3', sameLadder: true });
    expect(() => resolveTarget(gpm, 'gpm', 'Principal PM', index)).toThrow(
      /"Principal PM" is a level of several ladders: write one of "intercom-pm-2021:principal-pm", "intercom-pm-4-level:principal-pm", "rookie-to-rockstar:principal-pm"/,
    );
    expect(() => resolveTarget(intercom, 'principal-pm', '', index)).toThrow(
      /Principal PM is the top level of "Product Manager expectations by level": name a target level on another ladder/,
    );
    expect(() => resolveTarget(intercom, 'senior-pm', 'nope:gpm', index)).toThrow(/"nope" is not a built-in ladder/);
  });
});

describe('career plan content', () => {
  const given = ratings({
    'customer-focus': { manager: 'Exceeds' },
    'analytics-focus': { manager: 'Stronger Performance Needed' },
    'competitive-insight': { manager: 'Successfully Meets' },
    communication: { manager: 'Needs Immediate Improvement' },
  });

  it('gives the gap per sub-skill: the layer reached today, what each level on the way adds, and the latest rating', () => {
    const content = careerPlanContent({
      ...base,
      ladder: intercom,
      person: person(),
      ratings: given,
      target: { ladder: intercom, levelId: 'principal-pm' },
    });
    expect(content.steps.map((s) => s.name)).toEqual(['Staff PM', 'Principal PM']);
    expect(content.gaps).toHaveLength(19);
    const [customer, analytics] = content.gaps;
    expect(customer).toMatchObject({ areaName: 'Insight Driven', subskillName: 'Customer focus', rating: 'Exceeds' });
    expect(analytics?.rating).toBe('Stronger Performance Needed');
    expect(content.gaps.find((g) => g.subskillId === 'learn-fast')?.rating).toBe('Not rated yet');
    expect(customer?.today.split('\n')).toEqual([
      'Scope: Proactively defines the problems we should be seeking to understand for their product area over the next 6-12 months.',
      'Autonomy: Partners effectively with Research and can independently gain deep insight from customer listening.',
      'Impact: Insights gained impact group strategy. Is recognised internally as an expert in customer needs for their area of product.',
    ]);
    const target = customer?.target.split('\n') ?? [];
    expect(target[0]).toMatch(
      /^Staff PM: Scope: Proactively defines the problems we should be seeking to understand for their product area over the next 24 months\./,
    );
    expect(target.some((line) => line.startsWith('Principal PM: '))).toBe(true);
  });

  it('lists milestones: the current level first when something is rated below it, then each level on the way', () => {
    const content = careerPlanContent({
      ...base,
      ladder: intercom,
      person: person(),
      ratings: given,
      target: { ladder: intercom, levelId: 'staff-pm' },
    });
    expect(content.milestones.map((m) => m.name)).toEqual(['Meet every Senior PM expectation', 'Operating at Staff PM']);
    expect(content.milestones[0]?.detail).toBe(
      'Bring these to Successfully Meets: Communication (Needs Immediate Improvement), Analytics focus (Stronger Performance Needed).',
    );
    // Three sub-skills named, not all nineteen: those whose Staff PM texts share the fewest words with Senior PM's.
    expect(content.milestones[1]?.detail).toMatch(/^Most new at Staff PM: [^,]+, [^,]+ and [^.]+\. The table above has every sub-skill\.$/);
    const named = mostNewAt(intercom, intercom.levels[3]!).map((s) => s.name);
    expect(named).toHaveLength(3);
    expect(content.milestones[1]?.detail).toBe(`Most new at Staff PM: ${named[0]}, ${named[1]} and ${named[2]}. The table above has every sub-skill.`);
  });

  it('names as most new at a level the sub-skills whose texts there use the most words the level below does not', () => {
    const tiny = JSON.parse(JSON.stringify(webflow)) as typeof webflow;
    const [one, two, three] = tiny.areas.flatMap((a) => a.subskills);
    const [a, b] = [tiny.levels[0]!.id, tiny.levels[1]!.id];
    for (const s of tiny.areas.flatMap((x) => x.subskills)) s.expectations = { [a]: 'Owns a feature end to end.', [b]: 'Owns a feature end to end.' };
    one!.expectations = { [a]: 'Owns a feature end to end.', [b]: 'Owns an area end to end.' };
    two!.expectations = { [a]: 'Owns a feature end to end.', [b]: 'Sets the strategy for several teams and hires.' };
    three!.expectations = { [a]: 'Owns a feature end to end.', [b]: 'Coaches others to own features end to end.' };
    expect(mostNewAt(tiny, tiny.levels[1]!).map((s) => s.id)).toEqual([two!.id, three!.id, one!.id]);
    expect(mostNewAt(tiny, tiny.levels[0]!).length).toBeLessThanOrEqual(3);
  });

  it('plans towards a level of another ladder: target texts from that ladder, shared sub-skills matched by id', () => {
    const content = careerPlanContent({
      ...base,
      ladder: intercom,
      person: person(),
      ratings: given,
      target: { ladder: gpm, levelId: 'gpm' },
    });
    expect(content.gaps.map((g) => g.subskillId)).toEqual(gpm.areas.flatMap((a) => a.subskills.map((s) => s.id)));
    const competitive = content.gaps.find((g) => g.subskillId === 'competitive-insight');
    expect(competitive?.rating).toBe('Successfully Meets');
    expect(competitive?.today).toMatch(/^Scope: /);
    const people = content.gaps.find((g) => g.areaId === 'people-management');
    expect(people?.rating).toBe('Not part of “Product Manager expectations by level”');
    expect(people?.today).toBe('New ground.');
    expect(content.milestones.map((m) => m.name)).toContain('Operating at GPM (Group Product Manager expectations by level)');
    expect(careerPlanValues(content).scalars.steps).toBe('A move to "Group Product Manager expectations by level": GPM');
  });

  it('on a ladder that is not cumulative, compares the level columns', () => {
    const content = careerPlanContent({
      ...base,
      ladder: webflow,
      person: person({ level: 'pm2' }),
      ratings: undefined,
      target: { ladder: webflow, levelId: 'pm3' },
    });
    expect(content.gaps[0]?.subskillName).toBe('Scope of Responsibility');
    expect(content.gaps[0]?.today).not.toBe('');
    expect(content.gaps[0]?.target).not.toBe(content.gaps[0]?.today);
    expect(content.milestones[0]?.name).toBe('Operating at PM3');
  });

  it('counts the ratings in one sentence and fills the built-in template', () => {
    expect(ratingSummary(standingOf(intercom, given))).toBe(
      '1 Exceeds, 1 Successfully Meets, 1 Stronger Performance Needed, 1 Needs Immediate Improvement, 15 not rated.',
    );
    const content = careerPlanContent({
      ...base,
      ladder: intercom,
      person: person({ name: 'Bo $& {{level}}' }),
      ratings: given,
      target: { ladder: intercom, levelId: 'staff-pm' },
    });
    const text = docPlanText(fillTemplate(defaultTemplate('career-plan'), careerPlanValues(content)));
    expect(text.split('\n').slice(0, 5)).toEqual([
      'Career Plan — Bo $& {{level}}',
      'PM | Bo $& {{level}}',
      'Level today | Senior PM (Product Manager expectations by level)',
      'Target level | Staff PM (Product Manager expectations by level)',
      'On the way | 1 level: Staff PM',
    ]);
    expect(text).toContain('Sub-skill | Expected now, at Senior PM | Expected at Staff PM | Latest rating');
    expect(text).toContain('Customer focus (Insight Driven) | Scope: ');
    // Nothing after the milestones: what is not rated is in the ratings line and the table.
    expect(text.split('\n').at(-1)).toMatch(/^Operating at Staff PM \| Most new at Staff PM: /);
    expect(text).not.toContain('Not yet rated');
  });
});

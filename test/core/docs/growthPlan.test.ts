import { managerLabel } from '../../../src/core/docs/docKinds';
import { chooseFocus, chooseStrengths, growthPlanContent, growthPlanValues, TOP_OF_LADDER } from '../../../src/core/docs/growthPlan';
import { defaultTemplate } from '../../../src/core/docs/defaultTemplates';
import { docPlanText } from '../../../src/core/docs/docPlan';
import { fillTemplate } from '../../../src/core/docs/templateFill';
import { standingOf } from '../../../src/core/docs/subskillStanding';
import { ladder, person, ratings } from './fixtures';

const intercom = ladder('intercom-pm-2021');
const base = { ladder: intercom, cycle: 'H2 2026', manager: 'lead@example.com', today: '2026-01-15' };

function focusOf(given: Parameters<typeof ratings>[0]): string[] {
  return chooseFocus(standingOf(intercom, ratings(given)).rated).map((f) => f.subskillId);
}

describe('focus sub-skills', () => {
  it('takes the lowest manager ratings, three when the third is as low as the second', () => {
    expect(
      focusOf({
        'customer-focus': { manager: 'Exceeds' },
        'analytics-focus': { manager: 'Stronger Performance Needed' },
        'learn-fast': { manager: 'Successfully Meets' },
        communication: { manager: 'Needs Immediate Improvement' },
        ownership: { manager: 'Successfully Meets' },
        collaboration: { manager: 'Successfully Meets' },
      }),
    ).toEqual(['communication', 'analytics-focus']);
    expect(
      focusOf({
        'customer-focus': { manager: 'Exceeds' },
        'analytics-focus': { manager: 'Successfully Meets' },
        'learn-fast': { manager: 'Successfully Meets' },
        communication: { manager: 'Stronger Performance Needed' },
      }),
    ).toEqual(['communication', 'analytics-focus', 'learn-fast']);
  });

  it('breaks ties by the lower peer rating, then the lower self rating, then ladder order; a missing one agrees with the manager', () => {
    expect(
      focusOf({
        'customer-focus': { manager: 'Successfully Meets' },
        'analytics-focus': { manager: 'Successfully Meets', self: 'Exceeds' },
        'competitive-insight': { manager: 'Successfully Meets', peer: 'Stronger Performance Needed' },
        'learn-fast': { manager: 'Successfully Meets', self: 'Stronger Performance Needed' },
        communication: { manager: 'Successfully Meets', peer: 'Exceeds' },
      }),
    ).toEqual(['competitive-insight', 'learn-fast', 'customer-focus']);
  });

  it('never guesses: unrated and invalid cells are left out and listed, fewer focus sub-skills when fewer are rated', () => {
    const given = ratings({
      'customer-focus': { manager: 'Exceeds' },
      'analytics-focus': {
        manager: null,
        invalid: [{ source: 'manager', cell: 'K7', value: 'Great', message: 'not on the rating scale' }],
      },
    });
    const content = growthPlanContent({ ...base, person: person(), ratings: given });
    expect(content.focus.map((f) => f.subskillId)).toEqual(['customer-focus']);
    expect(content.unrated).toHaveLength(18);
    expect(content.strengths).toEqual([]);
    const v = growthPlanValues(content);
    expect(v.scalars.rated).toBe('1 of 19');
    expect(v.scalars.unrated).toMatch(
      /^18 of 19 sub-skills have no manager rating: Analytics focus \(K7 holds “Great”: not on the rating scale\), Competitive Insight, /,
    );
  });

  it('asks first for a PM without any manager rating: refused (NOT_RATED) unless a blank plan is asked for', () => {
    expect(() => growthPlanContent({ ...base, person: person(), ratings: undefined })).toThrow(
      expect.objectContaining({ code: 'NOT_RATED' }) as unknown as Error,
    );
    const content = growthPlanContent({ ...base, person: person(), ratings: undefined, blank: true });
    expect(content.focus).toEqual([]);
    const text = docPlanText(fillTemplate(defaultTemplate('growth-plan'), growthPlanValues(content)));
    expect(text).toContain('To choose together: no sub-skill had a manager rating when this plan was made.');
    expect(text).not.toContain('rate the PM first');
    expect(text).toContain('Not yet rated | All 19 sub-skills: no manager rating yet (Customer focus, Analytics focus,');
  });

  it('says in words that a strength has no evidence, not with a dash', () => {
    const content = growthPlanContent({
      ...base,
      person: person(),
      ratings: ratings({
        'customer-focus': { manager: 'Exceeds' },
        'learn-fast': { manager: 'Stronger Performance Needed' },
        'analytics-focus': { manager: 'Stronger Performance Needed' },
        communication: { manager: 'Stronger Performance Needed' },
      }),
    });
    const strengths = growthPlanValues(content).lists.strength?.items ?? [];
    expect(strengths.map((s) => s['evidence'])).toEqual(['No evidence recorded yet.']);
  });

  it('picks strengths among the others rated Successfully Meets or above, highest first', () => {
    const rated = standingOf(
      intercom,
      ratings({
        'customer-focus': { manager: 'Exceeds', peer: 'Successfully Meets' },
        'analytics-focus': { manager: 'Exceeds', peer: 'Exceptional' },
        'learn-fast': { manager: 'Stronger Performance Needed' },
        communication: { manager: 'Successfully Meets' },
        ownership: { manager: 'Exceptional' },
      }),
    ).rated;
    const focus = chooseFocus(rated);
    expect(focus.map((f) => f.subskillId)).toEqual(['learn-fast', 'communication']);
    expect(chooseStrengths(rated, focus).map((s) => s.subskillId)).toEqual(['ownership', 'analytics-focus', 'customer-focus']);
  });
});

describe('growth plan content', () => {
  it('shows the layer of each dimension the level has reached on a cumulative ladder (the PM column for Scope, which is empty there) and what the next level adds', () => {
    const content = growthPlanContent({
      ...base,
      person: person({ level: 'pm' }),
      ratings: ratings({ 'customer-focus': { manager: 'Successfully Meets', evidence: 'Ran 12 interviews' } }),
    });
    const [focus] = content.focus;
    expect(focus?.expected).toBe(
      'Scope: Talks to a range of customers using their product area.\n' +
        'Autonomy: Partners effectively with Research and can independently gain deep insight from customer listening.\n' +
        'Impact: Insights impact product direction for their team and help define the problems we should be seeking to understand.',
    );
    expect(focus?.next).toBe(
      'Scope: Proactively defines the problems we should be seeking to understand for their product area over the next 6-12 months.\n' +
        'Impact: Insights gained impact group strategy. Is recognised internally as an expert in customer needs for their area of product.',
    );
    expect(content.next?.name).toBe('Senior PM');
  });

  it('says so at the top of the ladder', () => {
    const content = growthPlanContent({
      ...base,
      person: person({ level: 'principal-pm' }),
      ratings: ratings({ 'customer-focus': { manager: 'Exceeds' } }),
    });
    expect(content.next).toBeNull();
    expect(content.focus[0]?.next).toBe(TOP_OF_LADDER);
    expect(growthPlanValues(content).scalars.nextLevel).toBe(TOP_OF_LADDER);
  });

  it('schedules a kick-off today and check-ins every four weeks over a quarter', () => {
    const content = growthPlanContent({ ...base, person: person(), ratings: undefined, blank: true });
    expect(content.checkIns.map((c) => [c.name, c.date])).toEqual([
      ['Kick-off', '2026-01-15'],
      ['Check-in 1', '2026-02-12'],
      ['Check-in 2', '2026-03-12'],
      ['Review', '2026-04-09'],
    ]);
  });

  it('refuses a PM whose level is not on the ladder', () => {
    expect(() => growthPlanContent({ ...base, person: person({ level: 'cto' }), ratings: undefined })).toThrow(
      /Ana Souza's level "cto" is not a level of the ladder/,
    );
  });

  it('fills the built-in template with hostile text exactly as typed', () => {
    const hostile = "Zoë $1 $& \\ {{cycle}} O'Neil";
    const content = growthPlanContent({
      ...base,
      person: person({ name: hostile }),
      ratings: ratings({ 'customer-focus': { manager: 'Stronger Performance Needed', evidence: '=1+1 $$ {{name}} \\n' } }),
    });
    const text = docPlanText(fillTemplate(defaultTemplate('growth-plan'), growthPlanValues(content)));
    expect(text.split('\n')[0]).toBe(`Growth Plan — ${hostile}`);
    expect(text).toContain('Customer focus (Insight Driven) — Stronger Performance Needed (first cycle) | ');
    expect(text).toContain('| =1+1 $$ {{name}} \\n');
    expect(text).toContain('Review | 9 April 2026 | Rate the focus sub-skills again and plan what comes next. | ');
  });
});

describe('expectation at a level on a ladder that is not cumulative', () => {
  it('is the level column itself', () => {
    const webflow = ladder('webflow-pm');
    const content = growthPlanContent({
      ...base,
      ladder: webflow,
      person: person({ level: 'pm2' }),
      ratings: ratings({ execution: { manager: 'Successfully Meets' } }),
    });
    const execution = webflow.areas.flatMap((a) => a.subskills).find((s) => s.id === 'execution');
    const texts = execution?.expectations as Record<string, string>;
    expect(content.focus[0]?.expected).toBe(texts.pm2?.trim());
    expect(content.focus[0]?.next).toBe(texts.pm3?.trim());
  });
});

describe('the Manager line', () => {
  it('names the manager when the doc’s owner is the recorded manager (or none is recorded), else keeps the email', () => {
    const owner = { displayName: 'Jane Doe', emailAddress: 'Jane@Example.com' };
    expect(managerLabel('jane@example.com', owner)).toBe('Jane Doe');
    expect(managerLabel('', owner)).toBe('Jane Doe');
    expect(managerLabel('lead@example.com', owner)).toBe('lead@example.com');
    expect(managerLabel('jane@example.com', null)).toBe('jane@example.com');
    expect(managerLabel('jane@example.com', { displayName: ' ', emailAddress: 'jane@example.com' })).toBe('jane@example.com');
  });
});

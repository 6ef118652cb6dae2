import ladderJson from '../../ladders/intercom-gpm-2020.json';
import { parseLadder } from '../../src/core/ladder/parse';
import { allSubskills, expectationCellCount, findSubskill } from '../../src/core/ladder/query';
import type { Ladder, LevelTexts } from '../../src/core/ladder/schema';

function load(): Ladder {
  const result = parseLadder(ladderJson);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.ladder;
}

const ladder = load();

/** The text of one cell (no dimensions in this ladder). */
function cell(subskillId: string, levelId: string): string | undefined {
  const found = findSubskill(ladder, subskillId);
  if (!found) throw new Error(`no sub-skill ${subskillId}`);
  return (found.subskill.expectations as LevelTexts)[levelId];
}

const P = (...paragraphs: string[]): string => paragraphs.join('\n');

describe('intercom-gpm-2020 ladder', () => {
  it('parses without problems', () => {
    const result = parseLadder(ladderJson);
    if (!result.ok) console.error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    expect(result.ok).toBe(true);
  });

  it('has the exact counts of the source', () => {
    expect(ladder.levels).toHaveLength(2);
    expect(ladder.areas).toHaveLength(5);
    expect(allSubskills(ladder)).toHaveLength(16);
    expect(expectationCellCount(ladder)).toBe(26);
    expect(ladder.cumulative).toBe(true);
    expect(ladder.dimensions).toBeUndefined();
  });

  it('has the levels in order', () => {
    expect(ladder.levels.map((l) => l.id)).toEqual(['gpm', 'senior-gpm']);
    expect(ladder.levels.map((l) => l.name)).toEqual(['GPM', 'Senior GPM']);
    expect(ladder.levels.map((l) => l.title)).toEqual(['Group Product Manager', 'Senior Group Product Manager']);
  });

  it('uses the role description and the level differences as summaries', () => {
    expect(ladder.levels[0]?.summary).toBe(
      'Group Product Managers (GPMs) at Intercom are responsible for leading and coaching a team of PMs to deliver strong results. They lead the definition of a compelling product strategy for their area and align and inspire their team (and the rest of the organisation) to execute that strategy. They are ultimately responsible for the market impact their teams have.',
    );
    const senior = ladder.levels[1]?.summary ?? '';
    expect(senior.split('\n')).toHaveLength(4);
    expect(senior).toContain(
      'Autonomy - the level of support needed to handle challenging people management issues, define and create product strategy and steer the teams to successfully deliver results. Senior GPMs will be able to operate in the role more independently, needing less supervision.',
    );
    expect(senior).toContain(
      "Scope - the range of product areas, or teams, you're responsible for. Or this might be about the significance or importance of those product areas to our overall company strategy.",
    );
    expect(senior).toContain(
      'Leadership - the ability to shape and evolve our principles and processes, organisational structure, values and culture. Senior GPMs will be critical players in helping us go from good to great, and will also be actively helping leadership be their best.',
    );
  });

  it('has the skill areas in order, with their axes and descriptions', () => {
    expect(ladder.areas.map((a) => a.name)).toEqual([
      'Leadership',
      'People Management',
      'Business Strategy',
      'Product Strategy',
      'Execution & impact',
    ]);
    expect(ladder.areas.map((a) => a.axis)).toEqual(['behaviours', 'behaviours', 'results', 'results', 'results']);
    expect(ladder.areas[0]?.description).toBe(
      'Be a recognised leader, motivate and engage your direct team and wider group, form a leadership team with design and engineering counterparts, collaborate effectively beyond R+D, be a role model for our values',
    );
    expect(ladder.areas[2]?.description).toBe(
      'Deeply understand our company strategy and demonstrate strong commercial thinking. Thinking about your product as a business.',
    );
    expect(ladder.areas[4]?.description).toBe('Effectively guide PMs to follow our principles & processes and achieve market impact.');
  });

  it('has the sub-skills of each area in order', () => {
    expect(ladder.areas.map((a) => a.subskills.map((s) => s.name))).toEqual([
      [
        'Visibility and presence',
        'Upleveling the PM function',
        'Drive motivation & engagement',
        'Communication & collaboration',
        'Role model our values',
      ],
      ['Hiring', 'Driving Individual PM Performance'],
      ['Company Strategy', 'Commercial thinking'],
      [
        'Competitive insight',
        'Customer understanding',
        'Form product strategy based on business strategy, insights & outcomes',
        'Alignment & Evangelism',
      ],
      [
        'Effectively guide PMs to follow our R&D principles and process',
        'Effectively prioritise and plan the execution of product strategy',
        'Responsible for product outcomes',
      ],
    ]);
  });

  describe('Leadership', () => {
    it('keeps the GPM-only cell and the empty Senior GPM cell', () => {
      expect(cell('visibility-and-presence', 'gpm')).toBe('Recognised beyond R&D as the go-to leader and domain expert for their area');
      expect(cell('visibility-and-presence', 'senior-gpm')).toBe('');
    });

    it('splits Upleveling the PM function between the columns', () => {
      expect(cell('upleveling-the-pm-function', 'gpm')).toBe(
        P(
          'Support the product directors to envision future versions of the product org',
          'Structure teams so that we have the necessary balance of PM resources to drive impact and deliver against agreed outcomes',
          'Contribute to product ops/ org health + evolution',
          'Demonstrate thought leadership during product discipline discussions to teach others and help uplevel how we work',
        ),
      );
      expect(cell('upleveling-the-pm-function', 'senior-gpm')).toBe('Lead initiatives to uplevel our product organisation');
    });

    it('keeps the three Senior GPM paragraphs of Drive motivation & engagement', () => {
      expect(cell('drive-motivation-and-engagement', 'senior-gpm')).toBe(
        P(
          'Act as a role model for building engaged, high-performing, collaborative and inclusive teams and share best practice for doing this with R+D peers',
          'Champion a high degree of psychological safety across the team, where team members feel safe to take risks and be vulnerable in front of each other',
          'Proactively identify engagement hot spots and play an active role in driving employee engagement across the PM org',
        ),
      );
    });

    it('rejoins the Communication & collaboration row split across a blank line', () => {
      expect(cell('communication-and-collaboration', 'gpm')).toBe(
        P(
          'Communicate clearly and effectively, in writing or when presenting, to large and high stakes audiences (including R+D and GTM leaders, the Exec team)',
          'Collaborate effectively with all PMs, Design and Engineering teams and leadership, plus R+D leaders across the company to get things done and proactively resolve problems',
          'Effectively influence the priorities of other teams + groups',
          'Coach those in your team to effectively communicate and collaborate',
        ),
      );
      expect(cell('communication-and-collaboration', 'senior-gpm')).toBe('Help leadership communicate and collaborate more effectively');
    });

    it('removes the link and bold tags in Role model our values', () => {
      expect(cell('role-model-our-values', 'gpm')).toBe(
        'Role model our core values and show the path for others to model our values more effectively.',
      );
      expect(cell('role-model-our-values', 'senior-gpm')).toBe('Help leadership role model our values more effectively.');
    });
  });

  describe('People Management', () => {
    it('keeps both Hiring cells', () => {
      expect(cell('hiring', 'gpm')).toBe(
        P(
          'Act as the hiring manager for vacant positions within your team, improving the strength and capability of the PM team with each hire',
          'Spot talent accurately and make robust hiring decisions.',
        ),
      );
      expect(cell('hiring', 'senior-gpm')).toBe(
        P(
          'Help attract potential candidates and build our hiring pipeline by raising our profile as a world-class Product team by speaking externally, blogging and networking',
          'Continually look for ways to improve our hiring process to be more fair, more efficient and effective',
        ),
      );
    });

    it('rejoins the sentences of Driving Individual PM Performance cut by the row break', () => {
      expect(cell('driving-individual-pm-performance', 'gpm')).toBe(
        P(
          'Provide and solicit constructive actionable feedback consistently to/from your direct reports to guide and improve their work',
          'Identify areas for development for PMs and create actionable plans to help them improve',
          'Support the professional growth of your direct reports through regular mentoring and guidance',
          'Set a high bar for PM performance, ensuring direct reports set and meet ambitious, impactful company and career goals',
          'Anticipate flight risks and put action plans in place to help retain top talent',
        ),
      );
      expect(cell('driving-individual-pm-performance', 'senior-gpm')).toBe(
        P(
          "Nurture your team's talent, helping them grow in their skills, expertise, knowledge, experience through many levels of career progression",
          'Handle the range of challenges that arise with people management with confidence and minimal support',
        ),
      );
    });
  });

  describe('Business Strategy', () => {
    it('keeps Company Strategy at GPM with an empty Senior GPM cell', () => {
      expect(cell('company-strategy', 'gpm')).toBe(
        P(
          'Understand our company strategy and how it relates to your area of responsibility',
          'Coach your team to deeply internalise our company strategy and ensure their activities are aligned',
        ),
      );
      expect(cell('company-strategy', 'senior-gpm')).toBe('');
    });

    it('splits Commercial thinking between the columns', () => {
      expect(cell('commercial-thinking', 'gpm')).toBe(
        P(
          'Understand and investigate the commercial levers that affect your area of responsibility and how they ladder up to overall Intercom commercial performance',
          "Define metrics for your group/teams that ensure we're outcome-focused and driving business impact",
        ),
      );
      expect(cell('commercial-thinking', 'senior-gpm')).toBe('Evolve how we measure product performance and map that to business success');
    });
  });

  describe('Product Strategy', () => {
    it('keeps Competitive insight at GPM only', () => {
      expect(cell('competitive-insight', 'gpm')).toBe(
        P(
          "Synthesise learnings about competitor landscape and industry trends for your area. Think proactively about this competitor insight to uplevel the team's thinking and push forward the vision and strategy of your area. Identify sustainable competitive advantages for your area.",
          'Demonstrate deep curiosity about a range of product areas and coach your team to be curious',
        ),
      );
      expect(cell('competitive-insight', 'senior-gpm')).toBe('');
    });

    it('keeps the bold line "Drive improvements in how we work with Research." as a Customer understanding expectation', () => {
      expect(cell('customer-understanding', 'gpm')).toBe(
        P(
          'Use customer insight to effectively create the best possible value across your area and anticipate future product needs or opportunities.',
          'Effectively define the research we need across a range of product areas. Partner effectively with Research to uncover new insights that drive product strategy.',
          'Drive improvements in how we work with Research.',
          "Coach your team to ensure they're anchoring decisions effectively in research.",
        ),
      );
      expect(cell('customer-understanding', 'senior-gpm')).toBe('');
    });

    it('places the rows of Form product strategy by their tab positions', () => {
      expect(cell('form-product-strategy', 'gpm')).toBe(
        P(
          'Responsible for shaping the overall product strategy for your area ensuring that it is aligned with our company and product strategy',
          'Support PMs to create team roadmaps and ensures each team has clear outcomes that deliver business impact',
          'Can create/clarify strategy within ambiguous areas with limited guidance',
          'Contribute and influence our overall product strategy and relevant winning strategies',
        ),
      );
      expect(cell('form-product-strategy', 'senior-gpm')).toBe('Needs minimal support to create and shape product strategy for their area');
    });

    it('keeps Alignment & Evangelism at GPM only', () => {
      expect(cell('alignment-and-evangelism', 'gpm')).toBe(
        P(
          'Create relationships and trust with a broad range of senior stakeholders across the business (PMs, managers, R&D leaders & cross functional leaders)',
          'Ensure PMs internalise the strategy and are capable of building team level strategy & roadmaps in line with this',
          'Work closely with stakeholders and build deep relationships with stakeholders to create strategy',
          'Drive alignment across the organisation through inspiring and clear communication',
        ),
      );
      expect(cell('alignment-and-evangelism', 'senior-gpm')).toBe('');
    });
  });

  describe('Execution & impact', () => {
    it('splits the first sub-skill between the columns', () => {
      expect(cell('guide-pms-to-follow-principles-and-process', 'gpm')).toBe(
        P(
          'Guide and mentor PMs to continually execute against our principles and follow our Phases and Stages process',
          'Give high-quality product feedback to dial up your teams\u2019 focus on delivering market impact and understand how to deliver impact independently',
        ),
      );
      expect(cell('guide-pms-to-follow-principles-and-process', 'senior-gpm')).toBe('Help leadership evolve our principles and process');
    });

    it('puts the untabbed "Reviewer of teams\' roadmaps" paragraph in the GPM cell of the prioritisation sub-skill', () => {
      expect(cell('prioritise-and-plan-execution', 'gpm')).toBe(
        P(
          'Ensure product strategy is planned and phased in a clear and coherent way',
          'Determine priorities when there are competing strategic asks',
          "Reviewer of teams' roadmaps. Ensure your direct reports are well supported to deliver top class, compelling roadmap rationale that drives product area / use case strategy forward",
        ),
      );
      expect(cell('prioritise-and-plan-execution', 'senior-gpm')).toBe('');
    });

    it('rebuilds Responsible for product outcomes from the untabbed tail', () => {
      expect(cell('responsible-for-product-outcomes', 'gpm')).toBe(
        "The buck stops with you - you're ultimately responsible for your teams' market impact. You can be relied on to deliver market impact.",
      );
      expect(cell('responsible-for-product-outcomes', 'senior-gpm')).toBe('Demonstrate the ability to drive significant market impact');
    });
  });

  it('carries no HTML or markdown markup', () => {
    for (const { subskill } of allSubskills(ladder)) {
      for (const text of [subskill.name, ...Object.values(subskill.expectations as LevelTexts)]) {
        expect(text).not.toMatch(/<\/?[a-z]+[^>]*>|\*\*|&amp;/);
      }
    }
  });
});

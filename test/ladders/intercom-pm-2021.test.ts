import ladderJson from '../../ladders/intercom-pm-2021.json';
import { parseLadder } from '../../src/core/ladder/parse';
import { allSubskills, expectationCellCount, findSubskill } from '../../src/core/ladder/query';
import type { Ladder, LevelTexts } from '../../src/core/ladder/schema';

/**
 * The 2021 Intercom PM ladder (the ladder file's `source` names the document): 5 levels,
 * cumulative, Scope / Autonomy / Impact rows per sub-skill. The expected texts below were read
 * from that source document (and, where its extraction is broken, from the 4-level Intercom ladder as the
 * ladder file's notes say), not from the ladder file.
 */

type DimensionId = 'scope' | 'autonomy' | 'impact';

function load(): Ladder {
  const result = parseLadder(ladderJson);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.ladder;
}

function dimensionsOf(ladder: Ladder, subskillId: string): Record<string, LevelTexts> {
  const found = findSubskill(ladder, subskillId);
  if (!found) throw new Error(`no sub-skill ${subskillId}`);
  return found.subskill.expectations as Record<string, LevelTexts>;
}

function cell(ladder: Ladder, subskillId: string, dimension: DimensionId, levelId: string): string {
  const texts = dimensionsOf(ladder, subskillId)[dimension];
  if (!texts) throw new Error(`${subskillId} has no ${dimension} row`);
  const text = texts[levelId];
  if (text === undefined) throw new Error(`no level ${levelId} in ${subskillId}.${dimension}`);
  return text;
}

function description(ladder: Ladder, subskillId: string): string {
  const found = findSubskill(ladder, subskillId);
  if (!found) throw new Error(`no sub-skill ${subskillId}`);
  return found.subskill.description;
}

describe('intercom-pm-2021 ladder', () => {
  const ladder = load();

  it('parses without problems', () => {
    const result = parseLadder(ladderJson);
    if (!result.ok) {
      throw new Error(`intercom-pm-2021.json has problems:\n${result.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`);
    }
    expect(result.ok).toBe(true);
  });

  it('has the exact counts of the source', () => {
    expect(ladder.id).toBe('intercom-pm-2021');
    expect(ladder.organization).toBe('Intercom');
    expect(ladder.cumulative).toBe(true);
    expect(ladder.levels).toHaveLength(5);
    expect(ladder.areas).toHaveLength(5);
    expect(allSubskills(ladder)).toHaveLength(19);
    expect(expectationCellCount(ladder)).toBe(202);
  });

  it('has the five levels in order, with the Staff PM and Principal PM summaries', () => {
    expect(ladder.levels.map((l) => l.id)).toEqual(['apm', 'pm', 'senior-pm', 'staff-pm', 'principal-pm']);
    expect(ladder.levels.map((l) => l.name)).toEqual(['Associate PM', 'PM', 'Senior PM', 'Staff PM', 'Principal PM']);
    expect(ladder.levels.map((l) => l.summary)).toEqual([
      undefined,
      undefined,
      undefined,
      "A Staff PM is effectively a more senior Senior PM - they're embedded in a team, able to handle ambiguous projects without supervision, coach and mentor more junior PMs.",
      "A Principal PM is one of our most senior ICs - they're not embedded in a team, and are assigned to particularly ambiguous, complex or significant projects that span multiple teams or product areas. Their role is to drive these projects, showcasing excellence as well as taking responsibility for uplevelling how we do product at Intercom. When they're assigned to a group (even if temporarily) they form part of the Group leadership team. We envisage we'd want 1-2 Principal PMs across the org in the near future.",
    ]);
  });

  it('has the Scope, Autonomy and Impact dimensions with the source descriptions', () => {
    expect((ladder.dimensions ?? []).map((d) => [d.id, d.name])).toEqual([
      ['scope', 'Scope'],
      ['autonomy', 'Autonomy'],
      ['impact', 'Impact'],
    ]);
    const [scope, autonomy, impact] = ladder.dimensions ?? [];
    expect(scope?.description).toBe(
      "the range of product areas you're responsible for. Or this might be about the significance or importance of those product areas to our overall company strategy. Or how far out you're thinking. As you become more senior your primary focus will move beyond the remit of a single team or product area, and you'll be thinking across a multiple year timeframe.",
    );
    expect(autonomy?.description).toBe(
      'the level of support needed to define and create product strategy and successfully deliver results. More senior roles will be able to operate in the role more independently, plus they will be able to tackle more difficult or ambiguous problem areas with less supervision.',
    );
    expect(impact?.description).toBe(
      "the impact that you deliver will increase as you become more senior, with the projects you lead having adding more value to our customers and our business. You'll also move beyond your immediate team and execution, towards a broader impact on group or use case/winning strategy product direction. Your impact will also influence how we work and the performance of those around you.",
    );
  });

  it('has the skill areas in order, with their axes', () => {
    expect(ladder.areas.map((a) => a.name)).toEqual([
      'Insight Driven',
      'Strategy',
      'Execution',
      'Driving Outcomes',
      'Leadership Behaviours',
    ]);
    expect(ladder.areas.map((a) => a.axis)).toEqual(['results', 'results', 'results', 'results', 'behaviours']);
    expect(ladder.areas.map((a) => a.description)).toEqual(['', '', '', '', '']);
  });

  it('has the sub-skills of each area in order', () => {
    const byArea = Object.fromEntries(ladder.areas.map((a) => [a.name, a.subskills.map((s) => s.name)]));
    expect(byArea).toEqual({
      'Insight Driven': ['Customer focus', 'Analytics focus', 'Competitive Insight'],
      Strategy: ['Strategy definition & influence', 'Roadmap creation & rationale', 'Alignment & Evangelism'],
      Execution: [
        'Start with the problem',
        'Think big, start small',
        'Learn fast',
        'Shipping is our heartbeat',
        'Ship the whole customer experience',
      ],
      'Driving Outcomes': ['Define the outcomes that matter', 'Fight for impact'],
      'Leadership Behaviours': ['Communication', 'Collaboration', 'Ownership', 'Decisiveness', 'Uplevels the PM org', 'Core values'],
    });
  });

  it('gives each sub-skill only the dimension rows the source gives it', () => {
    const rows = Object.fromEntries(allSubskills(ladder).map(({ subskill }) => [subskill.id, Object.keys(subskill.expectations)]));
    const all = ['scope', 'autonomy', 'impact'];
    for (const [id, dims] of Object.entries(rows)) {
      if (id === 'ownership') expect(dims).toEqual(['scope', 'impact']);
      else if (id === 'uplevels-the-pm-org' || id === 'core-values') expect(dims).toEqual(['impact']);
      else expect(dims).toEqual(all);
    }
  });

  describe('Insight Driven', () => {
    it('reconstructs the missing Customer focus heading from the 4-level ladder', () => {
      expect(description(ladder, 'customer-focus')).toBe(
        "PMs represent customer needs accurately and fairly to create the best possible value for Intercom. They use customer insight to ensure that they deeply understand our customers' problems, define the correct priorities to tackle and create a clear brief.",
      );
    });

    it('places Customer focus cells, joining the continued Impact cells', () => {
      expect(cell(ladder, 'customer-focus', 'scope', 'apm')).toBe('Talks to a range of customers using their product area.');
      expect(cell(ladder, 'customer-focus', 'scope', 'pm')).toBe('');
      expect(cell(ladder, 'customer-focus', 'scope', 'staff-pm')).toBe(
        'Proactively defines the problems we should be seeking to understand for their product area over the next 24 months.',
      );
      expect(cell(ladder, 'customer-focus', 'autonomy', 'senior-pm')).toBe('');
      expect(cell(ladder, 'customer-focus', 'impact', 'staff-pm')).toBe(
        'Partners with their GPM to gather and synthesise insights that shape group strategy and may shape winning strategy. Coaches more junior PMs on effective customer listening techniques.',
      );
      expect(cell(ladder, 'customer-focus', 'impact', 'principal-pm')).toBe(
        'Insights gained impact winning strategy. Is able to use insight to anticipate future product needs or opportunities. Drives improvements in how we listen to customers at Intercom and/or how we partner with Research.',
      );
    });

    it('rejoins the Analytics focus heading and places its cells', () => {
      expect(description(ladder, 'analytics-focus')).toBe(
        'PMs use data to inform decision-making and uncover new product opportunities for Intercom.',
      );
      expect(cell(ladder, 'analytics-focus', 'scope', 'senior-pm')).toBe(
        'Focused on gaining analytics insight for their area of product and beyond. Proactively defines metrics we should be tracking to inform group strategy performance.',
      );
      expect(cell(ladder, 'analytics-focus', 'scope', 'staff-pm')).toBe('');
      expect(cell(ladder, 'analytics-focus', 'autonomy', 'senior-pm')).toBe('Can independently seek complex data insights.');
      expect(cell(ladder, 'analytics-focus', 'autonomy', 'staff-pm')).toBe(
        'Effectively defines the data analysis we need across their product area. Understands and investigates the commercial levers that affect their area of responsibility and how they ladder up to overall Intercom commercial performance',
      );
      expect(cell(ladder, 'analytics-focus', 'impact', 'apm')).toBe('Analytics insight gained validates decision-making.');
    });

    it('completes the cut Competitive Insight description and shifts its four-cell rows', () => {
      expect(description(ladder, 'competitive-insight')).toBe(
        'PMs understand the competitive landscape and industry trends and use this understanding to identify sustainable competitive advantages for Intercom.',
      );
      expect(cell(ladder, 'competitive-insight', 'autonomy', 'apm')).toBe(
        'Contributes to gathering competitive insight for their product area.',
      );
      expect(cell(ladder, 'competitive-insight', 'autonomy', 'pm')).toBe(
        'Can independently carry out competitive reviews for their product area. Proactively identifies competitors we should be tracking.',
      );
      expect(cell(ladder, 'competitive-insight', 'impact', 'apm')).toBe('');
      expect(cell(ladder, 'competitive-insight', 'impact', 'pm')).toBe(
        'Is able to analyse the problems our competitors are solving and use this to inform team product direction.',
      );
      expect(cell(ladder, 'competitive-insight', 'impact', 'staff-pm')).toBe(
        "Thinks proactively about competitor insight to uplevel the group's thinking and to inform product strategy. Coaches more junior PMs on effective competitor analysis.",
      );
      expect(cell(ladder, 'competitive-insight', 'impact', 'principal-pm')).toBe(
        'Insights gained impact winning strategy. Is able to use insight to anticipate future product needs or opportunities. Drives improvements in how we gain competitive insight and/or how we partner with PMM in this area.',
      );
      expect(cell(ladder, 'competitive-insight', 'scope', 'staff-pm')).toBe(
        'Focused on understanding competitors for their group/ use case',
      );
    });
  });

  describe('Strategy', () => {
    it('rejoins the Strategy definition & influence heading and places its cells', () => {
      expect(description(ladder, 'strategy-definition-and-influence')).toBe(
        'PMs set strategy and influence others to think big about where we are headed and how we will get there.',
      );
      expect(cell(ladder, 'strategy-definition-and-influence', 'autonomy', 'apm')).toBe('');
      expect(cell(ladder, 'strategy-definition-and-influence', 'autonomy', 'staff-pm')).toBe(
        'Can create/clarify strategy for very ambiguous areas - requiring guidance rarely.',
      );
      expect(cell(ladder, 'strategy-definition-and-influence', 'scope', 'principal-pm')).toBe(
        'Responsible for defining product area strategy, thinking 1-2 years out.',
      );
      expect(cell(ladder, 'strategy-definition-and-influence', 'impact', 'principal-pm')).toBe(
        'Major contributor to winning strategy. Partners with design on vision work.',
      );
    });

    it('reconstructs the missing Roadmap creation & rationale heading and places its cells', () => {
      expect(description(ladder, 'roadmap-creation-and-rationale')).toBe(
        'PMs are responsible for taking in a range of inputs and perspectives and clarifying and prioritizing problem focus areas for their teams. Why we are pursuing one set of priorities versus another should be clear from the rationale (both for readers and roadmap review participants.)',
      );
      expect(cell(ladder, 'roadmap-creation-and-rationale', 'scope', 'apm')).toBe("Focused on the team's roadmap.");
      expect(cell(ladder, 'roadmap-creation-and-rationale', 'scope', 'principal-pm')).toBe('');
      expect(cell(ladder, 'roadmap-creation-and-rationale', 'autonomy', 'senior-pm')).toBe(
        'Needs no support to define team roadmaps. Can make tough prioritisation calls with limited support.',
      );
      expect(cell(ladder, 'roadmap-creation-and-rationale', 'impact', 'senior-pm')).toBe('');
      expect(cell(ladder, 'roadmap-creation-and-rationale', 'impact', 'principal-pm')).toBe(
        "Provides feedback/ guidance on team roadmaps related to the product area they're currently working on.",
      );
    });

    it('repairs the Alignment & Evangelism heading and joins its cells across the page break', () => {
      expect(findSubskill(ladder, 'alignment-and-evangelism')?.subskill.name).toBe('Alignment & Evangelism');
      expect(description(ladder, 'alignment-and-evangelism')).toBe(
        'As important as creating strategy & roadmaps is ensuring that these are understood and internalised by all. PMs are responsible for driving this alignment across teams & stakeholders.',
      );
      expect(cell(ladder, 'alignment-and-evangelism', 'autonomy', 'pm')).toBe(
        'Can independently inspire and motivate the team on strategy + roadmap rationale.',
      );
      expect(cell(ladder, 'alignment-and-evangelism', 'autonomy', 'senior-pm')).toBe('');
      expect(cell(ladder, 'alignment-and-evangelism', 'autonomy', 'staff-pm')).toBe(
        'Can independently inspire and motivate multiple stakeholders (at all levels) on strategy + roadmap rationale.',
      );
      expect(cell(ladder, 'alignment-and-evangelism', 'impact', 'pm')).toBe(
        "Gets team buy in on strategy & roadmap rationale. Understands each stakeholder's perspective and ensures that they have been appropriately considered in strategy setting & roadmap creation.",
      );
      expect(cell(ladder, 'alignment-and-evangelism', 'impact', 'principal-pm')).toBe('');
      expect(cell(ladder, 'alignment-and-evangelism', 'scope', 'principal-pm')).toBe(
        'Drives alignment across R&D teams and throughout the organisation, including non-R&D cross-functional leaders.',
      );
    });
  });

  describe('Execution', () => {
    it('separates the interleaved Start with the problem heading', () => {
      expect(description(ladder, 'start-with-the-problem')).toBe(
        'PMs are most directly responsible for ensuring their teams live and breathe this principle. To do it well, you must have a stubborn focus on understanding, refining, articulating the problem (or opportunity) your team is solving. When done well, the whole team is oriented around the problem and able to explain it themselves. And the PM ensures this understanding and articulation is continually evolved and improved.',
      );
      expect(cell(ladder, 'start-with-the-problem', 'scope', 'pm')).toBe('');
      expect(cell(ladder, 'start-with-the-problem', 'scope', 'senior-pm')).toBe('Tackles projects that have high impact.');
      expect(cell(ladder, 'start-with-the-problem', 'autonomy', 'apm')).toBe(
        'Gathers inputs to define a problem. Able to create simple problem statements.',
      );
      expect(cell(ladder, 'start-with-the-problem', 'impact', 'principal-pm')).toBe(
        'Identifies new problems and opportunities for the group to solve. Drives improvements in product execution, focusing on raising quality.',
      );
    });

    it('rejoins Think big, start small and its Senior PM Impact cell across the page break', () => {
      expect(description(ladder, 'think-big-start-small')).toBe(
        'PMs are most directly responsible for ensuring teams constantly fight to scope smaller to learn faster, balancing an ambition to think expansively about the opportunity.',
      );
      expect(cell(ladder, 'think-big-start-small', 'impact', 'senior-pm')).toBe(
        "Steers team explorations of multiple solutions to the problem statement efficiently. Ensures explorations are anchored to a clear understanding of the problem statement. Challenges the team to question their assumptions about what's actually needed and sharpens the entire team's thinking about what's essential, and when.",
      );
      expect(cell(ladder, 'think-big-start-small', 'impact', 'staff-pm')).toBe('Coaches more junior PMs on Think Big, Start Small.');
      expect(cell(ladder, 'think-big-start-small', 'scope', 'senior-pm')).toBe('');
    });

    it('completes the Learn fast description from the 4-level ladder and places its cells', () => {
      expect(description(ladder, 'learn-fast')).toBe(
        'PMs identify the biggest assumptions and risks to build clear hypotheses for learning pre launch (during build and beta). PMs are hungry for insights, open to proving themselves wrong, and most of all, share and act on the learning to deliver valuable product.',
      );
      expect(cell(ladder, 'learn-fast', 'autonomy', 'pm')).toBe(
        'Consistently runs efficient and effective beta without support. Needs regular guidance to Learn Fast.',
      );
      expect(cell(ladder, 'learn-fast', 'scope', 'principal-pm')).toBe(
        'Identifies assumptions we need to test related to multiple product areas.',
      );
    });

    it('rejoins Shipping is our heartbeat without adding the 4-level sentence', () => {
      expect(description(ladder, 'shipping-is-our-heartbeat')).toBe(
        "Great product teams demonstrate a consistent shipping cadence; PMs help drive this. But it's not just the speed at which we ship, it's also the quality of the product.",
      );
      expect(cell(ladder, 'shipping-is-our-heartbeat', 'autonomy', 'senior-pm')).toBe('');
      expect(cell(ladder, 'shipping-is-our-heartbeat', 'impact', 'apm')).toBe(
        'Adapts to existing team shipping rhythm Facilitates and contributes to QA of core features',
      );
    });

    it('reconstructs the missing Ship the whole customer experience heading', () => {
      expect(description(ladder, 'ship-the-whole-customer-experience')).toBe(
        'PMs need to drive not just the development of a new feature or improvement, but the entire experience that surrounds it. This includes working across the business to determine: how new & existing customers find out about it, what the monetisation approach is, how sales will sell and how CS will support it...',
      );
      expect(cell(ladder, 'ship-the-whole-customer-experience', 'autonomy', 'staff-pm')).toBe(
        'Rarely needs support to define the customer experience.',
      );
      expect(cell(ladder, 'ship-the-whole-customer-experience', 'impact', 'principal-pm')).toBe(
        'Helps shape our GTM approach for product releases that span multiple product areas, working in partnership with GTM stakeholders. Drive improvements on how we ship the whole customer experience.',
      );
    });
  });

  describe('Driving Outcomes', () => {
    it('rejoins Define the outcomes that matter and places its cells', () => {
      expect(description(ladder, 'define-the-outcomes-that-matter')).toBe(
        'Being clear on what we are hoping to achieve for the business and our customers.',
      );
      expect(cell(ladder, 'define-the-outcomes-that-matter', 'impact', 'apm')).toBe('');
      expect(cell(ladder, 'define-the-outcomes-that-matter', 'scope', 'pm')).toBe(
        'Identifies the metrics we should be tracking to help us drive impact over the next 6-12 months.',
      );
      expect(cell(ladder, 'define-the-outcomes-that-matter', 'impact', 'staff-pm')).toBe(
        'Contributes to defining outcomes that their group is focused on. Coaches junior PMs on defining outcomes + success metrics.',
      );
    });

    it('rejoins Fight for impact and the PM Impact cell continued after the page break', () => {
      expect(description(ladder, 'fight-for-impact')).toBe(
        'Shipping is the beginning, not the end. Plan to learn, iterate, fight for adoption post launch, and be accountable for driving customer and business impact.',
      );
      expect(cell(ladder, 'fight-for-impact', 'impact', 'pm')).toBe(
        "Measures the impact of a project on customer and business outcomes, creating and sharing Outcome Reports to communicate findings and learnings. Identifies actionable next steps at the project level based on outcomes and learning, prioritising what actions to take and when to drive the most impact. Aligns the team around outcomes they're fighting for. Demonstrates determination and drive to focus the team to drive impact.",
      );
      expect(cell(ladder, 'fight-for-impact', 'scope', 'senior-pm')).toBe('');
      expect(cell(ladder, 'fight-for-impact', 'autonomy', 'principal-pm')).toBe(
        'Needs no support to identify next steps, prioritising actions.',
      );
    });
  });

  describe('Leadership Behaviours', () => {
    it('rejoins the Communication heading and places its cells', () => {
      expect(description(ladder, 'communication')).toBe(
        'PMs inspire trust and confidence, and can motivate others to work towards a clear, compelling vision. They communicate clearly, concisely and assertively. And by building confidence, through being opinionated and persuasive.',
      );
      expect(cell(ladder, 'communication', 'autonomy', 'apm')).toBe('');
      expect(cell(ladder, 'communication', 'impact', 'staff-pm')).toBe('Coaches others on their communication skills.');
    });

    it('rejoins Collaboration and completes its cut Staff PM Impact cell', () => {
      expect(description(ladder, 'collaboration')).toBe(
        'PMs build engaged, high-performing collaborative and inclusive teams, ensuring that they fully leverage the best from those around them.',
      );
      expect(cell(ladder, 'collaboration', 'autonomy', 'staff-pm')).toBe('Needs no support to collaborate effectively.');
      expect(cell(ladder, 'collaboration', 'autonomy', 'principal-pm')).toBe('');
      expect(cell(ladder, 'collaboration', 'impact', 'staff-pm')).toBe(
        'Proactively finds the barriers that slow people down and systematically removes those barriers.',
      );
      expect(cell(ladder, 'collaboration', 'impact', 'principal-pm')).toBe('Helps leadership collaborate more effectively.');
    });

    it('rejoins Ownership and joins its Impact lines after the page break', () => {
      expect(description(ladder, 'ownership')).toBe(
        'PMs own it - for their product area, for their team, for Intercom. They grind it out, constantly looking for a way forward to deliver value.',
      );
      expect(cell(ladder, 'ownership', 'impact', 'apm')).toBe(
        'Consistent and reliable ownership of the problem through to the solution within the team. Can be trusted to deliver on promises and follow up on next steps.',
      );
      expect(cell(ladder, 'ownership', 'impact', 'pm')).toBe(
        "Consistent and reliable ownership of the problem through to the solution within and across teams, peers, and partners. No excuses. Accountable and positive in all conditions. Takes ownership of problems and challenges within their remit and doesn't apportion blame to others. Identifies risks and issues and proactively finds solutions to any obstacles.",
      );
      expect(cell(ladder, 'ownership', 'impact', 'staff-pm')).toBe('');
      expect(cell(ladder, 'ownership', 'impact', 'principal-pm')).toBe(
        'Own it for Intercom - expansive, committed ownership of our problems processes, and opportunities.',
      );
    });

    it('reconstructs the missing Decisiveness heading and joins its two-line rows', () => {
      expect(description(ladder, 'decisiveness')).toBe(
        'PMs are decisive. They quickly and assertively make meaningful decisions that enable us to deliver value for our customers at speed. They also help others make decisions faster by being appropriately inclusive but persuasive. They thrive in ambiguity and create clarity for those around them.',
      );
      expect(cell(ladder, 'decisiveness', 'autonomy', 'senior-pm')).toBe(
        'Needs limited support to make meaningful decisions quickly. Can handle ambiguity by being flexible and by creating clarity for those around them.',
      );
      expect(cell(ladder, 'decisiveness', 'autonomy', 'staff-pm')).toBe(
        'Rarely needs support to make meaningful decisions quickly. Expertly handles ambiguity by being flexible and by creating clarity for those around them.',
      );
      expect(cell(ladder, 'decisiveness', 'impact', 'apm')).toBe(
        "Can assess options effectively and make a recommendation on the route we should take. Escalates issues appropriately. Doesn't procrastinate. Optimises for constant progress, aims to make progress every single day.",
      );
      expect(cell(ladder, 'decisiveness', 'impact', 'pm')).toBe(
        'Decisive and assertive. Creates clear escalation paths to resolve issues within the team and validate meaningful decisions quickly. Is not consensus driven. Strong opinions, (mostly) weakly held.',
      );
      expect(cell(ladder, 'decisiveness', 'impact', 'senior-pm')).toBe(
        'Doggedly drives others to make decisions quickly too. Ensures the team is unblocked, making constant progress. Comfortable not knowing and acting with incomplete information as long as the team is unblocked and directionally correct.',
      );
      expect(cell(ladder, 'decisiveness', 'impact', 'principal-pm')).toBe(
        'Resolve issues across teams and functions. Helps uplevel R&D how we make decisions efficiently.',
      );
    });

    it('rejoins Uplevels the PM org and its multi-line Impact cells', () => {
      expect(description(ladder, 'uplevels-the-pm-org')).toBe(
        'PMs have the ability to shape and evolve our principles and processes, organisational structure, values and culture.',
      );
      expect(cell(ladder, 'uplevels-the-pm-org', 'impact', 'apm')).toBe('');
      expect(cell(ladder, 'uplevels-the-pm-org', 'impact', 'senior-pm')).toBe('');
      expect(cell(ladder, 'uplevels-the-pm-org', 'impact', 'staff-pm')).toBe(
        'Guide and mentor PMs to continually execute against our principles and follow our Phases and Stages process.',
      );
      expect(cell(ladder, 'uplevels-the-pm-org', 'impact', 'principal-pm')).toBe(
        'Contribute to product ops/ org health + evolution. Demonstrate thought leadership during product discipline discussions to teach others and help uplevel how we work. Help leadership evolve our principles and process.',
      );
    });

    it('removes the <u> tags from Core values', () => {
      expect(description(ladder, 'core-values')).toBe("PMs live and breathe Intercom's core values");
      expect(cell(ladder, 'core-values', 'impact', 'apm')).toBe('Learns what we value and starts consciously applying these.');
      expect(cell(ladder, 'core-values', 'impact', 'pm')).toBe('Consistently applies our core values.');
      expect(cell(ladder, 'core-values', 'impact', 'principal-pm')).toBe(
        'Role models our core values, influences their evolution and guides others as they evolve.',
      );
    });
  });

  it('keeps no HTML tag, markdown bold or stray white space anywhere', () => {
    const texts: string[] = [
      ...ladder.levels.map((l) => l.summary ?? ''),
      ...(ladder.dimensions ?? []).map((d) => d.description ?? ''),
      ...allSubskills(ladder).flatMap(({ subskill }) => [
        subskill.name,
        subskill.description,
        ...Object.values(subskill.expectations as Record<string, LevelTexts>).flatMap((t) => Object.values(t)),
      ]),
    ];
    for (const text of texts) {
      expect(text).not.toMatch(/<\/?[a-z]+>|\*\*|\s{2,}|\s[.,]/);
    }
  });
});

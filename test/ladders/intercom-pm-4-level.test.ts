import ladderJson from '../../ladders/intercom-pm-4-level.json';
import { parseLadder } from '../../src/core/ladder/parse';
import { allSubskills, expectationCellCount, findSubskill } from '../../src/core/ladder/query';
import type { Ladder, LevelTexts } from '../../src/core/ladder/schema';

function load(): Ladder {
  const result = parseLadder(ladderJson);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.ladder;
}

const ladder = load();

function cell(subskillId: string, levelId: string): string {
  const found = findSubskill(ladder, subskillId);
  if (!found) throw new Error(`no sub-skill ${subskillId}`);
  const texts = found.subskill.expectations as LevelTexts;
  const text = texts[levelId];
  if (text === undefined) throw new Error(`no level ${levelId} in ${subskillId}`);
  return text;
}

function description(subskillId: string): string {
  const found = findSubskill(ladder, subskillId);
  if (!found) throw new Error(`no sub-skill ${subskillId}`);
  return found.subskill.description;
}

describe('ladders/intercom-pm-4-level.json', () => {
  it('parses without problems', () => {
    const result = parseLadder(ladderJson);
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    expect(result.ok).toBe(true);
  });

  it('has the exact counts of the source', () => {
    expect(ladder.id).toBe('intercom-pm-4-level');
    expect(ladder.organization).toBe('Intercom');
    expect(ladder.cumulative).toBe(false);
    expect(ladder.dimensions).toBeUndefined();
    expect(ladder.levels).toHaveLength(4);
    expect(ladder.areas).toHaveLength(5);
    expect(allSubskills(ladder)).toHaveLength(17);
    // not cumulative and no empty cell in the source: 17 sub-skills x 4 levels
    expect(expectationCellCount(ladder)).toBe(68);
  });

  it('has the levels in order', () => {
    expect(ladder.levels.map((l) => [l.id, l.name])).toEqual([
      ['apm', 'Associate PM'],
      ['pm', 'PM'],
      ['senior-pm', 'Senior PM'],
      ['principal-pm', 'Principal PM'],
    ]);
  });

  it('has the skill areas and their axes in order', () => {
    expect(ladder.areas.map((a) => a.name)).toEqual([
      'Insight Driven',
      'Strategy',
      'Execution',
      'Driving Outcomes',
      'Leadership Behaviors',
    ]);
    expect(ladder.areas.map((a) => a.axis)).toEqual(['results', 'results', 'results', 'results', 'behaviours']);
    expect(ladder.areas.every((a) => a.description === '')).toBe(true);
  });

  it('has the sub-skills of each area in order', () => {
    expect(ladder.areas.map((a) => a.subskills.map((s) => s.name))).toEqual([
      ['Customer focus', 'Analytics focus', 'Competitive Insight'],
      ['Strategy definition & influence', 'Roadmap creation & rationale', 'Alignment & Evangelism'],
      ['Start with the problem', 'Think big, start small', 'Ship to learn', 'Ship the whole customer experience'],
      ['Shipping is our heartbeat', 'But outcomes ultimately are all that matter'],
      ['Communication', 'Collaboration', 'Ownership', 'Decisiveness', 'Core values'],
    ]);
  });

  describe('Insight Driven', () => {
    it('Customer focus', () => {
      expect(description('customer-focus')).toBe(
        "PMs represent customer needs accurately and fairly to create the best possible value for Intercom. They use customer insight to ensure that they deeply understand our customers' problems, define the correct priorities to tackle and create a clear brief.",
      );
      expect(cell('customer-focus', 'apm')).toBe(
        'Customer informed. Talks to customers using their area of product and has some understanding of their needs.\nRelies on Research guidance to understand how research insights might impact product direction. Effectively partners with Research to validate decision-making.',
      );
      expect(cell('customer-focus', 'principal-pm').split('\n')).toHaveLength(3);
      expect(cell('customer-focus', 'principal-pm').endsWith('\nDrives improvements in how we work with Research.')).toBe(true);
    });

    it('Analytics focus: the four cells cut at the page break are rejoined in their columns', () => {
      expect(cell('analytics-focus', 'apm')).toBe(
        'Relies on Analytics guidance to anchor decisions in data. Needs support to evaluate and inform the story they tell from the numbers. Relies on Analytics guidance to understand how data insights might impact product strategy. Needs support to seek data insights.\nNeeds support to understand FUARE metrics for all areas of their product/use case and use that data to inform decision-making.\nNeeds support to define success metrics for Intermissions',
      );
      expect(cell('analytics-focus', 'pm')).toBe(
        'Anchors decisions in data. Uses data insights to evaluate and inform the story they tell. Partners effectively with Analytics to understand how data insights might impact product strategy. Can independently seek basic data insights.\nUnderstands FUARE or similar usage metrics for all areas of their product/use case and uses that data to inform decision-making.\nProactively identifies metrics to track and measure customer and business benefit for Intermissions. Partners effectively with Analytics to refine these.',
      );
      expect(cell('analytics-focus', 'senior-pm')).toBe(
        "Anchors decisions in data. Uses data insights to evaluate and inform the story they tell. Uses data insights to inform product strategy and partners effectively with Analytics to define the analysis we need. Can independently seek and evaluate their own data insights.\nIs recognised internally as the 'go to' person for analytics insight for their area of product.\nUnderstands FUARE metrics for all areas of their product/use case and uses that data to inform decision-making.\nDefines metrics to track and measure customer and business benefit for Intermissions. Proactively identifies relevant Winning Strategy or relevant strategic metrics and partners effectively with Analytics to refine these.",
      );
      expect(cell('analytics-focus', 'principal-pm')).toBe(
        "Data driven. Can effectively define the analysis we need, independently seek and evaluate data insights to inform product strategy. Partners effectively with Analytics to uncover new insights that help drive product strategy.\nIs recognised internally as the 'go to' person for analytics insight for their area of product.\nDrives improvements in how we work with Analytics.\nUnderstands FUARE metrics for all areas of Intercom and actively uses that data to identify new opportunities.\nDefines metrics to track and measure customer and business benefit for Intermissions and relevant Winning Strategies.",
      );
    });

    it('Competitive Insight', () => {
      expect(cell('competitive-insight', 'apm')).toBe(
        "Awareness of what's happening with our competitors and within our industry for their use case area.",
      );
      expect(cell('competitive-insight', 'senior-pm')).toBe(
        "Understands the competitor landscape and industry trends for their use case and is the 'go to person' for competitor insight. Uses this insight to inform product strategy and identify sustainable competitive advantages for their use case.\nIs deeply curious about their product area - not because they have to but because they want to.",
      );
    });
  });

  describe('Strategy', () => {
    it('Strategy definition & influence', () => {
      expect(cell('strategy-definition-and-influence', 'apm')).toBe(
        'Seeks to understand product area strategy. Typically works alongside a PM on a part or component of product strategy.\nContributes and influences at the team level.',
      );
      expect(cell('strategy-definition-and-influence', 'principal-pm')).toBe(
        'Responsible for shaping the most ambiguous & impactful strategies across teams, decomposing them and giving teams dedicated remits\nCan create/clarify strategy within very ambiguous areas with no guidance.\nContributes and influences at company level.',
      );
    });

    it('Roadmap creation & rationale keeps the curly apostrophes', () => {
      expect(cell('roadmap-creation-and-rationale', 'apm')).toBe('Contributes to team’s roadmap.');
      expect(cell('roadmap-creation-and-rationale', 'pm')).toBe(
        'Owner of the team’s roadmap. Develops a point of view based on our roadmap inputs.\nCreates a clear & logical rationale that’s in line with product area strategy and is easy to consume.',
      );
      expect(cell('roadmap-creation-and-rationale', 'principal-pm')).toBe(
        'Reviewer of teams’ roadmaps. Ensures that roadmap rationale is clear and in line with strategy.\nSupport teams’ roadmap creation when there is significant ambiguity.',
      );
    });

    it('Alignment & Evangelism: description rejoined, untabled paragraphs assigned to columns, bold removed', () => {
      expect(description('alignment-and-evangelism')).toBe(
        'As important as creating strategy & roadmaps is ensuring that these are understood and internalised by all. PMs are responsible for driving this alignment across teams & stakeholders.',
      );
      const perspective =
        "Understands each stakeholder's perspective and ensures that they have been appropriately considered in strategy setting & roadmap creation.";
      expect(cell('alignment-and-evangelism', 'apm')).toBe(
        'Creates alignment within the team.\nUnderstands the strategy for their product area, and can describe this clearly.',
      );
      expect(cell('alignment-and-evangelism', 'pm')).toBe(
        `Creates alignment within the team and with critical stakeholders (cross functional partners & manager)\nGets team buy in on strategy & roadmap rationale.\n${perspective}`,
      );
      expect(cell('alignment-and-evangelism', 'senior-pm')).toBe(
        `Creates alignment across teams and with a broad range of stakeholders (cross functional partners, manager, R&D leaders)\nInspires and motivates the team and related teams on strategy & roadmap rationale.\n${perspective}`,
      );
      expect(cell('alignment-and-evangelism', 'principal-pm')).toBe(
        'Creates relationships and builds trust with a broad range of senior stakeholders across the business (managers, R&D leaders, cross-functional leaders)\nCo-creates strategy with these stakeholders.\nDrives alignment across R&D teams and throughout the organisation.',
      );
    });
  });

  describe('Execution', () => {
    it('Start with the problem: heading split at the colon', () => {
      expect(description('start-with-the-problem')).toBe(
        'PMs are most directly responsible for ensuring their teams live and breathe this principle. To do it well, you must have a stubborn focus on understanding, refining, articulating the problem (or opportunity) your team is solving. When done well, the whole team is oriented around the problem and able to explain it themselves. And the PM ensures this understanding and articulation is continually evolved and improved.',
      );
      expect(cell('start-with-the-problem', 'pm')).toBe(
        'Synthesises inputs from various sources to craft a single narrative.\nDemonstrates clarity when articulating the problem and aligning the team to the problem.\nMeticulously ensures Intermissions are up to date.',
      );
      expect(cell('start-with-the-problem', 'principal-pm')).toBe(
        'Clearly articulates the most ambiguous problem spaces, across a range of product areas and use cases into coherent narratives\nContinues to refine understanding of the problem as we learn more.\nMeticulously ensures Intermissions and Winning Strategies are up to date.',
      );
    });

    it('Think big, start small', () => {
      expect(description('think-big-start-small')).toBe(
        'PMs are most directly responsible for ensuring teams constantly fight to scope smaller to learn faster, balancing an ambition to think expansively about the opportunity.',
      );
      expect(cell('think-big-start-small', 'apm')).toBe(
        'Actively contributes to the exploration of multiple solutions to the problem statement.\nNeeds support to make strong scoping decisions.',
      );
      expect(cell('think-big-start-small', 'senior-pm').split('\n')[3]).toBe('Consistently integrates the story and GTM input into scope.');
    });

    it('Ship to learn: description rejoined across lines, <i> removed', () => {
      expect(description('ship-to-learn')).toBe(
        'PMs identify the biggest assumptions and risks to build clear hypotheses for learning. PMs are hungry for insights, open to proving themselves wrong, and most of all, share and act on the learning to deliver valuable product.',
      );
      expect(cell('ship-to-learn', 'pm')).toBe(
        'Defines what we need to learn and the best way to learn that.\nConsistently runs efficient and effective betas.\nGets teams to quickly adapt to results, both quant and qual.\nConsistently creates close-out reports, shares them with the team, and makes decisions based on them.',
      );
      expect(cell('ship-to-learn', 'principal-pm')).toBe(
        'Applies this skill to most ambiguous and complex problem areas.\nAble to think coherently across multiple teams work to define what we need to learn and how best to learn it.',
      );
    });

    it('Ship the whole customer experience: <i> removed from the heading', () => {
      expect(description('ship-the-whole-customer-experience')).toBe(
        'PMs need to drive not just the development of a new feature or improvement, but the entire experience that surrounds it. This includes working across the business to determine: how new & existing customers find out about it, what the monetisation approach is, how sales will sell and how CS will support it...',
      );
      expect(cell('ship-the-whole-customer-experience', 'apm')).toBe(
        'Understands the Interstory, launch plans, pricing and packaging approach.\nNeeds support to identify and consider the broader customer experience beyond their immediate area of focus.',
      );
      expect(cell('ship-the-whole-customer-experience', 'principal-pm')).toBe(
        'Helps shape our GTM approach for significant product releases, working in partnership with GTM stakeholders.\nDefines our onboarding strategy for significant parts of the product.',
      );
    });
  });

  describe('Driving Outcomes', () => {
    it('Shipping is our heartbeat', () => {
      expect(description('shipping-is-our-heartbeat')).toBe(
        "There can be no changed outcome and limited learning without shipping. Great product teams demonstrate a consistent shipping cadence; PMs help drive this. But it's not just the speed at which we ship, it's also the quality of the product.",
      );
      expect(cell('shipping-is-our-heartbeat', 'apm')).toBe(
        'Adapts to existing team shipping rhythm\nFacilitates and contributes to QA of core features',
      );
      expect(cell('shipping-is-our-heartbeat', 'senior-pm')).toBe(
        'Ensures the team has a consistent, reliable shipping momentum, PM really drives this. As a result, the team is humming with efficiency and progress, and demonstrates this with demos and in high team morale.\nSpots product quality risks across the broader Intercom system, not just the local product area.',
      );
    });

    it('But outcomes ultimately are all that matter', () => {
      expect(description('outcomes-are-all-that-matter')).toBe(
        "What impact did your team have? All teams don't have to demonstrate bottom-line (ie revenue) impact, but teams should be hungry to uncover and react to actual customer and business impact.",
      );
      expect(cell('outcomes-are-all-that-matter', 'apm')).toBe('Needs guidance to deliver outcomes at a project level.');
      expect(cell('outcomes-are-all-that-matter', 'principal-pm')).toBe(
        "Motivates multiple teams to deliver significant impact to customers and our business.\nAligns multiple teams, key stakeholders and R+D leadership around outcomes they're fighting for.",
      );
    });
  });

  describe('Leadership Behaviors', () => {
    it('Communication', () => {
      expect(cell('communication', 'apm')).toBe(
        'Communicates with the team frequently and consistently. Ensures the team are aware of initiatives and priorities. Pro-actively seeks information that might help the team communicate more effectively.',
      );
      expect(cell('communication', 'principal-pm').split('\n')).toEqual([
        'Crafts a clear narrative to gain buy in and inspire others. Sets clear context and framing, shares thinking, uses reasoning, rational, and enthusiasm when communicating. Takes a strong stand and builds confidence.',
        'Actively works to ensure teams are aligned and engaged.',
        'Improves how we communicate and helps others to improve how they communicate through defining best practices.',
        'Expresses their opinion externally, through writing for the blog and speaking regularly.',
      ]);
    });

    it('Collaboration: the cut cells are rejoined (the continuation row has nothing for Associate PM)', () => {
      expect(cell('collaboration', 'apm')).toBe(
        'Collaborates effectively within the team. Is open to, and reacts well to, feedback and looks for opportunities to improve how to work well together within the team.',
      );
      expect(cell('collaboration', 'pm')).toBe(
        "Collaborates effectively with team, peers and stakeholders. Is warm and empathetic and communicates openly. Consistent and predictable, which means they're easy to work with because there are no surprises.\nLooks for opportunities to improve how to work well together within the team. Proactively seeks feedback to improve how they work.",
      );
      expect(cell('collaboration', 'senior-pm')).toBe(
        "Collaborates effectively with all colleagues across the business. Is a role model for collaboration and creating alignment across teams. Is warm and empathetic and communicates openly. Consistent and predictable, which means they're easy to work with because there are no surprises.\nProactively looks for opportunities to improve how to work well together within the team and across teams at Intercom. Proactively seeks feedback to improve how they work.",
      );
      expect(cell('collaboration', 'principal-pm')).toBe(
        'Acts as a role model for collaborative and inclusive behaviour. Proactively finds the barriers that slow people down and systematically removes those barriers.\nShows the path for others to collaborate well and invests in others to help them collaborate effectively.\nHelps leadership collaborate more effectively.',
      );
    });

    it('Ownership', () => {
      expect(cell('ownership', 'apm')).toBe(
        'Consistent and reliable ownership of the problem through to the solution within the team.\nCan be trusted to deliver on promises and follow up on next steps.',
      );
      expect(cell('ownership', 'principal-pm').split('\n')[0]).toBe(
        'Own it for Intercom - expansive, committed ownership of our problems, processes, and opportunities.',
      );
    });

    it('Decisiveness: the four cells cut at the page break are rejoined in their columns', () => {
      expect(cell('decisiveness', 'apm')).toBe(
        "Can assess options effectively and make a recommendation on the route we should take. Escalates issues appropriately.\nNeeds support to make meaningful decisions quickly.\nDoesn't procrastinate. Optimises for constant progress, aims to make progress every single day.",
      );
      expect(cell('decisiveness', 'pm')).toBe(
        "Decisive and assertive. Creates clear escalation paths to resolve issues within the team and validate meaningful decisions quickly.\nIs not consensus driven. Strong opinions, (mostly) weakly held.\nDoesn't procrastinate. Optimises for constant progress, aims to make progress every single day.",
      );
      expect(cell('decisiveness', 'senior-pm')).toBe(
        "Decisive and assertive. Resolves issues within the team and makes meaningful decisions quickly. Doggedly drives others to make decisions quickly too.\nExpertly handles ambiguity by being flexible and by creating clarity for those around them. Comfortable not knowing and acting with incomplete information as long as the team is unblocked and directionally correct. Doesn't procrastinate or over-analyze. Is a living example of our 'Progress over Perfection' value. Ensures the team are unblocked, making constant progress.",
      );
      expect(cell('decisiveness', 'principal-pm')).toBe(
        "Decisive and assertive. Resolve issues across teams and functions. Makes meaningful decisions quickly. Doggedly drives others to make decisions quickly too.\nExpertly handles ambiguity by being flexible and by creating clarity for those around them. Comfortable not knowing and acting with incomplete information as long as the team is unblocked and directionally correct. Doesn't procrastinate or over-analyze. Is a living example of our 'Progress over Perfection' value. Ensures teams are unblocked, making constant progress.",
      );
    });

    it('Core values', () => {
      expect(description('core-values')).toBe("PMs live and breathe Intercom's core values");
      expect(cell('core-values', 'apm')).toBe('Learns what we value and starts consciously applying these');
      expect(cell('core-values', 'pm')).toBe('Consistently applies our core values');
      expect(cell('core-values', 'principal-pm')).toBe(
        'Role models our core values, influences their evolution and guides others as they evolve',
      );
    });
  });

  it('has no leftover markup or page furniture in any text', () => {
    for (const { subskill } of allSubskills(ladder)) {
      const texts = [subskill.name, subskill.description, ...Object.values(subskill.expectations as LevelTexts)];
      for (const t of texts) {
        expect(t).not.toMatch(/<\/?[a-z]+>|\*\*|INTERCOM|\t| {2}/);
      }
    }
  });
});

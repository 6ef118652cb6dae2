import ladderJson from '../../ladders/webflow-pm.json';
import { parseLadder } from '../../src/core/ladder/parse';
import { allSubskills, expectationCellCount, findSubskill } from '../../src/core/ladder/query';
import type { Ladder, LevelTexts } from '../../src/core/ladder/schema';

function load(): Ladder {
  const result = parseLadder(ladderJson);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.ladder;
}

function cell(ladder: Ladder, subskillId: string, levelId: string): string {
  const found = findSubskill(ladder, subskillId);
  if (!found) throw new Error(`no sub-skill ${subskillId}`);
  const texts = found.subskill.expectations as LevelTexts;
  const text = texts[levelId];
  if (text === undefined) throw new Error(`no level ${levelId} in ${subskillId}`);
  return text;
}

describe('webflow-pm ladder', () => {
  it('parses without problems', () => {
    const result = parseLadder(ladderJson);
    if (!result.ok) {
      throw new Error(`webflow-pm.json has problems:\n${result.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`);
    }
    expect(result.ok).toBe(true);
  });

  it('has the exact counts of the source', () => {
    const ladder = load();
    expect(ladder.id).toBe('webflow-pm');
    expect(ladder.cumulative).toBe(false);
    expect(ladder.dimensions).toBeUndefined();
    expect(ladder.levels).toHaveLength(5);
    expect(ladder.areas).toHaveLength(5);
    expect(allSubskills(ladder)).toHaveLength(5);
    // 5 competencies x 5 levels, no empty cell in the source.
    expect(expectationCellCount(ladder)).toBe(25);
  });

  it('has the levels PM1..PM5 with their job titles, in order', () => {
    const ladder = load();
    expect(ladder.levels.map((l) => l.id)).toEqual(['pm1', 'pm2', 'pm3', 'pm4', 'pm5']);
    expect(ladder.levels.map((l) => l.name)).toEqual(['PM1', 'PM2', 'PM3', 'PM4', 'PM5']);
    expect(ladder.levels.map((l) => l.title)).toEqual([
      'Associate Product Manager',
      'Product Manager',
      'Senior Product Manager',
      'Lead Product Manager',
      'Principal Product Manager',
    ]);
  });

  it('has the competencies as areas, each with one sub-skill of the same name, in order', () => {
    const ladder = load();
    const names = [
      'Scope of Responsibility',
      'Vision & Strategy',
      'Goal-Setting, Prioritization, & Decision Making',
      'Execution',
      'Communication & Collaboration',
    ];
    expect(ladder.areas.map((a) => a.name)).toEqual(names);
    expect(ladder.areas.map((a) => a.subskills.map((s) => s.name))).toEqual(names.map((n) => [n]));
    expect(ladder.areas.map((a) => a.axis)).toEqual(['results', 'results', 'results', 'results', 'behaviours']);
  });

  it('Scope of Responsibility: cells in the right columns, PM4 and PM5 identical', () => {
    const ladder = load();
    const id = 'scope-of-responsibility';
    expect(cell(ladder, id, 'pm1')).toBe(
      'Responsible for the end-to-end delivery and success of individual features.\n' +
        'Delivers on responsibilities, and demonstrates and develops core skills, with active guidance and oversight from more senior IC PMs and PM Managers.',
    );
    expect(cell(ladder, id, 'pm2')).toBe(
      'Responsible for the ongoing success of a team or subteam.\n' +
        'Delivers on responsibilities, and demonstrates and develops core skills, with limited guidance from more senior IC PMs and PM Managers.',
    );
    expect(cell(ladder, id, 'pm3')).toBe(
      'Responsible for the ongoing success and development of a team or product area.\n' +
        'Delivers on responsibilities, and demonstrates and develops core skills, with almost full autonomy.',
    );
    const top =
      'Responsible for the ongoing success and development of a product area or responsible for the company accomplishing a (set of) goal(s).\n' +
      'May lead a team of PMs across teams, giving the appropriate amount of autonomy for each, while providing coaching, guidance, and oversight as needed. May even directly manage PMs in their area, depending on the situation.';
    expect(cell(ladder, id, 'pm4')).toBe(top);
    expect(cell(ladder, id, 'pm5')).toBe(top);
  });

  it('Vision & Strategy: PM4 keeps the glued sentences, split into paragraphs; PM5 starts at "Thinks big"', () => {
    const ladder = load();
    const id = 'vision-and-strategy';
    expect(cell(ladder, id, 'pm1').startsWith('Understands and can articulate how their projects align')).toBe(true);
    expect(cell(ladder, id, 'pm3')).toBe(
      'Applies a deep understanding of all aspects (business, product, etc.) of the product area and company strategy to drive their team’s strategic direction.\n' +
        'Contributes to the definition of product area strategy and priorities. Develops a strong understanding of the larger business opportunities their product area is pursuing and a point-of-view about what will differentiate their offerings in the market — and incorporates that into their strategic thinking.',
    );
    expect(cell(ladder, id, 'pm4')).toBe(
      'Develops and owns the vision, strategy, priorities, and key results for their product area — collaborating with other product, cross-functional, and company leaders to ensure alignment with our company strategy, and generate buy-in and support.\n' +
        'Spends time understanding customers, stays ahead of trends, sees around corners, asks tough questions, validates assumptions, and gets the right amount of data before making a decision.\n' +
        'Develops a deep understanding of the larger business opportunities their product area is pursuing, and a strong point-of-view about what will differentiate their offerings in the market — and incorporates that into their strategic thinking.\n' +
        'Contributes to the exploration, formation, and communication of company-wide strategic decisions.',
    );
    expect(cell(ladder, id, 'pm5')).toBe(
      'Thinks big and innovates on a cross-functional product or domain area. Vision here is grand and challenges the status quo, putting a portion of our business on course for meaningful change.\n' +
        "Builds strategy that clearly demonstrates domain expertise and also anticipates upcoming progress in tangential domains. Influences company-wide decision-making for their domain. Iterates and innovates on the team's strategy, learning from the past efforts, industry trends, and user insights.",
    );
  });

  it('Goal-Setting, Prioritization, & Decision Making: cells in the right columns, non-breaking spaces repaired', () => {
    const ladder = load();
    const id = 'goal-setting-prioritization-and-decision-making';
    const pm1 = cell(ladder, id, 'pm1');
    expect(pm1.startsWith('Executes fundamental customer research activities — surveys, interviews, user tests, etc.')).toBe(true);
    expect(
      pm1.endsWith(
        'Works with their team to break down projects into focused milestones and releases that enable them to deliver customer value, learn, and iterate faster.',
      ),
    ).toBe(true);
    expect(pm1.split('\n')).toHaveLength(4);
    const pm2 = cell(ladder, id, 'pm2');
    expect(pm2.split('\n')[0]).toBe(
      'Collects, analyzes, and applies insights from various sources — market, competitive, and customer research, internal data and expertise, etc. — to inspire and inform product decisions about opportunities to pursue.',
    );
    expect(pm2.endsWith('minimum-testable, minimum-viable, and minimum-marketable solutions as effectively as possible.')).toBe(true);
    expect(cell(ladder, id, 'pm3').split('\n')[0]).toBe(
      'Initiates or leads research activities to guide the generation, validation, and iteration on the strategy and priorities for their product teams.',
    );
    expect(cell(ladder, id, 'pm4').split('\n')[1]).toBe(
      "Is the company's resident expert in their domain area. People seek this person for their guidance. Exemplifies using data thoughtfully, whether it’s internal data or external industry data. Understands industry trends through customer conversations and discussions with other, external industry leaders. Guides their teams to effectively balance research with intuition and urgency when making and validating decisions.",
    );
    const pm5 = cell(ladder, id, 'pm5');
    expect(pm5.split('\n')[0]).toBe(
      'Leads their area / entire product teams through goal setting and planning for 12-month periods without need for guidance. Consistently demonstrates the ability to pick goals that inspire teams, while balancing proactive and reactive work.',
    );
    expect(pm5.split('\n')[2]).toBe(
      'Recognized internally and externally as an industry leader in their domain. Leverages their domain expertise to make solutions scalable and future-proof. Elevate’s Webflow’s brand with their domain expertise. Enables the company to recruit world class talent in their domain because talents wants to work with a domain expert.',
    );
    expect(pm5).not.toContain('\u00a0');
    expect(cell(ladder, id, 'pm4')).not.toContain('\u00a0');
  });

  it('Execution: cells in the right columns', () => {
    const ladder = load();
    const id = 'execution';
    expect(cell(ladder, id, 'pm1')).toBe(
      'Ensures that team members understand their individual roles and expectations, and collaborates with them to successfully deliver value sprint-to-sprint.\n' +
        'Defines meaningful success metrics for their projects, follows-through with them to evaluate impact, and shares insights from the results with their team and relevant stakeholders.\n' +
        'Implements their team’s existing processes within their projects, and shares candid feedback on how effective they are.',
    );
    const pm3 = cell(ladder, id, 'pm3');
    expect(
      pm3.startsWith(
        'Delivers value to users constantly and iteratively, learning from every launch for future improvements and releases.\n',
      ),
    ).toBe(true);
    expect(
      pm3.endsWith(
        'Applies insights about the effectiveness of their teams’ processes while contributing to the creation of new org-wide operational improvements.',
      ),
    ).toBe(true);
    expect(pm3.split('\n')).toHaveLength(5);
    expect(
      cell(ladder, id, 'pm4').startsWith(
        'Delivers almost always on goals and strategy. Plans, advocates for, and unblocks resource needs.',
      ),
    ).toBe(true);
    expect(cell(ladder, id, 'pm5')).toBe(
      'Consistently demonstrates ability to make a material difference to company level goals.\n' +
        'The products shipped are extensible and empower future development.\n' +
        'Employs the right amount of processes and procedure, which then enables outstanding and consistent impact. Identifies org and company-wide inefficiencies that contribute to suboptimal product development and implements solutions to address them. Formalizes best practices into frameworks and evangelizes with other teams.',
    );
  });

  it('Communication & Collaboration: cells in the right columns, last row complete', () => {
    const ladder = load();
    const id = 'communication-and-collaboration';
    expect(cell(ladder, id, 'pm1').split('\n')).toEqual([
      'Effectively collaborates with each cross-functional team member and partner working together on their projects.',
      'Keeps relevant stakeholders updated on project plans, decisions, and results.',
      'Facilitates discussions with teammates to explore options and negotiate tradeoffs within their projects.',
      'Identifies and communicates project needs — and secures the staffing, resources, or help required to fill them.',
    ]);
    expect(cell(ladder, id, 'pm3').split('\n')[0]).toBe(
      'Works with their cross-functional team members to identify and act on opportunities to improve their collaborative working agreements and relationships.',
    );
    expect(
      cell(ladder, id, 'pm3').endsWith(
        'Ensures that stakeholders are being appropriately updated on progress their product area teams are making toward strategic key results.',
      ),
    ).toBe(true);
    expect(cell(ladder, id, 'pm4')).toContain(
      'embodies a "we" mentality in serving our customers, and demonsrates creativity and flexibility.',
    );
    const pm5 = cell(ladder, id, 'pm5');
    expect(pm5.split('\n')[0]).toBe('Creates awareness and excitement for their goals within their organization and across the company.');
    expect(pm5).toContain('Can challange in healthy & productive manner with e-staff.');
    expect(
      pm5.endsWith(
        'Can disagree and commit to decisions, and bring their team along. Remains calm and focused in situations of high volatility and uncertainty.',
      ),
    ).toBe(true);
    expect(pm5.split('\n')).toHaveLength(4);
  });
});

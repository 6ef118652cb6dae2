import ladderJson from '../../ladders/rookie-to-rockstar.json';
import { parseLadder } from '../../src/core/ladder/parse';
import { allSubskills, expectationCellCount, findSubskill } from '../../src/core/ladder/query';
import type { Ladder, LevelTexts } from '../../src/core/ladder/schema';

function load(): Ladder {
  const result = parseLadder(ladderJson);
  if (!result.ok) {
    throw new Error(`rookie-to-rockstar.json is invalid:\n${result.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`);
  }
  return result.ladder;
}

function cell(ladder: Ladder, subskillId: string, levelId: string): string | undefined {
  const found = findSubskill(ladder, subskillId);
  if (!found) throw new Error(`no sub-skill "${subskillId}"`);
  return (found.subskill.expectations as LevelTexts)[levelId];
}

describe('rookie-to-rockstar ladder', () => {
  it('parses without problems', () => {
    const result = parseLadder(ladderJson);
    if (!result.ok) console.error(result.problems);
    expect(result.ok).toBe(true);
  });

  it('has the exact counts of the source', () => {
    const ladder = load();
    expect(ladder.levels).toHaveLength(4);
    expect(ladder.areas).toHaveLength(5);
    expect(allSubskills(ladder)).toHaveLength(5);
    // 5 competencies x 4 levels, every cell filled in the post.
    expect(expectationCellCount(ladder)).toBe(20);
    expect(ladder.cumulative).toBe(false);
    expect(ladder.dimensions).toBeUndefined();
  });

  it('has the levels in order', () => {
    const ladder = load();
    expect(ladder.levels.map((l) => l.id)).toEqual(['apm', 'pm', 'senior-pm', 'principal-pm']);
    expect(ladder.levels.map((l) => l.name)).toEqual([
      'Associate Product Manager',
      'Product Manager',
      'Senior Product Manager',
      'Principal Product Manager',
    ]);
  });

  it('keeps each level summary, led by the phase of its heading', () => {
    const ladder = load();
    const summaries = ladder.levels.map((l) => l.summary);
    expect(summaries[0]).toBe(
      'The Learning Phase\nAssociate Product Managers, are typically early in their careers with one to three years of work experience overall. They may have just graduated from college or transitioned from another functional area. The primary goal at this stage is to learn and grow. Many tech companies hire high potential, junior candidates at this level.',
    );
    expect(summaries[1]).toBe(
      'The Building Phase\nProduct Managers have a few years of experience. They have a solid understanding of the product management fundamentals and are starting to take on more significant responsibilities.',
    );
    expect(summaries[2]).toBe(
      "The Strategic Phase\nSenior Product Managers have significant experience. They play a more crucial role in shaping the product's future and ensuring it aligns with the broader business strategy.",
    );
    expect(summaries[3]).toBe(
      'The Leadership Phase\nA Principal Product Manager is a senior-level position within the product management career ladder. This role involves a high level of responsibility, strategic thinking, and leadership. At some companies this level is equivalent to a director-level or group product manager-level role if they manage a team.',
    );
  });

  it('has the areas, axes and sub-skills in order', () => {
    const ladder = load();
    expect(ladder.areas.map((a) => a.name)).toEqual([
      'Vision & Strategy',
      'Leadership & Influence',
      'Scope & Impact',
      'Execution & Prioritization',
      'Product Craft',
    ]);
    expect(ladder.areas.map((a) => a.axis)).toEqual(['results', 'behaviours', 'results', 'results', 'results']);
    expect(ladder.areas.map((a) => a.subskills.map((s) => s.name))).toEqual([
      ['Vision & Strategy'],
      ['Leadership & Influence'],
      ['Scope & Impact'],
      ['Execution & Prioritization'],
      ['Product Craft'],
    ]);
    expect(allSubskills(ladder).map(({ subskill }) => subskill.id)).toEqual([
      'vision-strategy',
      'leadership-influence',
      'scope-impact',
      'execution-prioritization',
      'product-craft',
    ]);
    for (const { area, subskill } of allSubskills(ladder)) {
      expect(area.description).toBe('');
      expect(subskill.description).toBe('');
    }
  });

  it('has no empty cell (every competency is given at every level)', () => {
    const ladder = load();
    for (const { subskill } of allSubskills(ladder)) {
      for (const level of ladder.levels) expect((subskill.expectations as LevelTexts)[level.id]).not.toBe('');
    }
  });

  describe('spot checks of the source text', () => {
    const ladder = load();
    const cases: Array<[string, string, string]> = [
      // Vision & Strategy
      ['vision-strategy', 'apm', 'Contributes to the backlog. Develops customer empathy. Suggests metrics and goals with some guidance.'],
      [
        'vision-strategy',
        'senior-pm',
        'Comes up with a vision and strategy for product / features. Manages a roadmap that can deliver consistent impact for +6 months. Discovers and addresses customers pain points across the user journey with XFN partners. Builds products with (platform) capabilities that also accelerates other teams’ objectives.',
      ],
      [
        'vision-strategy',
        'principal-pm',
        'Sets and drive 1-2 year vision and strategy for a product portfolio end-to-end and across domains / initiatives. Manages a roadmap that realizes the vision and delivers consistent, meaningful impact in a major area for +12 months. May not even know what the problem is before starting.',
      ],
      // Leadership & Influence
      [
        'leadership-influence',
        'apm',
        'Establishes trust and credibility with stakeholders. Cross-functional (XFN) partners like working with you.',
      ],
      [
        'leadership-influence',
        'pm',
        'Influences customers, partners, and engineering team priorities. Drives feature discussions with customers, engineers, and others. Facilitates conflict resolution. Demonstrates expertise of the product and domain and knowledge of the technical architecture.',
      ],
      [
        'leadership-influence',
        'principal-pm',
        'Builds confidence and alignment on the product strategy with all stakeholders and leadership. Masters at storytelling. Provides thought leadership to related domains. Other product teams know your roadmap, how it might impact theirs, and can identify opportunities for collaboration. Drives teams to clarity in solving complex problems, escalating as needed. Anticipates and mitigates conflict.',
      ],
      // Scope & Impact
      [
        'scope-impact',
        'pm',
        'Manages product features from conception to launch. Able to run cross-functional projects beyond engineering and design (marketing, support, finance). Improves and may own an output metric and delivers measurable impact.',
      ],
      [
        'scope-impact',
        'senior-pm',
        'Drive multiple product / features end-to-end and/or contribute to complex features across domains / initiatives. Accountable for delivering measurable impact against organization goals for a domain or initiative. Work is tactical and strategic.',
      ],
      [
        'scope-impact',
        'principal-pm',
        'Owns multiple goals or focused on making step function change on one goal. Demonstrates impact that is obvious to most people, not questionable. Owns the resourcing trade-off discussions while balancing innovation and execution.',
      ],
      // Execution & Prioritization
      [
        'execution-prioritization',
        'apm',
        'Delivers independently, but will seek direction. Writes requirements that clearly articulates the problem and hypothesis with some guidance. Translates solutions into easy to understand pieces of engineering work given some direction.',
      ],
      [
        'execution-prioritization',
        'senior-pm',
        'Leverages domain expertise to find new ways to improve the product. Handles complex product development and trade-off scenarios. Recognizes whether a technical design of a feature has limitations.',
      ],
      [
        'execution-prioritization',
        'principal-pm',
        'Delivers with complete independence across multiple work streams. Pushes the envelope on speed and execution. Deconstructs complex product problems into straightforward technical propositions. Manages potential delivery risk.',
      ],
      // Product Craft
      ['product-craft', 'apm', 'Writes good briefs. Assesses the whys and next steps after a feature launches.'],
      [
        'product-craft',
        'pm',
        'Produces clear, concise product documents. Knows and successfully communicates all root problems to the lowest level of detail. Brings clarity to metrics on more complex features. Can communicate with high relevancy with senior leadership. Starts to mentor. Interviews PM candidates.',
      ],
      [
        'product-craft',
        'principal-pm',
        'Proactively identifies gaps / opportunities. Drives strategic product communications internally / externally. Designs mechanisms and doc templates to ensure long-term product success. Documents are examples for others to emulate. Actively develops others and performs promo assessments. Actively recruits, refers, and closes candidates.',
      ],
      // The remaining cells, so that all 20 are checked.
      [
        'vision-strategy',
        'pm',
        'Manages their roadmap within their scope. Understands customers pain points. Can set quarterly OKRs for the team.',
      ],
      [
        'leadership-influence',
        'senior-pm',
        'Others see as a domain expert. Aligns stakeholders. Drives product discussions with executives. Influences or creates product materials, sales / other training. Resolves conflict.',
      ],
      [
        'execution-prioritization',
        'pm',
        'Delivers independently, with limited guidance. Shows autonomy in resolving blockers and issues, escalating as needed. Shares and seeks out supporting information for effective decision making. Optimizes roadmap intake. Connects engineering to end-user experience.',
      ],
      [
        'product-craft',
        'senior-pm',
        'Clear written and verbal communication strategy. Establishes / simplifies processes to ensure product meets customer needs. Writes great product documents (requirements, readouts, learnings) that instill confidence for success. Shares user and data insights. Contributes to training / coaching PMs. Supports referring and closing candidates.',
      ],
    ];
    it.each(cases)('%s at %s', (subskillId, levelId, text) => {
      expect(cell(ladder, subskillId, levelId)).toBe(text);
    });

    it('keeps the competency label out of the cell text', () => {
      expect(cell(ladder, 'scope-impact', 'apm')).toBe(
        'Drives execution for at least one feature. Hits measurable success with features launched against goals. Understands technologies within product area.',
      );
      expect(cell(ladder, 'product-craft', 'senior-pm')).toMatch(/^Clear written and verbal communication strategy\. /);
      expect(cell(ladder, 'product-craft', 'senior-pm')).toMatch(/ Supports referring and closing candidates\.$/);
    });
  });
});

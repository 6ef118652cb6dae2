import type { DocKind } from './docKinds';
import type { DocTemplate, HeadingName, TemplateBlock } from './templateModel';
import { tableText } from './templateModel';

/**
 * The built-in templates, as data. Compact on purpose: every body element costs service calls
 * to write (docs/ARCHITECTURE.md, Service-call budgets: createGrowthPlan ≤ 60 calls), so each section is one heading
 * and one table, and a table is written in one call whatever the number of its rows.
 * The same data is written into a Google Doc when a manager asks to see or edit the template
 * (docsTemplates.ts), which then reads back exactly as these blocks.
 */
function p(text: string, heading: HeadingName = 'NORMAL'): TemplateBlock {
  return { type: 'paragraph', text, heading, source: null };
}

function table(rows: string[][], widths?: readonly (number | null)[]): TemplateBlock {
  return { type: 'table', text: tableText(rows), rows, source: null, ...(widths ? { widths } : {}) };
}


const GROWTH_PLAN: TemplateBlock[] = [
  p('Growth Plan — {{name}}', 'TITLE'),
  table([
    ['PM', '{{name}}'],
    ['Level', '{{level}}'],
    ['Next level', '{{nextLevel}}'],
    ['Review cycle', '{{cycle}}'],
    ['Manager', '{{manager}}'],
    ['Date', '{{date}}'],
    ['Not yet rated', '{{unrated}}'],
  ]),
  p('Strongest sub-skills', 'HEADING2'),
  table([
    ['Sub-skill', 'Skill area', 'Manager rating', 'Evidence'],
    ['{{strength.name}}', '{{strength.area}}', '{{strength.rating}}', '{{strength.evidence}}'],
  ]),
  p('Focus sub-skills', 'HEADING2'),
  table([
    ['Sub-skill', 'Expected at {{level}}', 'Expected at {{nextLevel}}', 'Evidence'],
    ['{{focus.name}} ({{focus.area}}) — {{focus.rating}} ({{focus.sinceLast}})', '{{focus.expected}}', '{{focus.next}}', '{{focus.evidence}}'],
  ]),
  p('Plan', 'HEADING2'),
  // The columns the PM and manager fill in get the room: Actions takes what the others leave
  // (186 pt of a Letter page's 468), then Support.
  table(
    [
      ['Focus sub-skill', 'Actions', 'Support', 'By when'],
      ['{{focus.name}}', '', '', ''],
    ],
    [96, null, 120, 66],
  ),
  p('Check-ins', 'HEADING2'),
  table([
    ['Check-in', 'Date', 'Purpose', 'Notes'],
    ['{{checkin.name}}', '{{checkin.date}}', '{{checkin.purpose}}', ''],
  ]),
];

const CAREER_PLAN: TemplateBlock[] = [
  p('Career Plan — {{name}}', 'TITLE'),
  table([
    ['PM', '{{name}}'],
    ['Level today', '{{level}} ({{ladder}})'],
    ['Target level', '{{targetLevel}} ({{targetLadder}})'],
    ['On the way', '{{steps}}'],
    ['Manager ratings', '{{ratingSummary}}'],
    ['Past cycles (overall)', '{{pastCycles}}'],
    ['Readiness for the next level', '{{readiness}}. {{readinessRule}}'],
    ['Review cycle', '{{cycle}}'],
    ['Manager', '{{manager}}'],
    ['Date', '{{date}}'],
  ]),
  p('Sub-skill by sub-skill', 'HEADING2'),
  table(
    [
      ['Sub-skill', 'Expected now, at {{level}}', 'Expected at {{targetLevel}}', 'Latest rating'],
      ['{{gap.subskill}} ({{gap.area}})', '{{gap.today}}', '{{gap.target}}', '{{gap.rating}}'],
    ],
    // The two expectation columns share what the name and the rating leave.
    [96, null, null, 90],
  ),
  p('Milestones', 'HEADING2'),
  table([
    ['Milestone', 'What shows it is reached', 'By when', 'Evidence'],
    ['{{milestone.name}}', '{{milestone.detail}}', '', ''],
  ]),
];

const LABELS: Record<DocKind, string> = {
  'growth-plan': 'the built-in growth plan template',
  'career-plan': 'the built-in career plan template',
};

export function defaultTemplate(kind: DocKind): DocTemplate {
  const blocks = kind === 'growth-plan' ? GROWTH_PLAN : CAREER_PLAN;
  return { kind, label: LABELS[kind], blocks: blocks.map((b) => ({ ...b })) };
}

/** The name of the template doc made when a manager opens the built-in template. */
export function defaultTemplateDocName(kind: DocKind): string {
  return kind === 'growth-plan' ? 'Career Ladder template — Growth Plan' : 'Career Ladder template — Career Plan';
}

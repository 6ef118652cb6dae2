import type { DocResult } from '../../src/core/api';
import { docsWorkbook, docText, everything, HOSTILE_NAME } from './docsFixture';

const CYCLE = "H2 '26 \\ $1";

describe('createCareerPlan through dist/Code.js', () => {
  it('plans towards the next level by default: gap per skill area with the ratings, and milestones', () => {
    const { addon, ids } = docsWorkbook();
    const { result, calls } = addon.workspace.log.measure(() => addon.run<DocResult>('createCareerPlan', ids[HOSTILE_NAME]));
    expect(result).toMatchObject({ status: 'created', name: `Career Plan — ${HOSTILE_NAME} — ${CYCLE}` });
    expect(calls).toBeLessThanOrEqual(60);
    const lines = docText(addon, result).split('\n');
    expect(lines.slice(0, 9)).toEqual([
      `Career Plan — ${HOSTILE_NAME}`,
      'PM',
      HOSTILE_NAME,
      'Level today',
      'Senior PM (Product Manager expectations by level)',
      'Target level',
      'Staff PM (Product Manager expectations by level)',
      'On the way',
      '1 level: Staff PM',
    ]);
    expect(lines).toContain('1 Exceptional, 2 Exceeds, 3 Successfully Meets, 1 Needs Immediate Improvement, 12 not rated.');
    const gap = lines.indexOf('Gap per skill area');
    expect(lines.slice(gap + 1, gap + 9)).toEqual([
      'Skill area',
      'Where you stand',
      'Expected at Senior PM',
      'To reach Staff PM',
      'Insight Driven',
      'Customer focus: Successfully Meets',
      'Analytics focus: Exceeds',
      'Competitive Insight: Successfully Meets',
    ]);
    expect(lines).toContain(
      'Customer focus — Scope: Proactively defines the problems we should be seeking to understand for their product area over the next 24 months.; Autonomy: Effectively defines the research questions we need for their product area.; Impact: Partners with their GPM to gather and synthesise insights that shape group strategy and may shape winning strategy. Coaches more junior PMs on effective customer listening techniques.',
    );
    const milestones = lines.indexOf('Milestones');
    expect(lines.slice(milestones + 5, milestones + 7)).toEqual([
      'Meet every Senior PM expectation',
      'Bring these to Successfully Meets: Communication (Needs Immediate Improvement).',
    ]);
    expect(lines).toContain('Operating at Staff PM');
    expect(addon.workspace.spreadsheet.formulas('Team!I3:I3')[0]?.[0]).toBe(`=HYPERLINK("${result.url}", "Career Plan")`);
  });

  it('plans towards a chosen level, or a level of another built-in ladder', () => {
    const { addon, ids } = docsWorkbook();
    const principal = addon.run<DocResult>('createCareerPlan', ids[HOSTILE_NAME], 'Principal PM');
    const text = docText(addon, principal);
    expect(text).toContain('2 levels: Staff PM, Principal PM');
    expect(text).toContain('Operating at Principal PM');

    const gpm = addon.run<DocResult>('createCareerPlan', ids[HOSTILE_NAME], 'intercom-gpm-2020:gpm', { ifExists: 'newVersion' });
    expect(gpm).toMatchObject({ status: 'created', version: 2 });
    const lines = docText(addon, gpm).split('\n');
    expect(lines).toContain('GPM (Group Product Manager expectations by level)');
    expect(lines).toContain('A move to "Group Product Manager expectations by level": GPM');
    expect(lines).toContain('People Management');
    expect(lines).toContain('New ground: not part of "Product Manager expectations by level".');
    expect(lines).toContain('Competitive Insight: Successfully Meets');

    // Options may also come second.
    expect(addon.run<DocResult>('createCareerPlan', ids[HOSTILE_NAME], { ifExists: 'open' })).toMatchObject({
      status: 'opened',
      docId: gpm.docId,
    });
  });

  it('fills a custom career plan template with a repeating row, the hostile name as typed', () => {
    const { addon, ids } = docsWorkbook();
    const own = addon.workspace.docs.createExternalDoc('Our career plan', (body) => {
      body.appendParagraph('Career plan for {{name}}: {{level}} → {{targetLevel}} ({{steps}})');
      body.appendTable([
        ['Area', 'Ratings'],
        ['{{gap.area}}', '{{gap.ratings}}'],
      ]);
      body.appendTable([['{{milestone.name}}', 'by {{cycle}}']]);
    });
    addon.run('setDocTemplate', { kind: 'career-plan', urlOrId: own });
    const result = addon.run<DocResult>('createCareerPlan', ids[HOSTILE_NAME], 'staff-pm');
    const lines = docText(addon, result).split('\n');
    expect(lines[1]).toBe(`Career plan for ${HOSTILE_NAME}: Senior PM → Staff PM (1 level: Staff PM)`);
    expect(lines.slice(2, 8)).toEqual([
      'Area',
      'Ratings',
      'Insight Driven',
      'Customer focus: Successfully Meets',
      'Analytics focus: Exceeds',
      'Competitive Insight: Successfully Meets',
    ]);
    expect(
      lines.filter((l) => ['Insight Driven', 'Strategy', 'Execution', 'Driving Outcomes', 'Leadership Behaviours'].includes(l)),
    ).toHaveLength(5);
    expect(lines).toEqual(expect.arrayContaining(['Meet every Senior PM expectation', `by ${CYCLE}`, 'Operating at Staff PM']));
  });

  it('refuses a bad target with a clear message, creating nothing', () => {
    const { addon, ids } = docsWorkbook();
    const before = everything(addon);
    expect(() => addon.run('createCareerPlan', ids[HOSTILE_NAME], 'PM')).toThrow(
      'The target level must be above Senior PM: "PM" is not. Choose a higher level.',
    );
    expect(() => addon.run('createCareerPlan', ids[HOSTILE_NAME], 'CEO')).toThrow(
      /"CEO" is not a level of "Product Manager expectations by level"/,
    );
    expect(() => addon.run('createCareerPlan', ids['Top Person'])).toThrow(
      /Principal PM is the top level of "Product Manager expectations by level": name a target level on another ladder/,
    );
    expect(() => addon.run('createCareerPlan', 'p-nobody')).toThrow('There is no PM with the id "p-nobody"');
    expect(everything(addon)).toBe(before);
    expect(addon.run<DocResult>('createCareerPlan', ids['Top Person'], 'GPM').status).toBe('created');
  });
});

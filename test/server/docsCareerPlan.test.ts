import type { DocResult } from '../../src/core/api';
import { docsWorkbook, docText, everything, HOSTILE_NAME } from './docsFixture';

const CYCLE = "H2 '26 \\ $1";

describe('createCareerPlan through dist/Code.js', () => {
  it('plans towards the next level by default: a row per sub-skill with now, the target and the rating, and milestones', () => {
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
    const gap = lines.indexOf('Sub-skill by sub-skill');
    // The header, then Customer focus: each dimension on its own line, now and at the target, then the rating.
    expect(lines.slice(gap + 1, gap + 13)).toEqual([
      'Sub-skill',
      'Expected now, at Senior PM',
      'Expected at Staff PM',
      'Latest rating',
      'Customer focus (Insight Driven)',
      'Scope: Proactively defines the problems we should be seeking to understand for their product area over the next 6-12 months.',
      'Autonomy: Partners effectively with Research and can independently gain deep insight from customer listening.',
      'Impact: Insights gained impact group strategy. Is recognised internally as an expert in customer needs for their area of product.',
      'Scope: Proactively defines the problems we should be seeking to understand for their product area over the next 24 months.',
      'Autonomy: Effectively defines the research questions we need for their product area.',
      'Impact: Partners with their GPM to gather and synthesise insights that shape group strategy and may shape winning strategy. Coaches more junior PMs on effective customer listening techniques.',
      'Successfully Meets',
    ]);
    expect(lines.filter((l) => l === 'Not rated yet')).toHaveLength(12);
    // It ends with the milestones: nothing says "Not yet rated: None".
    expect(lines.some((l) => l.startsWith('Not yet rated'))).toBe(false);
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
    expect(lines.some((l) => l.endsWith('(People Management)'))).toBe(true);
    expect(lines).toContain('New ground.');
    expect(lines).toContain('Not part of “Product Manager expectations by level”');
    expect(lines).toContain('Competitive insight (Product Strategy)');

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
    // A template written for the table of one row per skill area still fills: `gap.ratings` is now each sub-skill's rating.
    expect(lines.slice(2, 8)).toEqual(['Area', 'Ratings', 'Insight Driven', 'Successfully Meets', 'Insight Driven', 'Exceeds']);
    expect(lines.filter((l) => l === 'Insight Driven')).toHaveLength(3);
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

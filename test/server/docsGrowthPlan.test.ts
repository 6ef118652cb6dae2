import type { DocResult } from '../../src/core/api';
import { docsWorkbook, docText, everything, HOSTILE_EVIDENCE, HOSTILE_NAME } from './docsFixture';
import { refusal } from '../support/bundle';

const CYCLE = "H2 '26 \\ $1";

describe('createGrowthPlan through dist/Code.js', () => {
  it('writes the growth plan from the built-in template, hostile name and evidence exactly as typed, within 60 calls', () => {
    const { addon, ids } = docsWorkbook();
    const { result, calls } = addon.workspace.log.measure(() => addon.run<DocResult>('createGrowthPlan', ids[HOSTILE_NAME]));
    expect(calls).toBeLessThanOrEqual(60);
    expect(result).toMatchObject({ status: 'created', version: 1, edited: false, name: `Growth Plan — ${HOSTILE_NAME} — ${CYCLE}` });
    expect(result.url).toBe(`https://docs.google.com/document/d/${result.docId}/edit`);

    const lines = docText(addon, result).split('\n');
    expect(lines.slice(0, 11)).toEqual([
      `Growth Plan — ${HOSTILE_NAME}`,
      'PM',
      HOSTILE_NAME,
      'Level',
      'Senior PM',
      'Next level',
      'Staff PM',
      'Review cycle',
      CYCLE,
      'Manager',
      // The manager by name, as Drive names the owner of the doc they made (the workspace names a user after their email).
      'Manager',
    ]);
    // Focus: the lowest manager rating, then the Successfully Meets ties: the lower peer rating
    // first (Learn fast), then ladder order (Customer focus before Competitive Insight).
    const focus = lines.indexOf('Focus sub-skills');
    const focusNames = lines.slice(focus).filter((l) => / — (Needs Immediate Improvement|Successfully Meets) \(first cycle\)$/.test(l));
    expect(focusNames).toEqual([
      'Communication (Leadership Behaviours) — Needs Immediate Improvement (first cycle)',
      'Learn fast (Execution) — Successfully Meets (first cycle)',
      'Customer focus (Insight Driven) — Successfully Meets (first cycle)',
    ]);
    expect(lines).toContain(HOSTILE_EVIDENCE);
    // Strongest: the highest ratings, never a focus sub-skill.
    const strongest = lines.indexOf('Strongest sub-skills');
    expect(lines.slice(strongest + 5, strongest + 9)).toEqual([
      'Ownership',
      'Leadership Behaviours',
      'Exceptional',
      'Owned the pricing launch end to end',
    ]);
    // Actions / Support / By when are left empty, one row per focus sub-skill.
    const plan = lines.indexOf('Plan');
    expect(lines.slice(plan + 1, plan + 17)).toEqual([
      'Focus sub-skill',
      'Actions',
      'Support',
      'By when',
      'Communication',
      '',
      '',
      '',
      'Learn fast',
      '',
      '',
      '',
      'Customer focus',
      '',
      '',
      '',
    ]);
    expect(lines[lines.indexOf('Not yet rated') + 1]).toMatch(
      /^12 of 19 sub-skills have no manager rating: Strategy definition & influence, /,
    );

    const doc = addon.workspace.docs.doc(result.docId);
    expect(doc.pendingEdits).toBe(false);
    expect(doc.body[0]).toMatchObject({ type: 'PARAGRAPH', heading: 'TITLE' });
  });

  it('files the doc in the cycle folder, tagged for the PM and cycle, links it from the Team row, and lists it for the playground', () => {
    const { addon, ids } = docsWorkbook();
    const result = addon.run<DocResult>('createGrowthPlan', ids[HOSTILE_NAME]);
    const file = addon.workspace.docs.file(result.docId);
    const folder = addon.workspace.docs.file(file?.parents[0] ?? '');
    expect(folder).toMatchObject({ name: `Career Ladder — ${CYCLE}`, mimeType: 'application/vnd.google-apps.folder' });
    expect(folder?.parents).toEqual([addon.workspace.docs.rootFolderId()]);
    expect(file?.appProperties).toMatchObject({ careerLadder: 'growth-plan', clPerson: ids[HOSTILE_NAME], clVersion: '1' });
    const team = addon.workspace.spreadsheet.formulas('Team!H3:H3');
    expect(team[0]?.[0]).toBe(`=HYPERLINK("${result.url}", "Growth Plan")`);
    expect(addon.workspace.spreadsheet.values('Team!B3:B3')[0]?.[0]).toBe(result.url);
    expect(addon.workspace.docs.docs().map((d) => d.id)).toContain(result.docId);
    expect(addon.workspace.docs.html(result.docId)).toContain('Zoë $1 $&amp; \\ {{cycle}} O&#39;Neil');

    // Career plans of the same cycle go into the same folder.
    const career = addon.run<DocResult>('createCareerPlan', ids[HOSTILE_NAME]);
    expect(addon.workspace.docs.file(career.docId)?.parents).toEqual(file?.parents);
    expect(
      addon.workspace.docs.files().filter((f) => f.mimeType === 'application/vnd.google-apps.folder' && f.name.startsWith('Career Ladder')),
    ).toHaveLength(1);
  });

  it('asks before a second copy: creates nothing, says which doc exists, then opens it or makes a new version on request', () => {
    const { addon, ids } = docsWorkbook();
    const id = ids[HOSTILE_NAME];
    const first = addon.run<DocResult>('createGrowthPlan', id);
    const before = everything(addon);
    const again = addon.run<DocResult>('createGrowthPlan', id);
    expect(again).toMatchObject({ status: 'exists', docId: first.docId, url: first.url, edited: false, version: 1 });
    expect(again.message).toContain('nobody has edited it since it was written');
    expect(everything(addon)).toBe(before);

    expect(addon.run<DocResult>('createGrowthPlan', id, { ifExists: 'open' })).toMatchObject({ status: 'opened', docId: first.docId });
    expect(everything(addon)).toBe(before);

    const firstText = addon.workspace.docs.text(first.docId);
    const v2 = addon.run<DocResult>('createGrowthPlan', id, { ifExists: 'newVersion' });
    expect(v2).toMatchObject({ status: 'created', version: 2, name: `Growth Plan — ${HOSTILE_NAME} — ${CYCLE} (v2)` });
    expect(v2.docId).not.toBe(first.docId);
    expect(addon.workspace.docs.text(first.docId)).toBe(firstText);
    expect(addon.workspace.spreadsheet.formulas('Team!H3:H3')[0]?.[0]).toBe(`=HYPERLINK("${v2.url}", "Growth Plan (v2)")`);
    // The latest version is the one a later run reports.
    expect(addon.run<DocResult>('createGrowthPlan', id)).toMatchObject({ status: 'exists', docId: v2.docId, version: 2 });
  });

  it('knows a doc someone edited and never writes into it', () => {
    const { addon, ids } = docsWorkbook();
    const first = addon.run<DocResult>('createGrowthPlan', ids[HOSTILE_NAME]);
    addon.workspace.docs.editAsPerson(first.docId, (body) => body.appendParagraph('Agreed: shadow two customer calls a week.'));
    const edited = addon.workspace.docs.text(first.docId);
    const again = addon.run<DocResult>('createGrowthPlan', ids[HOSTILE_NAME]);
    expect(again).toMatchObject({ status: 'exists', edited: true });
    expect(again.message).toContain('someone has edited it since it was written');
    addon.run<DocResult>('createGrowthPlan', ids[HOSTILE_NAME], { ifExists: 'newVersion' });
    expect(addon.workspace.docs.text(first.docId)).toBe(edited);
  });

  it("tells an edited doc by its text, not by Drive's modifiedTime, which Google may move after the save", () => {
    const { addon, ids } = docsWorkbook();
    const first = addon.run<DocResult>('createGrowthPlan', ids[HOSTILE_NAME]);
    const written = addon.workspace.docs.file(first.docId)?.modifiedTime;
    // Docs saves on its own schedule: modifiedTime and version move, the text does not.
    addon.workspace.docs.editAsPerson(first.docId, () => undefined);
    expect(addon.workspace.docs.file(first.docId)?.modifiedTime).not.toBe(written);
    expect(addon.run<DocResult>('createGrowthPlan', ids[HOSTILE_NAME])).toMatchObject({ status: 'exists', edited: false, reachable: true });
    // A formatting-only change leaves the text: still not edited. A change of text is.
    addon.workspace.docs.editAsPerson(first.docId, (body) => body.getParagraphs()[0]?.editAsText().setBold(true));
    expect(addon.run<DocResult>('createGrowthPlan', ids[HOSTILE_NAME]).edited).toBe(false);
    addon.workspace.docs.editAsPerson(first.docId, (body) => body.getParagraphs()[1]?.appendText(' (agreed)'));
    expect(addon.run<DocResult>('createGrowthPlan', ids[HOSTILE_NAME]).edited).toBe(true);
  });

  it('makes the doc through Drive, born in the cycle folder: no move, no doc left in My Drive', () => {
    const { addon, ids } = docsWorkbook();
    const { result, byName } = addon.workspace.log.measure(() => addon.run<DocResult>('createGrowthPlan', ids[HOSTILE_NAME]));
    const names = byName.map(([n]) => n);
    expect(names).not.toContain('DocumentApp.create');
    expect(names).not.toContain('Drive.Files.update');
    expect(byName.find(([n]) => n === 'Drive.Files.create')?.[1]).toBe(2); // the folder, then the doc in it
    const file = addon.workspace.docs.file(result.docId);
    expect(file).toMatchObject({ mimeType: 'application/vnd.google-apps.document', appAccess: true });
    expect(addon.workspace.docs.file(file?.parents[0] ?? '')?.mimeType).toBe('application/vnd.google-apps.folder');
  });

  it('says plainly when the Drive advanced service is not enabled (no ReferenceError), and changes nothing', () => {
    const { addon, ids } = docsWorkbook({ advancedServices: [] });
    const before = everything(addon);
    expect(() => addon.run('createGrowthPlan', ids[HOSTILE_NAME])).toThrow(
      'The Drive advanced service is not enabled for this script: enable "Drive API" (v3) under Services. Nothing was created.',
    );
    expect(everything(addon)).toBe(before);
  });

  it('asks first for a PM without manager ratings (NOT_RATED, nothing made), and makes a blank plan when asked for one', () => {
    const { addon, ids } = docsWorkbook();
    const before = everything(addon);
    expect(refusal(() => addon.run('createGrowthPlan', ids['Bo Chen']))).toEqual({
      code: 'NOT_RATED',
      message: expect.stringContaining('Bo Chen has no manager rating yet'),
    });
    expect(everything(addon)).toBe(before);
    const result = addon.run<DocResult>('createGrowthPlan', ids['Bo Chen'], { blank: true });
    expect(result.status).toBe('created');
    expect(result.message).toContain('19 sub-skills have no manager rating yet');
    const text = docText(addon, result);
    expect(text).toContain('All 19 sub-skills: no manager rating yet (Customer focus, Analytics focus, Competitive Insight,');
    expect(text).toContain('To choose together: no sub-skill had a manager rating when this plan was made.');
  });

  it('gives the plan table’s columns to fill in the room: Actions widest, then Support', () => {
    const { addon, ids } = docsWorkbook();
    const result = addon.run<DocResult>('createGrowthPlan', ids[HOSTILE_NAME]);
    const tables = addon.workspace.docs.structure(result.docId).filter((e) => e.type === 'TABLE') as unknown as Array<{
      columnWidths: Record<string, number>;
    }>;
    // Only the plan table (Focus sub-skill, Actions, Support, By when) is given widths; the others share the page equally.
    const sized = tables.filter((t) => Object.keys(t.columnWidths).length > 0);
    expect(sized).toHaveLength(1);
    const plan = sized[0]!;
    // Focus sub-skill, Support and By when are sized; Actions takes what they leave of the page (468 pt), the most.
    expect(plan.columnWidths).toEqual({ '0': 96, '2': 120, '3': 66 });
    expect(468 - 96 - 120 - 66).toBeGreaterThan(120);
    expect(addon.workspace.docs.html(result.docId)).toContain(
      '<colgroup><col style="width: 20.51%"><col style="width: 39.74%"><col style="width: 25.64%"><col style="width: 14.10%"></colgroup>',
    );
  });

  it('refuses an unknown person or a bad option with a clear message and changes nothing', () => {
    const { addon } = docsWorkbook();
    const before = everything(addon);
    expect(() => addon.run('createGrowthPlan', 'p-nobody')).toThrow('There is no PM with the id "p-nobody" in this workbook');
    expect(() => addon.run('createGrowthPlan', '  ')).toThrow('Growth plan: choose a person');
    expect(() => addon.run('createGrowthPlan', 'p-x', { ifExists: 'overwrite' })).toThrow(/Growth plan options/);
    expect(everything(addon)).toBe(before);
  });
});

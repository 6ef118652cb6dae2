import type { SetupResult, ValidationReport } from '../../src/core/api';
import { COLUMN, loadAddon, ref, rowOf, setUp } from './workbookSupport';

/** A paste brings the source cell's format with it, so a pasted formula is a formula even in a plain-text column. */
function pasteFormula(addon: ReturnType<typeof loadAddon>, a1: string, formula: string): void {
  addon.workspace.spreadsheet.api.getRange(a1).setNumberFormat('0.###############').setFormula(formula);
}

function paste(addon: ReturnType<typeof loadAddon>, a1: string, value: string | number): void {
  addon.workspace.spreadsheet.api.getRange(a1).setNumberFormat('0.###############').setValue(value);
}

describe('validateRatings', () => {
  it('reports every pasted bad value by sheet and cell, and nothing else', () => {
    const addon = loadAddon();
    const team = [
      { name: 'Ann Lee', level: 'PM' },
      { name: 'Bo Chen', level: 'Senior PM' },
    ];
    setUp(addon, team);
    expect(addon.run<ValidationReport>('validateRatings')).toEqual({ ok: true, problems: [] });

    const ann = (subskill: string, column: keyof typeof COLUMN) => ref('Ann Lee', `${COLUMN[column]}${rowOf(addon, 'Ann Lee', subskill)}`);
    const bo = (subskill: string, column: keyof typeof COLUMN) => ref('Bo Chen', `${COLUMN[column]}${rowOf(addon, 'Bo Chen', subskill)}`);
    paste(addon, ann('subskill:customer-focus', 'manager'), 'Exceeds'); // fine
    paste(addon, ann('subskill:analytics-focus', 'self'), 'exceeds'); // wrong case
    paste(addon, ann('subskill:customer-focus', 'peer'), 4); // a number
    pasteFormula(addon, bo('subskill:customer-focus', 'manager'), '=HYPERLINK("http://x","Exceeds")'); // a formula showing a rating
    paste(addon, bo('area:insight-driven', 'self'), 'Exceptional'); // on an area row
    paste(addon, bo('detail:customer-focus:impact', 'evidence'), 'said on the wrong row'); // evidence on a dimension row

    const report = addon.run<ValidationReport>('validateRatings');
    expect(report.ok).toBe(false);
    const where = (a1: string) => a1.replace(/^'(.*)'!/, '$1!');
    expect(report.problems.map((p) => `${p.sheet}!${p.cell} ${p.value}`).sort()).toEqual(
      [
        `${where(ann('subskill:analytics-focus', 'self'))} exceeds`,
        `${where(ann('subskill:customer-focus', 'peer'))} 4`,
        `${where(bo('subskill:customer-focus', 'manager'))} =HYPERLINK("http://x","Exceeds")`,
        `${where(bo('area:insight-driven', 'self'))} Exceptional`,
        `${where(bo('detail:customer-focus:impact', 'evidence'))} said on the wrong row`,
      ].sort(),
    );
    expect(report.problems.find((p) => p.value === 'exceeds')?.message).toMatch(/did you mean “Exceeds”/);
    expect(report.problems.find((p) => p.value.startsWith('=HYPERLINK'))?.message).toMatch(/formula/);
  });

  it('shows the report from the menu and selects the bad cells', () => {
    const addon = loadAddon();
    const result = setUp(addon, [{ name: 'Ann <b>Lee</b>', level: 'PM' }]);
    const sheet = result.sheets[2]!;
    const a1 = `${COLUMN.self}${rowOf(addon, sheet, 'subskill:customer-focus')}`;
    paste(addon, ref(sheet, a1), '<script>alert(1)</script>');
    addon.run('showRatingProblems');
    const shown = addon.workspace.ui.shown.at(-1)!;
    expect(shown.kind).toBe('modeless');
    expect(shown.html).toContain(`<td>${a1}</td>`);
    expect(shown.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(shown.html).not.toContain('<script>');
    expect(addon.workspace.spreadsheet.activeSheetName()).toBe(sheet);
  });

  it('says so when every rating is valid', () => {
    const addon = loadAddon();
    setUp(addon, [{ name: 'Ann', level: 'PM' }]);
    addon.run<SetupResult>('showRatingProblems');
    expect(addon.workspace.ui.shown.at(-1)?.html).toMatch(/Every rating is valid \(1 rating sheet checked\)/);
  });
});

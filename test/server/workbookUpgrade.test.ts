import { LAYOUT_VERSION } from '../../src/core/workbook/layoutVersion';
import { COLUMN, cell, loadAddon, ref, rowOf, setUp, typeInto } from './workbookSupport';

/**
 * A workbook made by the release before the layout version was recorded (version 1) must be
 * brought up to date by the next refresh, losing nothing: refresh used to decide that a PM sheet
 * needs no write from its values alone, so a dropdown or colour it lacked stayed missing for ever.
 * The workbook is made with the current code, then made to look older: the version removed from
 * the settings (Team!A1 and the document properties) and from the Calibration sheet's A1, a
 * dropdown and colours removed, the chart pointed at a shorter table.
 */
const SETTINGS_PROPERTY = 'careerLadder.settings';
const CAL = 'Calibration';

function withoutVersion(json: string): string {
  const settings = JSON.parse(json) as Record<string, unknown>;
  delete settings.layoutVersion;
  return JSON.stringify(settings);
}

describe('a refresh of a workbook written with an older layout', () => {
  it('re-applies formats, dropdowns, colours and the chart range once, keeping every rating and evidence', () => {
    const addon = loadAddon();
    setUp(addon);
    addon.run('refreshCalibration');
    const ss = addon.workspace.spreadsheet.api;
    const sheet = 'Ann Lee';
    const row = rowOf(addon, sheet, 'subskill:customer-focus');
    const areaRow = rowOf(addon, sheet, 'area:insight-driven');
    typeInto(addon, ref(sheet, `${COLUMN.manager}${row}`), 'Exceeds');
    typeInto(addon, ref(sheet, `${COLUMN.self}${row}`), 'Successfully Meets');
    typeInto(addon, ref(sheet, `${COLUMN.evidence}${row}`), 'Ran 12 customer calls');

    const written = {
      validation: addon.workspace.spreadsheet.validations(ref(sheet, `${COLUMN.peer}${row}`))[0]![0],
      areaFill: addon.workspace.spreadsheet.backgrounds(ref(sheet, `${COLUMN.self}${areaRow}`))[0]![0],
      overrideRule: addon.workspace.spreadsheet.validations(`${CAL}!F19`)[0]![0],
    };
    expect(written.validation).not.toBeNull();
    expect(written.areaFill).not.toBe('#ffffff');
    expect(JSON.parse(String(cell(addon, 'Team!A1')))).toMatchObject({ layoutVersion: LAYOUT_VERSION });
    expect(cell(addon, `${CAL}!A1`)).toBe(`layout:${LAYOUT_VERSION}`);

    // The workbook as the previous release left it.
    ss.getRange('Team!A1').setValue(withoutVersion(String(cell(addon, 'Team!A1'))));
    addon.workspace.properties.document.set(SETTINGS_PROPERTY, withoutVersion(addon.workspace.properties.document.get(SETTINGS_PROPERTY)!));
    ss.getRange(ref(sheet, `${COLUMN.peer}${row}`)).clearDataValidations();
    ss.getRange(ref(sheet, `${COLUMN.self}${areaRow}:${COLUMN.evidence}${areaRow}`)).setBackground('#ffffff');
    ss.getRange(`${CAL}!A1`).setValue('');
    ss.getRange(`${CAL}!F19:F40`).clearDataValidations();
    const calibration = ss.getSheetByName(CAL)!;
    const [chart] = calibration.getCharts();
    calibration.updateChart(chart!.modify().clearRanges().addRange(calibration.getRange('B9:C14')).build());

    // A refresh with nothing else to do still rewrites every PM sheet in full, once.
    const log = addon.workspace.log;
    const upgrade = log.measure(() => addon.run('refreshWorkbook')).calls;
    expect(cell(addon, ref(sheet, `${COLUMN.manager}${row}`))).toBe('Exceeds');
    expect(cell(addon, ref(sheet, `${COLUMN.self}${row}`))).toBe('Successfully Meets');
    expect(cell(addon, ref(sheet, `${COLUMN.evidence}${row}`))).toBe('Ran 12 customer calls');
    expect(addon.workspace.spreadsheet.validations(ref(sheet, `${COLUMN.peer}${row}`))[0]![0]).toEqual(written.validation);
    expect(addon.workspace.spreadsheet.backgrounds(ref(sheet, `${COLUMN.self}${areaRow}`))[0]![0]).toBe(written.areaFill);
    expect(JSON.parse(String(cell(addon, 'Team!A1')))).toMatchObject({ layoutVersion: LAYOUT_VERSION });
    expect(JSON.parse(addon.workspace.properties.document.get(SETTINGS_PROPERTY)!)).toMatchObject({ layoutVersion: LAYOUT_VERSION });

    // The Calibration sheet is refreshed on its own: its dropdown and chart range come back, overrides kept.
    typeInto(addon, `${CAL}!F19`, 'Exceptional');
    typeInto(addon, `${CAL}!G19`, 'Shipped the platform');
    addon.run('refreshCalibration');
    expect(cell(addon, `${CAL}!A1`)).toBe(`layout:${LAYOUT_VERSION}`);
    expect(addon.workspace.spreadsheet.validations(`${CAL}!F19`)[0]![0]).toEqual(written.overrideRule);
    expect(calibration.getCharts().map((c) => c.getRanges().map((r) => r.getA1Notation()))).toEqual([['B9:C15']]);
    expect([cell(addon, `${CAL}!F19`), cell(addon, `${CAL}!G19`)]).toEqual(['Exceptional', 'Shipped the platform']);

    // Once only: the next refreshes cost what a refresh of an up-to-date workbook costs.
    const same = log.measure(() => addon.run('refreshWorkbook')).calls;
    expect(same).toBeLessThan(upgrade);
    const again = log.measure(() => addon.run('refreshWorkbook')).calls;
    expect(again).toBe(same);
    const calibrationAgain = log.measure(() => addon.run('refreshCalibration')).byName.map(([name]) => name);
    expect(calibrationAgain).not.toContain('Sheet.updateChart');
    expect(calibrationAgain).not.toContain('Range.setDataValidation');
  });

  it('moves a layout 2 PM sheet’s ratings (after the last level) to the columns after the sub-skill, losing nothing', () => {
    const addon = loadAddon();
    setUp(addon);
    const ss = addon.workspace.spreadsheet.api;
    const sheet = 'Bo Chen';
    const row = rowOf(addon, sheet, 'subskill:customer-focus');
    typeInto(addon, ref(sheet, `${COLUMN.manager}${row}`), 'Exceeds');
    typeInto(addon, ref(sheet, `${COLUMN.peer}${row}`), 'Successfully Meets');
    typeInto(addon, ref(sheet, `${COLUMN.evidence}${row}`), '=not a formula, typed as text');
    const layout3 = addon.workspace.spreadsheet.values(ref(sheet, 'A1:N80'));

    // The sheet as layout 2 wrote it: A–C, Dimension, Description, the levels in ladder order, then Self, Peer, Manager, Evidence.
    const header = layout3[1]!;
    const byName = (name: string) => header.findIndex((h) => String(h).replace(/ \((current|next) level\)$/, '') === name);
    const ladderOrder = ['Associate PM', 'PM', 'Senior PM', 'Staff PM', 'Principal PM'].map(byName);
    const layout2 = layout3.map((r) => [r[0], r[1], r[2], r[7], r[8], ...ladderOrder.map((c) => r[c]), r[3], r[4], r[5], r[6]]);
    layout2[0] = [layout3[0]![0], layout3[0]![1], layout3[0]![3], '', '', '', '', '', '', '', '', '', '', ''];
    ss.getRange(ref(sheet, 'A1:N80')).setValues(layout2 as string[][]);
    ss.getSheetByName(sheet)!.setConditionalFormatRules([]);
    const settings = JSON.parse(String(cell(addon, 'Team!A1'))) as Record<string, unknown>;
    ss.getRange('Team!A1').setValue(JSON.stringify({ ...settings, layoutVersion: 2 }));
    addon.workspace.properties.document.set(SETTINGS_PROPERTY, JSON.stringify({ ...settings, layoutVersion: 2 }));
    expect(cell(addon, ref(sheet, `M${row}`))).toBe('Exceeds');

    addon.run('refreshWorkbook');
    expect(addon.workspace.spreadsheet.values(ref(sheet, 'A1:N80'))).toEqual(layout3);
    expect(cell(addon, ref(sheet, `${COLUMN.manager}${row}`))).toBe('Exceeds');
    expect(cell(addon, ref(sheet, `${COLUMN.evidence}${row}`))).toBe('=not a formula, typed as text');
    expect((addon.workspace.spreadsheet.sheet(sheet) as { conditionalFormatRules: unknown[] }).conditionalFormatRules).toHaveLength(5);
    expect(JSON.parse(String(cell(addon, 'Team!A1')))).toMatchObject({ layoutVersion: LAYOUT_VERSION });
  });
});

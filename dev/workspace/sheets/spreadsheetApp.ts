/**
 * SpreadsheetApp (developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app) for
 * an add-on bound to one spreadsheet, and the `Charts` global whose enums embedded charts use
 * (`Charts.ChartType.COLUMN`). The add-on's scope is `spreadsheets.currentonly`, so opening
 * other spreadsheets (openById, openByUrl, create) is not available and throws.
 */
import type { CallLog } from '../callLog';
import { strict } from '../strict';
import { ConditionalFormatRuleBuilderImpl } from './conditionalFormat';
import {
  BooleanCriteria,
  BorderStyle,
  ChartHiddenDimensionStrategy,
  ChartMergeStrategy,
  ChartType,
  DataValidationCriteria,
  Dimension,
  Position,
  ProtectionType,
  SheetType,
  WrapStrategy,
  strictEnum,
} from './enums';
import { rangeImplOf } from './range';
import type { SpreadsheetImpl } from './spreadsheet';
import { DataValidationBuilderImpl } from './validation';

class SpreadsheetAppImpl {
  readonly ProtectionType;
  readonly DataValidationCriteria;
  readonly BooleanCriteria;
  readonly WrapStrategy;
  readonly BorderStyle;
  readonly Dimension;
  readonly SheetType;

  constructor(
    private readonly _ss: SpreadsheetImpl,
    private readonly _ui: () => GoogleAppsScript.Base.Ui,
  ) {
    const { log } = _ss._env;
    this.ProtectionType = strictEnum(ProtectionType, 'SpreadsheetApp.ProtectionType', log);
    this.DataValidationCriteria = strictEnum(DataValidationCriteria, 'SpreadsheetApp.DataValidationCriteria', log);
    this.BooleanCriteria = strictEnum(BooleanCriteria, 'SpreadsheetApp.BooleanCriteria', log);
    this.WrapStrategy = strictEnum(WrapStrategy, 'SpreadsheetApp.WrapStrategy', log);
    this.BorderStyle = strictEnum(BorderStyle, 'SpreadsheetApp.BorderStyle', log);
    this.Dimension = strictEnum(Dimension, 'SpreadsheetApp.Dimension', log);
    this.SheetType = strictEnum(SheetType, 'SpreadsheetApp.SheetType', log);
  }

  getActive(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this._ss._self;
  }

  getActiveSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this._ss._self;
  }

  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return this._ss._active._self;
  }

  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GoogleAppsScript.Spreadsheet.Sheet {
    return this._ss.setActiveSheet(sheet);
  }

  getActiveRange(): GoogleAppsScript.Spreadsheet.Range {
    return this._ss.getActiveRange();
  }

  setActiveRange(range: GoogleAppsScript.Spreadsheet.Range): GoogleAppsScript.Spreadsheet.Range {
    const impl = rangeImplOf(range, 'SpreadsheetApp.setActiveRange', [range]);
    this._ss._activate(impl._sheet, impl);
    return impl._self;
  }

  getUi(): GoogleAppsScript.Base.Ui {
    return this._ui();
  }

  /** Writes are applied at once in memory; flush only costs its call, as in Google. */
  flush(): void {}

  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return new DataValidationBuilderImpl(this._ss._env)._self;
  }

  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilderImpl(this._ss._env)._self;
  }
}

export function createSpreadsheetApp(ss: SpreadsheetImpl, ui: () => GoogleAppsScript.Base.Ui): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return strict(new SpreadsheetAppImpl(ss, ui), 'SpreadsheetApp', ss._env.log) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}

class ChartsImpl {
  readonly ChartType;
  readonly ChartHiddenDimensionStrategy;
  readonly ChartMergeStrategy;
  readonly Position;

  constructor(log: CallLog) {
    this.ChartType = strictEnum(ChartType, 'Charts.ChartType', log);
    this.ChartHiddenDimensionStrategy = strictEnum(ChartHiddenDimensionStrategy, 'Charts.ChartHiddenDimensionStrategy', log);
    this.ChartMergeStrategy = strictEnum(ChartMergeStrategy, 'Charts.ChartMergeStrategy', log);
    this.Position = strictEnum(Position, 'Charts.Position', log);
  }
}

/** Only the enums: stand-alone Charts builders (newColumnChart …) are not implemented. */
export function createCharts(log: CallLog): GoogleAppsScript.Charts.Charts {
  return strict(new ChartsImpl(log), 'Charts', log) as unknown as GoogleAppsScript.Charts.Charts;
}

/**
 * The Sheets advanced service (Sheets API v4), as the add-on uses it: Spreadsheets.create of a
 * one-sheet spreadsheet with its cells, and Spreadsheets.Values.get. Both accept the drive.file
 * scope, which then reaches only spreadsheets the app created (or the user picked): any other is
 * 404, "Requested entity was not found.", as Drive answers "File not found" for it.
 * https://developers.google.com/apps-script/advanced/sheets
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/create
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/get
 * https://developers.google.com/workspace/drive/api/guides/api-specific-auth
 *
 * - create: "Creates a spreadsheet, returning the newly created spreadsheet"; it lands in the
 *   user's My Drive (the API has no parent; Drive's files.update moves it).
 * - values.get: the range's values as shown (valueRenderOption FORMATTED_VALUE by default), rows
 *   as arrays; "Empty trailing rows and columns will not be included", and no `values` at all
 *   when the range is empty.
 *   https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values#ValueRange
 */
import type { CallLog } from '../callLog';
import type { DriveFileRecord, DriveStore } from '../docs/driveStore';
import { SPREADSHEET_MIME } from '../docs/driveStore';
import { NotImplementedError, strict } from '../strict';
import { splitSheetName } from './a1';
import type { SheetsEnv } from './env';
import type { SpreadsheetImpl } from './spreadsheet';
import { DataValidationBuilderImpl } from './validation';

type Schema = GoogleAppsScript.Sheets.Schema.Spreadsheet;
type ValueRange = GoogleAppsScript.Sheets.Schema.ValueRange;

/** How the advanced service reports an API error (https://developers.google.com/apps-script/guides/services/advanced#how_to_handle_errors). */
export class SheetsApiException extends Error {
  readonly details: { code: number; message: string; errors: Array<{ domain: string; reason: string; message: string }> };

  constructor(method: string, code: number, message: string, reason: string) {
    super(`API call to sheets.${method} failed with error: ${message}`);
    this.name = 'GoogleJsonResponseException';
    this.details = { code, message, errors: [{ domain: 'global', reason, message }] };
  }
}

export interface SheetsV4 {
  Spreadsheets: {
    create(resource: Schema): Schema;
    Values: { get(spreadsheetId: string, range: string, optionalArgs?: object): ValueRange };
  };
}

export interface SheetsApiHost {
  log: CallLog;
  env: SheetsEnv;
  store: DriveStore;
  /** Makes the spreadsheet behind a new Drive record; the spreadsheet of a file id. */
  create(record: DriveFileRecord): SpreadsheetImpl;
  find(id: string): SpreadsheetImpl | undefined;
}

function only(what: string, value: unknown, keys: readonly string[]): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object') throw new NotImplementedError(`Sheets ${what} that is not an object`);
  for (const key of Object.keys(value)) if (!keys.includes(key)) throw new NotImplementedError(`Sheets ${what}.${key}`);
  return value as Record<string, unknown>;
}

/** The workspace's own calls on the model: uncounted and outside the script's scopes (the API does this server-side). */
function internally<T>(log: CallLog, fn: () => T): T {
  const check = log.beforeCall;
  log.beforeCall = () => {};
  try {
    return log.quietly(fn);
  } finally {
    log.beforeCall = check;
  }
}

class SpreadsheetsValuesNode {
  readonly _className = 'Sheets.Spreadsheets.Values';

  constructor(private readonly _host: SheetsApiHost) {}

  get(spreadsheetId: string, range: string, optionalArgs?: object): ValueRange {
    only('values.get optionalArgs', optionalArgs, []);
    const { store, log } = this._host;
    const record = typeof spreadsheetId === 'string' ? store.visible(spreadsheetId) : undefined;
    const file = record && record.mimeType === SPREADSHEET_MIME ? this._host.find(record.id) : undefined;
    if (!file) throw new SheetsApiException('spreadsheets.values.get', 404, 'Requested entity was not found.', 'notFound');
    const { sheetName, rest } = splitSheetName(String(range));
    const sheet = sheetName === null ? file._sheets[0] : file._sheetNamed(sheetName);
    if (!sheet) throw new SheetsApiException('spreadsheets.values.get', 400, `Unable to parse range: ${String(range)}`, 'badRequest');
    const shown = internally(log, () => sheet._self.getRange(rest).getDisplayValues());
    const rows = shown.map((row) => {
      let end = row.length;
      while (end > 0 && row[end - 1] === '') end -= 1;
      return row.slice(0, end);
    });
    while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
    const out: ValueRange = { range: `'${sheet._name.replace(/'/g, "''")}'!${rest}`, majorDimension: 'ROWS' };
    if (rows.length > 0) out.values = rows;
    return out;
  }
}

class SpreadsheetsNode {
  readonly _className = 'Sheets.Spreadsheets';
  readonly Values: SpreadsheetsValuesNode;

  constructor(private readonly _host: SheetsApiHost) {
    this.Values = strict(new SpreadsheetsValuesNode(_host), 'Sheets.Spreadsheets.Values', _host.log) as SpreadsheetsValuesNode;
  }

  /** One sheet, its cells given as `data` (string values, plain-text format, wrap, bold, a dropdown), frozen rows, hidden columns. */
  create(resource: Schema): Schema {
    const top = only('Spreadsheet', resource, ['properties', 'sheets']);
    const title = String(only('Spreadsheet.properties', top.properties, ['title']).title ?? 'Untitled spreadsheet');
    const sheets = (top.sheets ?? []) as unknown[];
    if (!Array.isArray(sheets) || sheets.length > 1) throw new NotImplementedError('Sheets Spreadsheets.create of more than one sheet');
    const { store, log, env } = this._host;
    const record = store.add({ name: title, mimeType: SPREADSHEET_MIME, appAccess: true, idPrefix: '1Sheet' });
    const file = this._host.create(record);
    const spec = only('Sheet', sheets[0], ['properties', 'data']);
    const props = only('SheetProperties', spec.properties, ['title', 'gridProperties']);
    const grid = only('GridProperties', props.gridProperties, ['frozenRowCount']);
    internally(log, () => {
      const sheet = file._sheets[0]!._self;
      if (typeof props.title === 'string') sheet.setName(props.title);
      for (const data of (spec.data ?? []) as unknown[]) {
        const block = only('GridData', data, ['startRow', 'startColumn', 'rowData', 'columnMetadata']);
        const row0 = Number(block.startRow ?? 0);
        const col0 = Number(block.startColumn ?? 0);
        ((block.rowData ?? []) as unknown[]).forEach((rowData, r) => {
          const cells = (only('RowData', rowData, ['values']).values ?? []) as unknown[];
          cells.forEach((cellData, c) => {
            const cell = only('CellData', cellData, ['userEnteredValue', 'userEnteredFormat', 'dataValidation']);
            const range = sheet.getRange(row0 + r + 1, col0 + c + 1);
            const format = only('CellFormat', cell.userEnteredFormat, ['numberFormat', 'wrapStrategy', 'textFormat']);
            const numberFormat = only('NumberFormat', format.numberFormat, ['type']);
            if (numberFormat.type === 'TEXT') range.setNumberFormat('@');
            else if (numberFormat.type !== undefined) throw new NotImplementedError(`Sheets number format ${String(numberFormat.type)}`);
            if (format.wrapStrategy === 'WRAP') range.setWrap(true);
            else if (format.wrapStrategy !== undefined)
              throw new NotImplementedError(`Sheets wrap strategy ${String(format.wrapStrategy)}`);
            if (only('TextFormat', format.textFormat, ['bold']).bold === true) range.setFontWeight('bold');
            const value = only('ExtendedValue', cell.userEnteredValue, ['stringValue']);
            if (typeof value.stringValue === 'string') range.setValue(value.stringValue);
            if (cell.dataValidation !== undefined) {
              const rule = only('DataValidationRule', cell.dataValidation, ['condition', 'strict', 'showCustomUi']);
              const condition = only('BooleanCondition', rule.condition, ['type', 'values']);
              if (condition.type !== 'ONE_OF_LIST') throw new NotImplementedError(`Sheets validation ${String(condition.type)}`);
              const values = ((condition.values ?? []) as unknown[]).map((v) =>
                String(only('ConditionValue', v, ['userEnteredValue']).userEnteredValue),
              );
              const built = new DataValidationBuilderImpl(env)._self
                .requireValueInList(values, rule.showCustomUi === true)
                .setAllowInvalid(rule.strict !== true)
                .build();
              range.setDataValidation(built);
            }
          });
        });
        ((block.columnMetadata ?? []) as unknown[]).forEach((meta, i) => {
          if (only('DimensionProperties', meta, ['hiddenByUser']).hiddenByUser === true) sheet.hideColumns(col0 + i + 1);
        });
      }
      if (typeof grid.frozenRowCount === 'number') sheet.setFrozenRows(grid.frozenRowCount);
    });
    return {
      spreadsheetId: record.id,
      spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${record.id}/edit`,
      properties: { title },
      sheets: file._sheets.map((s, index) => ({ properties: { sheetId: s._sheetId, title: s._name, index, sheetType: 'GRID' } })),
    } as Schema;
  }
}

export function createSheetsService(host: SheetsApiHost): SheetsV4 {
  const spreadsheets = strict(new SpreadsheetsNode(host), 'Sheets.Spreadsheets', host.log);
  return strict({ Spreadsheets: spreadsheets }, 'Sheets', host.log) as unknown as SheetsV4;
}

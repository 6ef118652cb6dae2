/**
 * Data validation rules and their builder
 * (developers.google.com/apps-script/reference/spreadsheet/data-validation-builder).
 *
 * Rules are stored on cells and read back; they are NOT enforced when a script writes values:
 * a script's setValue/setValues bypasses validation, as a paste does, and the cell only shows
 * a red "invalid" mark (Google: validation runs in the editor UI, not on script writes — see
 * docs/ARCHITECTURE.md, Rating rules: a paste bypasses dropdowns; and taourl.com/read-2965332.html for the
 * observed behaviour). The add-on must therefore check every rating itself.
 *
 * `getAllowInvalid()` is true for a new rule ("The default for new data validation rules is
 * true" — developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#getallowinvalid).
 */
import { strict } from '../strict';
import { quoteSheetName } from './a1';
import { exception, signatureError } from './errors';
import { DataValidationCriteria, type DataValidationCriteriaName, enumName } from './enums';
import type { SheetsEnv } from './env';
import { type RangeImpl, rangeImplOf } from './range';
import { isDate } from './timezone';

export interface ValidationState {
  criteria: DataValidationCriteriaName | null;
  args: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

/** Google's limit on an inline list (the message a script gets past it). */
export const MAX_LIST_ITEMS = 500;

type GasDataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type GasDataValidationBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

const impls = new WeakMap<object, DataValidationImpl>();

function copyArgs(args: readonly unknown[]): unknown[] {
  return args.map((a) => (Array.isArray(a) ? [...(a as unknown[])] : isDate(a) ? new Date(a.getTime()) : a));
}

export class DataValidationImpl {
  readonly _self: GasDataValidation;

  constructor(
    readonly _state: Readonly<ValidationState>,
    readonly _env: SheetsEnv,
  ) {
    this._self = strict(this, 'DataValidation', _env.log) as unknown as GasDataValidation;
    impls.set(this._self, this);
    impls.set(this, this);
  }

  copy(): GasDataValidationBuilder {
    return new DataValidationBuilderImpl(this._env, { ...this._state, args: copyArgs(this._state.args) })._self;
  }

  getAllowInvalid(): boolean {
    return this._state.allowInvalid;
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return criteriaEnum(this._state.criteria);
  }

  getCriteriaValues(): unknown[] {
    return copyArgs(this._state.args);
  }

  getHelpText(): string | null {
    return this._state.helpText;
  }

  /** JSON-safe picture of the rule for snapshots (a range argument becomes `'Sheet'!A1:B2`). */
  _snapshot(): unknown {
    return {
      criteria: this._state.criteria,
      values: this._state.args.map(argSnapshot),
      allowInvalid: this._state.allowInvalid,
      helpText: this._state.helpText,
    };
  }
}

function argSnapshot(arg: unknown): unknown {
  const range = tryRange(arg);
  if (range) return `${quoteSheetName(range._sheet._name)}!${range.getA1Notation()}`;
  if (isDate(arg)) return arg.toISOString();
  if (Array.isArray(arg)) return arg.map(argSnapshot);
  return arg;
}

function tryRange(arg: unknown): RangeImpl | null {
  try {
    return typeof arg === 'object' && arg !== null ? rangeImplOf(arg, '', []) : null;
  } catch {
    return null;
  }
}

function criteriaEnum(name: DataValidationCriteriaName | null): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
  if (name === null) throw exception('The data validation rule has no criteria.');
  return DataValidationCriteria[name] as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
}

/** The rule behind a DataValidation handed back by a caller, or Google's signature error. */
export function validationImplOf(rule: unknown, method: string, env: SheetsEnv): DataValidationImpl {
  const impl = typeof rule === 'object' && rule !== null ? impls.get(rule) : undefined;
  if (!impl) throw signatureError(method, [rule]);
  if (impl._env !== env) {
    // Apps Script objects do not outlive their execution; a rule cached in a module-level
    // variable across workspaces (executions) is a bug the real service would not let pass.
    throw new Error('In-memory workspace: this DataValidation was built in another workspace (another execution).');
  }
  return impl;
}

const BUILDER = 'SpreadsheetApp.DataValidationBuilder';

export class DataValidationBuilderImpl {
  readonly _self: GasDataValidationBuilder;
  private _state: ValidationState;

  constructor(
    private readonly _env: SheetsEnv,
    state?: ValidationState,
  ) {
    this._state = state ?? { criteria: null, args: [], allowInvalid: true, helpText: null };
    // Builders cost one call, at build() (docs/ARCHITECTURE.md, Service-call budgets).
    this._self = strict(this, 'DataValidationBuilder', _env.log, {
      counted: (m) => m === 'build',
    }) as unknown as GasDataValidationBuilder;
  }

  private _set(criteria: DataValidationCriteriaName, args: unknown[]): this {
    this._state = { ...this._state, criteria, args };
    return this;
  }

  build(): GasDataValidation {
    const { criteria, args } = this._state;
    if (criteria === null) {
      // Wording ours: Google's exact text for a rule built without criteria is not documented.
      throw exception('A data validation rule needs criteria: call one of the require… methods before build().');
    }
    if (criteria === 'VALUE_IN_LIST' && Array.isArray(args[0]) && args[0].length > MAX_LIST_ITEMS) {
      throw exception('The data validation rule has more items than the limit of 500. Use the ‘List from a range’ criteria instead.');
    }
    return new DataValidationImpl({ ...this._state, args: copyArgs(args) }, this._env)._self;
  }

  copy(): GasDataValidationBuilder {
    return new DataValidationBuilderImpl(this._env, { ...this._state, args: copyArgs(this._state.args) })._self;
  }

  getAllowInvalid(): boolean {
    return this._state.allowInvalid;
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return criteriaEnum(this._state.criteria);
  }

  getCriteriaValues(): unknown[] {
    return copyArgs(this._state.args);
  }

  getHelpText(): string | null {
    return this._state.helpText;
  }

  requireCheckbox(...args: unknown[]): this {
    return this._set('CHECKBOX', args.slice(0, 2));
  }

  requireNumberBetween(start: number, end: number): this {
    return this._set('NUMBER_BETWEEN', [numberArg(start, 'requireNumberBetween'), numberArg(end, 'requireNumberBetween')]);
  }

  requireTextIsEmail(): this {
    return this._set('TEXT_IS_VALID_EMAIL', []);
  }

  /** Criteria values read back as `[values, showDropdown]`; the dropdown shows by default. */
  requireValueInList(values: string[], showDropdown?: boolean): this {
    if (!Array.isArray(values) || !values.every((v) => typeof v === 'string')) {
      throw signatureError(`${BUILDER}.requireValueInList`, showDropdown === undefined ? [values] : [values, showDropdown]);
    }
    return this._set('VALUE_IN_LIST', [[...values], showDropdown ?? true]);
  }

  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown?: boolean): this {
    const impl = rangeImplOf(range, `${BUILDER}.requireValueInRange`, [range]);
    return this._set('VALUE_IN_RANGE', [impl._self, showDropdown ?? true]);
  }

  setAllowInvalid(allowInvalidData: boolean): this {
    this._state = { ...this._state, allowInvalid: Boolean(allowInvalidData) };
    return this;
  }

  setHelpText(helpText: string): this {
    this._state = { ...this._state, helpText: String(helpText) };
    return this;
  }

  withCriteria(criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria, args: unknown[]): this {
    const name = enumName(DataValidationCriteria, criteria);
    if (name === null || !Array.isArray(args)) throw signatureError(`${BUILDER}.withCriteria`, [criteria, args]);
    return this._set(name, copyArgs(args));
  }
}

function numberArg(value: unknown, method: string): number {
  if (typeof value !== 'number') throw signatureError(`${BUILDER}.${method}`, [value]);
  return value;
}

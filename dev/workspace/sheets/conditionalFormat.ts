/**
 * Conditional format rules
 * (developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder).
 * Rules are values: a sheet's rules are replaced as a whole with
 * `Sheet.setConditionalFormatRules(rules)`, and `getConditionalFormatRules()` returns new
 * objects each time. Only boolean conditions are modelled; gradients throw.
 */
import { strict } from '../strict';
import { signatureError } from './errors';
import { BooleanCriteria, type BooleanCriteriaName, enumName } from './enums';
import type { SheetsEnv } from './env';
import { normalizeColor } from './cell';
import { type RangeRef, rangeImplOf, refSnapshot, refToRange } from './range';

export interface RuleFormat {
  background?: string | null;
  fontColor?: string | null;
  bold?: boolean | null;
  italic?: boolean | null;
  strikethrough?: boolean | null;
  underline?: boolean | null;
}

export interface RuleState {
  ranges: RangeRef[];
  criteria: BooleanCriteriaName | null;
  values: unknown[];
  format: RuleFormat;
}

function copyRule(s: RuleState): RuleState {
  return {
    ranges: s.ranges.map((r) => ({ ...r, rect: { ...r.rect } })),
    criteria: s.criteria,
    values: [...s.values],
    format: { ...s.format },
  };
}

const impls = new WeakMap<object, ConditionalFormatRuleImpl>();

export function ruleStateOf(rule: unknown, method: string): RuleState {
  const impl = typeof rule === 'object' && rule !== null ? impls.get(rule) : undefined;
  if (!impl) throw signatureError(method, [rule]);
  return copyRule(impl._state);
}

class BooleanConditionImpl {
  constructor(private readonly _state: RuleState) {}

  getBackground(): string | null {
    return this._state.format.background ?? null;
  }

  getFontColor(): string | null {
    return this._state.format.fontColor ?? null;
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    return BooleanCriteria[this._state.criteria ?? 'CELL_NOT_EMPTY'] as unknown as GoogleAppsScript.Spreadsheet.BooleanCriteria;
  }

  getCriteriaValues(): unknown[] {
    return [...this._state.values];
  }
}

function booleanCondition(state: RuleState, env: SheetsEnv): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
  if (state.criteria === null) return null;
  return strict(
    new BooleanConditionImpl(copyRule(state)),
    'BooleanCondition',
    env.log,
  ) as unknown as GoogleAppsScript.Spreadsheet.BooleanCondition;
}

export class ConditionalFormatRuleImpl {
  readonly _self: GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

  constructor(
    private readonly _env: SheetsEnv,
    readonly _state: RuleState,
  ) {
    this._self = strict(this, 'ConditionalFormatRule', _env.log) as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
    impls.set(this._self, this);
  }

  copy(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilderImpl(this._env, copyRule(this._state))._self;
  }

  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    return booleanCondition(this._state, this._env);
  }

  getGradientCondition(): null {
    return null;
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this._state.ranges.map(refToRange);
  }
}

const BUILDER = 'SpreadsheetApp.ConditionalFormatRuleBuilder';

export class ConditionalFormatRuleBuilderImpl {
  readonly _self: GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;

  constructor(
    private readonly _env: SheetsEnv,
    private _state: RuleState = { ranges: [], criteria: null, values: [], format: {} },
  ) {
    // Builders cost one call, at build() (docs/ARCHITECTURE.md, Service-call budgets).
    this._self = strict(this, 'ConditionalFormatRuleBuilder', _env.log, {
      counted: (m) => m === 'build',
    }) as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
  }

  private _when(criteria: BooleanCriteriaName, values: unknown[]): this {
    this._state = { ...this._state, criteria, values };
    return this;
  }

  private _format(patch: RuleFormat): this {
    this._state = { ...this._state, format: { ...this._state.format, ...patch } };
    return this;
  }

  build(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
    return new ConditionalFormatRuleImpl(this._env, copyRule(this._state))._self;
  }

  copy(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilderImpl(this._env, copyRule(this._state))._self;
  }

  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    return booleanCondition(this._state, this._env);
  }

  getGradientCondition(): null {
    return null;
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this._state.ranges.map(refToRange);
  }

  setRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): this {
    if (!Array.isArray(ranges)) throw signatureError(`${BUILDER}.setRanges`, [ranges]);
    const refs = ranges.map((r) => rangeImplOf(r, `${BUILDER}.setRanges`, [ranges])._ref());
    this._state = { ...this._state, ranges: refs };
    return this;
  }

  setBackground(color: string | null): this {
    return this._format({ background: color === null ? null : normalizeColor(color) });
  }

  setFontColor(color: string | null): this {
    return this._format({ fontColor: color === null ? null : normalizeColor(color) });
  }

  setBold(bold: boolean | null): this {
    return this._format({ bold });
  }

  setItalic(italic: boolean | null): this {
    return this._format({ italic });
  }

  setStrikethrough(strikethrough: boolean | null): this {
    return this._format({ strikethrough });
  }

  setUnderline(underline: boolean | null): this {
    return this._format({ underline });
  }

  whenFormulaSatisfied(formula: string): this {
    return this._when('CUSTOM_FORMULA', [text(formula, 'whenFormulaSatisfied')]);
  }

  whenTextEqualTo(t: string): this {
    return this._when('TEXT_EQUAL_TO', [text(t, 'whenTextEqualTo')]);
  }

  withCriteria(criteria: GoogleAppsScript.Spreadsheet.BooleanCriteria, args: unknown[]): this {
    const name = enumName(BooleanCriteria, criteria);
    if (name === null || !Array.isArray(args)) throw signatureError(`${BUILDER}.withCriteria`, [criteria, args]);
    return this._when(name, [...args]);
  }
}

function text(value: unknown, method: string): string {
  if (typeof value !== 'string') throw signatureError(`${BUILDER}.${method}`, [value]);
  return value;
}

export function ruleSnapshot(state: RuleState): unknown {
  return {
    ranges: state.ranges.map(refSnapshot),
    criteria: state.criteria,
    values: JSON.parse(JSON.stringify(state.values)) as unknown,
    format: { ...state.format },
  };
}

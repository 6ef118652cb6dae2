/**
 * Embedded charts (developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder,
 * .../embedded-chart). A chart object is a snapshot: changes go through `modify()`, a new
 * `build()`, and `Sheet.updateChart(chart)`. `getChartId()` is null until the chart is in a
 * sheet ("or null if the chart is not in a spreadsheet"); charts read back with getCharts()
 * carry their id. The in-memory workspace draws nothing: it keeps type, ranges, position and
 * options for tests and the playground.
 */
import { strict } from '../strict';
import { exception, signatureError } from './errors';
import { ChartHiddenDimensionStrategy, ChartMergeStrategy, ChartType, enumName } from './enums';
import type { SheetsEnv } from './env';
import { type RangeRef, rangeImplOf, refToRange, refSnapshot } from './range';

type ChartTypeName = keyof typeof ChartType;

export interface ChartState {
  chartId: number | null;
  chartType: ChartTypeName | null;
  ranges: RangeRef[];
  options: Record<string, unknown>;
  position: { anchorRow: number; anchorColumn: number; offsetX: number; offsetY: number };
  numHeaders: number;
  mergeStrategy: keyof typeof ChartMergeStrategy;
  hiddenDimensionStrategy: keyof typeof ChartHiddenDimensionStrategy;
  transpose: boolean;
}

export function newChartState(): ChartState {
  return {
    chartId: null,
    chartType: null,
    ranges: [],
    options: {},
    position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
    numHeaders: -1,
    mergeStrategy: 'MERGE_COLUMNS',
    hiddenDimensionStrategy: 'IGNORE_BOTH',
    transpose: false,
  };
}

export function copyChartState(s: ChartState): ChartState {
  return { ...s, ranges: s.ranges.map((r) => ({ ...r, rect: { ...r.rect } })), options: { ...s.options }, position: { ...s.position } };
}

const impls = new WeakMap<object, EmbeddedChartImpl>();

export function chartImplOf(chart: unknown, method: string): EmbeddedChartImpl {
  const impl = typeof chart === 'object' && chart !== null ? impls.get(chart) : undefined;
  if (!impl) throw signatureError(method, [chart]);
  return impl;
}

class ContainerInfoImpl {
  constructor(private readonly _position: ChartState['position']) {}

  getAnchorColumn(): number {
    return this._position.anchorColumn;
  }
}

class ChartOptionsImpl {
  constructor(private readonly _options: Record<string, unknown>) {}

  get(option: string): unknown {
    return Object.prototype.hasOwnProperty.call(this._options, option) ? this._options[option] : null;
  }
}

export class EmbeddedChartImpl {
  readonly _self: GoogleAppsScript.Spreadsheet.EmbeddedChart;

  constructor(
    private readonly _env: SheetsEnv,
    readonly _state: ChartState,
  ) {
    this._self = strict(this, 'EmbeddedChart', _env.log) as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChart;
    impls.set(this._self, this);
  }

  getChartId(): number | null {
    return this._state.chartId;
  }

  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return strict(
      new ContainerInfoImpl({ ...this._state.position }),
      'ContainerInfo',
      this._env.log,
    ) as unknown as GoogleAppsScript.Spreadsheet.ContainerInfo;
  }

  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    return strict(
      new ChartOptionsImpl({ ...this._state.options }),
      'ChartOptions',
      this._env.log,
    ) as unknown as GoogleAppsScript.Charts.ChartOptions;
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this._state.ranges.map(refToRange);
  }

  modify(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return new EmbeddedChartBuilderImpl(this._env, copyChartState(this._state))._self;
  }
}

const BUILDER = 'SpreadsheetApp.EmbeddedChartBuilder';

export class EmbeddedChartBuilderImpl {
  readonly _self: GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

  constructor(
    private readonly _env: SheetsEnv,
    private readonly _state: ChartState = newChartState(),
  ) {
    // Builders cost one call, at build() (docs/ARCHITECTURE.md, Service-call budgets).
    this._self = strict(this, 'EmbeddedChartBuilder', _env.log, {
      counted: (m) => m === 'build',
    }) as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
  }

  addRange(range: GoogleAppsScript.Spreadsheet.Range): this {
    const impl = rangeImplOf(range, `${BUILDER}.addRange`, [range]);
    this._state.ranges.push(impl._ref());
    return this;
  }

  clearRanges(): this {
    this._state.ranges = [];
    return this;
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this._state.ranges.map(refToRange);
  }

  setChartType(type: GoogleAppsScript.Charts.ChartType): this {
    const name = enumName(ChartType, type);
    if (name === null) throw signatureError(`${BUILDER}.setChartType`, [type]);
    this._state.chartType = name;
    return this;
  }

  /** Anchored at a 1-based row and column, offset in pixels. */
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    const args = [anchorRowPos, anchorColPos, offsetX, offsetY];
    if (!args.every((a) => typeof a === 'number' && Number.isInteger(a))) throw signatureError(`${BUILDER}.setPosition`, args);
    this._state.position = { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY };
    return this;
  }

  setOption(option: string, value: unknown): this {
    if (typeof option !== 'string') throw signatureError(`${BUILDER}.setOption`, [option, value]);
    this._state.options[option] = value;
    return this;
  }

  setNumHeaders(headers: number): this {
    this._state.numHeaders = headers;
    return this;
  }

  build(): GoogleAppsScript.Spreadsheet.EmbeddedChart {
    if (this._state.chartType === null) {
      // Wording ours: the workspace insists on an explicit type so a test never relies on a default.
      throw exception('The chart type is not set: call setChartType() before build().');
    }
    return new EmbeddedChartImpl(this._env, copyChartState(this._state))._self;
  }
}

export function chartSnapshot(state: ChartState): unknown {
  return {
    chartId: state.chartId,
    chartType: state.chartType,
    ranges: state.ranges.map(refSnapshot),
    position: { ...state.position },
    options: JSON.parse(JSON.stringify(state.options)) as unknown,
    numHeaders: state.numHeaders,
    transpose: state.transpose,
  };
}

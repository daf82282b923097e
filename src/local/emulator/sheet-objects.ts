/** What a sheet holds besides cells: embedded charts and their builder, and protections. */
import type { GridRect } from './a1';
import type { LocalEnv } from './env';
import type { SheetOfRange } from './model';
import { rangeRefOf, type PlacedRange, type RangeRef } from './range-ref';

/** The Charts.ChartType names the emulator accepts. https://developers.google.com/apps-script/reference/charts/chart-type */
export const CHART_TYPES = ['AREA', 'BAR', 'COLUMN', 'COMBO', 'HISTOGRAM', 'LINE', 'PIE', 'SCATTER', 'TABLE'] as const;
export type ChartTypeName = (typeof CHART_TYPES)[number];

export interface ChartState {
  chartId: number | null;
  readonly chartType: ChartTypeName | null;
  readonly ranges: readonly RangeRef[];
  readonly position: { readonly row: number; readonly column: number; readonly offsetX: number; readonly offsetY: number };
  readonly options: ReadonlyMap<string, unknown>;
  readonly numHeaders: number | null;
}

export function copyChartState(state: ChartState): ChartState {
  return { ...state, ranges: state.ranges.map((ref) => ({ sheet: ref.sheet, rect: { ...ref.rect } })), options: new Map(state.options) };
}

/** https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder */
export class EmbeddedChartBuilder {
  private state: ChartState;

  constructor(
    private readonly env: LocalEnv,
    state?: ChartState,
  ) {
    this.state = state ?? {
      chartId: null,
      chartType: null,
      ranges: [],
      position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
      options: new Map(),
      numHeaders: null,
    };
  }

  private with(method: string, change: Partial<ChartState>): EmbeddedChartBuilder {
    this.env.call(`EmbeddedChartBuilder.${method}`);
    this.state = { ...this.state, ...change };
    return this;
  }

  setChartType(type: unknown): EmbeddedChartBuilder {
    const name = CHART_TYPES.find((t) => t === String(type));
    if (!name) throw new Error(`not emulated: chart type ${String(type)}`);
    return this.with('setChartType', { chartType: name });
  }

  getChartType(): ChartTypeName | null {
    this.env.call('EmbeddedChartBuilder.getChartType');
    return this.state.chartType;
  }

  addRange(range: PlacedRange): EmbeddedChartBuilder {
    return this.with('addRange', { ranges: [...this.state.ranges, rangeRefOf(range)] });
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): EmbeddedChartBuilder {
    return this.with('setPosition', { position: { row: anchorRowPos, column: anchorColPos, offsetX, offsetY } });
  }

  setOption(option: string, value: unknown): EmbeddedChartBuilder {
    return this.with('setOption', { options: new Map(this.state.options).set(String(option), value) });
  }

  setNumHeaders(headers: number): EmbeddedChartBuilder {
    return this.with('setNumHeaders', { numHeaders: headers });
  }

  /** A chart without a type: unknown live; stricter, it throws. */
  build(): EmbeddedChart {
    this.env.call('EmbeddedChartBuilder.build');
    if (this.state.chartType === null) throw new Error('The chart has no chart type.');
    return new EmbeddedChart(this.env, copyChartState(this.state));
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart */
export class EmbeddedChart {
  constructor(
    private readonly env: LocalEnv,
    readonly state: ChartState,
  ) {}

  /** "null if the chart is not in a spreadsheet" (reference): the id comes with Sheet.insertChart. */
  getChartId(): number | null {
    this.env.call('EmbeddedChart.getChartId');
    return this.state.chartId;
  }

  /** The older string id, stable across the spreadsheet. */
  getId(): string | null {
    this.env.call('EmbeddedChart.getId');
    return this.state.chartId === null ? null : `chart-${this.state.chartId}`;
  }

  getRanges(): PlacedRange[] {
    this.env.call('EmbeddedChart.getRanges');
    return this.state.ranges.map((ref) => ref.sheet.rangeAt(ref.rect));
  }

  getOptions(): ChartOptions {
    this.env.call('EmbeddedChart.getOptions');
    return new ChartOptions(this.env, new Map(this.state.options));
  }

  modify(): EmbeddedChartBuilder {
    this.env.call('EmbeddedChart.modify');
    return new EmbeddedChartBuilder(this.env, copyChartState(this.state));
  }
}

/** https://developers.google.com/apps-script/reference/charts/chart-options */
export class ChartOptions {
  constructor(
    private readonly env: LocalEnv,
    private readonly options: ReadonlyMap<string, unknown>,
  ) {}

  get(option: string): unknown {
    this.env.call('ChartOptions.get');
    return this.options.get(option) ?? null;
  }
}

/** https://developers.google.com/apps-script/reference/base/user (only what Protection.getEditors needs). */
export class User {
  constructor(
    private readonly env: LocalEnv,
    readonly email: string,
  ) {}

  getEmail(): string {
    this.env.call('User.getEmail');
    return this.email;
  }
}

/**
 * https://developers.google.com/apps-script/reference/spreadsheet/protection
 * Recorded, never enforced: the emulator runs every script as the owner, who "is always able to edit
 * protected ranges and sheets", so canEdit is true. Editors start empty (live, the owner and the
 * creator are editors; the emulator has no accounts).
 */
export class Protection {
  description = '';
  warningOnly = false;
  readonly editors: string[] = [];

  /** `rect` is null for a sheet protection, which covers the whole sheet whatever its size. */
  constructor(
    readonly sheet: SheetOfRange,
    readonly id: number,
    readonly type: 'RANGE' | 'SHEET',
    readonly rect: GridRect | null,
  ) {}

  private get env(): LocalEnv {
    return this.sheet.book.env;
  }

  setDescription(description: string): Protection {
    this.env.call('Protection.setDescription');
    this.description = String(description);
    return this;
  }

  getDescription(): string {
    this.env.call('Protection.getDescription');
    return this.description;
  }

  setWarningOnly(warningOnly: boolean): Protection {
    this.env.call('Protection.setWarningOnly');
    this.warningOnly = Boolean(warningOnly);
    return this;
  }

  isWarningOnly(): boolean {
    this.env.call('Protection.isWarningOnly');
    return this.warningOnly;
  }

  getProtectionType(): 'RANGE' | 'SHEET' {
    this.env.call('Protection.getProtectionType');
    return this.type;
  }

  getRange(): PlacedRange {
    this.env.call('Protection.getRange');
    return this.sheet.rangeAt(this.rect ?? { row: 1, column: 1, numRows: this.sheet.grid.maxRows, numColumns: this.sheet.grid.maxColumns });
  }

  remove(): void {
    this.env.call('Protection.remove');
    this.sheet.removeProtection(this.id);
  }

  canEdit(): boolean {
    this.env.call('Protection.canEdit');
    return true;
  }

  addEditor(emailAddress: string | User): Protection {
    this.env.call('Protection.addEditor');
    this.addEmails([emailAddress]);
    return this;
  }

  addEditors(emailAddresses: string[]): Protection {
    this.env.call('Protection.addEditors');
    this.addEmails(emailAddresses);
    return this;
  }

  removeEditors(emailAddresses: (string | User)[]): Protection {
    this.env.call('Protection.removeEditors');
    const gone = new Set(emailAddresses.map(emailOf));
    this.editors.splice(0, this.editors.length, ...this.editors.filter((e) => !gone.has(e)));
    return this;
  }

  getEditors(): User[] {
    this.env.call('Protection.getEditors');
    return this.editors.map((email) => new User(this.env, email));
  }

  private addEmails(emails: (string | User)[]): void {
    for (const email of emails.map(emailOf)) if (!this.editors.includes(email)) this.editors.push(email);
  }
}

const emailOf = (user: string | User): string => (user instanceof User ? user.email : String(user));

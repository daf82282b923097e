/** The emulated Sheet: one tab's name, ranges, content, protections, conditional format rules and charts. */
import { parseA1, resolveA1, RANGE_NOT_FOUND, type A1Shape, type GridRect } from './a1';
import { ConditionalFormatRule, type ConditionalFormatState } from './builders';
import type { BookOfSheet } from './model';
import { Range } from './range';
import { clearCells, writeValues, type ClearParts } from './range-cells';
import { signatureError } from './signature-error';
import type { SheetGrid } from './sheet-grid';
import { isInteger, SheetLayout } from './sheet-layout';
import { copyChartState, EmbeddedChart, EmbeddedChartBuilder, Protection, type ChartState } from './sheet-objects';

/**
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet
 * Members not in that reference (book, grid, rangeAt, checkedRange, ...) are the emulator's own. Layout lives in SheetLayout.
 * Sheets are compared by sheetId, never by identity: the runtime may hand the program proxies.
 */
export class Sheet extends SheetLayout {
  protections: Protection[] = [];
  conditionalRules: ConditionalFormatState[] = [];
  charts: ChartState[] = [];

  constructor(
    book: BookOfSheet,
    public name: string,
    sheetId: number,
    grid: SheetGrid,
  ) {
    super(book, sheetId, grid);
  }

  rangeAt(rect: GridRect, shape: A1Shape = 'block'): Range {
    return new Range(this, { ...rect }, shape);
  }

  /**
   * getRange's checks, with the live messages ("The number of rows in the range must be at least 1.",
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangerow,-column,-numrows,-numcolumns).
   * Non-integer numbers: unknown live (Apps Script may truncate); stricter, they throw.
   */
  checkedRange(method: string, args: readonly unknown[], shape: A1Shape = 'block'): Range {
    const [row, column, numRows, numColumns] = args;
    if (!isInteger(row) || !isInteger(column) || !isInteger(numRows) || !isInteger(numColumns)) throw signatureError(method, args);
    if (row < 1) throw new Error('The starting row of the range is too small.');
    if (column < 1) throw new Error('The starting column of the range is too small.');
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this.grid.maxRows || column + numColumns - 1 > this.grid.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this.rangeAt({ row, column, numRows, numColumns }, shape);
  }

  addProtection(type: 'RANGE' | 'SHEET', rect: GridRect | null): Protection {
    const protection = new Protection(this, this.book.nextObjectId(), type, rect);
    this.protections.push(protection);
    return protection;
  }

  removeProtection(id: number): void {
    this.protections = this.protections.filter((p) => p.id !== id);
  }

  getName(): string {
    this.call('getName');
    return this.name;
  }

  setName(name: string): Sheet {
    this.call('setName');
    this.book.checkNewSheetName(String(name), this.sheetId);
    this.name = String(name);
    return this;
  }

  getSheetId(): number {
    this.call('getSheetId');
    return this.sheetId;
  }

  getIndex(): number {
    this.call('getIndex');
    return this.book.sheets.findIndex((s) => s.sheetId === this.sheetId) + 1;
  }

  getParent(): BookOfSheet {
    this.call('getParent');
    return this.book;
  }

  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): Range {
    this.call('getRange');
    if (typeof rowOrA1 !== 'string') return this.checkedRange('Sheet.getRange', [rowOrA1, column, numRows ?? 1, numColumns ?? 1]);
    const parsed = parseA1(rowOrA1);
    if (parsed.sheetName !== null && parsed.sheetName !== this.name) throw new Error(RANGE_NOT_FOUND);
    const rect = resolveA1(parsed, this.grid.maxRows, this.grid.maxColumns);
    return this.checkedRange('Sheet.getRange', [rect.row, rect.column, rect.numRows, rect.numColumns], parsed.shape);
  }

  /** From A1 to the last row and column with content; A1 alone on an empty sheet. */
  getDataRange(): Range {
    this.call('getDataRange');
    return this.rangeAt({ row: 1, column: 1, numRows: Math.max(1, this.grid.lastRow()), numColumns: Math.max(1, this.grid.lastColumn()) });
  }

  /** 0 on an empty sheet; formats and notes alone do not count. */
  getLastRow(): number {
    this.call('getLastRow');
    return this.grid.lastRow();
  }

  getLastColumn(): number {
    this.call('getLastColumn');
    return this.grid.lastColumn();
  }

  getMaxRows(): number {
    this.call('getMaxRows');
    return this.grid.maxRows;
  }

  getMaxColumns(): number {
    this.call('getMaxColumns');
    return this.grid.maxColumns;
  }

  /** Writes at getLastRow() + 1, adding a row (and columns) when the grid is full. */
  appendRow(rowContents: unknown[]): Sheet {
    this.call('appendRow', { written: Array.isArray(rowContents) ? rowContents.length : 0 });
    if (!Array.isArray(rowContents)) throw signatureError('Sheet.appendRow', [rowContents]);
    const row = this.grid.lastRow() + 1;
    const rows = Math.max(this.grid.maxRows, row);
    const columns = Math.max(this.grid.maxColumns, rowContents.length);
    this.book.ensureCapacity(rows * columns - this.grid.maxRows * this.grid.maxColumns);
    this.grid.maxRows = rows;
    this.grid.maxColumns = columns;
    writeValues(this.grid, row, 1, [rowContents], this.book);
    return this;
  }

  private clearAll(parts: ClearParts): Sheet {
    clearCells(this.grid, { row: 1, column: 1, numRows: this.grid.maxRows, numColumns: this.grid.maxColumns }, parts);
    return this;
  }

  /**
   * "Clears the sheet of content and formatting information"
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#clear): notes and data
   * validation rules stay (gas-fakes test/testsheets.js, run on live Apps Script). With options, only
   * the parts asked for.
   */
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): Sheet {
    this.call('clear');
    if (options?.formatOnly || options?.contentsOnly) return this.clearAll({ formats: options.formatOnly, contents: options.contentsOnly });
    return this.clearAll({ contents: true, formats: true });
  }

  clearContents(): Sheet {
    this.call('clearContents');
    return this.clearAll({ contents: true });
  }

  clearNotes(): Sheet {
    this.call('clearNotes');
    return this.clearAll({ notes: true });
  }

  clearFormats(): Sheet {
    this.call('clearFormats');
    return this.clearAll({ formats: true });
  }

  activate(): Sheet {
    this.call('activate');
    this.book.select(this, null);
    return this;
  }

  /** A sheet has at most one sheet protection; protecting again returns it (believed from the editor). */
  protect(): Protection {
    this.call('protect');
    return this.protections.find((p) => p.type === 'SHEET') ?? this.addProtection('SHEET', null);
  }

  getProtections(type: unknown): Protection[] {
    this.call('getProtections');
    return this.protections.filter((p) => p.type === String(type));
  }

  getConditionalFormatRules(): ConditionalFormatRule[] {
    this.call('getConditionalFormatRules');
    return this.conditionalRules.map((state) => new ConditionalFormatRule(this.book.env, copyRuleState(state)));
  }

  /** Replaces every rule of the sheet (https://developers.google.com/apps-script/reference/spreadsheet/sheet#setconditionalformatrulesrules). */
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    this.call('setConditionalFormatRules');
    if (!Array.isArray(rules)) throw signatureError('Sheet.setConditionalFormatRules', [rules]);
    this.conditionalRules = rules.map((rule) => {
      if (!(rule instanceof ConditionalFormatRule)) throw signatureError('Sheet.setConditionalFormatRules', [rule]);
      return copyRuleState(rule.state);
    });
  }

  newChart(): EmbeddedChartBuilder {
    this.call('newChart');
    return new EmbeddedChartBuilder(this.book.env);
  }

  /** Inserting a chart that is already in the sheet: unknown live; stricter, it throws. */
  insertChart(chart: EmbeddedChart): void {
    this.call('insertChart');
    const state = chartStateOf(chart, 'Sheet.insertChart');
    if (state.chartId !== null && this.book.sheets.some((s) => s.charts.some((c) => c.chartId === state.chartId))) {
      throw new Error('The chart is already in the spreadsheet.');
    }
    state.chartId = this.book.nextObjectId();
    this.charts.push(copyChartState(state));
  }

  getCharts(): EmbeddedChart[] {
    this.call('getCharts');
    return this.charts.map((state) => new EmbeddedChart(this.book.env, copyChartState(state)));
  }

  removeChart(chart: EmbeddedChart): void {
    this.call('removeChart');
    const index = this.chartIndex(chartStateOf(chart, 'Sheet.removeChart'));
    this.charts.splice(index, 1);
  }

  updateChart(chart: EmbeddedChart): void {
    this.call('updateChart');
    const state = chartStateOf(chart, 'Sheet.updateChart');
    this.charts[this.chartIndex(state)] = copyChartState(state);
  }

  private chartIndex(state: ChartState): number {
    const index = this.charts.findIndex((c) => c.chartId !== null && c.chartId === state.chartId);
    if (index < 0) throw new Error('The chart is not in this sheet.');
    return index;
  }
}

function chartStateOf(chart: unknown, method: string): ChartState {
  if (!(chart instanceof EmbeddedChart)) throw signatureError(method, [chart]);
  return chart.state;
}

function copyRuleState(state: ConditionalFormatState): ConditionalFormatState {
  return { ...state, ranges: state.ranges.map((ref) => ({ sheet: ref.sheet, rect: { ...ref.rect } })) };
}

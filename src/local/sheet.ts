/** The emulated Sheet: one tab's grid, its lines, frozen panes, widths, protections, rules and charts. */
import { parseA1, resolveA1, RANGE_NOT_FOUND, type A1Shape, type GridRect } from './a1';
import { ConditionalFormatRule, type ConditionalFormatState } from './builders';
import { Range } from './range';
import { checkShape, clearCells, signatureError, writeValues, type ClearParts } from './range-cells';
import type { Axis, SheetGrid } from './sheet-grid';
import { copyChartState, EmbeddedChart, EmbeddedChartBuilder, Protection, type ChartState } from './sheet-objects';
import type { Spreadsheet } from './spreadsheet';

const isInteger = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

/** Sheets' column width in pixels when none was set. */
export const DEFAULT_COLUMN_WIDTH = 100;

/**
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet
 * Members not in that reference (book, grid, rangeAt, checkedRange, ...) are the emulator's own.
 * Sheets are compared by sheetId, never by identity: the runtime may hand the program proxies.
 */
export class Sheet {
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  readonly autoResizedColumns: number[] = [];
  protections: Protection[] = [];
  conditionalRules: ConditionalFormatState[] = [];
  charts: ChartState[] = [];

  constructor(readonly book: Spreadsheet, public name: string, readonly sheetId: number, readonly grid: SheetGrid) {}

  private call(method: string): void {
    this.book.env.call(`Sheet.${method}`);
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

  removeProtection(protection: Protection): void {
    this.protections = this.protections.filter((p) => p.id !== protection.id);
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

  getParent(): Spreadsheet {
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

  /**
   * New lines are blank: whether they inherit formats and validation from their neighbours (as the
   * Sheets editor does) is unknown for Apps Script; stricter, they do not.
   */
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    this.call('insertRowsAfter');
    this.insertLines('rows', afterPosition + 1, howMany, 'Sheet.insertRowsAfter', [afterPosition, howMany]);
    return this;
  }

  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    this.call('insertRowsBefore');
    this.insertLines('rows', beforePosition, howMany, 'Sheet.insertRowsBefore', [beforePosition, howMany]);
    return this;
  }

  insertRows(rowIndex: number, numRows = 1): void {
    this.call('insertRows');
    this.insertLines('rows', rowIndex, numRows, 'Sheet.insertRows', [rowIndex, numRows]);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    this.call('insertColumnsAfter');
    this.insertLines('columns', afterPosition + 1, howMany, 'Sheet.insertColumnsAfter', [afterPosition, howMany]);
    return this;
  }

  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    this.call('insertColumnsBefore');
    this.insertLines('columns', beforePosition, howMany, 'Sheet.insertColumnsBefore', [beforePosition, howMany]);
    return this;
  }

  deleteRow(rowPosition: number): Sheet {
    this.call('deleteRow');
    this.deleteLines('rows', rowPosition, 1, 'Sheet.deleteRow');
    return this;
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.call('deleteRows');
    this.deleteLines('rows', rowPosition, howMany, 'Sheet.deleteRows');
  }

  deleteColumn(columnPosition: number): Sheet {
    this.call('deleteColumn');
    this.deleteLines('columns', columnPosition, 1, 'Sheet.deleteColumn');
    return this;
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.call('deleteColumns');
    this.deleteLines('columns', columnPosition, howMany, 'Sheet.deleteColumns');
  }

  private max(axis: Axis): number {
    return axis === 'rows' ? this.grid.maxRows : this.grid.maxColumns;
  }

  private insertLines(axis: Axis, at: number, howMany: number, method: string, args: unknown[]): void {
    if (!isInteger(at) || !isInteger(howMany) || howMany < 1) throw signatureError(method, args);
    if (at < 1 || at > this.max(axis) + 1) throw new Error(`Those ${axis} are out of bounds.`);
    this.book.ensureCapacity(howMany * (axis === 'rows' ? this.grid.maxColumns : this.grid.maxRows));
    this.shiftLines(axis, at, howMany);
  }

  /**
   * "Those rows are out of bounds." is the live message past the grid. Deleting every line, or every
   * unfrozen one, is refused by Sheets; the emulator's wording for those two is unverified.
   */
  private deleteLines(axis: Axis, at: number, howMany: number, method: string): void {
    if (!isInteger(at) || !isInteger(howMany) || howMany < 1) throw signatureError(method, [at, howMany]);
    if (at < 1 || at + howMany - 1 > this.max(axis)) throw new Error(`Those ${axis} are out of bounds.`);
    if (howMany >= this.max(axis)) throw new Error(`You can't delete all the ${axis} on the sheet.`);
    const frozen = axis === 'rows' ? this.frozenRows : this.frozenColumns;
    if (frozen > 0 && this.max(axis) - howMany <= frozen && at > frozen) {
      throw new Error(`Sorry, it is not possible to delete all non-frozen ${axis}.`);
    }
    this.shiftLines(axis, at, -howMany);
  }

  private shiftLines(axis: Axis, at: number, delta: number): void {
    this.grid.shift(axis, at, delta);
    const frozen = axis === 'rows' ? this.frozenRows : this.frozenColumns;
    const moved = delta > 0 ? (at <= frozen ? frozen + delta : frozen) : frozen - Math.max(0, Math.min(frozen, at - delta - 1) - at + 1);
    if (axis === 'rows') this.frozenRows = moved;
    else this.frozenColumns = moved;
    this.book.shiftRefs(this.sheetId, axis, at, delta);
  }

  /** Writes at getLastRow() + 1, adding a row (and columns) when the grid is full. */
  appendRow(rowContents: unknown[]): Sheet {
    this.call('appendRow');
    if (!Array.isArray(rowContents)) throw signatureError('Sheet.appendRow', [rowContents]);
    const row = this.grid.lastRow() + 1;
    const rows = Math.max(this.grid.maxRows, row);
    const columns = Math.max(this.grid.maxColumns, rowContents.length);
    this.book.ensureCapacity(rows * columns - this.grid.maxRows * this.grid.maxColumns);
    this.grid.maxRows = rows;
    this.grid.maxColumns = columns;
    if (rowContents.length > 0) writeValues(this.grid, row, 1, checkShape([rowContents], { row, column: 1, numRows: 1, numColumns: rowContents.length }, 'Sheet.appendRow'), this.book.timeZone);
    return this;
  }

  private clearAll(parts: ClearParts): Sheet {
    clearCells(this.grid, { row: 1, column: 1, numRows: this.grid.maxRows, numColumns: this.grid.maxColumns }, parts);
    return this;
  }

  /** Like Range.clear: everything without options, only the parts asked for with them. */
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): Sheet {
    this.call('clear');
    if (options?.formatOnly || options?.contentsOnly) return this.clearAll({ formats: options.formatOnly, contents: options.contentsOnly });
    return this.clearAll({ contents: true, formats: true, notes: true, validations: true });
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

  /** Freezing more lines than the grid has: unknown message live; it throws. */
  setFrozenRows(rows: number): void {
    this.call('setFrozenRows');
    if (!isInteger(rows) || rows < 0 || rows > this.grid.maxRows) throw signatureError('Sheet.setFrozenRows', [rows]);
    this.frozenRows = rows;
  }

  getFrozenRows(): number {
    this.call('getFrozenRows');
    return this.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    this.call('setFrozenColumns');
    if (!isInteger(columns) || columns < 0 || columns > this.grid.maxColumns) throw signatureError('Sheet.setFrozenColumns', [columns]);
    this.frozenColumns = columns;
  }

  getFrozenColumns(): number {
    this.call('getFrozenColumns');
    return this.frozenColumns;
  }

  setColumnWidth(columnPosition: number, width: number): Sheet {
    this.call('setColumnWidth');
    this.setWidths(columnPosition, 1, width, 'Sheet.setColumnWidth');
    return this;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    this.call('setColumnWidths');
    this.setWidths(startColumn, numColumns, width, 'Sheet.setColumnWidths');
    return this;
  }

  private setWidths(start: number, count: number, width: number, method: string): void {
    if (!isInteger(start) || !isInteger(count) || !isInteger(width) || start < 1 || count < 1 || width < 0 || start + count - 1 > this.grid.maxColumns) {
      throw signatureError(method, [start, count, width]);
    }
    for (let c = start; c < start + count; c++) this.grid.columnWidths.set(c, width);
  }

  getColumnWidth(columnPosition: number): number {
    this.call('getColumnWidth');
    return this.grid.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  /** Sheets keeps one sheet visible: hiding the last one throws (editor wording; Apps Script's unverified). */
  hideSheet(): Sheet {
    this.call('hideSheet');
    if (!this.book.sheets.some((s) => s.sheetId !== this.sheetId && !s.hidden)) throw new Error("You can't hide all the sheets in a document.");
    this.hidden = true;
    return this;
  }

  showSheet(): Sheet {
    this.call('showSheet');
    this.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    this.call('isSheetHidden');
    return this.hidden;
  }

  activate(): Sheet {
    this.call('activate');
    this.book.select(this, null);
    return this;
  }

  setTabColor(color: string | null): Sheet {
    this.call('setTabColor');
    this.tabColor = color;
    return this;
  }

  /** Recorded only: the emulator has no fonts to measure. */
  autoResizeColumns(startColumn: number, numColumns: number): Sheet {
    this.call('autoResizeColumns');
    for (let c = startColumn; c < startColumn + numColumns; c++) this.autoResizedColumns.push(c);
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

export function copyRuleState(state: ConditionalFormatState): ConditionalFormatState {
  return { ...state, ranges: state.ranges.map((ref) => ({ sheet: ref.sheet, rect: { ...ref.rect } })) };
}

/** The layout half of the emulated Sheet: inserting and deleting lines, frozen panes, widths. */
import { dropMethods } from './env';
import type { CellCounts } from './latency';
import { signatureError } from './signature-error';
import type { BookOfSheet } from './model';
import type { Axis, SheetGrid } from './sheet-grid';

export const isInteger = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

/** Sheets' column width in pixels when none was set. */
export const DEFAULT_COLUMN_WIDTH = 100;

/**
 * The Sheet methods that shape the grid (https://developers.google.com/apps-script/reference/spreadsheet/sheet).
 * Sheet extends it with content; Apps Script has one Sheet class, split here by concern only.
 */
export class SheetLayout {
  frozenRows = 0;
  frozenColumns = 0;
  /** Whether the tab is hidden, as a loaded workbook says; the methods that change it are dropped. */
  hidden = false;
  tabColor: string | null = null;
  readonly autoResizedColumns: number[] = [];

  constructor(
    readonly book: BookOfSheet,
    readonly sheetId: number,
    readonly grid: SheetGrid,
  ) {}

  protected call(method: string, cells?: Partial<CellCounts>): void {
    this.book.env.call(`Sheet.${method}`, cells);
  }

  /**
   * New lines are blank: whether they inherit formats and validation from their neighbours (as the
   * Sheets editor does) is unknown for Apps Script; stricter, they do not.
   */
  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.call('insertRowsAfter');
    this.insertLines('rows', afterPosition, howMany, 'Sheet.insertRowsAfter', true);
    return this;
  }

  insertRowsBefore(beforePosition: number, howMany: number): this {
    this.call('insertRowsBefore');
    this.insertLines('rows', beforePosition, howMany, 'Sheet.insertRowsBefore', false);
    return this;
  }

  insertRows(rowIndex: number, numRows = 1): void {
    this.call('insertRows');
    this.insertLines('rows', rowIndex, numRows, 'Sheet.insertRows', false);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.call('insertColumnsAfter');
    this.insertLines('columns', afterPosition, howMany, 'Sheet.insertColumnsAfter', true);
    return this;
  }

  insertColumnsBefore(beforePosition: number, howMany: number): this {
    this.call('insertColumnsBefore');
    this.insertLines('columns', beforePosition, howMany, 'Sheet.insertColumnsBefore', false);
    return this;
  }

  deleteRow(rowPosition: number): this {
    this.call('deleteRow');
    this.deleteLines('rows', rowPosition, 1, 'Sheet.deleteRow');
    return this;
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.call('deleteRows');
    this.deleteLines('rows', rowPosition, howMany, 'Sheet.deleteRows');
  }

  deleteColumn(columnPosition: number): this {
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

  /** The position names an existing line (unknown live for others; stricter, they throw). */
  private insertLines(axis: Axis, position: number, howMany: number, method: string, after: boolean): void {
    if (!isInteger(position) || !isInteger(howMany) || howMany < 1) throw signatureError(method, [position, howMany]);
    if (position < 1 || position > this.max(axis)) throw new Error(`Those ${axis} are out of bounds.`);
    this.book.ensureCapacity(howMany * (axis === 'rows' ? this.grid.maxColumns : this.grid.maxRows));
    this.shiftLines(axis, after ? position + 1 : position, howMany);
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

  setColumnWidth(columnPosition: number, width: number): this {
    this.call('setColumnWidth');
    this.setWidths(columnPosition, 1, width, 'Sheet.setColumnWidth');
    return this;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
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

  setTabColor(color: string | null): this {
    this.call('setTabColor');
    this.tabColor = color;
    return this;
  }

  /** Recorded only: the emulator has no fonts to measure. */
  autoResizeColumns(startColumn: number, numColumns: number): this {
    this.call('autoResizeColumns');
    for (let c = startColumn; c < startColumn + numColumns; c++) this.autoResizedColumns.push(c);
    return this;
  }
}

/** Sheet visibility methods the bundle never calls, dropped from the emulator (issue 15). */
dropMethods(SheetLayout.prototype, 'Sheet', ['hideSheet', 'showSheet', 'isSheetHidden']);

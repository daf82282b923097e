/** Storage of one emulated sheet: values as row arrays, sparse per-cell layers, and their shifting on insert/delete. */
import type { GridRect } from './a1';
import type { DataValidation } from './builders';
import type { CellValue } from './snapshot';

export type Axis = 'rows' | 'columns';

/** Where index `i` goes when `delta` lines are inserted (delta > 0) or deleted (delta < 0) at `at`; null if deleted. */
function shiftIndex(i: number, at: number, delta: number): number | null {
  if (i < at) return i;
  if (delta < 0 && i < at - delta) return null;
  return i + delta;
}

/** Moves a block the way Sheets moves a named or protected range: it grows or shrinks; false once it is gone. */
export function shiftRect(rect: GridRect, axis: Axis, at: number, delta: number): boolean {
  const startKey = axis === 'rows' ? 'row' : 'column';
  const sizeKey = axis === 'rows' ? 'numRows' : 'numColumns';
  const start = rect[startKey];
  const end = start + rect[sizeKey] - 1;
  if (delta > 0) {
    if (at <= start) rect[startKey] = start + delta;
    else if (at <= end) rect[sizeKey] += delta;
    return true;
  }
  const last = at - delta - 1;
  const overlap = Math.max(0, Math.min(end, last) - Math.max(start, at) + 1);
  rect[sizeKey] -= overlap;
  rect[startKey] = start > last ? start + delta : Math.min(start, at);
  return rect[sizeKey] > 0;
}

/** A sparse layer of per-cell data (formats, notes, validations, links), keyed by 1-based row then column. */
export class CellLayer<T> {
  private rows = new Map<number, Map<number, T>>();

  get(row: number, column: number): T | undefined {
    return this.rows.get(row)?.get(column);
  }

  rowMap(row: number): ReadonlyMap<number, T> | undefined {
    return this.rows.get(row);
  }

  isEmpty(): boolean {
    return this.rows.size === 0;
  }

  set(row: number, column: number, value: T | undefined): void {
    let line = this.rows.get(row);
    if (value === undefined) {
      line?.delete(column);
      if (line?.size === 0) this.rows.delete(row);
      return;
    }
    if (!line) this.rows.set(row, (line = new Map()));
    line.set(column, value);
  }

  /** Clears the cells of one row from `first` to `last` column; true if there was any. */
  clearSpan(row: number, first: number, last: number): boolean {
    const line = this.rows.get(row);
    if (!line) return false;
    const size = line.size;
    for (const column of [...line.keys()]) if (column >= first && column <= last) line.delete(column);
    if (line.size === 0) this.rows.delete(row);
    return line.size < size;
  }

  /** Sets (or with undefined, clears) every cell of a block. */
  fill(rect: GridRect, value: T | undefined): void {
    if (value === undefined) {
      const last = rect.column + rect.numColumns - 1;
      const rows =
        rect.numRows < this.rows.size
          ? Array.from({ length: rect.numRows }, (_, i) => rect.row + i)
          : [...this.rows.keys()].filter((row) => row >= rect.row && row < rect.row + rect.numRows);
      for (const row of rows) this.clearSpan(row, rect.column, last);
      return;
    }
    for (let r = rect.row; r < rect.row + rect.numRows; r++) {
      for (let c = rect.column; c < rect.column + rect.numColumns; c++) this.set(r, c, value);
    }
  }

  *entries(): IterableIterator<[number, number, T]> {
    for (const [row, line] of this.rows) for (const [column, value] of line) yield [row, column, value];
  }

  shift(axis: Axis, at: number, delta: number): void {
    const moved = new Map<number, Map<number, T>>();
    for (const [row, line] of this.rows) {
      if (axis === 'rows') {
        const to = shiftIndex(row, at, delta);
        if (to !== null) moved.set(to, line);
        continue;
      }
      const shifted = new Map<number, T>();
      for (const [column, value] of line) {
        const to = shiftIndex(column, at, delta);
        if (to !== null) shifted.set(to, value);
      }
      if (shifted.size > 0) moved.set(row, shifted);
    }
    this.rows = moved;
  }
}

/** Values (row arrays, '' padded), plus the layers that move with them when lines are inserted or deleted. */
export class SheetGrid {
  values: CellValue[][] = [];
  readonly formulas = new CellLayer<string>();
  readonly numberFormats = new CellLayer<string>();
  readonly notes = new CellLayer<string>();
  readonly links = new CellLayer<string>();
  readonly validations = new CellLayer<DataValidation>();
  /** Everything else a script can format (background, font, alignment, wrap): recorded only. */
  readonly styles = new Map<string, CellLayer<string>>();
  readonly columnWidths = new Map<number, number>();
  private extent: { lastRow: number; lastColumn: number } | null = null;

  constructor(
    public maxRows: number,
    public maxColumns: number,
  ) {}

  /** Every layer that moves with its cells. */
  layers(): CellLayer<unknown>[] {
    return [this.formulas, this.numberFormats, this.notes, this.links, this.validations, ...this.styles.values()];
  }

  style(name: string): CellLayer<string> {
    let layer = this.styles.get(name);
    if (!layer) this.styles.set(name, (layer = new CellLayer()));
    return layer;
  }

  get(row: number, column: number): CellValue {
    return this.values[row - 1]?.[column - 1] ?? '';
  }

  put(row: number, column: number, value: CellValue): void {
    const line = this.values[row - 1] ?? this.growTo(row);
    const before = line[column - 1] ?? '';
    if (column > line.length) {
      if (value === '') return;
      while (line.length < column - 1) line.push('');
      line.push(value);
    } else {
      line[column - 1] = value;
    }
    this.track(row, column, before, value);
  }

  /**
   * Keeps the cached extent right without a rescan, so that appendRow in a loop stays linear:
   * content grows it; blanking content on its last row or column may shrink it, so that forgets it.
   */
  private track(row: number, column: number, before: CellValue, after: CellValue): void {
    const extent = this.extent;
    if (!extent) return;
    if (after !== '') {
      extent.lastRow = Math.max(extent.lastRow, row);
      extent.lastColumn = Math.max(extent.lastColumn, column);
    } else if (before !== '' && (row >= extent.lastRow || column >= extent.lastColumn)) {
      this.extent = null;
    }
  }

  /** Writes a run of cells into one row, keeping the row array packed. */
  putRow(row: number, column: number, cells: readonly CellValue[]): void {
    const line = this.values[row - 1] ?? this.growTo(row);
    while (line.length < column - 1) line.push('');
    for (let j = 0; j < cells.length; j++) {
      const cell = cells[j] as CellValue;
      const index = column - 1 + j;
      this.track(row, index + 1, index < line.length ? (line[index] as CellValue) : '', cell);
      if (index < line.length) line[index] = cell;
      else line.push(cell);
    }
  }

  private growTo(row: number): CellValue[] {
    while (this.values.length < row) this.values.push([]);
    return this.values[row - 1] as CellValue[];
  }

  /**
   * A fresh 2-D array; date cells become new Date objects made by `makeDate`. Formula cells read ''
   * unless `maskFormulas` is false (a snapshot keeps the cached value a loaded workbook came with).
   */
  read(rect: GridRect, makeDate: (ms: number) => Date, maskFormulas = true): CellValue[][] {
    const out: CellValue[][] = [];
    const lastColumn = rect.column + rect.numColumns - 1;
    for (let r = rect.row; r < rect.row + rect.numRows; r++) {
      const line = this.values[r - 1]?.slice(rect.column - 1, lastColumn) ?? [];
      for (let j = 0; j < line.length; j++) {
        const value = line[j];
        if (typeof value === 'object') line[j] = makeDate(value.getTime());
      }
      while (line.length < rect.numColumns) line.push('');
      const formulas = maskFormulas ? this.formulas.rowMap(r) : undefined;
      if (formulas) for (const c of formulas.keys()) if (c >= rect.column && c <= lastColumn) line[c - rect.column] = '';
      out.push(line);
    }
    return out;
  }

  /** Content only (values and formulas), as Sheet.getLastRow / getLastColumn count it. */
  lastRow(): number {
    return this.measure().lastRow;
  }

  lastColumn(): number {
    return this.measure().lastColumn;
  }

  touch(): void {
    this.extent = null;
  }

  private measure(): { lastRow: number; lastColumn: number } {
    if (this.extent) return this.extent;
    let lastRow = 0;
    let lastColumn = 0;
    this.values.forEach((line, index) => {
      let c = line.length;
      while (c > 0 && line[c - 1] === '') c--;
      if (c > 0) lastRow = index + 1;
      lastColumn = Math.max(lastColumn, c);
    });
    for (const [row, column] of this.formulas.entries()) {
      lastRow = Math.max(lastRow, row);
      lastColumn = Math.max(lastColumn, column);
    }
    this.extent = { lastRow, lastColumn };
    return this.extent;
  }

  /** Inserts (delta > 0) or deletes (delta < 0) lines at `at`, moving values, layers and widths. */
  shift(axis: Axis, at: number, delta: number): void {
    if (axis === 'rows') {
      const inserted = delta > 0 ? Array.from({ length: delta }, (): CellValue[] => []) : [];
      if (at - 1 < this.values.length) {
        this.values = this.values.slice(0, at - 1).concat(inserted, this.values.slice(at - 1 - Math.min(delta, 0)));
      }
      this.maxRows += delta;
    } else {
      for (const line of this.values) {
        if (at - 1 >= line.length) continue;
        if (delta > 0) line.splice(at - 1, 0, ...Array.from({ length: delta }, (): CellValue => ''));
        else line.splice(at - 1, -delta);
      }
      this.maxColumns += delta;
      const widths = [...this.columnWidths];
      this.columnWidths.clear();
      for (const [column, width] of widths) {
        const to = shiftIndex(column, at, delta);
        if (to !== null) this.columnWidths.set(to, width);
      }
    }
    for (const layer of this.layers()) layer.shift(axis, at, delta);
    this.extent = null;
  }
}

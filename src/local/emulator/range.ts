/** The emulated Range: a block of one sheet, read and written through its SheetGrid. */
import { formatA1, shiftFormula, type A1Shape, type GridRect } from './a1';
import { RichTextValue } from './builders';
import { formatDisplay } from './cell-text';
import { checkShape, clearCells, writeFormulas, writeText, writeValues } from './range-cells';
import { signatureError } from './signature-error';
import type { SheetOfRange } from './model';
import { RangeFormats } from './range-format';
import type { Protection } from './sheet-objects';

/**
 * What a Range needs of its Sheet beyond what its formats need: more Ranges and protections on the sheet, which
 * this module names and model.ts, below it, cannot.
 */
export interface RangeSheet extends SheetOfRange {
  checkedRange(method: string, args: readonly unknown[]): Range;
  addProtection(type: 'RANGE', rect: GridRect): Protection;
}

/**
 * https://developers.google.com/apps-script/reference/spreadsheet/range
 * Members not in that reference (sheet, rect, shape) are the emulator's own. Formats live in RangeFormats.
 */
export class Range extends RangeFormats {
  constructor(
    override readonly sheet: RangeSheet,
    rect: GridRect,
    shape: A1Shape = 'block',
  ) {
    super(sheet, rect, shape);
  }

  getSheet(): RangeSheet {
    this.env.call('Range.getSheet');
    return this.sheet;
  }

  getRow(): number {
    this.env.call('Range.getRow');
    return this.rect.row;
  }

  getColumn(): number {
    this.env.call('Range.getColumn');
    return this.rect.column;
  }

  getNumRows(): number {
    this.env.call('Range.getNumRows');
    return this.rect.numRows;
  }

  getNumColumns(): number {
    this.env.call('Range.getNumColumns');
    return this.rect.numColumns;
  }

  /** The range's own last row and column (not the content's). */
  getLastRow(): number {
    this.env.call('Range.getLastRow');
    return this.rect.row + this.rect.numRows - 1;
  }

  getLastColumn(): number {
    this.env.call('Range.getLastColumn');
    return this.rect.column + this.rect.numColumns - 1;
  }

  getA1Notation(): string {
    this.env.call('Range.getA1Notation');
    return formatA1(this.rect, this.shape);
  }

  /**
   * A fresh 2-D array: blank cells are '', date cells new Date copies. Formula cells read '': the
   * emulator computes no formula (Sheets would return the result), so a program must never rely on
   * a formula's computed value.
   */
  getValues(): unknown[][] {
    this.env.call('Range.getValues', { read: this.cellCount });
    return this.grid.read(this.rect, this.sheet.book.makeDate);
  }

  getValue(): unknown {
    this.env.call('Range.getValue', { read: 1 });
    return this.grid.read({ ...this.rect, numRows: 1, numColumns: 1 }, this.sheet.book.makeDate)[0]?.[0];
  }

  setValues(values: unknown[][]): Range {
    this.env.call('Range.setValues', { written: this.cellCount });
    const rows = checkShape(values, this.rect, 'Range.setValues');
    writeValues(this.grid, this.rect.row, this.rect.column, rows, this.sheet.book);
    return this;
  }

  /** Sets every cell of the range to the value. */
  setValue(value: unknown): Range {
    this.env.call('Range.setValue', { written: this.cellCount });
    const rows = Array.from({ length: this.rect.numRows }, () => Array.from({ length: this.rect.numColumns }, () => value));
    writeValues(this.grid, this.rect.row, this.rect.column, rows, this.sheet.book);
    return this;
  }

  getDisplayValues(): string[][] {
    this.env.call('Range.getDisplayValues', { read: this.cellCount });
    return this.displayValues();
  }

  getDisplayValue(): string {
    this.env.call('Range.getDisplayValue', { read: 1 });
    return this.displayValues()[0]?.[0] ?? '';
  }

  private displayValues(): string[][] {
    const { grid, rect } = this;
    const { timeZone, locale } = this.sheet.book;
    return grid
      .read(rect, (ms) => new Date(ms))
      .map((line, i) => {
        const formats = grid.numberFormats.rowMap(rect.row + i);
        return line.map((value, j) => formatDisplay(value, formats?.get(rect.column + j), timeZone, locale));
      });
  }

  getFormulas(): string[][] {
    this.env.call('Range.getFormulas', { read: this.cellCount });
    return this.map((r, c) => this.grid.formulas.get(r, c) ?? '');
  }

  getFormula(): string {
    this.env.call('Range.getFormula', { read: 1 });
    return this.grid.formulas.get(this.rect.row, this.rect.column) ?? '';
  }

  /** '' clears a cell. Text not starting with '=' is unknown live; stricter, it throws. */
  setFormulas(formulas: string[][]): Range {
    this.env.call('Range.setFormulas', { written: this.cellCount });
    writeFormulas(this.grid, this.rect.row, this.rect.column, checkShape(formulas, this.rect, 'Range.setFormulas'));
    return this;
  }

  /** On a block, each cell gets the formula with its relative references moved, as a fill does (shiftFormula). */
  setFormula(formula: string): Range {
    this.env.call('Range.setFormula', { written: this.cellCount });
    if (typeof formula !== 'string') throw signatureError('Range.setFormula', [formula]);
    const rows = Array.from({ length: this.rect.numRows }, (_, i) => Array.from({ length: this.rect.numColumns }, (_, j) => shiftFormula(formula, i, j)));
    writeFormulas(this.grid, this.rect.row, this.rect.column, rows);
    return this;
  }

  /** "null if the cell value is not text" (reference); blank cells are empty text. */
  getRichTextValues(): (RichTextValue | null)[][] {
    this.env.call('Range.getRichTextValues', { read: this.cellCount });
    return this.map((r, c) => this.richText(r, c));
  }

  getRichTextValue(): RichTextValue | null {
    this.env.call('Range.getRichTextValue', { read: 1 });
    return this.richText(this.rect.row, this.rect.column);
  }

  private richText(row: number, column: number): RichTextValue | null {
    const value = this.grid.formulas.get(row, column) === undefined ? this.grid.get(row, column) : '';
    return typeof value === 'string' ? new RichTextValue(this.env, value, this.grid.links.get(row, column) ?? null) : null;
  }

  setRichTextValue(value: RichTextValue): Range {
    this.env.call('Range.setRichTextValue', { written: this.cellCount });
    const rich = richTextOf(value);
    this.each((r, c) => writeText(this.grid, r, c, rich.text, rich.linkUrl));
    return this;
  }

  setRichTextValues(values: RichTextValue[][]): Range {
    this.env.call('Range.setRichTextValues', { written: this.cellCount });
    const rows = checkShape(values, this.rect, 'Range.setRichTextValues').map((row) => row.map(richTextOf));
    this.each((r, c, i, j) => {
      const rich = rows[i]?.[j];
      if (rich) writeText(this.grid, r, c, rich.text, rich.linkUrl);
    });
    return this;
  }

  /**
   * "Clears the range of contents and formats" (https://developers.google.com/apps-script/reference/spreadsheet/range#clear):
   * notes and validation rules stay, as gas-fakes' live tests find for Sheet.clear (test/testsheets.js).
   * With options, only the parts asked for; "clearing format also clears data validation rules"
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#clearoptions). Whether
   * commentsOnly clears notes is unknown; the emulator has no other comments, so it clears notes.
   */
  clear(options?: { commentsOnly?: boolean; contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; skipFilteredRows?: boolean }): Range {
    this.env.call('Range.clear');
    const o = options ?? {};
    const any = Boolean(o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly);
    clearCells(
      this.grid,
      this.rect,
      any
        ? { contents: o.contentsOnly, formats: o.formatOnly, notes: o.commentsOnly, validations: o.validationsOnly || o.formatOnly }
        : { contents: true, formats: true },
    );
    return this;
  }

  clearContent(): Range {
    this.env.call('Range.clearContent');
    clearCells(this.grid, this.rect, { contents: true });
    return this;
  }

  clearFormat(): Range {
    this.env.call('Range.clearFormat');
    clearCells(this.grid, this.rect, { formats: true });
    return this;
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    this.env.call('Range.offset');
    return this.sheet.checkedRange('Range.offset', [
      this.rect.row + rowOffset,
      this.rect.column + columnOffset,
      numRows ?? this.rect.numRows,
      numColumns ?? this.rect.numColumns,
    ]);
  }

  activate(): Range {
    this.env.call('Range.activate');
    this.sheet.book.select(this.sheet, this.rect);
    return this;
  }

  protect(): Protection {
    this.env.call('Range.protect');
    return this.sheet.addProtection('RANGE', { ...this.rect });
  }
}

function richTextOf(value: unknown): RichTextValue {
  if (!(value instanceof RichTextValue)) throw signatureError('Range.setRichTextValue', [value]);
  return value;
}

/** The formatting half of the emulated Range: number formats, notes, validation rules and styles. */
import type { A1Shape, GridRect } from './a1';
import { DataValidation } from './builders';
import { DEFAULT_NUMBER_FORMAT, isDefaultFormat } from './cell-text';
import { parseColor } from './css-colors';
import { dropMethods, type LocalEnv } from './env';
import type { SheetOfRange } from './model';
import { checkShape } from './range-cells';
import { signatureError } from './signature-error';
import { registerRange } from './range-ref';
import type { CellLayer, SheetGrid } from './sheet-grid';

/**
 * The Range methods that set how cells look and what they accept
 * (https://developers.google.com/apps-script/reference/spreadsheet/range). Range extends it with values;
 * Apps Script has one Range class, split here by concern only.
 */
export class RangeFormats {
  constructor(
    readonly sheet: SheetOfRange,
    readonly rect: GridRect,
    readonly shape: A1Shape = 'block',
  ) {
    registerRange(this);
  }

  protected get env(): LocalEnv {
    return this.sheet.book.env;
  }

  protected get grid(): SheetGrid {
    return this.sheet.grid;
  }

  /** The cells of the range, which the latency model charges for (latency.ts). */
  protected get cellCount(): number {
    return this.rect.numRows * this.rect.numColumns;
  }

  /** Calls `fn` for each cell with its 1-based row and column and its 0-based place in the range. */
  protected each(fn: (row: number, column: number, i: number, j: number) => void): void {
    const { row, column, numRows, numColumns } = this.rect;
    for (let i = 0; i < numRows; i++) for (let j = 0; j < numColumns; j++) fn(row + i, column + j, i, j);
  }

  protected map<T>(fn: (row: number, column: number) => T): T[][] {
    const out: T[][] = Array.from({ length: this.rect.numRows }, () => []);
    this.each((r, c, i) => out[i]?.push(fn(r, c)));
    return out;
  }

  protected fillLayer<T>(layer: CellLayer<T>, value: T | undefined): this {
    layer.fill(this.rect, value);
    return this;
  }

  protected setLayer<T>(layer: CellLayer<T>, data: unknown, method: string, read: (cell: unknown) => T | undefined): this {
    const rows = checkShape(data, this.rect, `Range.${method}`);
    this.each((r, c, i, j) => layer.set(r, c, read(rows[i]?.[j])));
    return this;
  }

  getNumberFormats(): string[][] {
    this.env.call('Range.getNumberFormats', { read: this.cellCount });
    return this.map((r, c) => this.grid.numberFormats.get(r, c) ?? DEFAULT_NUMBER_FORMAT);
  }

  getNumberFormat(): string {
    this.env.call('Range.getNumberFormat', { read: 1 });
    return this.grid.numberFormats.get(this.rect.row, this.rect.column) ?? DEFAULT_NUMBER_FORMAT;
  }

  setNumberFormat(numberFormat: string): this {
    this.env.call('Range.setNumberFormat', { written: this.cellCount });
    return this.fillLayer(this.grid.numberFormats, isDefaultFormat(numberFormat) ? undefined : String(numberFormat));
  }

  setNumberFormats(numberFormats: string[][]): this {
    this.env.call('Range.setNumberFormats', { written: this.cellCount });
    return this.setLayer(this.grid.numberFormats, numberFormats, 'setNumberFormats', (f) => (f === null || isDefaultFormat(String(f)) ? undefined : String(f)));
  }

  getNotes(): string[][] {
    this.env.call('Range.getNotes', { read: this.cellCount });
    return this.map((r, c) => this.grid.notes.get(r, c) ?? '');
  }

  getNote(): string {
    this.env.call('Range.getNote', { read: 1 });
    return this.grid.notes.get(this.rect.row, this.rect.column) ?? '';
  }

  setNote(note: string | null): this {
    this.env.call('Range.setNote', { written: this.cellCount });
    return this.fillLayer(this.grid.notes, noteText(note));
  }

  setNotes(notes: (string | null)[][]): this {
    this.env.call('Range.setNotes', { written: this.cellCount });
    return this.setLayer(this.grid.notes, notes, 'setNotes', noteText);
  }

  clearNote(): this {
    this.env.call('Range.clearNote');
    return this.fillLayer(this.grid.notes, undefined);
  }

  getDataValidations(): (DataValidation | null)[][] {
    this.env.call('Range.getDataValidations', { read: this.cellCount });
    return this.map((r, c) => this.grid.validations.get(r, c) ?? null);
  }

  getDataValidation(): DataValidation | null {
    this.env.call('Range.getDataValidation', { read: 1 });
    return this.grid.validations.get(this.rect.row, this.rect.column) ?? null;
  }

  setDataValidation(rule: DataValidation | null): this {
    this.env.call('Range.setDataValidation', { written: this.cellCount });
    return this.fillLayer(this.grid.validations, validationOf(rule));
  }

  setDataValidations(rules: (DataValidation | null)[][]): this {
    this.env.call('Range.setDataValidations', { written: this.cellCount });
    return this.setLayer(this.grid.validations, rules, 'setDataValidations', validationOf);
  }

  clearDataValidations(): this {
    this.env.call('Range.clearDataValidations');
    return this.fillLayer(this.grid.validations, undefined);
  }

  setBackground(color: string | null): this {
    this.env.call('Range.setBackground', { written: this.cellCount });
    return this.fillLayer(this.grid.style('background'), color === null ? undefined : parseColor(String(color)));
  }

  setBackgrounds(colors: (string | null)[][]): this {
    this.env.call('Range.setBackgrounds', { written: this.cellCount });
    return this.setLayer(this.grid.style('background'), colors, 'setBackgrounds', (c) => (c === null || c === undefined ? undefined : parseColor(String(c))));
  }

  /** White is what an unformatted cell reports; colours read back as stored, '#rrggbb'. */
  getBackgrounds(): string[][] {
    this.env.call('Range.getBackgrounds', { read: this.cellCount });
    return this.map((r, c) => this.grid.style('background').get(r, c) ?? '#ffffff');
  }

  setFontWeight(fontWeight: 'normal' | 'bold' | null): this {
    this.env.call('Range.setFontWeight');
    return this.fillLayer(this.grid.style('fontWeight'), fontWeight ?? undefined);
  }

  setFontWeights(fontWeights: ('normal' | 'bold' | null)[][]): this {
    this.env.call('Range.setFontWeights');
    return this.setLayer(this.grid.style('fontWeight'), fontWeights, 'setFontWeights', (w) => (w === null || w === undefined ? undefined : String(w)));
  }

  setFontColor(color: string | null): this {
    this.env.call('Range.setFontColor');
    return this.fillLayer(this.grid.style('fontColor'), color === null ? undefined : parseColor(String(color)));
  }

  setFontStyle(fontStyle: 'normal' | 'italic' | null): this {
    this.env.call('Range.setFontStyle');
    return this.fillLayer(this.grid.style('fontStyle'), fontStyle ?? undefined);
  }

  setFontSize(size: number): this {
    this.env.call('Range.setFontSize');
    return this.fillLayer(this.grid.style('fontSize'), String(size));
  }

  setWrap(isWrapEnabled: boolean): this {
    this.env.call('Range.setWrap');
    return this.fillLayer(this.grid.style('wrap'), String(Boolean(isWrapEnabled)));
  }

  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): this {
    this.env.call('Range.setHorizontalAlignment');
    return this.fillLayer(this.grid.style('horizontalAlignment'), alignment ?? undefined);
  }

  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): this {
    this.env.call('Range.setVerticalAlignment');
    return this.fillLayer(this.grid.style('verticalAlignment'), alignment ?? undefined);
  }
}

/**
 * A note is text; an integer becomes Java's "5.0" (gas-fakes test/testsheets.js "notes", run on live Apps
 * Script; https://issuetracker.google.com/issues/429373214). Blank or null removes the note.
 */
function noteText(note: unknown): string | undefined {
  if (note === null || note === undefined || note === '') return undefined;
  if (typeof note === 'number' && Number.isInteger(note)) return note.toFixed(1);
  return String(note);
}

function validationOf(rule: unknown): DataValidation | undefined {
  if (rule === null || rule === undefined) return undefined;
  if (!(rule instanceof DataValidation)) throw signatureError('Range.setDataValidation', [rule]);
  return rule;
}

/**
 * Range methods the bundle never calls, dropped from the emulator (issue 15): borders and merges change
 * nothing the program reads back. Calling one throws `not emulated`.
 */
dropMethods(RangeFormats.prototype, 'Range', ['setBorder', 'merge', 'breakApart', 'isPartOfMerge']);

/** Cell writes and clears shared by Range and Sheet: input interpretation and size checks. */
import type { GridRect } from './a1';
import { interpretInput, isDefaultFormat } from './cell-text';
import { signatureError } from './signature-error';
import type { SheetGrid } from './sheet-grid';
import type { CellValue } from './snapshot';

/**
 * Sheets' per-cell limit (https://support.google.com/drive/answer/37603). The wording of the error is
 * the one the Sheets editor shows; what Apps Script throws is not documented.
 */
export const MAX_CELL_CHARACTERS = 50_000;

function checkLength(text: string): void {
  if (text.length > MAX_CELL_CHARACTERS) {
    throw new Error(`Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`);
  }
}

/**
 * The size check of Range.setValues and the other 2-D setters, with the live messages (gas-fakes,
 * checked against Apps Script; https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues). Ragged rows fail the column check.
 */
export function checkShape(data: unknown, rect: GridRect, method: string): unknown[][] {
  if (!Array.isArray(data)) throw signatureError(method, [data]);
  if (data.length !== rect.numRows) {
    throw new Error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${rect.numRows}.`,
    );
  }
  for (const row of data) {
    if (!Array.isArray(row)) throw signatureError(method, [data]);
    if (row.length !== rect.numColumns) {
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${rect.numColumns}.`,
      );
    }
  }
  return data as unknown[][];
}

/**
 * Writes values as setValues does, all or nothing: every input is interpreted before any cell changes.
 * A new value replaces a formula and a rich-text link; an automatic format is set only on a cell
 * whose format is still automatic (typing 85% into a '0.0' cell keeps '0.0').
 */
/** What input is read in: the spreadsheet's time zone and locale. */
export interface InputSettings {
  readonly timeZone: string;
  readonly locale: string;
}

export function writeValues(grid: SheetGrid, row: number, column: number, data: readonly (readonly unknown[])[], settings: InputSettings): void {
  const formats = grid.numberFormats;
  const automatic = formats.isEmpty();
  const prepared: CellValue[][] = [];
  const formulas: [number, number, string][] = [];
  const autoFormats: [number, number, string][] = [];
  data.forEach((line, i) => {
    const out: CellValue[] = [];
    for (let j = 0; j < line.length; j++) {
      const raw = line[j];
      if ((typeof raw === 'number' && Number.isFinite(raw)) || typeof raw === 'boolean') {
        out.push(raw);
        continue;
      }
      const input = interpretInput(raw, automatic ? undefined : formats.get(row + i, column + j), settings.timeZone, settings.locale);
      if (input.kind === 'formula') {
        checkLength(input.formula);
        formulas.push([row + i, column + j, input.formula]);
        out.push('');
        continue;
      }
      if (typeof input.value === 'string') checkLength(input.value);
      if (input.format !== undefined) autoFormats.push([row + i, column + j, input.format]);
      out.push(input.value);
    }
    prepared.push(out);
  });
  const lastColumn = column + (data[0]?.length ?? 0) - 1;
  let removedFormulas = false;
  prepared.forEach((cells, i) => {
    grid.putRow(row + i, column, cells);
    removedFormulas = grid.formulas.clearSpan(row + i, column, lastColumn) || removedFormulas;
    grid.links.clearSpan(row + i, column, lastColumn);
  });
  for (const [r, c, formula] of formulas) grid.formulas.set(r, c, formula);
  if (formulas.length > 0 || removedFormulas) grid.touch();
  for (const [r, c, format] of autoFormats) if (isDefaultFormat(formats.get(r, c))) formats.set(r, c, format);
}

/**
 * Writes formulas whatever the cells' number format ('' clears the cell). Text not starting with '='
 * is unknown live; stricter, it throws before any cell changes.
 */
export function writeFormulas(grid: SheetGrid, row: number, column: number, data: readonly (readonly unknown[])[]): void {
  for (const cell of data.flat()) {
    if (typeof cell !== 'string' || (cell !== '' && !cell.startsWith('='))) throw new Error(`Not a formula: ${String(cell)}`);
    checkLength(cell);
  }
  data.forEach((line, i) => {
    line.forEach((formula, j) => {
      grid.put(row + i, column + j, '');
      grid.formulas.set(row + i, column + j, formula === '' ? undefined : String(formula));
      grid.links.set(row + i, column + j, undefined);
    });
  });
  grid.touch();
}

/** Stores text literally (rich text is never read as a formula or number) with its whole-cell link. */
export function writeText(grid: SheetGrid, row: number, column: number, text: string, link: string | null): void {
  checkLength(text);
  grid.put(row, column, text);
  grid.formulas.set(row, column, undefined);
  grid.links.set(row, column, link ?? undefined);
  grid.touch();
}

export interface ClearParts {
  readonly contents?: boolean;
  readonly formats?: boolean;
  readonly notes?: boolean;
  readonly validations?: boolean;
}

export function clearCells(grid: SheetGrid, rect: GridRect, parts: ClearParts): void {
  if (parts.contents) {
    const last = Math.min(rect.row + rect.numRows - 1, grid.values.length);
    for (let r = rect.row; r <= last; r++) {
      const line = grid.values[r - 1] ?? [];
      const end = Math.min(rect.column + rect.numColumns - 1, line.length);
      for (let c = rect.column; c <= end; c++) line[c - 1] = '';
    }
    grid.formulas.fill(rect, undefined);
    grid.links.fill(rect, undefined);
    grid.touch();
  }
  if (parts.formats) {
    grid.numberFormats.fill(rect, undefined);
    for (const layer of grid.styles.values()) layer.fill(rect, undefined);
  }
  if (parts.notes) grid.notes.fill(rect, undefined);
  if (parts.validations) grid.validations.fill(rect, undefined);
}

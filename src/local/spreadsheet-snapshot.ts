/** Conversion between the emulated Spreadsheet and its plain-data BookSnapshot (the runtime's, never counted). */
import { formatA1, parseA1, resolveA1, type GridRect } from './a1';
import { DataValidation, type ValidationState } from './builders';
import { isDateObject, isDefaultFormat } from './cell-text';
import { Sheet } from './sheet';
import { SheetGrid, type CellLayer } from './sheet-grid';
import type { BookSnapshot, CellValue, SheetSnapshot, ValidationSnapshot } from './snapshot';
import type { Spreadsheet } from './spreadsheet';

function rectIn(grid: SheetGrid, a1: string, sheetName: string): GridRect {
  const parsed = parseA1(a1);
  const rect = resolveA1(parsed, grid.maxRows, grid.maxColumns);
  if (parsed.sheetName !== null || rect.row + rect.numRows - 1 > grid.maxRows || rect.column + rect.numColumns - 1 > grid.maxColumns) {
    throw new Error(`Snapshot range ${a1} does not fit the sheet ${sheetName}.`);
  }
  return rect;
}

function copyCell(value: unknown): CellValue {
  if (isDateObject(value)) return new Date(value.getTime());
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  throw new Error(`Snapshot cell value ${String(value)} is not a string, number, boolean or Date.`);
}

function validationFromSnapshot(rule: ValidationSnapshot): ValidationState {
  const common = { allowInvalid: rule.allowInvalid, helpText: rule.helpText ?? null };
  switch (rule.kind) {
    case 'list': return { ...common, criteria: 'VALUE_IN_LIST', args: [[...rule.values], true] };
    case 'checkbox': return { ...common, criteria: 'CHECKBOX', args: [] };
    case 'date': return { ...common, criteria: 'DATE_IS_VALID_DATE', args: [] };
    case 'number':
      if (rule.min !== undefined && rule.max !== undefined) return { ...common, criteria: 'NUMBER_BETWEEN', args: [rule.min, rule.max] };
      if (rule.min !== undefined) return { ...common, criteria: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', args: [rule.min] };
      if (rule.max !== undefined) return { ...common, criteria: 'NUMBER_LESS_THAN_OR_EQUAL_TO', args: [rule.max] };
      throw new Error('A number validation needs a minimum or a maximum.');
  }
}

/** Rules a snapshot cannot hold (a list without dropdown, custom checkbox values, other criteria) throw rather than change silently. */
function validationToSnapshot(state: ValidationState): ValidationSnapshot {
  const common = state.helpText ? { allowInvalid: state.allowInvalid, helpText: state.helpText } : { allowInvalid: state.allowInvalid };
  const [first, second] = state.args;
  switch (state.criteria) {
    case 'VALUE_IN_LIST':
      if (second === false) break;
      return { kind: 'list', values: (first as string[]).map(String), ...common };
    case 'CHECKBOX':
      if (state.args.length > 0) break;
      return { kind: 'checkbox', ...common };
    case 'DATE_IS_VALID_DATE': return { kind: 'date', ...common };
    case 'NUMBER_BETWEEN': return { kind: 'number', min: first as number, max: second as number, ...common };
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO': return { kind: 'number', min: first as number, ...common };
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO': return { kind: 'number', max: first as number, ...common };
    default: break;
  }
  throw new Error(`A snapshot cannot hold the data validation ${state.criteria} ${JSON.stringify(state.args)}.`);
}

export function sheetFromSnapshot(book: Spreadsheet, snapshot: SheetSnapshot, sheetId: number): Sheet {
  const grid = new SheetGrid(snapshot.maxRows, snapshot.maxColumns);
  if (snapshot.values.length > grid.maxRows || snapshot.values.some((row) => row.length > grid.maxColumns)) {
    throw new Error(`Snapshot values do not fit the sheet ${snapshot.name}.`);
  }
  grid.values = snapshot.values.map((row) => row.map(copyCell));
  const cell = (a1: string): GridRect => rectIn(grid, a1, snapshot.name);
  for (const [a1, formula] of Object.entries(snapshot.formulas)) grid.formulas.fill(cell(a1), formula);
  for (const { range, format } of snapshot.numberFormats) if (!isDefaultFormat(format)) grid.numberFormats.fill(cell(range), format);
  for (const { range, rule } of snapshot.validations) grid.validations.fill(cell(range), new DataValidation(book.env, validationFromSnapshot(rule)));
  for (const [a1, note] of Object.entries(snapshot.notes)) grid.notes.fill(cell(a1), note);
  for (const [a1, link] of Object.entries(snapshot.links)) grid.links.fill(cell(a1), link);
  for (const [column, width] of Object.entries(snapshot.columnWidths)) grid.columnWidths.set(Number(column), width);
  grid.touch();
  const sheet = new Sheet(book, snapshot.name, sheetId, grid);
  sheet.frozenRows = snapshot.frozenRows;
  sheet.frozenColumns = snapshot.frozenColumns;
  sheet.hidden = snapshot.hidden;
  return sheet;
}

/**
 * Blocks of equal values: runs down each column, then runs of identical column runs side by side,
 * so a rule on 999 cells of a column is one entry 'C2:C1000'.
 */
function layerToRanges<T>(layer: CellLayer<T>, keyOf: (value: T) => string): { range: string; value: T }[] {
  const columns = new Map<number, [number, T][]>();
  for (const [row, column, value] of layer.entries()) {
    const cells = columns.get(column) ?? [];
    cells.push([row, value]);
    columns.set(column, cells);
  }
  const runs: { rect: GridRect; key: string; value: T }[] = [];
  for (const [column, cells] of [...columns].sort((a, b) => a[0] - b[0])) {
    cells.sort((a, b) => a[0] - b[0]);
    for (const [row, value] of cells) {
      const key = keyOf(value);
      const last = runs[runs.length - 1];
      if (last && last.key === key && last.rect.column === column && last.rect.row + last.rect.numRows === row) last.rect.numRows += 1;
      else runs.push({ rect: { row, column, numRows: 1, numColumns: 1 }, key, value });
    }
  }
  const blocks = new Map<string, { rect: GridRect; value: T }>();
  const out: { rect: GridRect; value: T }[] = [];
  for (const run of runs) {
    const id = `${run.rect.row}:${run.rect.numRows}:${run.key}`;
    const block = blocks.get(id);
    if (block && block.rect.column + block.rect.numColumns === run.rect.column) {
      block.rect.numColumns += 1;
      continue;
    }
    const fresh = { rect: run.rect, value: run.value };
    blocks.set(id, fresh);
    out.push(fresh);
  }
  return out.map(({ rect, value }) => ({ range: formatA1(rect), value }));
}

function byCell<T>(layer: CellLayer<T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [row, column, value] of layer.entries()) out[formatA1({ row, column, numRows: 1, numColumns: 1 })] = value;
  return out;
}

function sheetToSnapshot(sheet: Sheet): SheetSnapshot {
  const { grid } = sheet;
  const rect = { row: 1, column: 1, numRows: grid.lastRow(), numColumns: grid.lastColumn() };
  const keys = new Map<DataValidation, string>();
  const keyOf = (rule: DataValidation): string => {
    let key = keys.get(rule);
    if (key === undefined) keys.set(rule, (key = JSON.stringify(validationToSnapshot(rule.state))));
    return key;
  };
  return {
    name: sheet.name,
    maxRows: grid.maxRows,
    maxColumns: grid.maxColumns,
    values: rect.numRows === 0 ? [] : grid.read(rect, (ms) => new Date(ms), false),
    formulas: byCell(grid.formulas),
    numberFormats: layerToRanges(grid.numberFormats, (f) => f).map(({ range, value }) => ({ range, format: value })),
    validations: layerToRanges(grid.validations, keyOf).map(({ range, value }) => ({ range, rule: validationToSnapshot(value.state) })),
    notes: byCell(grid.notes),
    links: byCell(grid.links),
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    columnWidths: Object.fromEntries(grid.columnWidths),
    hidden: sheet.hidden,
  };
}

export function bookToSnapshot(book: Spreadsheet): BookSnapshot {
  return { name: book.name, locale: book.locale, timeZone: book.timeZone, sheets: book.sheets.map(sheetToSnapshot) };
}

/** Conversion between the emulated Spreadsheet and its plain-data BookSnapshot (the runtime's, never counted). */
import { formatA1, parseA1, resolveA1, type GridRect } from './a1';
import { DataValidation, type ConditionalFormatState, type ValidationState } from './builders';
import { isDateObject, isDefaultFormat } from './cell-text';
import type { BookOfSheet } from './model';
import { rangeRefOf } from './range-ref';
import { Sheet } from './sheet';
import { CellLayer, SheetGrid } from './sheet-grid';
import type {
  BookSnapshot,
  CellValue,
  ConditionalFormatSnapshot,
  ConditionSnapshot,
  ProtectionSnapshot,
  SheetSnapshot,
  StyleSnapshot,
  ValidationSnapshot,
} from './snapshot';

/** What a conversion needs of the Spreadsheet: its own fields, and its sheets as the Sheets they are. */
interface SnapshotBook extends BookOfSheet {
  readonly name: string;
  readonly sheets: readonly Sheet[];
}

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

type RangeRuleSnapshot = Extract<ValidationSnapshot, { kind: 'range' }>;

/** A sheet name as an A1 reference quotes it, in Sheets and in Excel: 'It''s'. */
const quotedSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

function validationFromSnapshot(rule: Exclude<ValidationSnapshot, RangeRuleSnapshot>): ValidationState {
  const common = { allowInvalid: rule.allowInvalid, helpText: rule.helpText ?? null };
  switch (rule.kind) {
    case 'list':
      return { ...common, criteria: 'VALUE_IN_LIST', args: [[...rule.values], true] };
    case 'checkbox':
      return { ...common, criteria: 'CHECKBOX', args: [] };
    case 'date':
      return { ...common, criteria: 'DATE_IS_VALID_DATE', args: [] };
    case 'number':
      if (rule.min !== undefined && rule.max !== undefined) return { ...common, criteria: 'NUMBER_BETWEEN', args: [rule.min, rule.max] };
      if (rule.min !== undefined) return { ...common, criteria: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', args: [rule.min] };
      if (rule.max !== undefined) return { ...common, criteria: 'NUMBER_LESS_THAN_OR_EQUAL_TO', args: [rule.max] };
      throw new Error('A number validation needs a minimum or a maximum.');
  }
}

/**
 * The rule of a range dropdown, its source found by name (case-insensitive, as sheet names are unique so) once
 * every sheet of the book exists; a source naming no sheet, or outside its grid, throws like a bad range.
 */
function rangeValidationFromSnapshot(book: SnapshotBook, own: Sheet, rule: RangeRuleSnapshot): ValidationState {
  const parsed = parseA1(rule.source);
  const name = parsed.sheetName?.toLowerCase();
  const sheet = name === undefined ? own : book.sheets.find((s) => s.name.toLowerCase() === name);
  if (!sheet) throw new Error(`Snapshot validation source ${rule.source} names no sheet of the book.`);
  const rect = resolveA1(parsed, sheet.grid.maxRows, sheet.grid.maxColumns);
  if (rect.row + rect.numRows - 1 > sheet.grid.maxRows || rect.column + rect.numColumns - 1 > sheet.grid.maxColumns) {
    throw new Error(`Snapshot validation source ${rule.source} does not fit the sheet ${sheet.name}.`);
  }
  return { allowInvalid: rule.allowInvalid, helpText: rule.helpText ?? null, criteria: 'VALUE_IN_RANGE', args: [sheet.rangeAt(rect), true] };
}

/**
 * Rules a snapshot cannot hold (a list or range without dropdown, custom checkbox values, other criteria)
 * throw rather than change silently. A range rule whose source tab was deleted is null: Sheets then shows the
 * rule's source as #REF! (unverified), which neither a snapshot nor an .xlsx can point at, so the saved file
 * has no dropdown there, as the .xlsx reader drops a #REF! source.
 */
function validationToSnapshot(sheets: readonly Sheet[], state: ValidationState): ValidationSnapshot | null {
  const common = state.helpText ? { allowInvalid: state.allowInvalid, helpText: state.helpText } : { allowInvalid: state.allowInvalid };
  const [first, second] = state.args;
  switch (state.criteria) {
    case 'VALUE_IN_LIST':
      if (second === false) break;
      return { kind: 'list', values: (first as string[]).map(String), ...common };
    case 'VALUE_IN_RANGE': {
      const { sheet, rect } = rangeRefOf(first);
      const source = sheets.find((s) => s === sheet);
      if (!source) return null;
      if (second === false) break;
      return { kind: 'range', source: `${quotedSheet(source.name)}!${formatA1(rect)}`, ...common };
    }
    case 'CHECKBOX':
      if (state.args.length > 0) break;
      return { kind: 'checkbox', ...common };
    case 'DATE_IS_VALID_DATE':
      return { kind: 'date', ...common };
    case 'NUMBER_BETWEEN':
      return { kind: 'number', min: first as number, max: second as number, ...common };
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return { kind: 'number', min: first as number, ...common };
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return { kind: 'number', max: first as number, ...common };
    default:
      break;
  }
  throw new Error(`A snapshot cannot hold the data validation ${state.criteria} ${JSON.stringify(state.args)}.`);
}

/**
 * The grid's style layers (range-format.ts) and the snapshot field each one fills. Values a script cannot
 * tell from an unset cell are left out (see StyleSnapshot); sizes and flags become numbers and booleans.
 */
const STYLE_LAYERS: readonly { readonly layer: string; read(value: string): Partial<StyleSnapshot>; write(style: StyleSnapshot): string | undefined }[] = [
  { layer: 'background', read: (v) => (v === '#ffffff' ? {} : { background: v }), write: (s) => s.background },
  { layer: 'fontColor', read: (v) => (v === '#000000' ? {} : { fontColor: v }), write: (s) => s.fontColor },
  { layer: 'fontWeight', read: (v) => (v === 'bold' ? { bold: true } : {}), write: (s) => (s.bold ? 'bold' : undefined) },
  { layer: 'fontStyle', read: (v) => (v === 'italic' ? { italic: true } : {}), write: (s) => (s.italic ? 'italic' : undefined) },
  // 10 is Sheets' default size, which an unformatted cell has.
  {
    layer: 'fontSize',
    read: (v) => (Number(v) === 10 ? {} : { fontSize: Number(v) }),
    write: (s) => (s.fontSize === undefined ? undefined : String(s.fontSize)),
  },
  { layer: 'wrap', read: (v) => (v === 'true' ? { wrap: true } : {}), write: (s) => (s.wrap ? 'true' : undefined) },
  {
    layer: 'horizontalAlignment',
    read: (v) => (v === 'left' || v === 'center' || v === 'right' ? { horizontalAlignment: v } : {}),
    write: (s) => s.horizontalAlignment,
  },
  { layer: 'verticalAlignment', read: (v) => (v === 'top' || v === 'middle' ? { verticalAlignment: v } : {}), write: (s) => s.verticalAlignment },
];

function conditionFromSnapshot(condition: ConditionSnapshot): NonNullable<ConditionalFormatState['condition']> {
  switch (condition.type) {
    case 'TEXT_EQUAL_TO':
    case 'TEXT_CONTAINS':
      return { type: condition.type, values: [condition.text] };
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
    case 'NUMBER_LESS_THAN':
      return { type: condition.type, values: [condition.value] };
    case 'NUMBER_BETWEEN':
      return { type: condition.type, values: [condition.min, condition.max] };
    case 'CUSTOM_FORMULA':
      return { type: condition.type, values: [condition.formula] };
    case 'CELL_EMPTY':
      return { type: condition.type, values: [] };
  }
}

/** Conditions the builder cannot make (or arguments of the wrong type) throw rather than change silently. */
function conditionToSnapshot(condition: ConditionalFormatState['condition']): ConditionSnapshot {
  const [first, second] = condition?.values ?? [];
  switch (condition?.type) {
    case 'TEXT_EQUAL_TO':
    case 'TEXT_CONTAINS':
      if (typeof first === 'string') return { type: condition.type, text: first };
      break;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
    case 'NUMBER_LESS_THAN':
      if (typeof first === 'number') return { type: condition.type, value: first };
      break;
    case 'NUMBER_BETWEEN':
      if (typeof first === 'number' && typeof second === 'number') return { type: condition.type, min: first, max: second };
      break;
    case 'CUSTOM_FORMULA':
      if (typeof first === 'string') return { type: condition.type, formula: first };
      break;
    case 'CELL_EMPTY':
      return { type: condition.type };
    default:
      break;
  }
  throw new Error(`A snapshot cannot hold the conditional format condition ${JSON.stringify(condition)}.`);
}

/** A format colour or weight set to null is the same as one never set: left out. */
function ruleFormatToSnapshot(format: ConditionalFormatState['format']): ConditionalFormatSnapshot['format'] {
  return {
    ...(typeof format.background === 'string' ? { background: format.background } : {}),
    ...(typeof format.fontColor === 'string' ? { fontColor: format.fontColor } : {}),
    ...(typeof format.bold === 'boolean' ? { bold: format.bold } : {}),
  };
}

function addSheetObjects(sheet: Sheet, snapshot: SheetSnapshot): void {
  const cell = (a1: string): GridRect => rectIn(sheet.grid, a1, snapshot.name);
  sheet.conditionalRules = (snapshot.conditionalFormats ?? []).map((rule) => ({
    condition: conditionFromSnapshot(rule.condition),
    format: { ...rule.format },
    ranges: rule.ranges.map((a1) => ({ sheet, rect: cell(a1) })),
  }));
  for (const { range, description, warningOnly, editors } of snapshot.protections ?? []) {
    const protection = sheet.addProtection(range === null ? 'SHEET' : 'RANGE', range === null ? null : cell(range));
    protection.description = description;
    protection.warningOnly = warningOnly;
    protection.editors.push(...editors);
  }
}

export function sheetFromSnapshot(book: SnapshotBook, snapshot: SheetSnapshot, sheetId: number): Sheet {
  const grid = new SheetGrid(snapshot.maxRows, snapshot.maxColumns);
  if (snapshot.values.length > grid.maxRows || snapshot.values.some((row) => row.length > grid.maxColumns)) {
    throw new Error(`Snapshot values do not fit the sheet ${snapshot.name}.`);
  }
  grid.values = snapshot.values.map((row) => row.map(copyCell));
  const cell = (a1: string): GridRect => rectIn(grid, a1, snapshot.name);
  for (const [a1, formula] of Object.entries(snapshot.formulas)) grid.formulas.fill(cell(a1), formula);
  for (const { range, format } of snapshot.numberFormats) if (!isDefaultFormat(format)) grid.numberFormats.fill(cell(range), format);
  for (const { range, rule } of snapshot.validations) {
    if (rule.kind !== 'range') grid.validations.fill(cell(range), new DataValidation(book.env, validationFromSnapshot(rule)));
  }
  for (const [a1, note] of Object.entries(snapshot.notes)) grid.notes.fill(cell(a1), note);
  for (const [a1, link] of Object.entries(snapshot.links)) grid.links.fill(cell(a1), link);
  for (const [column, width] of Object.entries(snapshot.columnWidths)) grid.columnWidths.set(Number(column), width);
  for (const { range, style } of snapshot.styles ?? []) {
    const rect = cell(range);
    for (const { layer, write } of STYLE_LAYERS) {
      const value = write(style);
      if (value !== undefined) grid.style(layer).fill(rect, value);
    }
  }
  grid.touch();
  const sheet = new Sheet(book, snapshot.name, sheetId, grid);
  sheet.frozenRows = snapshot.frozenRows;
  sheet.frozenColumns = snapshot.frozenColumns;
  sheet.hidden = snapshot.hidden;
  addSheetObjects(sheet, snapshot);
  return sheet;
}

/** The range dropdowns of `snapshot`, once every sheet of `book` is built from it (a source may be a later sheet). */
export function rangeValidationsFromSnapshot(book: SnapshotBook, snapshot: BookSnapshot): void {
  snapshot.sheets.forEach((sheetSnapshot, index) => {
    const sheet = book.sheets[index]!;
    for (const { range, rule } of sheetSnapshot.validations) {
      if (rule.kind !== 'range') continue;
      sheet.grid.validations.fill(rectIn(sheet.grid, range, sheet.name), new DataValidation(book.env, rangeValidationFromSnapshot(book, sheet, rule)));
    }
  });
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

/** Each cell's combined style, its fields in STYLE_LAYERS order so that equal styles have equal keys. */
function combinedStyles(grid: SheetGrid): CellLayer<StyleSnapshot> {
  const combined = new CellLayer<StyleSnapshot>();
  for (const { layer, read } of STYLE_LAYERS) {
    for (const [row, column, value] of grid.styles.get(layer)?.entries() ?? []) {
      const part = read(value);
      if (Object.keys(part).length > 0) combined.set(row, column, { ...combined.get(row, column), ...part });
    }
  }
  return combined;
}

function sheetObjects(sheet: Sheet): Pick<SheetSnapshot, 'conditionalFormats' | 'protections'> {
  const rules = sheet.conditionalRules.map(
    (state): ConditionalFormatSnapshot => ({
      ranges: state.ranges.map((ref) => {
        if (ref.sheet.sheetId !== sheet.sheetId) throw new Error(`A snapshot cannot hold a conditional format rule of ${sheet.name} on another sheet.`);
        return formatA1(ref.rect);
      }),
      condition: conditionToSnapshot(state.condition),
      format: ruleFormatToSnapshot(state.format),
    }),
  );
  const protections = sheet.protections.map(
    (p): ProtectionSnapshot => ({
      range: p.rect === null ? null : formatA1(p.rect),
      description: p.description,
      warningOnly: p.warningOnly,
      editors: [...p.editors],
    }),
  );
  return { ...(rules.length > 0 ? { conditionalFormats: rules } : {}), ...(protections.length > 0 ? { protections } : {}) };
}

function sheetToSnapshot(sheet: Sheet, sheets: readonly Sheet[]): SheetSnapshot {
  const { grid } = sheet;
  const rect = { row: 1, column: 1, numRows: grid.lastRow(), numColumns: grid.lastColumn() };
  const keys = new Map<DataValidation, string>();
  const keyOf = (rule: DataValidation): string => {
    let key = keys.get(rule);
    if (key === undefined) keys.set(rule, (key = JSON.stringify(validationToSnapshot(sheets, rule.state))));
    return key;
  };
  const styles = layerToRanges(combinedStyles(grid), (style) => JSON.stringify(style)).map(({ range, value }) => ({ range, style: value }));
  return {
    name: sheet.name,
    maxRows: grid.maxRows,
    maxColumns: grid.maxColumns,
    values: rect.numRows === 0 ? [] : grid.read(rect, (ms) => new Date(ms), false),
    formulas: byCell(grid.formulas),
    numberFormats: layerToRanges(grid.numberFormats, (f) => f).map(({ range, value }) => ({ range, format: value })),
    validations: layerToRanges(grid.validations, keyOf).flatMap(({ range, value }) => {
      const rule = validationToSnapshot(sheets, value.state);
      return rule ? [{ range, rule }] : [];
    }),
    notes: byCell(grid.notes),
    links: byCell(grid.links),
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    columnWidths: Object.fromEntries(grid.columnWidths),
    hidden: sheet.hidden,
    ...(styles.length > 0 ? { styles } : {}),
    ...sheetObjects(sheet),
  };
}

export function bookToSnapshot(book: SnapshotBook): BookSnapshot {
  return { name: book.name, locale: book.locale, timeZone: book.timeZone, sheets: book.sheets.map((sheet) => sheetToSnapshot(sheet, book.sheets)) };
}

/** Reads an ExcelJS workbook into a BookSnapshot, collecting what the snapshot cannot hold as warnings. */
import ExcelJS from 'exceljs';
import {
  type BookSnapshot,
  type CellValue,
  formatA1,
  type GridRect,
  lettersToColumn,
  NEW_SHEET_COLUMNS,
  NEW_SHEET_ROWS,
  parseA1,
  type ProtectionSnapshot,
  resolveA1,
  type SheetSnapshot,
  type StyleSnapshot,
  type ValidationSnapshot,
} from '../emulator';
import { fromConditionalFormattings, type ReadConditionalFormats } from './conditional';
import { DEFAULT_DATE_FORMAT, parseKeywords, PIXELS_PER_WIDTH_UNIT } from './conventions';
import { parseProtections } from './protections';
import { columnRuns, mergeCells } from './ranges';
import { fromExcelStyle } from './styles';
import { fromDataValidation, type Converted } from './validation';
import { checkTimeZone, fromWallClock } from './zone';

/**
 * xlsx has no grid size: a sheet reads as a new Google sheet's grid (NEW_SHEET_ROWS, with its source), grown to
 * cover its data, formats, validations, notes, links and widths.
 */
const MIN_ROWS = NEW_SHEET_ROWS;
const MIN_COLUMNS = NEW_SHEET_COLUMNS;

type XlsxRule = ExcelJS.DataValidation | { type: 'any' };

/** ExcelJS keeps a sheet's validations as one entry per cell, all cells of a rule sharing its object. */
interface CellValidations {
  dataValidations: { model: Record<string, XlsxRule | undefined> };
}

type Warn = (where: string, message: string) => void;

interface SheetBeingRead {
  readonly timeZone: string;
  readonly formulas: Record<string, string>;
  readonly links: Record<string, string>;
  readonly notes: Record<string, string>;
}

function plainText(value: unknown): string {
  if (value !== null && typeof value === 'object' && 'richText' in value && Array.isArray(value.richText)) {
    return value.richText.map((run: ExcelJS.RichText) => run.text).join('');
  }
  return value === undefined || value === null ? '' : String(value);
}

/**
 * Sheets' getValues gives an error cell's text, such as '#N/A', and '' for a blank
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()); a formula
 * without a cached result reads ''.
 */
function snapshotValue(value: unknown, timeZone: string): CellValue {
  if (value instanceof Date) return fromWallClock(value, timeZone);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value !== null && typeof value === 'object' && 'error' in value) return String(value.error);
  return plainText(value);
}

/**
 * Reads one cell into the sheet being built. A merged cell reads '' except at its top-left, as in Sheets
 * (ExcelJS hands every merged cell the top-left value). A hyperlink cell keeps its text. ExcelJS drops
 * the formula of a formula cell that also has a hyperlink, keeping its cached value: it reads as text.
 */
function readCell(cell: ExcelJS.Cell, sheet: SheetBeingRead): CellValue {
  switch (cell.type) {
    case ExcelJS.ValueType.Merge:
      return '';
    case ExcelJS.ValueType.Hyperlink:
      sheet.links[cell.address] = cell.hyperlink;
      return plainText((cell.value as ExcelJS.CellHyperlinkValue).text);
    case ExcelJS.ValueType.Formula:
      sheet.formulas[cell.address] = `=${cell.formula}`;
      return snapshotValue(cell.result, sheet.timeZone);
    default:
      return snapshotValue(cell.value, sheet.timeZone);
  }
}

function noteText(note: string | ExcelJS.Comment | undefined): string | undefined {
  if (note === undefined || typeof note === 'string') return note;
  return (note.texts ?? []).map((run) => run.text).join('');
}

function readValidations(worksheet: ExcelJS.Worksheet, warn: Warn): { rect: GridRect; rule: ValidationSnapshot }[] {
  const cells: { row: number; column: number; key: XlsxRule }[] = [];
  for (const [address, key] of Object.entries((worksheet as unknown as CellValidations).dataValidations.model)) {
    const match = /^([A-Z]+)(\d+)$/.exec(address);
    if (key && match?.[1] !== undefined) cells.push({ row: Number(match[2]), column: lettersToColumn(match[1]), key });
  }
  const rules = new Map<XlsxRule, Converted<ValidationSnapshot> | undefined>();
  const validations: { rect: GridRect; rule: ValidationSnapshot }[] = [];
  for (const { rect, key } of mergeCells(cells)) {
    const known = rules.has(key);
    const rule = known ? rules.get(key) : fromDataValidation(key);
    rules.set(key, rule);
    if (rule?.ok) validations.push({ rect, rule: rule.value });
    else if (rule && !known) warn(formatA1(rect), rule.warning);
  }
  return validations;
}

function bottomRight(rects: readonly GridRect[]): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  for (const rect of rects) {
    rows = Math.max(rows, rect.row + rect.numRows - 1);
    columns = Math.max(columns, rect.column + rect.numColumns - 1);
  }
  return { rows, columns };
}

/**
 * The style key of each ExcelJS style object: a file's cells share one object per style id, so a sheet
 * converts each style once, however many cells carry it. Keys index `styles`.
 */
function styleReader(): { keyOf(style: Partial<ExcelJS.Style>): string | undefined; styles: Map<string, StyleSnapshot> } {
  const keys = new WeakMap<object, string | null>();
  const styles = new Map<string, StyleSnapshot>();
  return {
    styles,
    keyOf(style) {
      const known = keys.get(style);
      if (known !== undefined) return known ?? undefined;
      const read = fromExcelStyle(style);
      const key = read === undefined ? null : JSON.stringify(read);
      if (read !== undefined && key !== null) styles.set(key, read);
      keys.set(style, key);
      return key ?? undefined;
    },
  };
}

function rectsOf(ranges: readonly string[]): GridRect[] {
  return ranges.map((range) => resolveA1(parseA1(range), 1, 1));
}

/** Rows padded in place to the used extent: Sheets' data range is rectangular, '' where blank. */
function rectangular(rows: CellValue[][], lastRow: number, lastColumn: number): CellValue[][] {
  rows.length = lastRow;
  for (let index = 0; index < lastRow; index++) {
    const row = rows[index] ?? [];
    row.length = lastColumn;
    for (let column = 0; column < lastColumn; column++) row[column] ??= '';
    rows[index] = row;
  }
  return rows;
}

function readSheet(worksheet: ExcelJS.Worksheet, timeZone: string, protections: readonly ProtectionSnapshot[], warn: Warn): SheetSnapshot {
  const sheet: SheetBeingRead = { timeZone, formulas: {}, links: {}, notes: {} };
  const rows: CellValue[][] = [];
  const formats = columnRuns<string>();
  const styleRuns = columnRuns<string>();
  const styleKeys = styleReader();
  let lastRow = 0;
  let lastColumn = 0;
  let lastMarked = { rows: 0, columns: 0 };
  for (let rowNumber = 1; rowNumber <= worksheet.rowCount; rowNumber++) {
    const row = worksheet.findRow(rowNumber);
    if (!row) continue;
    const values: CellValue[] = (rows[rowNumber - 1] = []);
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      const value = readCell(cell, sheet);
      values[column - 1] = value;
      if (value !== '' || cell.type === ExcelJS.ValueType.Formula) {
        lastRow = rowNumber;
        lastColumn = Math.max(lastColumn, column);
      }
      const note = noteText(cell.note);
      if (note !== undefined) sheet.notes[cell.address] = note;
      if (note !== undefined || cell.type === ExcelJS.ValueType.Hyperlink) {
        lastMarked = { rows: rowNumber, columns: Math.max(lastMarked.columns, column) };
      }
      const format = cell.numFmt;
      if (format && format !== 'General' && !(format === DEFAULT_DATE_FORMAT && value instanceof Date)) {
        formats.add(rowNumber, column, format);
      }
      const style = styleKeys.keyOf(cell.style);
      if (style !== undefined) styleRuns.add(rowNumber, column, style);
    });
  }
  const numberFormats = formats.blocks();
  const styles = styleRuns.blocks();
  const validations = readValidations(worksheet, warn);
  const conditional = fromConditionalFormattings(worksheet as unknown as ReadConditionalFormats);
  conditional.warnings.forEach(({ where, message }) => warn(where, message));
  const columnWidths: Record<number, number> = {};
  for (const column of worksheet.columns ?? []) {
    if (column.width !== undefined && column.number !== undefined) columnWidths[column.number] = Math.round(column.width * PIXELS_PER_WIDTH_UNIT);
  }
  const covered = bottomRight([
    ...[...numberFormats, ...styles, ...validations].map(({ rect }) => rect),
    ...rectsOf(conditional.rules.flatMap((rule) => rule.ranges)),
    ...rectsOf(protections.flatMap(({ range }) => (range === null ? [] : [range]))),
  ]);
  const widest = Math.max(0, ...Object.keys(columnWidths).map(Number));
  // ExcelJS leaves views null on a sheet read without any.
  const view = (worksheet.views ?? [])[0];
  const frozen = view?.state === 'frozen' ? view : undefined;
  return {
    name: worksheet.name,
    maxRows: Math.max(MIN_ROWS, lastRow, lastMarked.rows, covered.rows),
    maxColumns: Math.max(MIN_COLUMNS, lastColumn, lastMarked.columns, covered.columns, widest),
    values: rectangular(rows, lastRow, lastColumn),
    formulas: sheet.formulas,
    numberFormats: numberFormats.map(({ rect, key }) => ({ range: formatA1(rect), format: key })),
    validations: validations.map(({ rect, rule }) => ({ range: formatA1(rect), rule })),
    notes: sheet.notes,
    links: sheet.links,
    frozenRows: frozen?.ySplit ?? 0,
    frozenColumns: frozen?.xSplit ?? 0,
    columnWidths,
    hidden: worksheet.state !== 'visible',
    ...(styles.length > 0 ? { styles: styles.map(({ rect, key }) => ({ range: formatA1(rect), style: styleKeys.styles.get(key) ?? {} })) } : {}),
    ...(conditional.rules.length > 0 ? { conditionalFormats: conditional.rules } : {}),
    ...(protections.length > 0 ? { protections } : {}),
  };
}

export interface ReadOptions {
  /** Overrides the zone the file records; a file that records none (a Google export) reads in UTC otherwise. */
  readonly timeZone?: string;
  /** The book name when the file records no title. */
  readonly fallbackName: string;
}

/**
 * The snapshot of `workbook`. The locale is the one the file records, else 'en_US'. Empty sheets have
 * values []. See MIN_ROWS for the grid size.
 */
export function readWorkbook(workbook: ExcelJS.Workbook, options: ReadOptions): { book: BookSnapshot; warnings: string[] } {
  const recorded = parseKeywords(workbook.keywords);
  const timeZone = options.timeZone ?? recorded.timeZone ?? 'UTC';
  checkTimeZone(timeZone);
  const recordedProtections = parseProtections(workbook.description);
  const warnings: string[] = [...recordedProtections.warnings];
  const sheets = workbook.worksheets.map((worksheet) => {
    const protections = recordedProtections.bySheet.get(worksheet.name) ?? [];
    recordedProtections.bySheet.delete(worksheet.name);
    return readSheet(worksheet, timeZone, protections, (where, message) => warnings.push(`${worksheet.name}!${where}: ${message}`));
  });
  for (const name of recordedProtections.bySheet.keys()) warnings.push(`protections skipped: the file has no sheet "${name}"`);
  const book = { name: workbook.title || options.fallbackName, locale: recorded.locale ?? 'en_US', timeZone, sheets };
  return { book, warnings };
}

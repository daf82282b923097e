/** Streams a BookSnapshot into an .xlsx file or buffer, collecting what xlsx cannot hold as warnings. */
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { BookSnapshot, CellValue } from '../emulator';
import { DEFAULT_DATE_FORMAT, formatKeywords, PIXELS_PER_WIDTH_UNIT } from './conventions';
import { planSheet, type Look, type SheetPlan } from './plan';
import { formatProtections } from './protections';
import { checkTimeZone, toWallClock } from './zone';

// Excel cuts a cell at this many characters; Sheets keeps up to 50,000.
const EXCEL_TEXT_LIMIT = 32_767;

type Warn = (where: string, message: string) => void;

/** ExcelJS's range validations, present on its streaming sheets but missing from its index.d.ts. */
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

function readsAsDate(numFmt: string): boolean {
  // The test ExcelJS applies when reading: a date letter outside quotes and brackets.
  return /[ymdhMsb]/.test(numFmt.replace(/\[[^\]]*]|"[^"]*"/g, ''));
}

function writeValue(plan: SheetPlan, cell: ExcelJS.Cell, look: Look, value: CellValue, formula: string | undefined, timeZone: string, warn: Warn): void {
  const result = value instanceof Date ? toWallClock(value, timeZone) : value === '' ? undefined : value;
  cell.value = formula === undefined ? (result ?? null) : { formula, result };
  if (value instanceof Date) {
    if (cell.numFmt === undefined) cell.style = plan.styleFor({ ...look, numFmt: DEFAULT_DATE_FORMAT });
    else if (!readsAsDate(cell.numFmt)) warn(cell.address, `date written with the number format "${cell.numFmt}" reads back as a number`);
  }
  if (typeof value === 'string' && value.length > EXCEL_TEXT_LIMIT) {
    warn(cell.address, `text of ${value.length} characters: Excel cuts cells at ${EXCEL_TEXT_LIMIT}, Sheets keeps up to 50,000`);
  }
}

/**
 * ExcelJS's streaming writer drops a row without values even when its cells carry styles (its in-memory
 * writer keeps them), which would lose the formats of a template's empty rows: such rows are marked as
 * having values, so that their styled empty cells are written.
 */
function keepStyledRow(row: ExcelJS.Row): void {
  if (!row.hasValues) Object.defineProperty(row, 'hasValues', { value: true });
}

function writeRow(plan: SheetPlan, row: ExcelJS.Row, timeZone: string, warn: Warn): void {
  const rowNumber = row.number;
  const formats = plan.formatsAt(rowNumber);
  const looks = new Map<number, Look>();
  for (const { rect, look } of formats) {
    for (let column = rect.column; column < rect.column + rect.numColumns; column++) looks.set(column, { ...looks.get(column), ...look });
  }
  for (const [column, look] of looks) row.getCell(column).style = plan.styleFor(look);
  const values = plan.sheet.values[rowNumber - 1] ?? [];
  const formulas = plan.formulas.get(rowNumber);
  let width = values.length;
  for (const column of formulas?.keys() ?? []) width = Math.max(width, column);
  for (let column = 1; column <= width; column++) {
    const value = values[column - 1] ?? '';
    const formula = formulas?.get(column);
    if (value !== '' || formula !== undefined) writeValue(plan, row.getCell(column), looks.get(column) ?? {}, value, formula, timeZone, warn);
  }
  for (const [column, hyperlink] of plan.links.get(rowNumber) ?? []) {
    const cell = row.getCell(column);
    const text = cell.value ?? '';
    // An xlsx hyperlink cell holds text only; a formula or a number would lose its value.
    if (formulas?.has(column) || typeof text !== 'string') warn(cell.address, `link skipped: only a text cell can carry a link in xlsx (${hyperlink})`);
    else cell.value = { text, hyperlink };
  }
  for (const [column, note] of plan.notes.get(rowNumber) ?? []) {
    const cell = row.getCell(column);
    // ExcelJS writes no element for an empty unstyled cell, and a comment without its cell is lost on read.
    if (cell.value === null) cell.value = '';
    cell.note = note;
  }
  if (formats.length > 0) keepStyledRow(row);
}

/**
 * The tab the file opens on: the first visible one holding a value. A spreadsheet's untouched default tab
 * ("Sheet1", left first by Set up) is kept, as everything is, but the file does not open on it.
 */
function openingTab(book: BookSnapshot): number {
  const index = book.sheets.findIndex((sheet) => !sheet.hidden && sheet.values.some((row) => row.some((value) => value !== '')));
  return index >= 0 ? index : 0;
}

function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, plan: SheetPlan, timeZone: string, warnings: string[], opening: boolean): void {
  const { sheet } = plan;
  const frozen = sheet.frozenRows > 0 || sheet.frozenColumns > 0;
  const worksheet = workbook.addWorksheet(sheet.name, {
    state: sheet.hidden ? 'hidden' : 'visible',
    // tabSelected is written by ExcelJS's sheet-view xform but missing from its index.d.ts.
    views: [
      {
        ...(frozen ? { state: 'frozen' as const, xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows } : {}),
        tabSelected: opening,
      } as Partial<ExcelJS.WorksheetView>,
    ],
  });
  const warn: Warn = (where, message) => warnings.push(`${sheet.name}!${where}: ${message}`);
  plan.warnings.forEach(({ where, message }) => warn(where, message));
  // A streamed sheet writes its column widths with its first committed row, and never without one,
  // so widths go first and row 1 is always committed.
  for (const [column, pixels] of Object.entries(sheet.columnWidths)) {
    worksheet.getColumn(Number(column)).width = pixels / PIXELS_PER_WIDTH_UNIT;
  }
  for (let rowNumber = 1; rowNumber <= Math.max(1, plan.lastRow); rowNumber++) {
    const row = worksheet.getRow(rowNumber);
    writeRow(plan, row, timeZone, warn);
    row.commit();
  }
  const validations = (worksheet as unknown as RangeValidations).dataValidations;
  plan.validations.forEach(({ range, validation }) => validations.add(range, validation));
  plan.conditionalFormats.forEach((rules) => worksheet.addConditionalFormatting(rules));
  worksheet.commit();
}

/**
 * Writes `book` to `filename`, or to the returned buffer without one. Everything is checked before the
 * first byte is written (sheet names, ranges, the zone), so a bad snapshot throws without leaving half a file.
 */
export async function writeWorkbook(book: BookSnapshot, filename?: string): Promise<{ buffer: Buffer; warnings: string[] }> {
  checkTimeZone(book.timeZone);
  const plans = book.sheets.map((sheet, index) => planSheet(sheet, book.sheets.slice(0, index)));
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    useStyles: true,
    useSharedStrings: true,
    ...(filename === undefined ? { stream: sink } : { filename }),
  });
  workbook.title = book.name;
  workbook.keywords = formatKeywords(book.locale, book.timeZone);
  const protections = formatProtections(book.sheets);
  if (protections !== undefined) workbook.description = protections;
  const activeTab = openingTab(book);
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab, visibility: 'visible' }];
  const warnings: string[] = [];
  plans.forEach((plan, index) => writeSheet(workbook, plan, book.timeZone, warnings, index === activeTab));
  await workbook.commit();
  return { buffer: Buffer.concat(chunks), warnings };
}

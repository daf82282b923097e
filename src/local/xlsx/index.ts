/** The .xlsx bridge: a BookSnapshot to and from an .xlsx file or buffer, through ExcelJS. */

// What a round trip does not keep exactly, by design:
// - grid size: xlsx has none; a sheet reads as at least 1000 x 26, grown to cover what it holds;
// - a list validation of exactly TRUE,FALSE reads as a checkbox, the form a checkbox is written in;
// - a date cell with ExcelJS's default short-date format (built-in 14) reads with no number format;
// - a note on an empty cell is written on an empty-text cell, since xlsx keeps no comment without a cell;
// - widths are pixels / 7 in xlsx character units, back within 1 px;
// - locale and time zone live in the Keywords property; a file without them reads as 'en_US' and
//   the zone given, else 'UTC'; the book name is the title, else the file's base name;
// - styles are cell fills, fonts and alignment (styles.ts); a font of 11 pt, the file's default,
//   reads as no size, and borders, font names and patterned fills are not read;
// - conditional formats keep their order as xlsx priorities (conditional.ts); "bold off" is not
//   written, with a warning; other programs' colour scales, data bars and icon sets are skipped with a
//   warning (the emulator has no gradient rule, and the product sets none);
// - protections live in the Comments property, never as xlsx sheet protection (protections.ts says why).
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import type { BookSnapshot } from '../emulator';
import { readWorkbook } from './read';
import { writeWorkbook } from './write';

export interface XlsxReadOptions {
  /**
   * The spreadsheet's zone, to turn the file's wall-clock dates into instants. Defaults to the zone
   * writeXlsx recorded in the file, else 'UTC' (Google's exports record none: pass the sheet's zone).
   */
  readonly timeZone?: string;
}

/** What xlsx could not carry: one line per cell or range, naming the sheet. Nothing is changed silently. */
export interface XlsxWarnings {
  readonly warnings: string[];
}

// Google Sheets names a new spreadsheet this; a buffer has no file name to fall back on.
const UNTITLED = 'Untitled spreadsheet';

/**
 * Reads an .xlsx into a snapshot, with warnings for validations the snapshot cannot express (lists of
 * a defined name, custom formulas, bounded dates, whole numbers), which are left out.
 */
export async function readXlsxWithWarnings(source: string | Buffer, options: XlsxReadOptions = {}): Promise<{ book: BookSnapshot } & XlsxWarnings> {
  const workbook = new ExcelJS.Workbook();
  if (typeof source === 'string') await workbook.xlsx.readFile(source);
  else await workbook.xlsx.load(source as unknown as ExcelJS.Buffer);
  const fallbackName = typeof source === 'string' ? basename(source, extname(source)) : UNTITLED;
  return readWorkbook(workbook, { ...options, fallbackName });
}

/** Reads an .xlsx into a snapshot; see readXlsxWithWarnings for what is left out. */
export async function readXlsx(source: string | Buffer, options: XlsxReadOptions = {}): Promise<BookSnapshot> {
  return (await readXlsxWithWarnings(source, options)).book;
}

/**
 * Writes `book` to an .xlsx file. Throws, before writing anything, on a sheet name xlsx refuses (over 31
 * characters, or holding one of * ? : / \ [ ]), a bad A1 range or an unknown time zone.
 */
export async function writeXlsx(book: BookSnapshot, target: string): Promise<XlsxWarnings> {
  const { warnings } = await writeWorkbook(book, target);
  return { warnings };
}

/** The .xlsx bytes of `book`, as writeXlsx would write them. */
export async function xlsxBuffer(book: BookSnapshot): Promise<{ buffer: Buffer } & XlsxWarnings> {
  return writeWorkbook(book);
}

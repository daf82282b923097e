/**
 * Output tabs are rebuilt whole: found or created, cleared, then written with one setValues. Every string
 * is written as text (asCellText), since most of it is what people typed.
 */
import type { Lang } from '../i18n/lang';
import { TAB_LABELS, type TabKey } from '../i18n/tabs';
import { asCellText } from './cell';
import { HEADER_BACKGROUND, HEADER_FONT } from './format';
import { findTab, type TabList } from './table';

type Cell = string | number | boolean | Date;
type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Sizes the grid of `sheet` to hold rows × columns (Apps Script throws outside the grid). */
export function ensureGrid(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number, columns: number): void {
  if (rows > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  if (columns > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), columns - sheet.getMaxColumns());
}

/** The tab of `key`, created (named in `lang`) when missing. */
export function outputTab(book: Book, key: TabKey, lang: Lang, tabs?: TabList): GoogleAppsScript.Spreadsheet.Sheet {
  return findTab(book, key, tabs) ?? book.insertSheet(TAB_LABELS[key][lang]);
}

/**
 * Replaces the contents of an output tab with `rows` (the first is the header when `header` is true).
 * Rows must be rectangular. Formats and charts stay; only contents are cleared.
 */
export function writeOutput(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: readonly (readonly Cell[])[], options: { header: boolean }): void {
  sheet.clearContents();
  if (rows.length === 0) return;
  const width = rows[0]!.length;
  ensureGrid(sheet, rows.length, width);
  sheet.getRange(1, 1, rows.length, width).setValues(rows.map((row) => row.map((cell) => (typeof cell === 'string' ? asCellText(cell) : cell))));
  if (options.header) {
    sheet.getRange(1, 1, 1, width).setFontWeight('bold').setFontColor(HEADER_FONT).setBackground(HEADER_BACKGROUND);
    if (sheet.getFrozenRows() !== 1) sheet.setFrozenRows(1);
  }
}

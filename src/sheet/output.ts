/**
 * Output tabs are rebuilt whole: found (by the registry, never by name alone) or created, cleared, then
 * written with one setValues, and a table's grid trimmed to what it holds. Every string is written as text
 * (asCellText), since most of it is what people typed.
 */
import type { Lang } from '../core/lang';
import type { Catalogue } from '../i18n/en';
import { asCellText } from './cell';
import { HEADER_BACKGROUND, HEADER_FONT } from './format';
import { SPARE_ROWS, trimKnownGrid } from './grid-cells';
import { ownTab, type OutputTab, type OwnTab } from './tab-registry';
import type { TabList } from './table';

type Cell = string | number | boolean | Date;
type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Sizes the grid of `sheet` to hold rows × columns (Apps Script throws outside the grid); returns the grid's size. */
export function ensureGrid(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number, columns: number): { rows: number; columns: number } {
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  return { rows: Math.max(rows, maxRows), columns: Math.max(columns, maxColumns) };
}

/** The program's tab of `key`, created (named in `lang`) when missing; see ownTab. */
export function outputTab(s: { book: Book; props: GoogleAppsScript.Properties.Properties }, key: OutputTab, lang: Lang, tabs?: TabList): OwnTab {
  return ownTab(s.book, s.props, key, lang, tabs);
}

/** One line per person's tab the program stayed out of, for the action's message. */
export function sidestepNotices(t: Catalogue, tabs: readonly OwnTab[]): string[] {
  return tabs.filter((tab) => tab.sidestepped !== '').map((tab) => t.setup.sidestepped(tab.sidestepped, tab.sheet.getName()));
}

/**
 * Replaces the contents of an output tab with `rows` (the first is the header when `header` is true) in ONE
 * write that also blanks what is left of the old contents: a run cut off at any call leaves the tab either
 * as it was or as it is now, never cleared or half written. Rows must be rectangular. Formats and charts stay.
 * A table (`header`) then loses the grid beyond its rows plus SPARE_ROWS and beyond its columns, so that it
 * shrinks with its data: only blank lines go, after the write. A page without header (Dashboard, Brief) keeps
 * its grid: the Dashboard's charts are anchored right of its cells, and no value says how far they reach.
 */
export function writeOutput(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: readonly (readonly Cell[])[], options: { header: boolean }): void {
  const newWidth = rows[0]?.length ?? 0;
  const height = Math.max(rows.length, sheet.getLastRow());
  const width = Math.max(newWidth, sheet.getLastColumn());
  if (height === 0 || width === 0) return;
  const grid = ensureGrid(sheet, height, width);
  const blank: Cell[] = new Array<Cell>(width).fill('');
  const block = Array.from({ length: height }, (_, r) => {
    const row = rows[r];
    if (!row) return blank.slice();
    const cells = row.map((cell) => (typeof cell === 'string' ? asCellText(cell) : cell));
    return cells.length < width ? cells.concat(blank.slice(cells.length)) : cells;
  });
  sheet.getRange(1, 1, height, width).setValues(block);
  if (options.header && newWidth > 0) {
    sheet.getRange(1, 1, 1, newWidth).setFontWeight('bold').setFontColor(HEADER_FONT).setBackground(HEADER_BACKGROUND);
    if (sheet.getFrozenRows() !== 1) sheet.setFrozenRows(1);
    trimKnownGrid(sheet, { maxRows: grid.rows, maxColumns: grid.columns, lastRow: rows.length, lastColumn: newWidth }, SPARE_ROWS, 0);
  }
}

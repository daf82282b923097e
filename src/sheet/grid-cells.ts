/**
 * Grid cells against the spreadsheet's limit: Sheets counts every cell of every tab's grid, empty or not,
 * toward 10,000,000 a spreadsheet (https://support.google.com/drive/answer/37603), and past it refuses any
 * action that adds cells. So the program counts them, and trims the empty rows and columns of its own grids.
 */
import type { TabKey } from '../core/tabs';
import { foldText } from '../core/text';
import { TAB_LABELS } from '../i18n/tabs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const CELL_LIMIT = 10_000_000;

/**
 * Blank rows kept below an output table when its grid is trimmed: a table that grows by a few rows a run
 * (Findings, Check-in rate) then fills spare rows instead of inserting some every run.
 */
export const SPARE_ROWS = 50;

/**
 * Blank columns kept right of an input tab's last value: people add a column of their own next to the
 * table (Set up keeps it), and typing or pasting there must not meet the end of the grid.
 */
export const SPARE_COLUMNS = 2;

export interface SheetCells {
  readonly name: string;
  readonly cells: number;
  /** The tab of the contract this one is, by its name in either language; null for a person's own tab. */
  readonly tab: TabKey | null;
}

export interface GridCells {
  readonly used: number;
  readonly limit: number;
  /** In tab order. */
  readonly bySheet: readonly SheetCells[];
}

const TAB_KEYS = Object.keys(TAB_LABELS) as TabKey[];

function tabKeyNamed(name: string): TabKey | null {
  const folded = foldText(name);
  return TAB_KEYS.find((key) => foldText(TAB_LABELS[key].en) === folded || foldText(TAB_LABELS[key].vi) === folded) ?? null;
}

/** Every tab's getMaxRows × getMaxColumns and their sum: three calls a tab, whatever it holds. */
export function gridCells(book: Book): GridCells {
  const bySheet = book.getSheets().map((sheet) => {
    const name = sheet.getName();
    return { name, cells: sheet.getMaxRows() * sheet.getMaxColumns(), tab: tabKeyNamed(name) };
  });
  return { used: bySheet.reduce((sum, s) => sum + s.cells, 0), limit: CELL_LIMIT, bySheet };
}

/** The `count` largest tabs, largest first (tab order among equals). */
export function largestTabs(grid: GridCells, count: number): SheetCells[] {
  return grid.bySheet
    .slice()
    .sort((a, b) => b.cells - a.cells)
    .slice(0, count);
}

/** A sheet's grid and the extent of its values, as already read. */
export interface GridExtent {
  readonly maxRows: number;
  readonly maxColumns: number;
  readonly lastRow: number;
  readonly lastColumn: number;
}

/**
 * Deletes the rows more than `spareRows` below the last row holding a value, and the columns more than
 * `spareColumns` right of the last column holding one; null leaves that axis as it is. Never a line holding
 * a value, never the last line, never every unfrozen line (Sheets refuses those deletions).
 */
export function trimGrid(sheet: Sheet, spareRows: number | null, spareColumns: number | null): void {
  if (spareRows !== null)
    trimAxis(
      sheet.getMaxRows(),
      sheet.getLastRow() + spareRows,
      () => sheet.getFrozenRows(),
      (at, n) => sheet.deleteRows(at, n),
    );
  if (spareColumns !== null) {
    trimAxis(
      sheet.getMaxColumns(),
      sheet.getLastColumn() + spareColumns,
      () => sheet.getFrozenColumns(),
      (at, n) => sheet.deleteColumns(at, n),
    );
  }
}

/**
 * trimGrid for a caller that knows the grid and where its values end (it has just written them), so that
 * nothing is read again; the frozen lines are asked for only when something is to be deleted.
 */
export function trimKnownGrid(sheet: Sheet, grid: GridExtent, spareRows: number, spareColumns: number): void {
  trimAxis(
    grid.maxRows,
    grid.lastRow + spareRows,
    () => sheet.getFrozenRows(),
    (at, n) => sheet.deleteRows(at, n),
  );
  trimAxis(
    grid.maxColumns,
    grid.lastColumn + spareColumns,
    () => sheet.getFrozenColumns(),
    (at, n) => sheet.deleteColumns(at, n),
  );
}

/** Deletes the lines of one axis past `keep`, keeping at least one and one past the frozen ones. */
function trimAxis(max: number, keep: number, frozen: () => number, remove: (at: number, howMany: number) => void): void {
  if (max <= Math.max(keep, 1)) return;
  const left = Math.max(keep, 1, frozen() + 1);
  if (max > left) remove(left + 1, max - left);
}

/**
 * Whole-tab reads and column-block writes: each tab is read with one getDataRange().getValues() and
 * columns are found by their label in either language, never by position.
 */
import type { TabKey } from '../core/tabs';
import { foldText } from '../core/text';
import { TAB_LABELS } from '../i18n/tabs';
import { asCellText } from './cell';
import { columnLabels, type ColumnKeyOf } from './schema';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * A tab as read: its header row and data rows (sheet row = index + 2). `T` is the tab, so that `col` takes only
 * its column keys; code for any tab takes the default.
 */
export interface Table<T extends TabKey = TabKey> {
  readonly sheet: Sheet;
  readonly header: readonly unknown[];
  readonly rows: readonly (readonly unknown[])[];
  /** 0-based column index by column key; -1 when the column is missing. */
  col(key: ColumnKeyOf<T>): number;
}

/** Where each column key of tab `T` is in a header row: its 0-based index, -1 when missing. */
export type ColumnIndex<T extends TabKey> = (key: ColumnKeyOf<T>) => number;

/** The tabs of a book with their folded names: listed once per action, then looked up in memory. */
export type TabList = readonly { readonly sheet: Sheet; readonly name: string; readonly folded: string }[];

/**
 * Listings by workbook object. Listing costs a getName call a tab (some 20 calls, a third of a second), and an
 * action used to list several times (its settings, its tables, the Log). The Book is made once per execution
 * (main.ts `services`), so a listing lives one execution; the program's own inserts and renames forget it
 * (forgetTabs). A tab a person renames by hand during a run is seen by the next run, as when one listing was
 * passed along.
 */
const listings = new WeakMap<Book, TabList>();

export function listTabs(book: Book): TabList {
  const listed = listings.get(book);
  if (listed) return listed;
  const tabs = book.getSheets().map((sheet) => {
    const name = sheet.getName();
    return { sheet, name, folded: foldText(name) };
  });
  listings.set(book, tabs);
  return tabs;
}

/** After the program inserted, renamed or deleted a tab of `book`: the next listTabs lists again. */
export function forgetTabs(book: Book): void {
  listings.delete(book);
}

/** Finds a tab by its name in either language, case- and accent-insensitively; the first when several answer. */
export function findTab(book: Book, key: TabKey, tabs: TabList = listTabs(book)): Sheet | null {
  return tabsNamed(key, tabs)[0] ?? null;
}

/** Every tab named like `key`, in tab order. */
export function tabsNamed(key: TabKey, tabs: TabList): Sheet[] {
  return listedNamed(key, tabs).map((tab) => tab.sheet);
}

/** The listing's entries of the tabs named like `key`, with their names as listed. */
export function listedNamed(key: TabKey, tabs: TabList): TabList {
  const label = TAB_LABELS[key];
  const wanted = [foldText(label.en), foldText(label.vi)];
  return tabs.filter((tab) => wanted.indexOf(tab.folded) >= 0);
}

/** The index of each column key in a header row, matching either language's label. */
export function headerIndex<T extends TabKey>(tab: T, header: readonly unknown[]): ColumnIndex<T> {
  const folded = header.map((h) => foldText(String(h)));
  const labels = columnLabels(tab);
  const cache = new Map<ColumnKeyOf<T>, number>();
  return (key) => {
    let index = cache.get(key);
    if (index === undefined) {
      const label = labels[key];
      index = label ? folded.findIndex((h) => h !== '' && (h === foldText(label.en) || h === foldText(label.vi))) : -1;
      cache.set(key, index);
    }
    return index;
  };
}

/** Reads a whole tab in one call; null when the tab does not exist. */
export function readTable<T extends TabKey>(book: Book, tab: T, tabs?: TabList): Table<T> | null {
  const sheet = findTab(book, tab, tabs);
  return sheet ? readSheet(sheet, tab) : null;
}

/**
 * The header of `tab` alone, as a Table without data rows: enough to append to a tab that holds too many rows
 * to read (Check-ins), since appendRecords places rows by label and appendRow finds the bottom itself.
 */
export function readHeader<T extends TabKey>(book: Book, tab: T, tabs?: TabList): Table<T> | null {
  const sheet = findTab(book, tab, tabs);
  if (!sheet) return null;
  const header = sheet.getRange(1, 1, 1, Math.max(sheet.getLastColumn(), 1)).getValues()[0] ?? [];
  return { sheet, header, rows: [], col: headerIndex(tab, header) };
}

/**
 * Rows this close together are read as one block rather than one call each: a call costs about as much as
 * 20,000 cells (latency.ts), so a gap of 50 rows of some 20 cells is cheaper read than called around.
 */
const ROWS_READ_TOGETHER = 50;

/**
 * `tab` with only the data rows whose `key` cell is one of `ids` read: every other data row is an empty array,
 * so that sheet row = index + 2 still holds and writers address the right row. The header and the key column
 * take one call each, then each run of wanted rows one more. For an action that needs a few rows of a large
 * tab (a check-in's KR out of 8,000): some 2,000 cells read instead of 150,000.
 */
export function readRowsWithIds<T extends TabKey>(book: Book, tab: T, key: ColumnKeyOf<T>, ids: ReadonlySet<string>, tabs?: TabList): Table<T> | null {
  const head = readHeader(book, tab, tabs);
  if (!head) return null;
  const { sheet, header, col } = head;
  const lastRow = sheet.getLastRow();
  const width = header.length;
  const rows: (readonly unknown[])[] = Array.from({ length: Math.max(lastRow - 1, 0) }, () => []);
  if (col(key) < 0 || lastRow < 2) return { sheet, header, rows, col };
  const keys = sheet.getRange(2, col(key) + 1, lastRow - 1, 1).getValues();
  // A blank key names no row: a check-in typed without a KR ID must not read every row whose ID is blank.
  const wanted = keys
    .map((line, i) => {
      const id = String(line[0] ?? '').trim();
      return id !== '' && ids.has(id) ? i : -1;
    })
    .filter((i) => i >= 0);
  let start = 0;
  while (start < wanted.length) {
    let end = start;
    while (end + 1 < wanted.length && wanted[end + 1]! - wanted[end]! <= ROWS_READ_TOGETHER) end += 1;
    const first = wanted[start]!;
    const block = sheet.getRange(first + 2, 1, wanted[end]! - first + 1, width).getValues();
    for (let i = start; i <= end; i += 1) rows[wanted[i]!] = block[wanted[i]! - first]!;
    start = end + 1;
  }
  return { sheet, header, rows, col };
}

/** Reads `sheet` whole, in one call, with the columns of `tab`. */
export function readSheet<T extends TabKey>(sheet: Sheet, tab: T): Table<T> {
  const values = sheet.getDataRange().getValues();
  const header = values[0] ?? [];
  return { sheet, header, rows: values.slice(1), col: headerIndex(tab, header) };
}

/**
 * Writes `rows` (one array per data row, one value per key of `keys`) into those columns from sheet row
 * `firstRow` (2: every data row): one setValues per run of adjacent columns, so the number of calls does
 * not grow with rows.
 */
export function writeColumns<T extends TabKey>(table: Table<T>, keys: readonly ColumnKeyOf<T>[], rows: readonly (readonly unknown[])[], firstRow = 2): void {
  if (rows.length === 0) return;
  const placed = keys.map((key, i) => ({ i, col: table.col(key) })).filter((p) => p.col >= 0);
  placed.sort((a, b) => a.col - b.col);
  let start = 0;
  while (start < placed.length) {
    let end = start;
    while (end + 1 < placed.length && placed[end + 1]!.col === placed[end]!.col + 1) end += 1;
    const block = placed.slice(start, end + 1);
    const values = rows.map((row) => block.map((p) => row[p.i] ?? ''));
    table.sheet.getRange(firstRow, block[0]!.col + 1, rows.length, block.length).setValues(values);
    start = end + 1;
  }
}

type Cell = string | number | boolean | Date;

/** A row to append to tab `T`: cells by its column keys, so that a misspelt key fails to compile. */
export type TabRecord<T extends TabKey> = { readonly [K in ColumnKeyOf<T>]?: Cell | null };

/**
 * Appends `records` (cells by column key) below the tab's last row, growing the grid as needed; columns the
 * table lacks are skipped, user columns stay blank. Strings go through `asCellText`, as they hold what
 * people typed. People type without any lock, so the read's last row cannot be trusted: the last row is asked
 * for at write time, and with `oneByOne` (Check-ins, where people type all the time) each record goes
 * through appendRow, which finds the bottom of the data itself when it runs
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendrowrowcontents).
 */
export function appendRecords<T extends TabKey>(table: Table<T>, records: readonly TabRecord<T>[], options: { oneByOne?: boolean } = {}): void {
  if (records.length === 0) return;
  const sheet = table.sheet;
  const width = Math.max(table.header.length, 1);
  const rows = records.map((record) => {
    const row: Cell[] = new Array<Cell>(width).fill('');
    // Object.keys types its keys as string; they are the record's, so ColumnKeyOf<T>.
    for (const key of Object.keys(record) as ColumnKeyOf<T>[]) {
      const index = table.col(key);
      const value = record[key];
      if (index >= 0 && value !== null && value !== undefined) row[index] = typeof value === 'string' ? asCellText(value) : value;
    }
    return row;
  });
  if (options.oneByOne) {
    for (const row of rows) sheet.appendRow(row);
    return;
  }
  const first = Math.max(sheet.getLastRow(), table.rows.length + 1) + 1;
  const last = first + rows.length - 1;
  if (last > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), last - sheet.getMaxRows());
  sheet.getRange(first, 1, rows.length, width).setValues(rows);
}

/** The index in `table.rows` of the first row whose `idKey` cell holds `id`, trimmed; -1 when none does. */
export function rowIndexById<T extends TabKey>(table: Table<T>, idKey: ColumnKeyOf<T>, id: string): number {
  const idCol = table.col(idKey);
  return idCol < 0 ? -1 : table.rows.findIndex((row) => String(row[idCol] ?? '').trim() === id);
}

/**
 * Writes each of `values` (by row ID) into column `key` of the first row of `table` whose `idKey` cell holds
 * that ID, trimmed, one setValue each; an ID without a row, or a table without either column, writes nothing.
 * Returns how many cells were written. For a few cells (a cycle's Status): a column of them is writeColumns's.
 */
export function writeCellsById<T extends TabKey>(table: Table<T>, idKey: ColumnKeyOf<T>, key: ColumnKeyOf<T>, values: ReadonlyMap<string, Cell>): number {
  const col = table.col(key);
  if (col < 0) return 0;
  let written = 0;
  for (const [id, value] of values) {
    const index = rowIndexById(table, idKey, id);
    if (index < 0) continue;
    table.sheet.getRange(index + 2, col + 1).setValue(value);
    written += 1;
  }
  return written;
}

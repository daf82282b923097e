/**
 * The rows a person just typed in a tab (onEdit), read as workbook-read reads a tab's rows: the header once, the
 * touched rows in one more call whatever their number, and a RowReader over each.
 */
import type { TabKey } from '../core/tabs';
import { rowReader, type ReadContext, type RowReader } from './row-reader';
import type { ColumnKeyOf } from './schema';
import { headerIndex, type Table } from './table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The touched rows, from sheet row `first`, under the header of their tab (a Table without data rows). */
export interface EditedRows<T extends TabKey> {
  readonly table: Table<T>;
  readonly first: number;
  readonly rows: readonly (readonly unknown[])[];
}

/** The header of `sheet` as `tab`'s, as wide as the sheet's last column: what an edit handler checks before reading rows. */
export function readEditedHeader<T extends TabKey>(sheet: Sheet, tab: T): Table<T> {
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
  return { sheet, header, rows: [], col: headerIndex(tab, header) };
}

/** `count` rows from sheet row `first`, as wide as the header, in one call. */
export function readEditedRows<T extends TabKey>(table: Table<T>, first: number, count: number): EditedRows<T> {
  return { table, first, rows: table.sheet.getRange(first, 1, count, table.header.length).getValues() };
}

/** A reader over each touched row, named in problems by its `idKey` cell; what it cannot read goes to `ctx.problems`. */
export function editedReaders<T extends TabKey>(tab: T, edited: EditedRows<T>, idKey: ColumnKeyOf<T>, ctx: ReadContext): RowReader<T>[] {
  const idIndex = edited.table.col(idKey);
  return edited.rows.map((cells, i) => rowReader(tab, edited.table, cells, edited.first + i, idIndex >= 0 ? String(cells[idIndex] ?? '').trim() : '', ctx));
}

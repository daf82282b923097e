/** A workbook in the emulator for the sheet modules' unit tests: tabs as plain rows, read back as a person sees them. */
import { blankSheet, emptyBook, LocalRuntime, type CellValue } from '../../src/local/emulator';
import type { Services } from '../../src/sheet/services';

export type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A runtime over a workbook of the named tabs (rows from row 1); the source under test is called directly, in one execution. */
export function bookWith(tabs: Record<string, readonly (readonly CellValue[])[]>, locale = 'en_US'): { rt: LocalRuntime; s: Services; book: Book } {
  // A snapshot's data range is rectangular: shorter rows are padded with blank cells.
  const sheets = Object.entries(tabs).map(([name, rows]) => {
    const width = Math.max(0, ...rows.map((row) => row.length));
    return { ...blankSheet(name), values: rows.map((row) => [...row, ...new Array<CellValue>(width - row.length).fill('')]) };
  });
  const base = emptyBook('OKR', locale, 'Asia/Ho_Chi_Minh');
  const rt = new LocalRuntime({ book: { ...base, sheets: sheets.length > 0 ? sheets : base.sheets }, now: new Date('2026-10-12T02:00:00Z') });
  rt.locks.beginExecution('test');
  const s = rt.services();
  return { rt, s, book: s.book };
}

/** The values of tab `name` as getDataRange reads them, uncounted. */
export function valuesOf(rt: LocalRuntime, name: string): unknown[][] {
  return rt.env.quiet(() => rt.book.getSheetByName(name)!.getDataRange().getValues());
}

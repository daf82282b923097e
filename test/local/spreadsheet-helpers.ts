/** Builders of emulated workbooks for the SpreadsheetApp tests. */
import { blankSheet } from '../../src/local/emulator';
import { LocalEnv } from '../../src/local/emulator/env';
import type { CellCounts } from '../../src/local/emulator/latency';
import type { BookSnapshot, SheetSnapshot } from '../../src/local/emulator/snapshot';
import { Spreadsheet, type SpreadsheetOptions } from '../../src/local/emulator/spreadsheet';
import { createSpreadsheetApp } from '../../src/local/emulator/spreadsheet-app';

export function sheetSnapshot(name: string, overrides: Partial<SheetSnapshot> = {}): SheetSnapshot {
  return { ...blankSheet(name), ...overrides };
}

export function bookSnapshot(sheets: SheetSnapshot[] = [sheetSnapshot('Sheet1')], timeZone = 'Asia/Ho_Chi_Minh', locale = 'vi_VN'): BookSnapshot {
  return { name: 'OKR 2024', locale, timeZone, sheets };
}

/**
 * A workbook, its env and the SpreadsheetApp global over it; `ui` is whatever the test passes. Calls cost
 * nothing unless a latency model is given (the runtime passes latency.ts's).
 */
export function setup(snapshot: BookSnapshot = bookSnapshot(), options: SpreadsheetOptions = {}, latency?: (method: string, cells: CellCounts) => number) {
  const env = new LocalEnv(new Date('2024-05-06T02:00:00Z'), latency);
  const book = Spreadsheet.fromSnapshot(env, snapshot, options);
  const ui = { kind: 'ui' };
  const app = createSpreadsheetApp(env, book, ui);
  const sheet = book.getSheets()[0];
  if (!sheet) throw new Error('no sheet');
  env.resetCounters();
  return { env, book, app, ui, sheet };
}

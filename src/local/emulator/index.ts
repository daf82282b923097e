/**
 * The Apps Script emulator: a local runtime that loads the built bundle and runs it against emulated
 * services (SpreadsheetApp, LockService, MailApp, …), each documented in docs/parity/. This is what the
 * .xlsx bridge, the CLI and the tests outside test/local may use; the rest of the folder is its own concern.
 * It imports nothing from the .xlsx bridge or the CLI (test/layout/local-folders.test.ts).
 */
export { LocalRuntime, blankSheet, emptyBook, type RuntimeOptions } from './runtime';
export { loadBuild } from './load-build';
export type {
  BookSnapshot,
  CellValue,
  ConditionalFormatSnapshot,
  ConditionSnapshot,
  ProtectionSnapshot,
  SheetSnapshot,
  StyleSnapshot,
  ValidationSnapshot,
} from './snapshot';
export { bookToSnapshot } from './spreadsheet-snapshot';
export { NEW_SHEET_COLUMNS, NEW_SHEET_ROWS, type Spreadsheet } from './spreadsheet';
export type { Sheet } from './sheet';
export type { Range } from './range';
export type { SentMessage } from './mail-app';
export type { LocalHtmlOutput } from './html-service';
export type { ExecutionContext } from './contexts';
export { EXECUTION_LIMIT_MS, isSpreadsheetCall, latencyOf } from './latency';
// A1 notation, cell types and time zones as Sheets has them, which the .xlsx bridge reads and writes too.
export { columnToLetters, formatA1, lettersToColumn, parseA1, resolveA1, type GridRect, type ParsedA1 } from './a1';
export { isDateObject } from './cell-text';
export { checkTimeZone, instantOfWallClock, offsetAt } from './zone';

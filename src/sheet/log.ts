/**
 * The Log tab: one row per program action or trigger run, and one per reminder sent, whose ledger key
 * (in Counts, as `key=…`) is what keeps a reminder from going out twice.
 */
import type { Lang } from '../i18n/lang';
import { COLUMN_LABELS, TAB_LABELS } from '../i18n/tabs';
import { asCellText } from './cell';
import { findTab, headerIndex, readTable } from './table';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface LogEntry {
  readonly time: Date;
  readonly action: string;
  readonly user: string;
  readonly outcome: string;
  readonly counts: Readonly<Record<string, number | string>>;
  readonly error: string;
}

const LOG_KEYS = ['time', 'action', 'user', 'outcome', 'counts', 'error'] as const;
const LEDGER_PREFIX = 'key=';

/** The ledger key a reminder row carries. */
export function ledgerCounts(key: string): Readonly<Record<string, string>> {
  return { key };
}

/** Appends entries in one write (creating the tab if someone deleted it: the log must never be lost). */
export function appendLog(s: { book: Book }, lang: Lang, ...entries: readonly LogEntry[]): void {
  if (entries.length === 0) return;
  let sheet = findTab(s.book, 'log');
  if (!sheet) {
    sheet = s.book.insertSheet(TAB_LABELS.log[lang]);
    sheet.appendRow(LOG_KEYS.map((k) => COLUMN_LABELS.log[k][lang]));
  }
  const width = Math.max(sheet.getLastColumn(), LOG_KEYS.length);
  const col = headerIndex('log', sheet.getRange(1, 1, 1, width).getValues()[0] ?? []);
  const rows = entries.map((entry) => {
    const row: unknown[] = new Array(width).fill('');
    const counts = Object.keys(entry.counts).map((k) => `${k}=${entry.counts[k]}`).join(', ');
    const cells: Record<(typeof LOG_KEYS)[number], unknown> = {
      time: entry.time, action: entry.action, user: entry.user, outcome: entry.outcome, counts: asCellText(counts), error: asCellText(entry.error),
    };
    LOG_KEYS.forEach((key, i) => {
      const index = col(key);
      row[index >= 0 ? index : i] = cells[key];
    });
    return row;
  });
  const first = sheet.getLastRow() + 1;
  const last = first + rows.length - 1;
  if (last > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), last - sheet.getMaxRows());
  sheet.getRange(first, 1, rows.length, width).setValues(rows);
}

/** A Log row as read back. */
export interface LogRecord {
  readonly time: Date | null;
  readonly action: string;
  readonly user: string;
  readonly outcome: string;
  readonly counts: string;
  readonly error: string;
}

/** Every row of the Log (one read of the tab); empty when there is no Log. */
export function readLog(book: Book): LogRecord[] {
  const table = readTable(book, 'log');
  if (!table) return [];
  const cell = (row: readonly unknown[], key: string) => {
    const index = table.col(key);
    return index >= 0 ? row[index] : '';
  };
  return table.rows.map((row) => {
    const time = cell(row, 'time');
    return {
      time: Object.prototype.toString.call(time) === '[object Date]' ? (time as Date) : null,
      action: String(cell(row, 'action') ?? ''), user: String(cell(row, 'user') ?? ''), outcome: String(cell(row, 'outcome') ?? ''),
      counts: String(cell(row, 'counts') ?? ''), error: String(cell(row, 'error') ?? ''),
    };
  });
}

/** The ledger keys of the reminders (and weekly briefs) already sent. */
export function ledgerOf(records: readonly LogRecord[]): Set<string> {
  const keys = new Set<string>();
  for (const record of records) {
    const at = record.counts.indexOf(LEDGER_PREFIX);
    if (at >= 0) keys.add(record.counts.slice(at + LEDGER_PREFIX.length).split(',')[0]!.trim());
  }
  return keys;
}

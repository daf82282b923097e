/** The Log tab: one row per program action or trigger run. */
import type { Lang } from '../i18n/lang';
import { COLUMN_LABELS, TAB_LABELS } from '../i18n/tabs';
import { asText } from './cell';
import { findTab, headerIndex } from './table';

export interface LogEntry {
  readonly time: Date;
  readonly action: string;
  readonly user: string;
  readonly outcome: string;
  readonly counts: Readonly<Record<string, number>>;
  readonly error: string;
}

const LOG_KEYS = ['time', 'action', 'user', 'outcome', 'counts', 'error'] as const;

/** Appends one row (creating the tab if someone deleted it: the log must never be lost for a missing tab). */
export function appendLog(s: { book: GoogleAppsScript.Spreadsheet.Spreadsheet }, lang: Lang, entry: LogEntry): void {
  let sheet = findTab(s.book, 'log');
  if (!sheet) {
    sheet = s.book.insertSheet(TAB_LABELS.log[lang]);
    sheet.appendRow(LOG_KEYS.map((k) => COLUMN_LABELS.log[k][lang]));
  }
  const width = Math.max(sheet.getLastColumn(), LOG_KEYS.length);
  const col = headerIndex('log', sheet.getRange(1, 1, 1, width).getValues()[0] ?? []);
  const row: unknown[] = new Array(width).fill('');
  const counts = Object.keys(entry.counts).map((k) => `${k}=${entry.counts[k]}`).join(', ');
  const cells: Record<(typeof LOG_KEYS)[number], unknown> = {
    time: entry.time, action: entry.action, user: entry.user, outcome: entry.outcome, counts, error: asText(entry.error),
  };
  LOG_KEYS.forEach((key, i) => {
    const index = col(key);
    row[index >= 0 ? index : i] = cells[key];
  });
  sheet.appendRow(row);
}

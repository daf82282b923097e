/**
 * `okr-sheets summary FILE.xlsx --out DIR [--today DATE]`: the two Looker Studio tabs as CSV, built by the
 * bundle's own "Refresh summary" on the workbook in the local runtime.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dayOf, formatDay, startOfDay, type Day } from '../../core/date-parse';
import { messages } from '../../i18n';
import { snapshotSettings } from './book-read';
import { type BookSnapshot, isDateObject } from '../emulator';
import { lastAlert, outputTabOf, runMenuAtNoon, tabRows } from './bundle-run';
import { CliError, EXIT } from './errors';

/**
 * A spreadsheet opening the CSV runs a cell that starts with =, +, -, @, tab or carriage return as a
 * formula; OWASP's guidance is to prefix such a cell with a single quote and to quote the field
 * (https://owasp.org/www-community/attacks/CSV_Injection). Numbers are written as numbers: -0.25 stays -0.25.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: RFC 4180 quoting (a comma, quote or line break quotes the field, quotes doubled), text
 * neutralised as above. Dates as yyyy-mm-dd, or ISO with time.
 * @example csvCell('=HYPERLINK("x")', 'UTC') // `"'=HYPERLINK(""x"")"`
 */
export function csvCell(value: unknown, timeZone: string): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDateObject(value)) {
    const day = dayOf(value, timeZone);
    return startOfDay(day, timeZone).getTime() === value.getTime() ? formatDay(day) : value.toISOString();
  }
  const text = String(value);
  const neutral = FORMULA_START.test(text) ? `'${text}` : text;
  return neutral !== text || /[",\r\n]/.test(text) ? `"${neutral.replace(/"/g, '""')}"` : text;
}

/** Runs the bundle's summary on `today` at noon, as the first admin, and writes its two Looker tabs as CSV into `outDir`. */
export function summaryCsv(code: string, book: BookSnapshot, today: Day, outDir: string): string[] {
  const { settings } = snapshotSettings(book);
  const t = messages(settings.language);
  const run = runMenuAtNoon(code, book, 'menuSummary', today);
  const tabs = (['krWeekly', 'checkinRate'] as const).map((key) => {
    const sheet = outputTabOf(run, key);
    return { key, values: sheet ? tabRows(run, sheet) : [] };
  });
  // The run's message counts the rows it wrote: these are this run's tabs, not ones left from before.
  const rows = tabs.map((tab) => Math.max(0, tab.values.length - 1));
  const alert = lastAlert(run);
  if (tabs.some((tab) => tab.values.length === 0) || !alert.includes(t.summary.done(rows[0]!, rows[1]!))) {
    throw new CliError(EXIT.runFailed, t.cli.summaryNotRun((alert || run.failure).split('\n')[0] ?? ''));
  }
  mkdirSync(outDir, { recursive: true });
  return tabs.map(({ key, values }) => {
    const file = join(outDir, key === 'krWeekly' ? 'kr_weekly.csv' : 'checkin_rate.csv');
    writeFileSync(file, values.map((row) => row.map((v) => csvCell(v, settings.timeZone)).join(',')).join('\r\n') + '\r\n');
    return file;
  });
}

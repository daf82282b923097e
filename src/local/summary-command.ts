/**
 * `okr-sheets summary FILE.xlsx --out DIR [--today DATE]`: the two Looker Studio tabs as CSV, built by the
 * bundle's own "Refresh summary" on the workbook in the local runtime.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDay, dayOf, startOfDay, type Day } from '../core/date-parse';
import { TAB_LABELS } from '../i18n/tabs';
import { readSettings } from '../sheet/settings-read';
import { LocalRuntime } from './runtime';
import type { BookSnapshot } from './snapshot';

/** RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled. Dates as yyyy-mm-dd (or ISO with time). */
function csvCell(value: unknown, timeZone: string): string {
  let text: string;
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const date = value as Date;
    const day = dayOf(date, timeZone);
    text = startOfDay(day, timeZone).getTime() === date.getTime() ? formatDay(day) : date.toISOString();
  } else if (typeof value === 'boolean') text = value ? 'TRUE' : 'FALSE';
  else text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function summaryCsv(code: string, book: BookSnapshot, today: Day, outDir: string): string[] {
  const probe = new LocalRuntime({ book });
  const { settings } = probe.env.quiet(() => readSettings(probe.services().book));
  const at = new Date(startOfDay(today, settings.timeZone).getTime() + 12 * 3600 * 1000);
  const rt = new LocalRuntime({ book, user: settings.admins[0] ?? '', now: at, scriptTimeZone: settings.timeZone }).load(code);
  rt.run('menuSummary');
  mkdirSync(outDir, { recursive: true });
  return (['krWeekly', 'checkinRate'] as const).map((key) => {
    const sheet = rt.book.getSheetByName(TAB_LABELS[key][settings.language]);
    const values = sheet ? rt.env.quiet(() => sheet.getDataRange().getValues()) : [];
    const file = join(outDir, key === 'krWeekly' ? 'kr_weekly.csv' : 'checkin_rate.csv');
    writeFileSync(file, values.map((row) => row.map((v) => csvCell(v, settings.timeZone)).join(',')).join('\r\n') + '\r\n');
    return file;
  });
}

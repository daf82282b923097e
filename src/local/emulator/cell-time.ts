/** Wall-clock time in the spreadsheet's time zone: date patterns and serial numbers. */
import { offsetAt, wallClock, wallClockToInstant } from './zone';

/** Sheets' date serial numbers count days from 1899-12-30 in the spreadsheet's zone. */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export function instantToSerial(ms: number, timeZone: string): number {
  return (ms + offsetAt(ms, timeZone) - SERIAL_EPOCH) / DAY_MS;
}

export function serialToInstant(serial: number, timeZone: string): number {
  const asUtc = new Date(SERIAL_EPOCH + Math.round(serial * DAY_MS));
  return wallClockToInstant(
    asUtc.getUTCFullYear(),
    asUtc.getUTCMonth() + 1,
    asUtc.getUTCDate(),
    asUtc.getUTCHours(),
    asUtc.getUTCMinutes(),
    asUtc.getUTCSeconds(),
    timeZone,
  );
}

const TOKEN = /yyyy|yy|mm|m|dd|d|hh|h|ss|s/gi;

/** A pattern made only of the date tokens above and punctuation, e.g. 'yyyy-mm-dd hh:mm', 'dd/mm/yyyy'. */
export function isDateFormat(pattern: string): boolean {
  return /[ydhs]/i.test(pattern) && pattern.replace(TOKEN, '').search(/[a-z0-9#@%]/i) < 0;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * Formats with Sheets' date tokens (https://developers.google.com/sheets/api/guides/formats#date_and_time_format_patterns):
 * case-insensitive; m/mm are minutes right after an hour token or before a seconds token, else months.
 */
export function formatDateTime(ms: number, timeZone: string, pattern: string): string {
  const w = wallClock(ms, timeZone);
  const tokens = pattern.match(TOKEN) ?? [];
  let index = 0;
  return pattern.replace(TOKEN, (token) => {
    const lower = token.toLowerCase();
    const before = tokens[index - 1]?.toLowerCase() ?? '';
    const after = tokens[index + 1]?.toLowerCase() ?? '';
    index += 1;
    const minutes = before.startsWith('h') || after.startsWith('s');
    switch (lower) {
      case 'yyyy':
        return pad(w.year, 4);
      case 'yy':
        return pad(w.year % 100, 2);
      case 'mm':
        return pad(minutes ? w.minute : w.month, 2);
      case 'm':
        return String(minutes ? w.minute : w.month);
      case 'dd':
        return pad(w.day, 2);
      case 'd':
        return String(w.day);
      case 'hh':
        return pad(w.hour, 2);
      case 'h':
        return String(w.hour);
      case 'ss':
        return pad(w.second, 2);
      default:
        return String(w.second);
    }
  });
}

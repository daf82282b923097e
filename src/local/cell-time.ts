/** Wall-clock time in the spreadsheet's time zone: instants <-> calendar fields, date patterns, serial numbers. */

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Throws a RangeError for an unknown IANA zone, which is how setSpreadsheetTimeZone validates. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function formattedWallClock(ms: number, timeZone: string): WallClock {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? 0, month: fields.month ?? 1, day: fields.day ?? 1,
    hour: fields.hour ?? 0, minute: fields.minute ?? 0, second: fields.second ?? 0,
  };
}

/**
 * Offsets cached per zone and quarter hour: Intl is slow (microseconds a call) and a 100,000-row
 * sheet of dates must read fast. Zones change offset on quarter hours since the early 1900s; local
 * mean times before that may be off inside their transition's quarter hour.
 */
const QUARTER_HOUR = 900_000;
const offsets = new Map<string, Map<number, number>>();

function offsetAt(ms: number, timeZone: string): number {
  let zone = offsets.get(timeZone);
  if (!zone || zone.size > 200_000) offsets.set(timeZone, (zone = new Map()));
  const bucket = Math.floor(ms / QUARTER_HOUR);
  let offset = zone.get(bucket);
  if (offset === undefined) {
    const start = bucket * QUARTER_HOUR;
    const w = formattedWallClock(start, timeZone);
    offset = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - start;
    zone.set(bucket, offset);
  }
  return offset;
}

function wallClock(ms: number, timeZone: string): WallClock {
  const d = new Date(ms + offsetAt(ms, timeZone));
  return {
    year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(),
    hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(),
  };
}

/** The instant a wall-clock time names in a zone; in a DST gap, the later reading (as java.time does). */
export function wallClockToInstant(
  year: number, month: number, day: number, hour: number, minute: number, second: number, timeZone: string,
): number {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const first = asUtc - offsetAt(asUtc, timeZone);
  const second_ = asUtc - offsetAt(first, timeZone);
  return second_ === first ? first : Math.max(first, second_);
}

/** Sheets' date serial numbers count days from 1899-12-30 in the spreadsheet's zone. */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export function instantToSerial(ms: number, timeZone: string): number {
  return (ms + offsetAt(ms, timeZone) - SERIAL_EPOCH) / DAY_MS;
}

export function serialToInstant(serial: number, timeZone: string): number {
  const asUtc = new Date(SERIAL_EPOCH + Math.round(serial * DAY_MS));
  return wallClockToInstant(
    asUtc.getUTCFullYear(), asUtc.getUTCMonth() + 1, asUtc.getUTCDate(),
    asUtc.getUTCHours(), asUtc.getUTCMinutes(), asUtc.getUTCSeconds(), timeZone,
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
      case 'yyyy': return pad(w.year, 4);
      case 'yy': return pad(w.year % 100, 2);
      case 'mm': return pad(minutes ? w.minute : w.month, 2);
      case 'm': return String(minutes ? w.minute : w.month);
      case 'dd': return pad(w.day, 2);
      case 'd': return String(w.day);
      case 'hh': return pad(w.hour, 2);
      case 'h': return String(w.hour);
      case 'ss': return pad(w.second, 2);
      default: return String(w.second);
    }
  });
}

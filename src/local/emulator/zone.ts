/**
 * Time-zone arithmetic of the local runtime, shared by the spreadsheet, the .xlsx bridge, Utilities and
 * the trigger clock: an instant's wall clock in a zone and back. Intl does the zone rules; offsets are
 * cached per zone and UTC day, since a 100,000-row date column must convert fast.
 */

export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** 0 = Sunday … 6 = Saturday, as Date.getUTCDay. */
  readonly weekday: number;
}

const DAY_MS = 86_400_000;
const CACHED_DAYS = 100_000;
const formatters = new Map<string, Intl.DateTimeFormat>();
/** Per zone, per UTC day: the offset through that whole day, or null when it changes within the day. */
const dayOffsets = new Map<string, Map<number, number | null>>();

/** Throws a RangeError for a zone Intl does not know. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
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

/** Throws a RangeError when `timeZone` is not an IANA zone the runtime knows. */
export function checkTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

/** The zone's offset from UTC at `instantMs`, in milliseconds (seconds-exact, so old local mean times work). */
function exactOffset(instantMs: number, timeZone: string): number {
  const fields: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instantMs)) fields[part.type] = part.value;
  const year = Number(fields.year);
  const wall = new Date(0);
  wall.setUTCFullYear(fields.era === 'BC' ? 1 - year : year, Number(fields.month) - 1, Number(fields.day));
  wall.setUTCHours(Number(fields.hour) % 24, Number(fields.minute), Number(fields.second));
  return wall.getTime() - (instantMs - (((instantMs % 1000) + 1000) % 1000));
}

/** The zone's offset at an instant, in milliseconds; formatToParts runs once per distinct day. */
export function offsetAt(instantMs: number, timeZone: string): number {
  let days = dayOffsets.get(timeZone);
  if (!days || days.size > CACHED_DAYS) {
    days = new Map();
    dayOffsets.set(timeZone, days);
  }
  const day = Math.floor(instantMs / DAY_MS);
  let offset = days.get(day);
  if (offset === undefined) {
    const start = exactOffset(day * DAY_MS, timeZone);
    offset = start === exactOffset(day * DAY_MS + DAY_MS - 1, timeZone) ? start : null;
    days.set(day, offset);
  }
  return offset ?? exactOffset(instantMs, timeZone);
}

/** The wall-clock fields of an instant in a zone. */
export function wallClock(instantMs: number, timeZone: string): WallClock {
  const d = new Date(instantMs + offsetAt(instantMs, timeZone));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
  };
}

/**
 * The instant whose wall clock in `timeZone` is `wallMs` read as UTC fields. A repeated wall time (DST ends)
 * gives the earlier instant; a skipped one (DST starts) is read with the offset before the gap, so it lands
 * after it: java.time's and Temporal's 'compatible' choice. Whether Sheets does the same is not documented.
 */
export function instantOfWallClock(wallMs: number, timeZone: string): number {
  const before = offsetAt(wallMs - DAY_MS, timeZone);
  const after = offsetAt(wallMs + DAY_MS, timeZone);
  const candidates = [wallMs - before, wallMs - after].filter((instant) => offsetAt(instant, timeZone) === wallMs - instant);
  return candidates.length > 0 ? Math.min(...candidates) : wallMs - before;
}

/** The instant of a wall-clock time given by its fields (month 1–12). */
export function wallClockToInstant(year: number, month: number, day: number, hour: number, minute: number, second: number, timeZone: string): number {
  return instantOfWallClock(Date.UTC(year, month - 1, day, hour, minute, second), timeZone);
}

/** Conversions between Sheets date instants and the zone-less wall-clock Dates ExcelJS reads and writes. */

// xlsx stores a date as a serial day count with no zone; ExcelJS maps it to a Date whose UTC fields
// are that wall clock. Sheets shows an instant in the spreadsheet's zone, so the bridge converts with it
// (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone()).

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Per zone, per UTC day: the offset through that whole day, or null when it changes within the day. */
const dayOffsets = new Map<string, Map<number, number | null>>();
const DAY_MS = 86_400_000;
const CACHED_DAYS = 100_000;

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws RangeError on an unknown zone, which is what the bridge wants for a bad timeZone.
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

/** Throws a RangeError when `timeZone` is not an IANA zone the runtime knows. */
export function checkTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

/** The zone's offset from UTC at `instantMs`, in milliseconds (seconds-exact, so LMT offsets work). */
function exactOffsetMs(instantMs: number, timeZone: string): number {
  const fields: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instantMs)) fields[part.type] = part.value;
  const year = Number(fields.year);
  const wall = new Date(0);
  wall.setUTCFullYear(fields.era === 'BC' ? 1 - year : year, Number(fields.month) - 1, Number(fields.day));
  wall.setUTCHours(Number(fields.hour), Number(fields.minute), Number(fields.second));
  const wholeSecondMs = instantMs - (((instantMs % 1000) + 1000) % 1000);
  return wall.getTime() - wholeSecondMs;
}

// formatToParts costs ~4 µs; a 100,000-row date column needs it once per distinct day instead.
function offsetMs(instantMs: number, timeZone: string): number {
  let days = dayOffsets.get(timeZone);
  if (!days || days.size > CACHED_DAYS) {
    days = new Map();
    dayOffsets.set(timeZone, days);
  }
  const day = Math.floor(instantMs / DAY_MS);
  let offset = days.get(day);
  if (offset === undefined) {
    const start = exactOffsetMs(day * DAY_MS, timeZone);
    offset = start === exactOffsetMs(day * DAY_MS + DAY_MS - 1, timeZone) ? start : null;
    days.set(day, offset);
  }
  return offset ?? exactOffsetMs(instantMs, timeZone);
}

/** The wall clock of `instant` in `timeZone`, as a Date whose UTC fields are that wall clock. */
export function toWallClock(instant: Date, timeZone: string): Date {
  return new Date(instant.getTime() + offsetMs(instant.getTime(), timeZone));
}

/**
 * The instant whose wall clock in `timeZone` is the UTC fields of `wall`. A repeated wall time (DST
 * ends) gives the earlier instant; a skipped one (DST starts) is read with the offset before the gap,
 * so it lands after it, as Temporal's 'compatible' disambiguation. Sheets' own choice is not documented.
 */
export function fromWallClock(wall: Date, timeZone: string): Date {
  const wallMs = wall.getTime();
  const before = offsetMs(wallMs - DAY_MS, timeZone);
  const after = offsetMs(wallMs + DAY_MS, timeZone);
  const candidates = [wallMs - before, wallMs - after].filter(
    (instantMs) => offsetMs(instantMs, timeZone) === wallMs - instantMs,
  );
  return new Date(candidates.length > 0 ? Math.min(...candidates) : wallMs - before);
}

// Calendar days (integer days since 1970-01-01), their instants in a time zone, and reading dates as people type them.
import type { Lang } from './lang';
import { fail, inputText, isBlank, ok, type Parsed } from './parsed';
import { foldText } from './text';

/** A calendar date: whole days since 1970-01-01, with no time and no zone. */
export type Day = number;

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;
/** Sheets counts dates as days since 1899-12-30: https://developers.google.com/sheets/api/guides/formats#about_date_time_values */
const SHEETS_EPOCH_DAY = -25_569;

/**
 * The day of a year, month (1-12) and day of month; out-of-range parts roll over as in `Date.UTC`,
 * but years 0-99 mean themselves. Howard Hinnant's days_from_civil, so no Date is built.
 * @example dayFromParts(2026, 3, 31) // 20543
 */
export const dayFromParts = (year: number, month: number, day: number): Day => {
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  const y = year + Math.floor((month - 1) / 12) - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((m + 9) % 12) + 2) / 5);
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468 + (day - 1);
};

/**
 * The year, month (1-12) and day of month of a day (Hinnant's civil_from_days).
 * @example partsOfDay(20543) // { year: 2026, month: 3, day: 31 }
 */
export const partsOfDay = (day: Day): { year: number; month: number; day: number } => {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * mp + 2) / 5) + 1,
  };
};

/**
 * The day as `yyyy-mm-dd`.
 * @example formatDay(20543) // '2026-03-31'
 */
export const formatDay = (day: Day): string => {
  const p = partsOfDay(day);
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}`;
};

/**
 * Days a number or a Date in a date cell may fall on: 2000-01-01 to 2100-12-31. Sheets reads a bare
 * number in a date cell as days since 1899-12-30, so a cycle start typed as `45` or `2026` becomes a day
 * of 1900 or 1905; no OKR cycle, check-in or request of this program lies that far out, so such a value
 * is reported rather than read. Text dates carry a typed four-digit year and are taken as written.
 */
const PLAUSIBLE_DAYS = [dayFromParts(2000, 1, 1), dayFromParts(2100, 12, 31)] as const;
const isPlausible = (day: Day): boolean => day >= PLAUSIBLE_DAYS[0] && day <= PLAUSIBLE_DAYS[1];

/**
 * The weekday, 0 = Sunday to 6 = Saturday (1970-01-01 was a Thursday).
 * @example weekdayOf(20543) // 2 (Tuesday)
 */
export const weekdayOf = (day: Day): number => (((day + 4) % 7) + 7) % 7;

/**
 * The day `amount` days later (earlier when negative).
 * @example addDays(20543, 1) // 20544
 */
export const addDays = (day: Day, amount: number): Day => day + amount;

type Zone = { format: Intl.DateTimeFormat; byDay: Map<number, number | null>; byHour: Map<number, number | null> };
const zones = new Map<string, Zone>();

/** Throws RangeError for an unknown zone: the Settings reader checks the zone with isTimeZone first. */
const zoneOf = (timeZone: string): Zone => {
  let zone = zones.get(timeZone);
  if (!zone) {
    // hourCycle is typed only from lib ES2020 on; an engine that ignores it prints midnight as 24 (handled below).
    const options: Intl.DateTimeFormatOptions & { hourCycle: 'h23' } = {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    };
    zone = { format: new Intl.DateTimeFormat('en-US', options), byDay: new Map(), byHour: new Map() };
    zones.set(timeZone, zone);
  }
  return zone;
};

/** Local wall-clock time minus UTC, in milliseconds, at instant `ms`. */
const exactOffset = (zone: Zone, ms: number): number => {
  const part: Record<string, number> = {};
  for (const p of zone.format.formatToParts(new Date(ms))) part[p.type] = Number(p.value);
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = part;
  // Some V8/ICU versions print midnight as hour 24 of the same date; 24 % 24 reads it as 0.
  const local = dayFromParts(year, month, day) * MS_PER_DAY + (hour % 24) * MS_PER_HOUR + minute * 60_000 + second * 1000;
  return local - Math.floor(ms / 1000) * 1000;
};

/** The offset shared by the whole UTC bucket holding `ms` (its first and last millisecond agree), else null. */
const bucketOffset = (zone: Zone, cache: Map<number, number | null>, size: number, ms: number): number | null => {
  const key = Math.floor(ms / size);
  let offset = cache.get(key);
  if (offset === undefined) {
    const first = exactOffset(zone, key * size);
    offset = first === exactOffset(zone, (key + 1) * size - 1) ? first : null;
    cache.set(key, offset);
  }
  return offset;
};

/**
 * The offset at `ms`: formatToParts is slow, so offsets are cached per UTC day, and within the
 * few days holding a transition per UTC hour; an hour holding one (zones with :30 or :45 offsets
 * change mid-hour) is computed exactly. A bucket is trusted when its ends agree: no zone changes
 * offset and back within a day.
 */
const offsetAt = (zone: Zone, ms: number): number =>
  bucketOffset(zone, zone.byDay, MS_PER_DAY, ms) ?? bucketOffset(zone, zone.byHour, MS_PER_HOUR, ms) ?? exactOffset(zone, ms);

/**
 * Whether Intl knows the IANA time zone name.
 * @example isTimeZone('Asia/Ho_Chi_Minh') // true
 */
export const isTimeZone = (timeZone: string): boolean => {
  try {
    zoneOf(timeZone);
    return true;
  } catch {
    return false;
  }
};

/**
 * Whether a value is a Date, by its internal tag rather than `instanceof`: a Date made in another realm (the
 * local runtime's cells, made outside the bundle's vm context) is not an instance of this realm's Date.
 * @example isDate(new Date(0)) // true
 * @example isDate('2026-03-31') // false
 */
export const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

/**
 * The calendar day of an instant in a time zone; NaN for an invalid Date.
 * @example dayOf(new Date('2026-03-30T17:00:00Z'), 'Asia/Ho_Chi_Minh') // 20543 (2026-03-31)
 */
export const dayOf = (date: Date, timeZone: string): Day => {
  const ms = date.getTime();
  return Number.isNaN(ms) ? NaN : Math.floor((ms + offsetAt(zoneOf(timeZone), ms)) / MS_PER_DAY);
};

/**
 * The first instant of a day in a time zone: local midnight, or the end of the DST gap when a zone
 * skips midnight (America/Havana, America/Santiago), or the earlier one when midnight repeats.
 * @example startOfDay(20543, 'Asia/Ho_Chi_Minh') // 2026-03-30T17:00:00.000Z
 */
export const startOfDay = (day: Day, timeZone: string): Date => {
  const zone = zoneOf(timeZone);
  const local = day * MS_PER_DAY;
  const before = offsetAt(zone, local - 12 * MS_PER_HOUR);
  const after = offsetAt(zone, local + 12 * MS_PER_HOUR);
  const candidates = [local - before, local - after].filter((t) => t + offsetAt(zone, t) === local);
  return new Date(candidates.length > 0 ? Math.min(...candidates) : local - before);
};

const MONTHS = new Map<string, number>([
  ['jan', 1],
  ['january', 1],
  ['feb', 2],
  ['february', 2],
  ['mar', 3],
  ['march', 3],
  ['apr', 4],
  ['april', 4],
  ['may', 5],
  ['jun', 6],
  ['june', 6],
  ['jul', 7],
  ['july', 7],
  ['aug', 8],
  ['august', 8],
  ['sep', 9],
  ['sept', 9],
  ['september', 9],
  ['oct', 10],
  ['october', 10],
  ['nov', 11],
  ['november', 11],
  ['dec', 12],
  ['december', 12],
]);
const monthNumber = (name: string | undefined): number => MONTHS.get(name ?? '') ?? 0;
const TIME = '(?:[ t](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?';
const ISO_RE = new RegExp(`^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})${TIME}(z|[+-]\\d{2}:?\\d{2})?$`);
const NUMERIC_RE = new RegExp(`^(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})${TIME}$`);
const VI_RE = /^(\d{1,2}) (?:thang|thg) (\d{1,2})(?: nam)? (\d{4})$/;
const MONTH_FIRST_RE = /^([a-z]+) (\d{1,2})(?:st|nd|rd|th)? (\d{4})$/;
const DAY_FIRST_RE = /^(\d{1,2})(?:st|nd|rd|th)?[ -]([a-z]+)[ -](\d{4})$/;

/** The day of real parts, or null when the date does not exist (31/02, month 13) or a time is out of range. */
const validDay = (year: number, month: number, day: number, time: ReadonlyArray<string | undefined> = []): Day | null => {
  const [hour = '0', minute = '0', second = '0'] = time.map((t) => t ?? '0');
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return null;
  if (month < 1 || month > 12 || day < 1) return null;
  const d = dayFromParts(year, month, day);
  return partsOfDay(d).month === month ? d : null;
};

/** `2026-03-31`, with an optional time; with a zone suffix the text is an instant, read in `timeZone`. */
const readIso = (m: RegExpExecArray, timeZone: string): Day | null => {
  const [, y, , mo, d, h, mi, s, zone] = m;
  const day = validDay(Number(y), Number(mo), Number(d), [h, mi, s]);
  if (day === null || zone === undefined) return day;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.replace(/\D/g, '');
  const offsetMinutes = zone === 'z' ? 0 : sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  const ms = day * MS_PER_DAY + (Number(h ?? 0) * 60 + Number(mi ?? 0) - offsetMinutes) * 60_000 + Number(s ?? 0) * 1000;
  return dayOf(new Date(ms), timeZone);
};

/** `31/03/2026`, `3/31/2026`, `31.03.2026`: the part above 12 is the day; when both could be, vi reads day first, en month first. */
const readNumeric = (m: RegExpExecArray, lang: Lang): Day | null => {
  const [, a, , b, y, h, mi, s] = m;
  const first = Number(a);
  const second = Number(b);
  const dayFirst = first > 12 || (second <= 12 && lang === 'vi');
  return dayFirst ? validDay(Number(y), second, first, [h, mi, s]) : validDay(Number(y), first, second, [h, mi, s]);
};

const readText = (text: string, timeZone: string, lang: Lang): Day | null => {
  const t = foldText(text)
    .replace(/([a-z])\./g, '$1')
    .replace(/,/g, ' ')
    .replace(/ +/g, ' ')
    .replace(/^ngay (?=\d)/, '')
    .trim();
  let m = ISO_RE.exec(t);
  if (m) return readIso(m, timeZone);
  if ((m = NUMERIC_RE.exec(t))) return readNumeric(m, lang);
  if ((m = VI_RE.exec(t))) return validDay(Number(m[3]), Number(m[2]), Number(m[1]));
  if ((m = MONTH_FIRST_RE.exec(t))) return validDay(Number(m[3]), monthNumber(m[1]), Number(m[2]));
  if ((m = DAY_FIRST_RE.exec(t))) return validDay(Number(m[3]), monthNumber(m[2]), Number(m[1]));
  return null;
};

/**
 * Reads a date cell: a Date (its day in `timeZone`), a Sheets serial number (days since
 * 1899-12-30; the time of day is dropped), both only from 2000 to 2100 (else DATE_OUT_OF_RANGE: `45`
 * typed in a date cell is a mistake, not 1900-02-13), or text: `2026-03-31`, `31/03/2026`, `31-03-2026`,
 * `31.03.2026`, `3/31/2026`, `ngày 31 tháng 3 năm 2026`, `31 thg 3, 2026`, `Mar 31, 2026`,
 * `31 Mar 2026`, `31-Mar-2026`, `March 31 2026`. `1/2/2026` is 1 February in vi and 2 January in
 * en. A year must have four digits; text without a year (`31/3`) and dates that do not exist
 * (`31/02/2026`) are INVALID_DATE; blank is MISSING.
 * @example parseDay('31/03/2026', 'Asia/Ho_Chi_Minh', 'vi') // { ok: true, value: 20543 }
 * @example parseDay('31/02/2026', 'UTC', 'en') // { ok: false, problem: { code: 'INVALID_DATE', input: '31/02/2026' } }
 */
export const parseDay = (input: unknown, timeZone: string, lang: Lang): Parsed<Day> => {
  if (input instanceof Date) {
    const day = dayOf(input, timeZone);
    if (Number.isNaN(day)) return fail('INVALID_DATE', String(input));
    return isPlausible(day) ? ok(day) : fail('DATE_OUT_OF_RANGE', formatDay(day));
  }
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return fail('INVALID_DATE', String(input));
    const day = Math.floor(input) + SHEETS_EPOCH_DAY;
    return isPlausible(day) ? ok(day) : fail('DATE_OUT_OF_RANGE', String(input));
  }
  if (isBlank(input)) return fail('MISSING', inputText(input).trim());
  if (typeof input !== 'string') return fail('INVALID_DATE', inputText(input));
  const day = readText(input, timeZone, lang);
  return day === null ? fail('INVALID_DATE', input.trim()) : ok(day);
};

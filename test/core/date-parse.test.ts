import fc from 'fast-check';
import { addDays, dayFromParts, dayOf, formatDay, isTimeZone, parseDay, partsOfDay, startOfDay, weekdayOf } from '../../src/core/date-parse';

const HCM = 'Asia/Ho_Chi_Minh';
const NY = 'America/New_York';
const march31 = dayFromParts(2026, 3, 31);

describe('calendar days', () => {
  test('counts days from 1970-01-01', () => {
    expect(dayFromParts(1970, 1, 1)).toBe(0);
    expect(dayFromParts(1969, 12, 31)).toBe(-1);
    expect(dayFromParts(2026, 3, 31)).toBe(20_543);
    expect(dayFromParts(1899, 12, 30)).toBe(-25_569);
    expect(dayFromParts(2000, 3, 1) - dayFromParts(2000, 2, 28)).toBe(2);
    expect(dayFromParts(1900, 3, 1) - dayFromParts(1900, 2, 28)).toBe(1);
  });

  test('rolls over out-of-range months and days as Date.UTC does', () => {
    expect(dayFromParts(2026, 13, 1)).toBe(dayFromParts(2027, 1, 1));
    expect(dayFromParts(2026, 0, 1)).toBe(dayFromParts(2025, 12, 1));
    expect(dayFromParts(2026, 2, 29)).toBe(dayFromParts(2026, 3, 1));
    expect(dayFromParts(2026, 3, 0)).toBe(dayFromParts(2026, 2, 28));
  });

  test('agrees with Date.UTC and partsOfDay inverts dayFromParts', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (day) => {
        const p = partsOfDay(day);
        expect(dayFromParts(p.year, p.month, p.day)).toBe(day);
        const utc = new Date(day * 86_400_000);
        expect([p.year, p.month, p.day]).toEqual([utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate()]);
      }),
    );
  });

  test('formats as yyyy-mm-dd', () => {
    expect(formatDay(march31)).toBe('2026-03-31');
    expect(formatDay(dayFromParts(987, 1, 2))).toBe('0987-01-02');
  });

  test('weekdays start on Sunday = 0', () => {
    expect(weekdayOf(0)).toBe(4);
    expect(weekdayOf(march31)).toBe(2);
    expect(weekdayOf(-1)).toBe(3);
    expect(weekdayOf(dayFromParts(2026, 4, 5))).toBe(0);
  });

  test('adds days without touching the original', () => {
    const day = march31;
    expect(formatDay(addDays(day, 1))).toBe('2026-04-01');
    expect(formatDay(addDays(day, -31))).toBe('2026-02-28');
    expect(day).toBe(march31);
  });
});

describe('dayOf and startOfDay in a time zone', () => {
  test('reads the calendar day of an instant in the zone, not in the process zone', () => {
    const instant = new Date('2026-03-30T17:30:00Z');
    expect(formatDay(dayOf(instant, HCM))).toBe('2026-03-31');
    expect(formatDay(dayOf(instant, 'UTC'))).toBe('2026-03-30');
    expect(formatDay(dayOf(new Date('2026-03-31T03:59:59Z'), NY))).toBe('2026-03-30');
    expect(formatDay(dayOf(new Date('2026-03-31T04:00:00Z'), NY))).toBe('2026-03-31');
  });

  test('handles half-hour zones and DST changes', () => {
    expect(formatDay(dayOf(new Date('2026-03-30T18:29:59Z'), 'Asia/Kolkata'))).toBe('2026-03-30');
    expect(formatDay(dayOf(new Date('2026-03-30T18:30:00Z'), 'Asia/Kolkata'))).toBe('2026-03-31');
    // New York springs forward on 2026-03-08 at 07:00Z and falls back on 2026-11-01 at 06:00Z.
    expect(formatDay(dayOf(new Date('2026-03-08T04:59:59Z'), NY))).toBe('2026-03-07');
    expect(formatDay(dayOf(new Date('2026-03-08T05:00:00Z'), NY))).toBe('2026-03-08');
    expect(formatDay(dayOf(new Date('2026-03-09T03:59:59Z'), NY))).toBe('2026-03-08');
    expect(formatDay(dayOf(new Date('2026-03-09T04:00:00Z'), NY))).toBe('2026-03-09');
    expect(formatDay(dayOf(new Date('2026-03-30T13:29:59Z'), 'Australia/Adelaide'))).toBe('2026-03-30');
    expect(formatDay(dayOf(new Date('2026-03-30T13:30:00Z'), 'Australia/Adelaide'))).toBe('2026-03-31');
  });

  test('reads the right day after a transition in the middle of a UTC hour', () => {
    // Tehran fell back from +4:30 to +3:30 at 2021-09-21T19:30Z: 19:10Z is 23:40, 19:45Z is 23:15 the same day.
    expect(formatDay(dayOf(new Date('2021-09-21T19:10:00Z'), 'Asia/Tehran'))).toBe('2021-09-21');
    expect(formatDay(dayOf(new Date('2021-09-21T19:45:00Z'), 'Asia/Tehran'))).toBe('2021-09-21');
    expect(formatDay(dayOf(new Date('2021-09-21T20:30:00Z'), 'Asia/Tehran'))).toBe('2021-09-22');
  });

  test('gives NaN for an invalid Date', () => {
    expect(dayOf(new Date(NaN), HCM)).toBeNaN();
  });

  test('agrees with Intl for random instants in several zones', () => {
    const zones = [HCM, NY, 'UTC', 'Australia/Adelaide', 'Asia/Kathmandu', 'Asia/Tehran', 'Pacific/Chatham', 'Europe/London'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), fc.constantFrom(...zones), (ms, zone) => {
        const text = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(ms));
        expect(formatDay(dayOf(new Date(ms), zone))).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  test('starts a day at local midnight', () => {
    expect(startOfDay(march31, HCM).toISOString()).toBe('2026-03-30T17:00:00.000Z');
    expect(startOfDay(march31, 'UTC').toISOString()).toBe('2026-03-31T00:00:00.000Z');
    expect(startOfDay(march31, NY).toISOString()).toBe('2026-03-31T04:00:00.000Z');
    expect(startOfDay(dayFromParts(2026, 3, 8), NY).toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(startOfDay(dayFromParts(2026, 3, 9), NY).toISOString()).toBe('2026-03-09T04:00:00.000Z');
  });

  test('starts a day that skips midnight at the end of the gap', () => {
    // Cuba springs forward at midnight: 2026-03-08 00:00 local does not exist, the day begins at 01:00 CDT.
    const start = startOfDay(dayFromParts(2026, 3, 8), 'America/Havana');
    expect(start.toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(formatDay(dayOf(start, 'America/Havana'))).toBe('2026-03-08');
    expect(formatDay(dayOf(new Date(start.getTime() - 1), 'America/Havana'))).toBe('2026-03-07');
  });

  test('startOfDay is the first instant of the day in any zone', () => {
    const zones = [HCM, NY, 'UTC', 'Australia/Adelaide', 'America/Havana', 'America/Santiago', 'Asia/Kathmandu'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30_000 }), fc.constantFrom(...zones), (day, zone) => {
        const start = startOfDay(day, zone);
        expect(dayOf(start, zone)).toBe(day);
        expect(dayOf(new Date(start.getTime() - 1), zone)).toBe(day - 1);
      }),
      { numRuns: 2000 },
    );
  });

  test('knows which time zone names exist', () => {
    expect(isTimeZone(HCM)).toBe(true);
    expect(isTimeZone('Asia/Hanoi')).toBe(false);
    expect(isTimeZone('GMT+7')).toBe(false);
  });
});

describe('parseDay', () => {
  test.each<[string, 'vi' | 'en', string]>([
    ['2026-03-31', 'vi', '2026-03-31'],
    ['2026-3-5', 'en', '2026-03-05'],
    ['2026/03/31', 'en', '2026-03-31'],
    ['2026-03-31 14:30', 'en', '2026-03-31'],
    ['31/03/2026', 'vi', '2026-03-31'],
    ['31/03/2026', 'en', '2026-03-31'],
    ['31-03-2026', 'vi', '2026-03-31'],
    ['31.03.2026', 'en', '2026-03-31'],
    ['31/3/2026 9:15', 'vi', '2026-03-31'],
    ['3/31/2026', 'vi', '2026-03-31'],
    ['3/31/2026', 'en', '2026-03-31'],
    ['1/2/2026', 'vi', '2026-02-01'],
    ['1/2/2026', 'en', '2026-01-02'],
    ['12/12/2026', 'en', '2026-12-12'],
    ['ngày 31 tháng 3 năm 2026', 'vi', '2026-03-31'],
    ['Ngày 31 Tháng 03 Năm 2026', 'en', '2026-03-31'],
    ['31 tháng 3, 2026', 'vi', '2026-03-31'],
    ['31 thg 3, 2026', 'vi', '2026-03-31'],
    ['ngay 31 thang 3 nam 2026', 'vi', '2026-03-31'],
    ['ngày 31/03/2026', 'vi', '2026-03-31'],
    ['Mar 31, 2026', 'en', '2026-03-31'],
    ['Mar. 31, 2026', 'vi', '2026-03-31'],
    ['31 Mar 2026', 'en', '2026-03-31'],
    ['31-Mar-2026', 'en', '2026-03-31'],
    ['March 31 2026', 'en', '2026-03-31'],
    ['March 31st, 2026', 'en', '2026-03-31'],
    ['29 February 2028', 'en', '2028-02-29'],
    ['  31/03/2026  ', 'vi', '2026-03-31'],
  ])('reads %p in %s as %s', (text, lang, iso) => {
    const parsed = parseDay(text, HCM, lang);
    expect(parsed.ok && formatDay(parsed.value)).toBe(iso);
  });

  test.each<[string]>([
    ['31/3'],
    ['3/2026'],
    ['31/02/2026'],
    ['29/02/2026'],
    ['2026-13-01'],
    ['2026-02-30'],
    ['2026-00-10'],
    ['13/13/2026'],
    ['31/03/26'],
    ['31/03-2026'],
    ['0/1/2026'],
    ['Feb 30, 2026'],
    ['Foo 3, 2026'],
    ['31 tháng 13, 2026'],
    ['hôm qua'],
    ['chưa rõ'],
    ['#N/A'],
    ['2026-03-31 25:00'],
    ['20260331'],
    ['constructor 1, 2026'],
  ])('%p is INVALID_DATE', (text) => {
    for (const lang of ['vi', 'en'] as const) {
      expect(parseDay(text, HCM, lang)).toEqual({ ok: false, problem: { code: 'INVALID_DATE', input: text } });
    }
  });

  test('reads an ISO instant with a zone as its day in the workbook zone', () => {
    const parsed = (text: string, zone: string): string | false => {
      const p = parseDay(text, zone, 'en');
      return p.ok && formatDay(p.value);
    };
    expect(parsed('2026-03-30T17:30:00Z', HCM)).toBe('2026-03-31');
    expect(parsed('2026-03-30T17:30:00Z', NY)).toBe('2026-03-30');
    expect(parsed('2026-03-31T01:00:00+07:00', 'UTC')).toBe('2026-03-30');
    expect(parsed('2026-03-31T01:00:00-0500', 'UTC')).toBe('2026-03-31');
  });

  test('reads a Date as its day in the workbook zone', () => {
    const instant = new Date('2026-03-30T17:30:00Z');
    expect(parseDay(instant, HCM, 'vi')).toEqual({ ok: true, value: march31 });
    expect(parseDay(instant, 'UTC', 'vi')).toEqual({ ok: true, value: march31 - 1 });
    expect(parseDay(new Date(NaN), HCM, 'vi')).toEqual({ ok: false, problem: { code: 'INVALID_DATE', input: 'Invalid Date' } });
  });

  test('reads Sheets serial numbers as days since 1899-12-30, dropping the time of day', () => {
    expect(parseDay(46_112, HCM, 'vi')).toEqual({ ok: true, value: march31 });
    expect(parseDay(46_112.75, HCM, 'vi')).toEqual({ ok: true, value: march31 });
    expect(parseDay(36_526, HCM, 'en')).toEqual({ ok: true, value: dayFromParts(2000, 1, 1) });
    expect(parseDay(73_415, HCM, 'en')).toEqual({ ok: true, value: dayFromParts(2100, 12, 31) });
    expect(parseDay(NaN, HCM, 'en')).toEqual({ ok: false, problem: { code: 'INVALID_DATE', input: 'NaN' } });
    expect(parseDay(Infinity, HCM, 'en')).toEqual({ ok: false, problem: { code: 'INVALID_DATE', input: 'Infinity' } });
  });

  // A bare number in a date cell is days since 1899-12-30: 45 is 1900-02-13, 2026 is 1905-07-18.
  test.each<[number]>([[0], [1], [45], [2026], [2027], [-5], [25_569], [36_525], [73_416], [3e6], [46_307e3]])(
    'reports the serial %d, outside 2000-2100, as DATE_OUT_OF_RANGE, never a day of 1900',
    (serial) => {
      expect(parseDay(serial, HCM, 'vi')).toEqual({ ok: false, problem: { code: 'DATE_OUT_OF_RANGE', input: String(serial) } });
    },
  );

  test.each<[string, string]>([
    ['1900-02-13T00:00:00+07:00', '1900-02-13'],
    ['1905-07-18T00:00:00+07:00', '1905-07-18'],
    ['1999-12-31T12:00:00+07:00', '1999-12-31'],
    ['2101-01-01T12:00:00+07:00', '2101-01-01'],
  ])('reports a Date cell on %s (a number in a date-formatted cell) as DATE_OUT_OF_RANGE', (iso, day) => {
    expect(parseDay(new Date(iso), HCM, 'vi')).toEqual({ ok: false, problem: { code: 'DATE_OUT_OF_RANGE', input: day } });
  });

  test('blank is MISSING and other values are INVALID_DATE', () => {
    expect(parseDay('', HCM, 'vi')).toEqual({ ok: false, problem: { code: 'MISSING', input: '' } });
    expect(parseDay(null, HCM, 'vi')).toEqual({ ok: false, problem: { code: 'MISSING', input: '' } });
    expect(parseDay(true, HCM, 'vi')).toEqual({ ok: false, problem: { code: 'INVALID_DATE', input: 'true' } });
  });

  test('formatDay then parseDay returns the day', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayFromParts(1000, 1, 1), max: dayFromParts(9999, 12, 31) }), fc.constantFrom<'vi' | 'en'>('vi', 'en'), (day, lang) => {
        expect(parseDay(formatDay(day), HCM, lang)).toEqual({ ok: true, value: day });
      }),
    );
  });

  test('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const parsed = parseDay(text, NY, 'vi');
        expect(typeof parsed.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});

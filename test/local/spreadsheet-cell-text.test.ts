/** How written text is read, in the spreadsheet's locale, and how cells display, across time zones (one with DST). */
import fc from 'fast-check';
import { formatDisplay, interpretInput, localeRules } from '../../src/local/emulator/cell-text';
import { formatDateTime, instantToSerial, serialToInstant } from '../../src/local/emulator/cell-time';
import { wallClockToInstant } from '../../src/local/emulator/zone';
import { bookSnapshot, setup, sheetSnapshot } from './spreadsheet-helpers';

test.each([
  ['Asia/Ho_Chi_Minh', '2024-03-10', '2024-03-09T17:00:00.000Z'],
  ['UTC', '2024-03-10', '2024-03-10T00:00:00.000Z'],
  ['America/New_York', '2024-03-09', '2024-03-09T05:00:00.000Z'],
  ['America/New_York', '2024-03-11', '2024-03-11T04:00:00.000Z'],
  ['America/New_York', '2024-11-03', '2024-11-03T04:00:00.000Z'],
  ['America/New_York', '2024-11-04', '2024-11-04T05:00:00.000Z'],
])('in %s, %s is midnight at %s', (timeZone, text, iso) => {
  const input = interpretInput(text, undefined, timeZone, 'en_US');
  expect(input.kind === 'value' && input.value instanceof Date ? input.value.toISOString() : input).toBe(iso);
});

test('a wall-clock time in a DST gap is read as the later instant, as java.time does', () => {
  expect(new Date(wallClockToInstant(2024, 3, 10, 2, 30, 0, 'America/New_York')).toISOString()).toBe('2024-03-10T07:30:00.000Z');
});

test('an ISO date with a time is that wall-clock time in the zone', () => {
  const input = interpretInput('2024-07-01 14:30', undefined, 'America/New_York', 'vi_VN');
  expect(input).toEqual({ kind: 'value', value: new Date('2024-07-01T18:30:00Z'), format: 'yyyy-mm-dd hh:mm' });
});

test('dates display in the spreadsheet zone, so the same instant shows different days', () => {
  const instant = new Date('2024-03-01T02:00:00Z');
  expect(formatDisplay(instant, 'yyyy-mm-dd', 'Asia/Ho_Chi_Minh', 'en_US')).toBe('2024-03-01');
  expect(formatDisplay(instant, 'yyyy-mm-dd', 'America/New_York', 'en_US')).toBe('2024-02-29');
});

test('changing the spreadsheet zone changes how stored instants display, not the instants', () => {
  const { book, sheet } = setup(bookSnapshot([sheetSnapshot('S')], 'UTC'));
  sheet.getRange('A1').setValue('2024-03-01');
  book.setSpreadsheetTimeZone('America/New_York');
  expect(sheet.getRange('A1').getDisplayValue()).toBe('2024-02-29');
  expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2024-03-01T00:00:00.000Z');
});

test.each([
  ['d/m/yy', '5/3/24'],
  ['M/D/YYYY', '3/5/2024'],
  ['h:mm:ss', '9:07:08'],
  ['yyyy-mm-dd hh:mm:ss', '2024-03-05 09:07:08'],
])('date pattern %s shows %s', (pattern, shown) => {
  expect(formatDateTime(Date.UTC(2024, 2, 5, 9, 7, 8), 'UTC', pattern)).toBe(shown);
});

test('a date under a number format shows its serial number, and a number under a date format its date', () => {
  expect(formatDisplay(new Date('2024-01-01T00:00:00Z'), '0', 'UTC', 'en_US')).toBe('45292');
  expect(formatDisplay(45292, 'yyyy-mm-dd', 'UTC', 'en_US')).toBe('2024-01-01');
  expect(formatDisplay(45292.5, 'yyyy-mm-dd hh:mm', 'Asia/Ho_Chi_Minh', 'en_US')).toBe('2024-01-01 12:00');
});

test('serial numbers and instants are inverse in a DST zone', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 80_000 }), (day) => {
      const ms = serialToInstant(day, 'America/New_York');
      expect(instantToSerial(ms, 'America/New_York')).toBe(day);
    }),
  );
});

test('any written string is stored without throwing, in either locale', () => {
  fc.assert(
    fc.property(fc.string(), fc.constantFrom(undefined, '@', '0.00'), fc.constantFrom('en_US', 'vi_VN'), (text, format, locale) => {
      interpretInput(text, format, 'Asia/Ho_Chi_Minh', locale);
    }),
  );
});

test.each([
  ['en_US', (n: number) => String(n)],
  ['vi_VN', (n: number) => String(n).replace('.', ',')],
])('in %s a number written with the locale decimal mark reads back as the same number', (locale, write) => {
  fc.assert(
    fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
      const input = interpretInput(write(n), undefined, 'UTC', locale);
      expect(input).toEqual({ kind: 'value', value: n === 0 ? 0 : n });
    }),
  );
});

test('a string written with a leading apostrophe reads back as the rest, whatever it is, in either locale', () => {
  fc.assert(
    fc.property(fc.string(), fc.constantFrom('en_US', 'vi_VN'), (text, locale) => {
      expect(interpretInput(`'${text}`, undefined, 'UTC', locale)).toEqual({ kind: 'value', value: text });
    }),
  );
});

/**
 * Typed input is read in the spreadsheet's locale (Google's help, https://support.google.com/docs/answer/58515;
 * decimal-comma locales: https://www.benlcollins.com/spreadsheets/sheets-location/; separators and date
 * order from CLDR: https://www.unicode.org/cldr/charts/latest/by_type/numbers.symbols.html).
 */
const HCM_MIDNIGHT = (iso: string) => new Date(`${iso}T00:00:00+07:00`);
test.each<[string, string, unknown, string | undefined]>([
  ['vi_VN', '1,5', 1.5, undefined],
  ['vi_VN', '-1,5', -1.5, undefined],
  ['vi_VN', '1.234', 1234, '#,##0'],
  ['vi_VN', '1.234.567,25', 1234567.25, '#,##0.00'],
  ['vi_VN', '12,5%', 0.125, '0.00%'],
  ['vi_VN', '85%', 0.85, '0%'],
  ['vi_VN', '05/10/2026', HCM_MIDNIGHT('2026-10-05'), 'dd/mm/yyyy'],
  ['vi_VN', '31-12-2026', HCM_MIDNIGHT('2026-12-31'), 'dd/mm/yyyy'],
  ['vi_VN', '2026-10-05', HCM_MIDNIGHT('2026-10-05'), 'yyyy-mm-dd'],
  ['vi_VN', '1,234.5', '1,234.5', undefined],
  ['vi_VN', '1.5', '1.5', undefined],
  ['vi_VN', '12/31/2026', '12/31/2026', undefined],
  ['vi_VN', "'1,5", '1,5', undefined],
  ['vi_VN', "'05/10/2026", '05/10/2026', undefined],
  ['en_US', '1,234', 1234, '#,##0'],
  ['en_US', '1.5', 1.5, undefined],
  ['en_US', '10/05/2026', HCM_MIDNIGHT('2026-10-05'), 'mm/dd/yyyy'],
  ['en_US', '12/31/2026 08:30', new Date('2026-12-31T08:30:00+07:00'), 'mm/dd/yyyy hh:mm'],
  ['en_US', '1,5', '1,5', undefined],
  ['en_US', '31/12/2026', '31/12/2026', undefined],
  ['en_US', "'1,234", '1,234', undefined],
  ['en_GB', '10/05/2026', HCM_MIDNIGHT('2026-05-10'), 'dd/mm/yyyy'],
  ['de_DE', '1.234,5', 1234.5, '#,##0.00'],
])('in %s, typing %j gives %j (automatic format %j)', (locale, typed, value, format) => {
  const input = interpretInput(typed, undefined, 'Asia/Ho_Chi_Minh', locale);
  expect(input).toEqual(format === undefined ? { kind: 'value', value } : { kind: 'value', value, format });
});

test.each([
  ['vi_VN', { decimal: ',', group: '.', dayFirst: true }],
  ['en_US', { decimal: '.', group: ',', dayFirst: false }],
  ['en-GB', { decimal: '.', group: ',', dayFirst: true }],
])('the locale %s writes numbers and dates as %j', (locale, rules) => {
  expect(localeRules(locale)).toEqual(rules);
});

test.each(['xx_YY', 'not a locale!'])('the locale %j, which ICU does not know, is not emulated', (locale) => {
  expect(() => interpretInput('1', undefined, 'UTC', locale)).toThrow('not emulated: spreadsheet locale');
});

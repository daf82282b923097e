/** How written text is read and how cells display, across time zones (one with DST). */
import fc from 'fast-check';
import { formatDisplay, interpretInput } from '../../src/local/cell-text';
import { formatDateTime, instantToSerial, serialToInstant } from '../../src/local/cell-time';
import { wallClockToInstant } from '../../src/local/zone';
import { bookSnapshot, setup, sheetSnapshot } from './spreadsheet-helpers';

test.each([
  ['Asia/Ho_Chi_Minh', '2024-03-10', '2024-03-09T17:00:00.000Z'],
  ['UTC', '2024-03-10', '2024-03-10T00:00:00.000Z'],
  ['America/New_York', '2024-03-09', '2024-03-09T05:00:00.000Z'],
  ['America/New_York', '2024-03-11', '2024-03-11T04:00:00.000Z'],
  ['America/New_York', '2024-11-03', '2024-11-03T04:00:00.000Z'],
  ['America/New_York', '2024-11-04', '2024-11-04T05:00:00.000Z'],
])('in %s, %s is midnight at %s', (timeZone, text, iso) => {
  const input = interpretInput(text, undefined, timeZone);
  expect(input.kind === 'value' && input.value instanceof Date ? input.value.toISOString() : input).toBe(iso);
});

test('a wall-clock time in a DST gap is read as the later instant, as java.time does', () => {
  expect(new Date(wallClockToInstant(2024, 3, 10, 2, 30, 0, 'America/New_York')).toISOString()).toBe('2024-03-10T07:30:00.000Z');
});

test('an ISO date with a time is that wall-clock time in the zone', () => {
  const input = interpretInput('2024-07-01 14:30', undefined, 'America/New_York');
  expect(input).toEqual({ kind: 'value', value: new Date('2024-07-01T18:30:00Z'), format: 'yyyy-mm-dd hh:mm' });
});

test('dates display in the spreadsheet zone, so the same instant shows different days', () => {
  const instant = new Date('2024-03-01T02:00:00Z');
  expect(formatDisplay(instant, 'yyyy-mm-dd', 'Asia/Ho_Chi_Minh')).toBe('2024-03-01');
  expect(formatDisplay(instant, 'yyyy-mm-dd', 'America/New_York')).toBe('2024-02-29');
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
  expect(formatDisplay(new Date('2024-01-01T00:00:00Z'), '0', 'UTC')).toBe('45292');
  expect(formatDisplay(45292, 'yyyy-mm-dd', 'UTC')).toBe('2024-01-01');
  expect(formatDisplay(45292.5, 'yyyy-mm-dd hh:mm', 'Asia/Ho_Chi_Minh')).toBe('2024-01-01 12:00');
});

test('serial numbers and instants are inverse in a DST zone', () => {
  fc.assert(fc.property(fc.integer({ min: 1, max: 80_000 }), (day) => {
    const ms = serialToInstant(day, 'America/New_York');
    expect(instantToSerial(ms, 'America/New_York')).toBe(day);
  }));
});

test('any written string is stored without throwing', () => {
  fc.assert(fc.property(fc.string(), fc.constantFrom(undefined, '@', '0.00'), (text, format) => {
    interpretInput(text, format, 'Asia/Ho_Chi_Minh');
  }));
});

test('a number written as its JavaScript text reads back as the same number', () => {
  fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
    const input = interpretInput(String(n), undefined, 'UTC');
    expect(input).toEqual({ kind: 'value', value: n === 0 ? 0 : n });
  }));
});

test('a string written with a leading apostrophe reads back as the rest, whatever it is', () => {
  fc.assert(fc.property(fc.string(), (text) => {
    expect(interpretInput(`'${text}`, undefined, 'UTC')).toEqual({ kind: 'value', value: text });
  }));
});

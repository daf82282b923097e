// isDate: the one Date test of src/ (outside the local runtime), which must see Dates made in another realm.
import { runInNewContext } from 'node:vm';
import { isDate } from '../../src/core/date-parse';

describe('isDate', () => {
  test.each<[string, unknown]>([
    ['a Date', new Date(0)],
    ['an invalid Date', new Date(NaN)],
    ["another realm's Date", runInNewContext('new Date(0)')],
  ])('%s is a Date', (_, value) => {
    expect(isDate(value)).toBe(true);
  });

  test.each<[string, unknown]>([
    ['a date string', '2026-03-31'],
    ['a serial number', 46112],
    ['a timestamp', 0],
    ['null', null],
    ['undefined', undefined],
    ['an object', {}],
    ['an object whose toString says Date', { toString: () => '[object Date]' }],
    ['a Date-like object', { getTime: () => 0, getMonth: () => 0 }],
    ["another realm's object", runInNewContext('({})')],
  ])('%s is not', (_, value) => {
    expect(isDate(value)).toBe(false);
  });
});

// "The brief once a week": on the check-in weekday, once for its week, on the day of the workbook's time zone.
import { briefKey, weeklyBriefDue } from '../../src/core/weekly-brief';
import { dayOf, weekdayOf } from '../../src/core/date-parse';
import { day } from './rhythm-fixtures';

const none = () => false;
const sentOnly =
  (...keys: string[]) =>
  (key: string) =>
    keys.includes(key);

describe('weeklyBriefDue', () => {
  test.each<[string, string, number, (key: string) => boolean, string | null]>([
    ['a Monday, Monday check-ins, nothing sent', '2026-11-23', 1, none, 'brief:company:2026-11-23'],
    ['the Tuesday after: not the check-in day', '2026-11-24', 1, none, null],
    ['the Sunday before: the week before ends that day', '2026-11-22', 1, none, null],
    ["a Monday, this week's brief sent", '2026-11-23', 1, sentOnly('brief:company:2026-11-23'), null],
    ["a Monday, only last week's brief sent", '2026-11-23', 1, sentOnly('brief:company:2026-11-16'), 'brief:company:2026-11-23'],
    ['a Monday, a team brief of the week sent: the company one is still due', '2026-11-23', 1, sentOnly('brief:KD:2026-11-23'), 'brief:company:2026-11-23'],
    ['Sunday check-ins on a Sunday', '2026-11-22', 0, none, 'brief:company:2026-11-22'],
    ['Saturday check-ins on a Saturday', '2026-11-28', 6, none, 'brief:company:2026-11-28'],
    ['Saturday check-ins on the Sunday after', '2026-11-29', 6, none, null],
    ['a Monday across the year boundary', '2027-01-04', 1, sentOnly('brief:company:2026-12-28'), 'brief:company:2027-01-04'],
    ['a Tuesday, leap day 2028, Tuesday check-ins', '2028-02-29', 2, none, 'brief:company:2028-02-29'],
  ])('%s', (_, iso, weekday, wasSent, expected) => {
    expect(weeklyBriefDue(day(iso), weekday, wasSent)).toBe(expected);
  });

  test('the ledger is asked only on the check-in day, and only for that week', () => {
    const asked: string[] = [];
    const ask = (key: string) => {
      asked.push(key);
      return false;
    };
    for (let d = day('2026-11-16'); d <= day('2026-11-29'); d += 1) weeklyBriefDue(d, 3, ask);
    expect(asked).toEqual(['brief:company:2026-11-18', 'brief:company:2026-11-25']);
  });

  test('every week of a year has exactly one day the brief is due, whatever the weekday', () => {
    for (let weekday = 0; weekday < 7; weekday += 1) {
      const due: number[] = [];
      for (let d = day('2026-01-05'); d < day('2026-01-05') + 52 * 7; d += 1) if (weeklyBriefDue(d, weekday, none) !== null) due.push(d);
      expect(due).toHaveLength(52);
      expect(due.every((d) => weekdayOf(d) === weekday)).toBe(true);
    }
  });

  test('the key names the week by its first day', () => {
    expect(briefKey(day('2026-10-12'))).toBe('brief:company:2026-10-12');
  });

  // The daily run passes today in the workbook's zone: the process's zone (these tests rerun under three) plays no part.
  test.each([
    // 2026-11-23T01:00Z is Monday 08:00 in Hanoi and Sunday 20:00 in New York.
    ['Asia/Ho_Chi_Minh', '2026-11-23T01:00:00Z', 'brief:company:2026-11-23'],
    ['America/New_York', '2026-11-23T01:00:00Z', null],
    // 2026-11-23T23:30Z is Monday 18:30 in New York and already Tuesday in Hanoi.
    ['America/New_York', '2026-11-23T23:30:00Z', 'brief:company:2026-11-23'],
    ['Asia/Ho_Chi_Minh', '2026-11-23T23:30:00Z', null],
    ['UTC', '2026-11-23T00:00:00Z', 'brief:company:2026-11-23'],
    ['UTC', '2026-11-22T23:59:59Z', null],
  ])('in %s at %s', (zone, instant, expected) => {
    expect(weeklyBriefDue(dayOf(new Date(instant), zone), 1, none)).toBe(expected);
  });
});

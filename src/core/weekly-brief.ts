/** "The brief once a week": the daily run writes the company brief on the check-in weekday, once for its week. */
import { weekStartOf } from './calendar';
import { formatDay, weekdayOf, type Day } from './date-parse';

/** The ledger key of the company brief of the week starting `weekStart`, as the Log records it. */
export function briefKey(weekStart: Day): string {
  return `brief:company:${formatDay(weekStart)}`;
}

/**
 * The ledger key of the brief the daily run of `today` (a day in the workbook's time zone) writes, or null:
 * only on the check-in weekday (0 = Sunday … 6 = Saturday), and only when `wasSent` (the Log's and the
 * journal's ledger, asked only on that day) holds no brief of the week. The run of another day writes none,
 * even when the check-in day's run failed: the brief is the check-in meeting's.
 * @example weeklyBriefDue(dayFromParts(2026, 11, 23), 1, () => false) // 'brief:company:2026-11-23'
 */
export function weeklyBriefDue(today: Day, checkInWeekday: number, wasSent: (key: string) => boolean): string | null {
  if (weekdayOf(today) !== checkInWeekday) return null;
  const key = briefKey(weekStartOf(today, checkInWeekday));
  return wasSent(key) ? null : key;
}

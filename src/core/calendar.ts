/** Weeks of a cycle: every OKR week starts on the workbook's check-in weekday. */
import { addDays, weekdayOf, type Day } from './date-parse';

/**
 * The start of the week holding `day`: the latest `weekday` (0 = Sunday … 6 = Saturday) on or before it.
 *
 * @example
 * weekStartOf(dayFromParts(2026, 11, 27), 1) // the Monday 2026-11-23
 */
export function weekStartOf(day: Day, weekday: number): Day {
  return addDays(day, -((weekdayOf(day) - weekday + 7) % 7));
}

/**
 * The week starts of a cycle up to `today` (inclusive of the week holding today), never past the cycle's
 * end. The first week is the one holding the cycle's start, so a cycle starting on a Thursday has a first
 * week that began the Monday before.
 *
 * @example
 * weeksOfCycle({ start: oct1, end: dec31 }, 1, nov4) // [Sep 28, Oct 5, …, Nov 2]
 */
export function weeksOfCycle(cycle: { readonly start: Day; readonly end: Day }, weekday: number, today: Day): Day[] {
  const weeks: Day[] = [];
  const last = Math.min(today, cycle.end);
  for (let week = weekStartOf(cycle.start, weekday); week <= last; week = addDays(week, 7)) weeks.push(week);
  return weeks;
}

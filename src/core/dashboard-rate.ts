/** The check-in rate the Dashboard headlines, and the week it is of. */
import { weekStartOf } from './calendar';
import type { Day } from './date-parse';
import type { CheckinRateRow } from './summary-checkin-rate';

export interface WeekRate {
  readonly weekStart: Day;
  /** Checked-in over expected KRs of the week, over every team. */
  readonly rate: number;
}

/**
 * The rate of the last full week: the latest week before the one holding `today` that expected a check-in;
 * the current week only when it is the first (the cycle's first week); null when no week expected any.
 * Why not this week's: the daily run rebuilds the Dashboard at the reminder hour of the check-in day, before
 * anyone has checked in, and not again that day, so "this week" would read 0 % all the day people check in
 * (and all week for whoever looks before the next refresh). A finished week's rate does not go stale.
 * @example headlineCheckinRate(rows, nov25, 1) // { weekStart: nov16, rate: 0.8 }
 */
export function headlineCheckinRate(rows: readonly CheckinRateRow[], today: Day, weekday: number): WeekRate | null {
  const thisWeek = weekStartOf(today, weekday);
  const weeks = new Map<Day, { expected: number; checkedIn: number }>();
  for (const r of rows) {
    if (r.krs_expected === 0 || r.week_start > thisWeek) continue;
    const week = weeks.get(r.week_start) ?? { expected: 0, checkedIn: 0 };
    weeks.set(r.week_start, { expected: week.expected + r.krs_expected, checkedIn: week.checkedIn + r.krs_checked_in });
  }
  const starts = [...weeks.keys()].sort((a, b) => b - a);
  const chosen = starts.find((w) => w < thisWeek) ?? starts[0];
  if (chosen === undefined) return null;
  const week = weeks.get(chosen)!;
  return { weekStart: chosen, rate: week.checkedIn / week.expected };
}

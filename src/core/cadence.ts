/** The cycle rhythm (DESIGN.md §2.5): which cycle comes next under the workbook's cadence, and which one is current. */
import { weekStartOf } from './calendar';
import { addDays, dayFromParts, formatDay, partsOfDay, type Day } from './date-parse';
import type { Cycle } from './model';
import type { Finding } from './finding';
import type { Cadence } from './settings';

/**
 * The calendar period a planned cycle covers, as data: i18n words it (cycleName in i18n/review.ts) in the
 * workbook's language, so core holds no names. A two-week period carries both days the name shows.
 */
export type CyclePeriod =
  | { readonly kind: 'quarter'; readonly quarter: number; readonly year: number }
  | { readonly kind: 'month'; readonly month: number; readonly year: number }
  | { readonly kind: 'twoWeeks'; readonly start: Day; readonly end: Day };

/** A cycle the program proposes to add to the Cycles tab. */
export interface PlannedCycle {
  readonly id: string;
  readonly period: CyclePeriod;
  readonly start: Day;
  readonly end: Day;
}

export interface PlanNextCycleOptions {
  /** The weekday (0 = Sunday … 6 = Saturday) a first two-week cycle starts on; Monday by default. */
  readonly checkInWeekday?: number;
}

/** Days in one two-week cycle. */
export const TWO_WEEK_DAYS = 14;

const quarterOf = (day: Day): { year: number; quarter: number } => {
  const p = partsOfDay(day);
  return { year: p.year, quarter: Math.floor((p.month - 1) / 3) + 1 };
};

const quarterCycle = (year: number, quarter: number): PlannedCycle => {
  const start = dayFromParts(year, 3 * quarter - 2, 1);
  return { id: `${year}-Q${quarter}`, period: { kind: 'quarter', quarter, year }, start, end: dayFromParts(year, 3 * quarter + 1, 1) - 1 };
};

const monthCycle = (year: number, month: number): PlannedCycle => ({
  id: `${year}-${String(month).padStart(2, '0')}`,
  period: { kind: 'month', month, year },
  start: dayFromParts(year, month, 1),
  end: dayFromParts(year, month + 1, 1) - 1,
});

/** Two-week cycles are named by their first day, `2027-01-04`: unique, sortable, and readable without ISO week rules. */
const twoWeekCycle = (start: Day): PlannedCycle => {
  const end = addDays(start, TWO_WEEK_DAYS - 1);
  return { id: formatDay(start), period: { kind: 'twoWeeks', start, end }, start, end };
};

/** The calendar period of the cadence holding `day`. */
const periodHolding = (cadence: 'quarter' | 'month', day: Day): PlannedCycle => {
  const p = partsOfDay(day);
  return cadence === 'quarter' ? quarterCycle(p.year, quarterOf(day).quarter) : monthCycle(p.year, p.month);
};

/** The first calendar period of the cadence starting after `end`, so a hand-made cycle is never overlapped. */
const periodAfter = (cadence: 'quarter' | 'month', end: Day): PlannedCycle => {
  const holding = periodHolding(cadence, addDays(end, 1));
  return holding.start > end ? holding : periodHolding(cadence, addDays(holding.end, 1));
};

/**
 * The cycle after the latest one (by end day; cycles without an end are ignored), or the period holding
 * `today` when there is none. quarter: the next calendar quarter (`2027-Q1`); month: the next calendar
 * month (`2027-01`); 2 weeks: 14 days from the day after the latest end, id its first day (`2027-01-04`),
 * or with no cycle the 14 days from the check-in weekday on or before today. A quarter or month starts
 * after the latest end even when that cycle was not a calendar one. custom: null, people add Cycles rows
 * by hand. The period says which one it is; cycleName (i18n/review.ts) words it.
 * @example planNextCycle([{ id: '2026-Q4', end: dayFromParts(2026, 12, 31), … }], 'quarter', today)?.id // '2027-Q1'
 */
export function planNextCycle(cycles: readonly Cycle[], cadence: Cadence, today: Day, options: PlanNextCycleOptions = {}): PlannedCycle | null {
  if (cadence === 'custom') return null;
  const ends = cycles.map((c) => c.end).filter((end): end is Day => end !== null);
  const latestEnd = ends.length > 0 ? Math.max(...ends) : null;
  if (cadence === '2 weeks') {
    return twoWeekCycle(latestEnd === null ? weekStartOf(today, options.checkInWeekday ?? 1) : addDays(latestEnd, 1));
  }
  return latestEnd === null ? periodHolding(cadence, today) : periodAfter(cadence, latestEnd);
}

/** The cycle of the list with the latest start (cycles without a start count as earliest); the first row on a tie. */
const latestStarted = (cycles: readonly Cycle[]): Cycle | null =>
  cycles.reduce<Cycle | null>((best, c) => (best === null || (c.start ?? -Infinity) > (best.start ?? -Infinity) ? c : best), null);

/**
 * Whether a cycle is being run on `today`: status Active, or no readable status and `today` within its
 * dates. The one rule for reminders, reports, the brief and closing: a Planning or Closed cycle is never
 * chased.
 * @example isRunningCycle({ status: null, start: 20362, end: 20453, … }, 20400) // true
 */
export function isRunningCycle(cycle: Cycle, today: Day): boolean {
  return cycle.status === 'Active' || (cycle.status === null && cycle.start !== null && cycle.end !== null && cycle.start <= today && today <= cycle.end);
}

/**
 * The current cycle: the running one (isRunningCycle) that started last, else null.
 * @example activeCycle(cycles, today)?.id // '2026-Q4'
 */
export function activeCycle(cycles: readonly Cycle[], today: Day): Cycle | null {
  return latestStarted(cycles.filter((c) => isRunningCycle(c, today)));
}

/**
 * Mistakes in Cycles that would pass silently. CYCLE_ENDS_BEFORE_START (error, params start and end as
 * yyyy-mm-dd): no day is inside such a cycle. SEVERAL_ACTIVE_CYCLES (warning, params runningId): a
 * cycle being run beside the one activeCycle picks; the reports, the brief and closing follow that
 * one (the latest start, the first row on a tie), and this finding says so, naming the others' rows.
 * @example checkCycles(cycles, today).map((f) => f.code) // ['SEVERAL_ACTIVE_CYCLES']
 */
export function checkCycles(cycles: readonly Cycle[], today: Day): Finding[] {
  const running = activeCycle(cycles, today);
  return [
    ...cycles
      .filter((c) => c.start !== null && c.end !== null && c.end < c.start)
      .map(
        (c): Finding => ({
          code: 'CYCLE_ENDS_BEFORE_START',
          severity: 'error',
          tab: 'cycles',
          row: c.row,
          id: c.id,
          params: { start: formatDay(c.start!), end: formatDay(c.end!) },
        }),
      ),
    ...cycles
      .filter((c) => running !== null && c !== running && isRunningCycle(c, today))
      .map(
        (c): Finding => ({
          code: 'SEVERAL_ACTIVE_CYCLES',
          severity: 'warning',
          tab: 'cycles',
          row: c.row,
          id: c.id,
          params: { runningId: running!.id },
        }),
      ),
  ];
}

/** "Start next cycle": one planning cycle at a time, else the cadence's next cycle unless the Cycles tab holds it. */
import { planNextCycle, type PlanNextCycleOptions, type PlannedCycle } from './cadence';
import type { Day } from './date-parse';
import type { Cycle } from './model';
import type { Cadence } from './settings';

/** What "Start next cycle" does on `today`. */
export type NextCycleDecision =
  /** Add this cycle to the Cycles tab as Planning. */
  | { readonly outcome: 'add'; readonly cycle: PlannedCycle }
  /** A cycle is in planning and not over yet: a second click must not plan the quarter after next. */
  | { readonly outcome: 'planning'; readonly cycle: Cycle }
  /** The cadence's next cycle is in the Cycles tab already, under another status (an Active row without an end). */
  | { readonly outcome: 'exists'; readonly cycle: PlannedCycle }
  /** The cadence is custom: people add Cycles rows by hand. */
  | { readonly outcome: 'custom' };

/**
 * The decision of "Start next cycle": `planning` when a Planning cycle has no end or ends on or after
 * `today` (one that ended unstarted does not block the next), `custom` under the custom cadence, else
 * planNextCycle's cycle, `exists` when its ID is in `cycles` and `add` otherwise.
 * @example decideNextCycle([cycle('2026-Q4', …, 'Active')], 'quarter', today) // { outcome: 'add', cycle: { id: '2027-Q1', … } }
 */
export function decideNextCycle(cycles: readonly Cycle[], cadence: Cadence, today: Day, options: PlanNextCycleOptions = {}): NextCycleDecision {
  const planning = cycles.find((c) => c.status === 'Planning' && (c.end === null || c.end >= today));
  if (planning) return { outcome: 'planning', cycle: planning };
  const next = planNextCycle(cycles, cadence, today, options);
  if (!next) return { outcome: 'custom' };
  return cycles.some((c) => c.id === next.id) ? { outcome: 'exists', cycle: next } : { outcome: 'add', cycle: next };
}

/** The program-owned state of each key result: latest check-in, progress, score, confidence and status. */
import type { Choice } from './choices';
import type { Day } from './date-parse';
import type { CheckIn, Cycle, KeyResult, Workbook } from './model';
import { expectedProgress, progressOf, scoreOf, statusOf } from './score';

export interface KrState {
  readonly kr: KeyResult;
  readonly cycle: Cycle | null;
  /** The latest check-in with a readable value, or null. */
  readonly latest: CheckIn | null;
  readonly current: number | null;
  readonly progress: number | null;
  readonly score: number | null;
  readonly expected: number | null;
  readonly confidence: Choice<'confidence'> | null;
  readonly status: Choice<'krStatus'> | null;
  readonly lastCheckIn: Day | null;
}

/**
 * Check-ins of each KR id, oldest first (by timestamp, then by row): the order people made them. Remembered
 * for each list of check-ins: a daily run asks it of the same 100,000 check-ins some seven times.
 */
export function checkInsByKr(checkIns: readonly CheckIn[]): ReadonlyMap<string, readonly CheckIn[]> {
  const known = grouped.get(checkIns);
  if (known) return known;
  const byKr = groupByKr(checkIns);
  grouped.set(checkIns, byKr);
  return byKr;
}

const grouped = new WeakMap<readonly CheckIn[], ReadonlyMap<string, readonly CheckIn[]>>();

function groupByKr(checkIns: readonly CheckIn[]): Map<string, CheckIn[]> {
  const byKr = new Map<string, CheckIn[]>();
  for (const checkIn of checkIns) {
    if (checkIn.krId === '') continue;
    const list = byKr.get(checkIn.krId);
    if (list) list.push(checkIn);
    else byKr.set(checkIn.krId, [checkIn]);
  }
  for (const list of byKr.values()) {
    list.sort((a, b) => (a.at ? a.at.getTime() : 0) - (b.at ? b.at.getTime() : 0) || a.row - b.row);
  }
  return byKr;
}

/** The last item of `items` that `test` accepts, or null (Array.prototype.findLast is newer than ES2019). */
function findLast<T>(items: readonly T[], test: (item: T) => boolean): T | null {
  for (let i = items.length - 1; i >= 0; i -= 1) if (test(items[i]!)) return items[i]!;
  return null;
}

/** Days between two expected check-ins: the weekly rhythm of DESIGN.md §2.3. */
export const CHECK_IN_PERIOD_DAYS = 7;

/**
 * Computes every KR's state on `today`. A check-in counts when its value was readable; its confidence is
 * shown beside the computed status, never in place of it.
 *
 * @example
 * computeKrStates(workbook, dayFromParts(2026, 11, 2))[0].status //=> 'At risk'
 */
export function computeKrStates(workbook: Workbook, today: Day): KrState[] {
  const cycles = new Map(workbook.cycles.map((c) => [c.id, c]));
  const objectives = new Map(workbook.objectives.map((o) => [o.id, o]));
  const byKr = checkInsByKr(workbook.checkIns);
  return workbook.keyResults.map((kr) => {
    const objective = objectives.get(kr.objectiveId);
    const cycle = objective ? (cycles.get(objective.cycleId) ?? null) : null;
    const own = byKr.get(kr.id) ?? [];
    const latest = findLast(own, (c) => c.value !== null && (c.day === null || c.day <= today));
    const latestConfidence = findLast(own, (c) => c.confidence !== null)?.confidence ?? null;
    const measurable = kr.kind !== null && kr.start !== null && kr.target !== null;
    const current = latest ? latest.value : null;
    const progress = measurable && current !== null ? progressOf({ kind: kr.kind!, start: kr.start!, target: kr.target! }, current) : null;
    const score = progress === null ? null : scoreOf(progress);
    const expected = cycle && cycle.start !== null && cycle.end !== null ? expectedProgress({ start: cycle.start, end: cycle.end }, today) : null;
    const status =
      progress === null && latest !== null
        ? null
        : statusOf({
            progress: progress ?? 0,
            expected: expected ?? 0,
            lastCheckIn: latest?.day ?? null,
            today,
            checkInPeriodDays: CHECK_IN_PERIOD_DAYS,
            graceDays: workbook.settings.graceDays,
            cycleStart: cycle?.start ?? today,
          });
    return { kr, cycle, latest, current, progress, score, expected, confidence: latestConfidence, status, lastCheckIn: latest?.day ?? null };
  });
}

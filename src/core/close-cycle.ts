/** Closing a cycle (DESIGN.md §2.5) as a plan of rows to add and statuses to change: it never deletes. */
import type { Choice } from './choices';
import { planNextCycle, type PlannedCycle } from './cadence';
import { isLiveObjective, objectivesById } from './check-alignment';
import type { TeamCycleScore } from './check-history';
import type { Day } from './date-parse';
import { computeKrStates, type KrState } from './kr-state';
import type { Cycle, KeyResult, Objective, Workbook } from './model';
import { objectiveScore, verdictOf, VERDICT_RULE, type Verdict } from './score';
import { teamOfKr } from './kr-team';

/** One Reviews row the program fills; the reflection columns are left for the team. */
export interface ReviewRow {
  readonly key: string;
  readonly cycleId: string;
  readonly objectiveId: string;
  readonly objective: string;
  readonly objectiveType: Choice<'objectiveType'> | null;
  readonly teamId: string;
  readonly krId: string;
  readonly keyResult: string;
  readonly finalValue: number | null;
  readonly score: number | null;
  readonly verdict: Verdict | null;
  readonly objectiveScore: number | null;
}

/** A Draft copy for the next cycle; `carriedFrom` names the row it continues. */
export type CarriedObjective = Omit<Objective, 'row'> & { readonly carriedFrom: string };
export type CarriedKeyResult = Omit<KeyResult, 'row'> & { readonly carriedFrom: string };

export type NextCycle = { readonly isNew: false; readonly cycle: Cycle } | { readonly isNew: true; readonly cycle: PlannedCycle };

/** A Status cell to set in Cycles; `row` is null for the new cycle's row, written with this status. */
export interface CycleStatusChange {
  readonly cycleId: string;
  readonly row: number | null;
  readonly from: Choice<'cycleStatus'> | null;
  readonly to: Choice<'cycleStatus'>;
}

export interface CloseCyclePlan {
  /** The cycle closed; null when no Cycles row has that ID (everything else is then empty). */
  readonly cycle: Cycle | null;
  readonly reviews: readonly ReviewRow[];
  readonly carryOver: { readonly objectives: readonly CarriedObjective[]; readonly keyResults: readonly CarriedKeyResult[] };
  /** Objective IDs that should be carried over but have no next cycle to go to (custom cadence, no row yet). */
  readonly uncarried: readonly string[];
  readonly nextCycle: NextCycle | null;
  readonly cycleStatusChanges: readonly CycleStatusChange[];
  readonly teamAverages: readonly TeamCycleScore[];
}

/**
 * The Reviews key of a KR in a cycle: the reader builds existing keys from the Cycle ID and KR ID columns.
 * @example reviewKey('2026-Q4', 'KR-S1') // '2026-Q4:KR-S1'
 */
export const reviewKey = (cycleId: string, krId: string): string => `${cycleId}:${krId}`;

/**
 * The ID of a copy carried from one cycle to the next: the old ID with the next cycle's ID appended,
 * after dropping the closing cycle's suffix, so an objective carried twice reads `O1-2027-Q2`, not
 * `O1-2027-Q1-2027-Q2`.
 * @example carriedId('O1-2027-Q1', '2027-Q1', '2027-Q2') // 'O1-2027-Q2'
 */
export const carriedId = (id: string, fromCycleId: string, toCycleId: string): string => {
  const suffix = `-${fromCycleId}`;
  const base = id.length > suffix.length && id.endsWith(suffix) ? id.slice(0, -suffix.length) : id;
  return `${base}-${toCycleId}`;
};

/** The earliest cycle not Closed that starts after this one, else the one the cadence plans (an existing row when its ID is taken). */
function nextCycleOf(workbook: Workbook, cycle: Cycle, today: Day): NextCycle | null {
  const after = cycle.end ?? cycle.start;
  const existing = workbook.cycles
    .filter((c) => c !== cycle && c.id !== cycle.id && c.status !== 'Closed' && c.start !== null && after !== null && c.start > after)
    .sort((a, b) => (a.start ?? 0) - (b.start ?? 0) || a.row - b.row)[0];
  if (existing) return { isNew: false, cycle: existing };
  const planned = planNextCycle(workbook.cycles, workbook.settings.cadence, today, { checkInWeekday: workbook.settings.checkInWeekday });
  if (planned === null) return null;
  const sameId = workbook.cycles.find((c) => c.id === planned.id);
  return sameId ? { isNew: false, cycle: sameId } : { isNew: true, cycle: planned };
}

function statusChanges(cycle: Cycle, next: NextCycle | null): CycleStatusChange[] {
  const changes: CycleStatusChange[] = [];
  if (cycle.status !== 'Closed') changes.push({ cycleId: cycle.id, row: cycle.row, from: cycle.status, to: 'Closed' });
  if (next?.isNew) changes.push({ cycleId: next.cycle.id, row: null, from: null, to: 'Active' });
  else if (next && next.cycle.status !== 'Active') changes.push({ cycleId: next.cycle.id, row: next.cycle.row, from: next.cycle.status, to: 'Active' });
  return changes;
}

/** A KR at the committed bar (1.0, with verdictOf's tolerance) has nothing left to carry. */
const isAchieved = (score: number | null): boolean => score !== null && Number.isFinite(score) && verdictOf('Committed', score) === 'Achieved';

function teamAveragesOf(states: readonly KrState[], objectives: ReadonlyMap<string, Objective>, cycle: Cycle, today: Day): TeamCycleScore[] {
  const sums = new Map<string, { total: number; count: number }>();
  for (const { kr, score } of states) {
    const objective = objectives.get(kr.objectiveId);
    const teamId = objective ? teamOfKr(kr, objective) : '';
    if (teamId === '' || score === null || !Number.isFinite(score)) continue;
    const sum = sums.get(teamId) ?? { total: 0, count: 0 };
    sums.set(teamId, { total: sum.total + score, count: sum.count + 1 });
  }
  return [...sums].map(([teamId, { total, count }]) => ({ teamId, cycleId: cycle.id, cycleEnd: cycle.end ?? today, averageScore: total / count }));
}

/**
 * Plans closing `cycleId` on `today`:
 * - reviews: one row per KR of the cycle's live objectives (not Draft or Dropped), graded on its latest
 *   check-in up to today (final figures are often typed just after the end); verdicts by VERDICT_RULE on
 *   the objective's type. Keys already in `existingReviewKeys` are left out, so closing twice adds nothing.
 * - carryOver: live Aspirational objectives not Done whose score is below VERDICT_RULE.Aspirational, or
 *   unknown (nothing measured is not finished), copied as Draft into the next cycle with their KRs not yet
 *   at score 1 under carriedId IDs; parentId points at the parent's copy when the parent is carried too,
 *   else is kept (the checks then ask to re-align it). No copy is made when one exists already, in any cycle.
 * - nextCycle: the earliest not-Closed cycle starting after this one, else planNextCycle's.
 * - cycleStatusChanges: this cycle to Closed, the next to Active, each only when not already so.
 * - teamAverages: each team's mean KR score (KR Team ID, else its objective's), for TARGETS_TOO_SAFE.
 * @example planCloseCycle(workbook, '2026-Q4', today, new Set()).reviews[0].verdict // 'Missed'
 */
export function planCloseCycle(workbook: Workbook, cycleId: string, today: Day, existingReviewKeys: ReadonlySet<string>): CloseCyclePlan {
  const cycle = workbook.cycles.find((c) => c.id === cycleId) ?? null;
  if (cycle === null || cycleId === '') {
    return {
      cycle: null,
      reviews: [],
      carryOver: { objectives: [], keyResults: [] },
      uncarried: [],
      nextCycle: null,
      cycleStatusChanges: [],
      teamAverages: [],
    };
  }
  const byId = objectivesById(workbook.objectives);
  const objectives = [...byId.values()].filter((o) => o.cycleId === cycleId && isLiveObjective(o));
  const objectiveIds = new Set(objectives.map((o) => o.id));
  const states = computeKrStates(workbook, today).filter((s) => objectiveIds.has(s.kr.objectiveId));
  const scored = new Map<string, Array<{ score: number; weight: number | null }>>();
  for (const s of states) scored.set(s.kr.objectiveId, (scored.get(s.kr.objectiveId) ?? []).concat({ score: s.score ?? NaN, weight: s.kr.weight }));
  const scoreOfObjective = new Map(objectives.map((o) => [o.id, objectiveScore(scored.get(o.id) ?? [])]));

  const planned = new Set(existingReviewKeys);
  const reviews = states.flatMap(({ kr, current, score }): ReviewRow[] => {
    const objective = byId.get(kr.objectiveId)!;
    const key = reviewKey(cycleId, kr.id);
    if (kr.id === '' || planned.has(key)) return [];
    planned.add(key);
    const verdict = objective.type !== null && score !== null && Number.isFinite(score) ? verdictOf(objective.type, score) : null;
    return [
      {
        key,
        cycleId,
        objectiveId: objective.id,
        objective: objective.title,
        objectiveType: objective.type,
        teamId: teamOfKr(kr, objective),
        krId: kr.id,
        keyResult: kr.title,
        finalValue: current,
        score,
        verdict,
        objectiveScore: scoreOfObjective.get(objective.id) ?? null,
      },
    ];
  });

  const unfinished = objectives.filter((o) => {
    const score = scoreOfObjective.get(o.id) ?? null;
    return o.type === 'Aspirational' && o.status !== 'Done' && (score === null || score < VERDICT_RULE.Aspirational);
  });
  const nextCycle = nextCycleOf(workbook, cycle, today);
  const carryOver = nextCycle ? carry(workbook, unfinished, states, cycleId, nextCycle.cycle.id) : { objectives: [], keyResults: [] };
  return {
    cycle,
    reviews,
    carryOver,
    uncarried: nextCycle ? [] : unfinished.map((o) => o.id),
    nextCycle,
    cycleStatusChanges: statusChanges(cycle, nextCycle),
    teamAverages: teamAveragesOf(states, byId, cycle, today),
  };
}

function carry(workbook: Workbook, unfinished: readonly Objective[], states: readonly KrState[], fromId: string, toId: string): CloseCyclePlan['carryOver'] {
  const taken = new Set([...workbook.objectives.map((o) => o.id), ...workbook.keyResults.map((kr) => kr.id)]);
  const cycleIds = [toId, ...workbook.cycles.map((c) => c.id).filter((id) => id !== fromId)];
  // A copy made by an earlier close into any cycle counts, even once that cycle has itself been closed.
  const carriedBefore = (id: string) => cycleIds.some((cycleId) => taken.has(carriedId(id, fromId, cycleId)));
  const toCarry = unfinished.filter((o) => !carriedBefore(o.id));
  const carriedIds = new Set(unfinished.map((o) => o.id));
  const objectives = toCarry.map(
    ({ row: _row, ...o }): CarriedObjective => ({
      ...o,
      id: carriedId(o.id, fromId, toId),
      cycleId: toId,
      status: 'Draft',
      carriedFrom: o.id,
      parentId: carriedIds.has(o.parentId) ? carriedId(o.parentId, fromId, toId) : o.parentId,
    }),
  );
  const objectiveIds = new Set(toCarry.map((o) => o.id));
  const keyResults = states
    .filter((s) => objectiveIds.has(s.kr.objectiveId) && s.kr.id !== '' && !isAchieved(s.score) && !carriedBefore(s.kr.id))
    .map(
      ({ kr: { row: _row, ...kr } }): CarriedKeyResult => ({
        ...kr,
        id: carriedId(kr.id, fromId, toId),
        objectiveId: carriedId(kr.objectiveId, fromId, toId),
        carriedFrom: kr.id,
      }),
    );
  return { objectives, keyResults };
}

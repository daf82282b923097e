/** The Dashboard tab's data: headline figures, progress by objective, the score spread and check-in rates by team and week. */
import { weekStartOf } from './calendar';
import type { Day } from './date-parse';
import { computeKrStates, type KrState } from './kr-state';
import type { Workbook } from './model';
import { objectiveScore, progressOf, scoreOf } from './score';
import { buildCheckinRate, type CheckinRateRow } from './summary-checkin-rate';
import { activeCyclesOf, isReportedObjective } from './summary-kr-weekly';

export interface DashboardHeadline {
  /** Mean score of the active cycles' Company objectives (objectives carry no weight); null when none has a score. */
  readonly companyScore: number | null;
  /** KRs checked in this week / KRs expected, over every team; null when none is expected. */
  readonly checkinRateThisWeek: number | null;
  readonly krsAtRisk: number;
  readonly krsOffTrack: number;
  readonly krsStale: number;
  /** Every KR of the active cycles' reported objectives, readable or not. */
  readonly krsTotal: number;
}

export interface ObjectiveProgressRow {
  readonly objectiveId: string;
  readonly title: string;
  /** Weighted mean of its KR scores; null when no KR has a readable score (no bar, never a zero bar). */
  readonly score: number | null;
}

/** KR scores from `from` (inclusive) up to `to` (exclusive, but the last bin holds 1.0). */
export interface ScoreBin {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

/** Week rows by team columns; a cell is null when the team expected no check-in that week (a gap, not 0 %). */
export interface CheckinRatePivot {
  readonly teams: ReadonlyArray<{ readonly teamId: string; readonly team: string }>;
  readonly rows: ReadonlyArray<{ readonly weekStart: Day; readonly rates: ReadonlyArray<number | null> }>;
}

export interface Dashboard {
  readonly headline: DashboardHeadline;
  readonly objectiveProgressRows: readonly ObjectiveProgressRow[];
  readonly scoreDistribution: readonly ScoreBin[];
  readonly checkinRateByTeamWeek: CheckinRatePivot;
}

/** Google's grading colours: red below 0.3, yellow below 0.7, green from 0.7 (aspirational success) to 1.0. */
export const SCORE_BINS = [
  [0, 0.3],
  [0.3, 0.7],
  [0.7, 1],
] as const;

/** Scores are ratios of decimals (see score.ts): 0.7 computed as 0.6999999999 is still green. */
const EPSILON = 1e-9;

/** The score shown for a KR: its latest check-in's, or that of its start value before any check-in; NaN when unreadable. */
function scoreNow(state: KrState): number {
  if (state.score !== null) return state.score;
  const { kind, start, target } = state.kr;
  if (kind === null || start === null || target === null) return NaN;
  return scoreOf(progressOf({ kind, start, target }, start));
}

/** Checked-in over expected KRs of some rows, or null when none was expected. */
function rateOf(rows: readonly CheckinRateRow[]): number | null {
  const expected = rows.reduce((sum, r) => sum + r.krs_expected, 0);
  return expected === 0 ? null : rows.reduce((sum, r) => sum + r.krs_checked_in, 0) / expected;
}

/** Teams that expected a check-in in some week become columns; several active cycles add up per team and week. */
function pivotOf(rows: readonly CheckinRateRow[]): CheckinRatePivot {
  const teams = new Map<string, string>();
  const cells = new Map<string, CheckinRateRow[]>();
  for (const r of rows) {
    if (r.krs_expected > 0 && !teams.has(r.team_id)) teams.set(r.team_id, r.team);
    const key = `${r.week_start} ${r.team_id}`;
    cells.set(key, [...(cells.get(key) ?? []), r]);
  }
  const weeks = [...new Set(rows.map((r) => r.week_start))].sort((a, b) => a - b);
  return {
    teams: [...teams].map(([teamId, team]) => ({ teamId, team })),
    rows: weeks.map((weekStart) => ({
      weekStart,
      rates: [...teams.keys()].map((teamId) => rateOf(cells.get(`${weekStart} ${teamId}`) ?? [])),
    })),
  };
}

/**
 * Builds the Dashboard data on `today` for the KRs of the active cycles' reported objectives (not Draft or
 * Dropped). Statuses are computeKrStates's, as the Key Results tab shows them; a KR not yet checked in scores
 * its start value, as its KR weekly rows do.
 *
 * @example
 * buildDashboard(workbook, dayFromParts(2026, 2, 4)).headline
 * //=> { companyScore: 0.375, checkinRateThisWeek: 0.8, krsAtRisk: 1, krsOffTrack: 1, krsStale: 1, krsTotal: 5 }
 */
export function buildDashboard(workbook: Workbook, today: Day): Dashboard {
  const cycleIds = new Set(activeCyclesOf(workbook.cycles, today).map((c) => c.id));
  const objectives = workbook.objectives.filter((o) => cycleIds.has(o.cycleId) && isReportedObjective(o));
  const objectiveIds = new Set(objectives.map((o) => o.id));
  const states = computeKrStates(workbook, today).filter((s) => objectiveIds.has(s.kr.objectiveId));
  const krScores = new Map<string, Array<{ score: number; weight: number | null }>>();
  for (const s of states) {
    const scored = { score: scoreNow(s), weight: s.kr.weight };
    const list = krScores.get(s.kr.objectiveId);
    if (list) list.push(scored);
    else krScores.set(s.kr.objectiveId, [scored]);
  }
  const objectiveProgressRows = objectives.map((o) => ({ objectiveId: o.id, title: o.title, score: objectiveScore(krScores.get(o.id) ?? []) }));
  const companyScores = objectiveProgressRows.filter((_, i) => objectives[i]!.level === 'Company');
  const scores = states.map(scoreNow).filter((score) => Number.isFinite(score));
  const rateRows = buildCheckinRate(workbook, today);
  const thisWeek = weekStartOf(today, workbook.settings.checkInWeekday);
  const count = (status: KrState['status']): number => states.filter((s) => s.status === status).length;
  return {
    headline: {
      companyScore: objectiveScore(companyScores.map((row) => ({ score: row.score ?? NaN }))),
      checkinRateThisWeek: rateOf(rateRows.filter((r) => r.week_start === thisWeek)),
      krsAtRisk: count('At risk'),
      krsOffTrack: count('Off track'),
      krsStale: count('Stale'),
      krsTotal: states.length,
    },
    objectiveProgressRows,
    scoreDistribution: SCORE_BINS.map(([from, to], i) => ({
      from,
      to,
      count: scores.filter((s) => s >= from - EPSILON && (i === SCORE_BINS.length - 1 || s < to - EPSILON)).length,
    })),
    checkinRateByTeamWeek: pivotOf(rateRows),
  };
}

// Progress, score, expected progress, status and verdict of key results and objectives (DESIGN.md §2.1).
import type { Choice } from './choices';
import type { Day } from './date-parse';

export type KrStatus = Choice<'krStatus'>;
export type Verdict = 'Achieved' | 'Missed';

/**
 * Thresholds of statusOf, quoted by the README: status compares progress with the expected
 * progress of the day; a KR is Stale after `checkInPeriodDays + graceDays` days without a check-in.
 */
export const STATUS_RULE = {
  /** progress / expected at or above this is On track. */
  onTrackRatio: 0.9,
  /** progress / expected at or above this (and below onTrackRatio) is At risk; below it, Off track. */
  atRiskRatio: 0.6,
  /** A progress at or above this is Done. */
  doneProgress: 1,
} as const;

/** Committed objectives are expected to reach 1.0; aspirational ones succeed at 0.7 (Google's grading). */
export const VERDICT_RULE = { Committed: 1, Aspirational: 0.7 } as const;

/** Progress is a ratio of decimals: `(5.21e9 - 4.3e9) / (5.6e9 - 4.3e9)` is 0.7 give or take 1e-16. */
const EPSILON = 1e-9;
const atLeast = (x: number, threshold: number): boolean => x >= threshold - EPSILON;

/**
 * The progress of a value as a fraction, not clamped (below 0 when going backwards, above 1 past
 * the target). Increase and Decrease: (value - start) / (target - start). When start equals target
 * the direction comes from the kind: 1 once value has reached target (>= for Increase, <= for
 * Decrease), else 0; the KR check reports KR_NOT_MEASURABLE separately. Maintain: 1 while the value
 * stays on the side of the target where it started (at or above target when start >= target, as
 * "keep CSAT at 4.5 or more" from 4.6; at or below when start < target, as "keep churn under 2%"
 * from 1.5%), else 0.
 * Milestone: 1 when value >= target (target is usually 1, the value 0 or 1), else 0. NaN when any
 * input is not finite: an unreadable figure is left out, never scored.
 * @example progressOf({ kind: 'Increase', start: 4.3e9, target: 5.6e9 }, 4.95e9) // 0.5
 * @example progressOf({ kind: 'Decrease', start: 20, target: 10 }, 15) // 0.5
 */
export const progressOf = (kr: { readonly kind: Choice<'krKind'>; readonly start: number; readonly target: number }, value: number): number => {
  const { kind, start, target } = kr;
  if (!Number.isFinite(value) || !Number.isFinite(start) || !Number.isFinite(target)) return NaN;
  const reached = kind === 'Decrease' || (kind === 'Maintain' && start < target) ? value <= target : value >= target;
  if (kind === 'Maintain' || kind === 'Milestone' || start === target) return reached ? 1 : 0;
  return (value - start) / (target - start) + 0;
};

/**
 * The score of a progress: clamped to 0..1 (NaN stays NaN).
 * @example scoreOf(1.3) // 1
 */
export const scoreOf = (progress: number): number => Math.min(1, Math.max(0, progress));

/**
 * The weighted mean score of an objective's KRs, or null when none has a readable score. Only
 * positive weights count; when no KR has one, every KR counts equally. KRs whose score is not a
 * finite number are left out.
 * @example objectiveScore([{ score: 1, weight: 3 }, { score: 0, weight: 1 }]) // 0.75
 * @example objectiveScore([{ score: 1 }, { score: 0.5, weight: 0 }]) // 0.75
 */
export const objectiveScore = (krs: ReadonlyArray<{ readonly score: number; readonly weight?: number | null }>): number | null => {
  const scored = krs.filter((kr) => Number.isFinite(kr.score));
  if (scored.length === 0) return null;
  const weightOf = (w: number | null | undefined): number => (typeof w === 'number' && Number.isFinite(w) && w > 0 ? w : 0);
  // Weights relative to the largest: a score times a tiny weight (5e-324) would round to 0 and leave the
  // average below every score.
  const largest = scored.reduce((max, kr) => Math.max(max, weightOf(kr.weight)), 0);
  if (largest === 0) return scored.reduce((sum, kr) => sum + kr.score, 0) / scored.length;
  const relative = (kr: { readonly weight?: number | null }) => weightOf(kr.weight) / largest;
  const total = scored.reduce((sum, kr) => sum + relative(kr), 0);
  return scored.reduce((sum, kr) => sum + kr.score * relative(kr), 0) / total;
};

/**
 * The fraction of the cycle elapsed before `today`, clamped to 0..1. Both the start and end days
 * belong to the cycle: on the first day 0 has elapsed, on the last day (n - 1) / n, the day after
 * it 1. A cycle ending before it starts counts as one day long.
 * @example expectedProgress({ start: 0, end: 9 }, 5) // 0.5
 */
export const expectedProgress = (cycle: { readonly start: Day; readonly end: Day }, today: Day): number => {
  const days = Math.max(1, cycle.end - cycle.start + 1);
  return scoreOf((today - cycle.start) / days);
};

/**
 * The status of a KR on `today`, first rule that applies:
 * 1. Done when progress >= STATUS_RULE.doneProgress.
 * 2. Never checked in: Not started while at most checkInPeriodDays + graceDays days have passed
 *    since the cycle start, else Stale.
 * 3. Stale when more than checkInPeriodDays + graceDays days have passed since the last check-in.
 * 4. On track when nothing is expected yet (expected <= 0).
 * 5. By progress / expected: On track >= 0.9, At risk >= 0.6, else Off track.
 * A stale KR therefore never shows On track, whatever its progress.
 * @example statusOf({ progress: 0.4, expected: 0.5, lastCheckIn: 20, today: 23, checkInPeriodDays: 7, graceDays: 2, cycleStart: 0 }) // 'At risk'
 */
export const statusOf = (kr: {
  readonly progress: number;
  readonly expected: number;
  readonly lastCheckIn: Day | null;
  readonly today: Day;
  readonly checkInPeriodDays: number;
  readonly graceDays: number;
  readonly cycleStart: Day;
}): KrStatus => {
  const allowedDays = kr.checkInPeriodDays + kr.graceDays;
  if (atLeast(kr.progress, STATUS_RULE.doneProgress)) return 'Done';
  if (kr.lastCheckIn === null) return kr.today - kr.cycleStart > allowedDays ? 'Stale' : 'Not started';
  if (kr.today - kr.lastCheckIn > allowedDays) return 'Stale';
  if (kr.expected <= 0) return 'On track';
  const ratio = kr.progress / kr.expected;
  if (atLeast(ratio, STATUS_RULE.onTrackRatio)) return 'On track';
  return atLeast(ratio, STATUS_RULE.atRiskRatio) ? 'At risk' : 'Off track';
};

/**
 * Whether a final score met the bar of the objective's type (VERDICT_RULE).
 * @example verdictOf('Aspirational', 0.7) // 'Achieved'
 * @example verdictOf('Committed', 0.95) // 'Missed'
 */
export const verdictOf = (type: Choice<'objectiveType'>, score: number): Verdict => (atLeast(score, VERDICT_RULE[type]) ? 'Achieved' : 'Missed');

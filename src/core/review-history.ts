/** Team averages of closed cycles, read back from the Reviews tab, for TARGETS_TOO_SAFE. */
import type { TeamCycleScore } from './check-history';
import type { Cycle } from './model';

export interface ReviewScore {
  readonly cycleId: string;
  readonly teamId: string;
  readonly score: number | null;
}

/**
 * Each team's mean KR score per reviewed cycle, with the cycle's end day; rows without a score, team or a
 * known cycle end are left out.
 *
 * @example
 * teamHistory([{ cycleId: 'Q3', teamId: 'KD', score: 1 }, { cycleId: 'Q3', teamId: 'KD', score: 0.8 }], cycles)
 * //=> [{ teamId: 'KD', cycleId: 'Q3', cycleEnd: <Q3 end>, averageScore: 0.9 }]
 */
export function teamHistory(reviews: readonly ReviewScore[], cycles: readonly Cycle[]): TeamCycleScore[] {
  const ends = new Map(cycles.filter((c) => c.end !== null).map((c) => [c.id, c.end!]));
  const sums = new Map<string, { teamId: string; cycleId: string; total: number; count: number }>();
  for (const review of reviews) {
    if (review.score === null || review.teamId === '' || !ends.has(review.cycleId)) continue;
    const key = `${review.cycleId}\n${review.teamId}`;
    const sum = sums.get(key) ?? { teamId: review.teamId, cycleId: review.cycleId, total: 0, count: 0 };
    sums.set(key, { ...sum, total: sum.total + review.score, count: sum.count + 1 });
  }
  return [...sums.values()].map((s) => ({ teamId: s.teamId, cycleId: s.cycleId, cycleEnd: ends.get(s.cycleId)!, averageScore: s.total / s.count }));
}

/** Checks across closed cycles: teams whose targets look too safe. */
import type { Day } from './date-parse';
import type { Finding } from './finding';

/** A team's average KR score over one closed cycle, as the cycle review recorded it. */
export interface TeamCycleScore {
  readonly teamId: string;
  readonly cycleId: string;
  readonly cycleEnd: Day;
  readonly averageScore: number;
}

/** Above this average a team is scoring like it sets committed targets only (DESIGN.md §2.1). */
export const TOO_SAFE_SCORE = 0.9;

/**
 * TARGETS_TOO_SAFE (info, on the Reviews tab, row 0, id the team): a team whose two most recent
 * closed cycles (by end day; the history holds closed cycles only) both average above 0.9. Params
 * teamId, previousCycleId, previousScore, lastCycleId, lastScore.
 * @example checkTargetsTooSafe([{ teamId: 'KD', cycleId: 'Q3', cycleEnd: 20361, averageScore: 0.95 }, { teamId: 'KD', cycleId: 'Q4', cycleEnd: 20453, averageScore: 0.93 }])[0].params.teamId // 'KD'
 */
export function checkTargetsTooSafe(history: readonly TeamCycleScore[]): Finding[] {
  const byTeam = new Map<string, TeamCycleScore[]>();
  for (const h of history) byTeam.set(h.teamId, (byTeam.get(h.teamId) ?? []).concat(h));
  const findings: Finding[] = [];
  for (const [teamId, cycles] of byTeam) {
    const [last, previous] = cycles.slice().sort((a, b) => b.cycleEnd - a.cycleEnd);
    if (last && previous && last.averageScore > TOO_SAFE_SCORE && previous.averageScore > TOO_SAFE_SCORE) {
      findings.push({
        code: 'TARGETS_TOO_SAFE',
        severity: 'info',
        tab: 'reviews',
        row: 0,
        id: teamId,
        params: { teamId, previousCycleId: previous.cycleId, previousScore: previous.averageScore, lastCycleId: last.cycleId, lastScore: last.averageScore },
      });
    }
  }
  return findings;
}

/** Key-result quality: measurable, owned, and checked in (the linter's KR_TASK_LIKE is kr-lint-findings'). */
import { closedCycleIds, isLiveObjective, objectivesById } from './check-alignment';
import { problemCells } from './check-records';
import { formatDay, type Day } from './date-parse';
import type { Finding } from './finding';
import type { KrState } from './kr-state';
import type { KeyResult, Workbook } from './model';

/**
 * Whether a KR is still worked on: its objective is neither Dropped nor of a Closed cycle (a KR whose
 * objective is unknown is checked too: stricter).
 * @example isOpenKeyResult(workbook)(kr) // true
 */
export function isOpenKeyResult(workbook: Workbook): (kr: KeyResult) => boolean {
  const byId = objectivesById(workbook.objectives);
  const closed = closedCycleIds(workbook);
  return (kr) => {
    const objective = byId.get(kr.objectiveId);
    return !objective || (objective.status !== 'Dropped' && !closed.has(objective.cycleId));
  };
}

/**
 * KR_NOT_MEASURABLE (warning): params reason, start and target. Reasons: `direction` when an Increase
 * targets below its start or a Decrease above it; `sameStartTarget` when an
 * Increase, Decrease or Milestone KR starts at its target (nothing to progress through; Maintain is
 * exempt, holding a level is its point), `milestoneBlank` when a Milestone lacks its start or target
 * (write 0 and 1). A numeric KR's blank start or target is MISSING_FIELD, an unreadable one
 * INVALID_VALUE: one finding per cause.
 *
 * KR_NO_OWNER (warning): neither an owner e-mail nor a team (DESIGN.md §1: the owner is optional for
 * team-owned KRs); not reported when the owner cell was unreadable (INVALID_VALUE says so).
 *
 * STALE_KR (warning): computeKrStates' status is Stale, for KRs of live objectives; params days (since
 * the last check-in, or since the cycle start when there was none) and lastCheckIn (yyyy-mm-dd or '').
 *
 * KRs of Dropped objectives and of Closed cycles are not checked: they are no longer worked on.
 * @example checkKeyResults(workbook, computeKrStates(workbook, today), today).map((f) => f.code) // ['STALE_KR']
 */
export function checkKeyResults(workbook: Workbook, states: readonly KrState[], today: Day): Finding[] {
  const byId = objectivesById(workbook.objectives);
  const isOpen = isOpenKeyResult(workbook);
  const unreadable = problemCells(workbook.problems);
  const findings: Finding[] = [];
  for (const state of states) {
    const { kr } = state;
    if (!isOpen(kr)) continue;
    const objective = byId.get(kr.objectiveId);
    const at = { tab: 'keyResults' as const, row: kr.row, id: kr.id };
    const figures = { start: kr.start ?? ('' as const), target: kr.target ?? ('' as const) };
    if (
      kr.kind === 'Milestone' &&
      (kr.start === null || kr.target === null) &&
      !unreadable.has(`keyResults:${kr.row}:start`) &&
      !unreadable.has(`keyResults:${kr.row}:target`)
    ) {
      findings.push({ code: 'KR_NOT_MEASURABLE', severity: 'warning', ...at, params: { reason: 'milestoneBlank', ...figures } });
    } else if (kr.kind !== null && kr.kind !== 'Maintain' && kr.start !== null && kr.start === kr.target) {
      findings.push({ code: 'KR_NOT_MEASURABLE', severity: 'warning', ...at, params: { reason: 'sameStartTarget', ...figures } });
    } else if (
      kr.start !== null &&
      kr.target !== null &&
      ((kr.kind === 'Increase' && kr.target < kr.start) || (kr.kind === 'Decrease' && kr.target > kr.start))
    ) {
      // An Increase whose target is below its start measures backwards: every gain shows as a loss.
      findings.push({ code: 'KR_NOT_MEASURABLE', severity: 'warning', ...at, params: { reason: 'direction', kind: kr.kind, ...figures } });
    }
    if (kr.ownerEmail === '' && kr.teamId === '' && !unreadable.has(`keyResults:${kr.row}:ownerEmail`)) {
      findings.push({ code: 'KR_NO_OWNER', severity: 'warning', ...at, params: {} });
    }
    if (state.status === 'Stale' && (!objective || isLiveObjective(objective))) {
      const since = state.lastCheckIn ?? state.cycle?.start ?? null;
      findings.push({
        code: 'STALE_KR',
        severity: 'warning',
        ...at,
        params: { days: since === null ? '' : today - since, lastCheckIn: state.lastCheckIn === null ? '' : formatDay(state.lastCheckIn) },
      });
    }
  }
  return findings;
}

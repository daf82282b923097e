/** Every alignment and quality check of a workbook, the alignment score that sums them up, and the cycle-start gate. */
import { checkAlignment } from './check-alignment';
import { checkDependencies } from './check-dependencies';
import { checkFocus } from './check-focus';
import { checkTargetsTooSafe, type TeamCycleScore } from './check-history';
import { checkKeyResults, isOpenKeyResult } from './check-krs';
import { checkFutureCheckIns, checkRecords } from './check-records';
import { checkTeamLoops } from './check-teams';
import { checkCycles } from './cadence';
import type { Day } from './date-parse';
import { sortFindings, type Finding, type Severity } from './finding';
import { computeKrStates } from './kr-state';
import type { KeyResult, Workbook } from './model';
import type { TabKey } from './tabs';
import type { SettingProblem } from './settings';

export interface CheckWorkbookOptions {
  /** Team averages of closed cycles, for TARGETS_TOO_SAFE. */
  readonly history?: readonly TeamCycleScore[];
  /** The KR linter (KR_TASK_LIKE), run on every KR still worked on. */
  readonly lint?: (kr: KeyResult) => Finding[];
  /** Settings values that could not be read (their defaults apply): INVALID_VALUE warnings. */
  readonly settingProblems?: readonly SettingProblem[];
  /**
   * Objectives of closed cycles known from Reviews, by ID, with their cycle: once a cycle is archived they
   * are no longer in Objectives, and a parent naming one is history (ORPHAN_OBJECTIVE as before the archive),
   * not an UNKNOWN_REFERENCE.
   */
  readonly archived?: ReadonlyMap<string, string>;
  /** The cells of every tab's grid, counted by the caller: GRID_NEAR_LIMIT. */
  readonly grid?: GridUse;
}

export interface WorkbookCheck {
  readonly findings: Finding[];
  readonly score: number;
}

/**
 * Weights of alignmentScore: an error costs what a KR or objective can carry, a warning a third of
 * it, an info (a question, not a fault) a tenth.
 */
export const SCORE_WEIGHTS: Readonly<Record<Severity, number>> = { error: 10, warning: 3, info: 1 };

/**
 * The alignment score, 0–100: 100 − 100 × Σ weights / (10 × (objectives + KRs)), rounded down and
 * floored at 0. Normalising by the size of the plan means one error weighs less in a large company
 * than in a small one, and a plan with one error per objective and KR scores 0. Only a workbook
 * without findings scores 100 (rounding down keeps any finding below it); adding a finding never
 * raises the score.
 * @example alignmentScore([{ severity: 'error' }], { objectives: 4, keyResults: 16 }) // 95
 */
export function alignmentScore(findings: readonly Pick<Finding, 'severity'>[], counts: { readonly objectives: number; readonly keyResults: number }): number {
  const penalty = findings.reduce((sum, f) => sum + SCORE_WEIGHTS[f.severity], 0);
  const capacity = SCORE_WEIGHTS.error * Math.max(1, counts.objectives + counts.keyResults);
  return Math.max(0, Math.floor(100 - (100 * penalty) / capacity));
}

/**
 * Whether any finding is an error: the gate before a cycle starts, and the CLI's exit status.
 * @example hasBlockingErrors([{ severity: 'warning' }]) // false
 */
export function hasBlockingErrors(findings: readonly Pick<Finding, 'severity'>[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

/** The order a new workbook is filled in: who and which teams, then a cycle, then what the cycle aims at. */
const FILL_ORDER: readonly ('people' | 'teams' | 'cycles' | 'objectives' | 'keyResults')[] = ['people', 'teams', 'cycles', 'objectives', 'keyResults'];

/**
 * EMPTY_WORKBOOK (warning) when there is no objective and no key result: nothing to score is not a
 * perfect score. On the first tab of FILL_ORDER that has no row (Key Results when all have one), row 0,
 * params next (that tab's key).
 */
export function checkEmpty(workbook: Workbook): Finding[] {
  if (workbook.objectives.length > 0 || workbook.keyResults.length > 0) return [];
  const next: TabKey = FILL_ORDER.find((tab) => workbook[tab].length === 0) ?? 'keyResults';
  return [{ code: 'EMPTY_WORKBOOK', severity: 'warning', tab: next, row: 0, id: '', params: { next } }];
}

/** The cells of every tab's grid against the spreadsheet's limit, as the action counted them (core reads no sheet). */
export interface GridUse {
  readonly used: number;
  readonly limit: number;
  /** The largest tab, by name (any tab, a person's too) and its cells. */
  readonly largest: { readonly name: string; readonly cells: number };
  /** The largest tab of the contract: where the finding's row points. */
  readonly tab: TabKey;
}

/**
 * Percent of the cell limit from which GRID_NEAR_LIMIT warns and Diagnostics reports a problem. A 1,000-person
 * company's grids grew by about 0.6 M cells a week (issue 13: 5.6 M at week 8, 8.5 M at week 13), so 70%
 * leaves some five weeks to trim or split the workbook before Sheets refuses every new row
 * (https://support.google.com/drive/answer/37603).
 */
export const GRID_WARN_PERCENT = 70;

/**
 * The percent of the limit used, rounded down to one decimal, so that it reads 70 exactly when the warning starts.
 * @example gridPercent(6_999_999, 10_000_000) // 69.9
 */
export function gridPercent(used: number, limit: number): number {
  return limit > 0 ? Math.floor((used * 1000) / limit) / 10 : 0;
}

/** Whether `used` has reached GRID_WARN_PERCENT of `limit`, in integers: no rounding at the border. */
export function isGridNearLimit(used: number, limit: number): boolean {
  return used * 100 >= limit * GRID_WARN_PERCENT;
}

/**
 * GRID_NEAR_LIMIT (warning) once the grids hold GRID_WARN_PERCENT of the limit; row 0 of the largest tab of
 * the contract, params used, limit, percent, largest (a tab name) and largestCells.
 * @example checkGridCells({ used: 7e6, limit: 1e7, largest: { name: 'Check-ins', cells: 9e5 }, tab: 'checkIns' })[0].params.percent // 70
 */
export function checkGridCells(grid: GridUse | undefined): Finding[] {
  if (!grid || !isGridNearLimit(grid.used, grid.limit)) return [];
  return [
    {
      code: 'GRID_NEAR_LIMIT',
      severity: 'warning',
      tab: grid.tab,
      row: 0,
      id: '',
      params: { used: grid.used, limit: grid.limit, percent: gridPercent(grid.used, grid.limit), largest: grid.largest.name, largestCells: grid.largest.cells },
    },
  ];
}

/** One finding per code, tab, row and ID: the linter may say KR_NOT_MEASURABLE of a KR the KR check also flags. */
function unique(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.code}\n${f.tab}\n${f.row}\n${f.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Runs every check on `today`: records, alignment, focus, key results, dependencies, history and the
 * optional linter. Findings come sorted (sortFindings) with the alignment score.
 * @example checkWorkbook(cleanWorkbook, today) // { findings: [], score: 100 }
 */
export function checkWorkbook(workbook: Workbook, today: Day, options: CheckWorkbookOptions = {}): WorkbookCheck {
  const states = computeKrStates(workbook, today);
  const lint = options.lint;
  const isOpen = isOpenKeyResult(workbook);
  const findings = unique([
    ...checkEmpty(workbook),
    ...checkRecords(workbook, options.settingProblems, options.archived),
    ...checkCycles(workbook.cycles, today),
    ...checkFutureCheckIns(workbook, today),
    ...checkTeamLoops(workbook),
    ...checkAlignment(workbook, options.archived),
    ...checkFocus(workbook),
    ...checkKeyResults(workbook, states, today),
    ...(lint ? workbook.keyResults.filter(isOpen).flatMap((kr) => lint(kr)) : []),
    ...checkDependencies(workbook, today),
    ...checkTargetsTooSafe(options.history ?? []),
    ...checkGridCells(options.grid),
  ]);
  return {
    findings: sortFindings(findings),
    score: alignmentScore(findings, { objectives: workbook.objectives.length, keyResults: workbook.keyResults.length }),
  };
}

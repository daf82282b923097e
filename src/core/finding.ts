/** Findings: the problems the alignment and quality checks find, as codes and parameters, never sentences. */
import type { Problem } from './parsed';
import type { TabKey } from './tabs';

export type Severity = 'error' | 'warning' | 'info';

/** No parameter at all: `{}`, and nothing else, is accepted. */
type NoParams = { readonly [name: string]: never };

/**
 * An unreadable (or required and blank) cell as the check read it: its column key, its header as the sheet
 * shows it ('' in Settings, whose rows the catalogue names), the text typed and why it was not taken.
 */
interface CellParams {
  readonly column: string;
  readonly header: string;
  readonly input: string;
  readonly problem: Problem['code'] | 'FUTURE_DATE';
}

/**
 * The parameters of each finding code: plain values the catalogue (src/i18n/findings.ts) words in the
 * workbook language. Adding a code is one entry here and its text there; the check that finds it says when.
 */
export interface FindingParamsOf {
  /** firstRow: the row the ID is first used on; in Settings, column is the setting's key. */
  DUPLICATE_ID: { column: string; firstRow: number };
  /** A blank required cell; with the cell as read when the reader reported it (a check-in's Timestamp, a deleted Settings row). */
  MISSING_FIELD: { column: string } | CellParams;
  MISSING_TAB: NoParams;
  /** ref: the ID as typed; refTab: the tab it should be in. */
  UNKNOWN_REFERENCE: { column: string; ref: string; refTab: TabKey };
  INVALID_VALUE: CellParams;
  /** No parent at all, or a parent of another (possibly archived) cycle. */
  ORPHAN_OBJECTIVE: NoParams | { parentId: string; parentCycleId: string };
  /** path: the loop, `O1 → O2 → O1`. */
  PARENT_CYCLE: { path: string };
  LEVEL_ORDER: { level: string; parentId: string; parentLevel: string };
  UNSUPPORTED_OBJECTIVE: { cycleId: string };
  TOO_MANY_OBJECTIVES: { teamId: string; cycleId: string; count: number; max: number };
  TOO_MANY_KRS: { count: number; max: number };
  TOO_FEW_KRS: { count: number; min: number };
  OBJECTIVE_WITHOUT_KR: NoParams;
  /** From the linter: the title as typed and, when it finds one, an outcome to rewrite it as. */
  KR_TASK_LIKE: { title: string; rewrite?: string };
  /** From the KR check, by reason (blank figures are ''), or from the linter, which reads only the title. */
  KR_NOT_MEASURABLE:
    | { reason: 'sameStartTarget' | 'milestoneBlank'; start: number | ''; target: number | '' }
    | { reason: 'direction'; kind: string; start: number | ''; target: number | '' }
    | { reason?: never; title: string };
  KR_NO_OWNER: NoParams;
  /** providingTeam: its name ('' when unknown); lead and decider: e-mails, '' when there is none. */
  DEPENDENCY_UNANSWERED: { days: number; providingTeamId: string; providingTeam: string; lead: string; decider: string };
  /** via: how the decider was found; objectiveId or teamId names that objective or team ('' for the other). */
  DEPENDENCY_DECLINED: {
    requestingTeamId: string;
    providingTeamId: string;
    request: string;
    decider: string;
    via: 'objective' | 'team' | 'none';
    objectiveId: string;
    teamId: string;
  };
  DEPENDENCY_UNBACKED: { providingTeamId: string; backingKrId: string; backingTeamId: string; reason: 'noBackingKr' | 'otherTeam' };
  /** days: '' when neither a check-in nor a cycle start is known; lastCheckIn: yyyy-mm-dd or ''. */
  STALE_KR: { days: number | ''; lastCheckIn: string };
  TARGETS_TOO_SAFE: { teamId: string; previousCycleId: string; previousScore: number; lastCycleId: string; lastScore: number };
  MISSING_COLUMN: { column: string };
  /** next: the first tab to fill in. */
  EMPTY_WORKBOOK: { next: TabKey };
  SEVERAL_ACTIVE_CYCLES: { runningId: string };
  /** start and end as yyyy-mm-dd. */
  CYCLE_ENDS_BEFORE_START: { start: string; end: string };
  /** read: the tab's name that is read; ignored: the others', joined for the sentence. */
  DUPLICATE_TAB: { read: string; ignored: string };
  /** largest: the largest tab's name. */
  GRID_NEAR_LIMIT: { used: number; limit: number; percent: number; largest: string; largestCells: number };
}

export type FindingCode = keyof FindingParamsOf;

/** A finding of one code, with that code's parameters. */
export interface FindingOf<C extends FindingCode> {
  readonly code: C;
  readonly severity: Severity;
  readonly tab: TabKey;
  /** Sheet row (1-based; data starts at 2); 0 when the finding is about the whole tab. */
  readonly row: number;
  /** The ID of the offending row (objective, KR, dependency…), '' when it has none. */
  readonly id: string;
  readonly params: Readonly<FindingParamsOf[C]>;
}

/** A finding of any code: a union over the codes, so that its params are checked against its code. */
export type Finding = { readonly [C in FindingCode]: FindingOf<C> }[FindingCode];

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Findings sorted by severity, then tab order of appearance, then row. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings.slice().sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.tab.localeCompare(b.tab) || a.row - b.row);
}

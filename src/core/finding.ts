/** Findings: the problems the alignment and quality checks find, as codes and parameters, never sentences. */
import type { TabKey } from '../i18n/tabs';

export type Severity = 'error' | 'warning' | 'info';

export type FindingCode =
  | 'DUPLICATE_ID' | 'MISSING_FIELD' | 'MISSING_TAB' | 'UNKNOWN_REFERENCE' | 'INVALID_VALUE'
  | 'ORPHAN_OBJECTIVE' | 'PARENT_CYCLE' | 'LEVEL_ORDER' | 'UNSUPPORTED_OBJECTIVE'
  | 'TOO_MANY_OBJECTIVES' | 'TOO_MANY_KRS' | 'TOO_FEW_KRS' | 'OBJECTIVE_WITHOUT_KR'
  | 'KR_TASK_LIKE' | 'KR_NOT_MEASURABLE' | 'KR_NO_OWNER'
  | 'DEPENDENCY_UNANSWERED' | 'DEPENDENCY_DECLINED' | 'DEPENDENCY_UNBACKED'
  | 'STALE_KR' | 'TARGETS_TOO_SAFE'
  | 'MISSING_COLUMN' | 'EMPTY_WORKBOOK' | 'SEVERAL_ACTIVE_CYCLES' | 'CYCLE_ENDS_BEFORE_START' | 'DUPLICATE_TAB'
  | 'GRID_NEAR_LIMIT';

/** Message parameters: plain values the catalogue words in the workbook language. */
export type FindingParams = Readonly<Record<string, string | number>>;

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly tab: TabKey;
  /** Sheet row (1-based; data starts at 2); 0 when the finding is about the whole tab. */
  readonly row: number;
  /** The ID of the offending row (objective, KR, dependency…), '' when it has none. */
  readonly id: string;
  readonly params: FindingParams;
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Findings sorted by severity, then tab order of appearance, then row. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings.slice().sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.tab.localeCompare(b.tab) || a.row - b.row);
}

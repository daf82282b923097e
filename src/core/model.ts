/**
 * The OKR data model as read from the input tabs. Every field a person may leave blank or mistype is
 * nullable: an unreadable cell is null here and a CellProblem names it, never a silent zero.
 */
import type { Lang } from './lang';
import type { TabKey } from './tabs';
import type { Choice } from './choices';
import type { Day } from './date-parse';
import type { Problem } from './parsed';
import type { Settings } from './settings';

/** A cell that could not be read: its tab, sheet row, column key and header text as the sheet shows it. */
export interface CellProblem {
  readonly tab: TabKey;
  readonly row: number;
  readonly column: string;
  readonly header: string;
  readonly id: string;
  readonly problem: Problem;
}

export interface Cycle {
  readonly row: number;
  readonly id: string;
  readonly name: string;
  readonly start: Day | null;
  readonly end: Day | null;
  readonly status: Choice<'cycleStatus'> | null;
}

export interface Person {
  readonly row: number;
  readonly email: string;
  readonly name: string;
  readonly teamId: string;
  readonly managerEmail: string;
  readonly language: Lang | null;
  /** False when the person's Wins digest cell says No: they get no weekly wins section. */
  readonly winsDigest?: boolean;
}

export interface Team {
  readonly row: number;
  readonly id: string;
  readonly name: string;
  readonly parentId: string;
  readonly leadEmail: string;
}

export interface Objective {
  readonly row: number;
  readonly id: string;
  readonly cycleId: string;
  readonly level: Choice<'level'> | null;
  readonly teamId: string;
  readonly ownerEmail: string;
  readonly title: string;
  readonly parentId: string;
  readonly type: Choice<'objectiveType'> | null;
  readonly status: Choice<'objectiveStatus'> | null;
}

export interface KeyResult {
  readonly row: number;
  readonly id: string;
  readonly objectiveId: string;
  readonly title: string;
  readonly teamId: string;
  readonly ownerEmail: string;
  readonly kind: Choice<'krKind'> | null;
  readonly unit: string;
  readonly start: number | null;
  readonly target: number | null;
  readonly weight: number | null;
}

export interface CheckIn {
  readonly row: number;
  readonly at: Date | null;
  readonly day: Day | null;
  readonly krId: string;
  readonly value: number | null;
  readonly confidence: Choice<'confidence'> | null;
  readonly progressNote: string;
  readonly problems: string;
  readonly plans: string;
  readonly by: string;
  readonly source: Choice<'checkInSource'> | null;
}

export interface Initiative {
  readonly row: number;
  readonly id: string;
  readonly krId: string;
  readonly title: string;
  readonly ownerEmail: string;
  readonly priority: number | null;
  readonly status: Choice<'initiativeStatus'> | null;
  readonly reason: string;
}

export interface Dependency {
  readonly row: number;
  readonly id: string;
  readonly requestingTeamId: string;
  readonly forId: string;
  readonly providingTeamId: string;
  readonly request: string;
  readonly requestedOn: Day | null;
  readonly neededBy: Day | null;
  readonly status: Choice<'dependencyStatus'> | null;
  readonly backingKrId: string;
  readonly response: string;
  readonly decidedBy: string;
}

/** A column of an input tab whose header the read did not find (renamed or deleted): its cells read blank. */
/** An input tab that more than one tab answers to: `names` in tab order; the first is the one read. */
export interface DuplicateTab {
  readonly tab: TabKey;
  readonly names: readonly string[];
}

export interface MissingColumn {
  readonly tab: TabKey;
  readonly column: string;
}

export interface Workbook {
  readonly settings: Settings;
  readonly cycles: readonly Cycle[];
  readonly people: readonly Person[];
  readonly teams: readonly Team[];
  readonly objectives: readonly Objective[];
  readonly keyResults: readonly KeyResult[];
  /**
   * The check-ins whose Timestamp is a real date-time. A row whose Timestamp is blank, text or a bare
   * number has no reliable time: it is a CellProblem, and it is not here, so that no report counts it.
   */
  readonly checkIns: readonly CheckIn[];
  readonly initiatives: readonly Initiative[];
  readonly dependencies: readonly Dependency[];
  readonly problems: readonly CellProblem[];
  readonly missingTabs: readonly TabKey[];
  readonly missingColumns: readonly MissingColumn[];
  /** Input tabs found under more than one name (e.g. "Key Results" and "Kết quả then chốt"): only the first is read. */
  readonly duplicateTabs: readonly DuplicateTab[];
}

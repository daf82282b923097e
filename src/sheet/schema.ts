/**
 * The workbook schema: for every tab of DESIGN.md §1, its columns with their validation, number format,
 * width and whether the program owns them. Labels live in i18n/tabs.ts.
 */
import type { ChoiceKind } from '../core/choices';
import type { Lang } from '../core/lang';
import { CHECKIN_RATE_COLUMNS, KR_WEEKLY_COLUMNS } from '../core/looker-columns';
import type { TabKey } from '../core/tabs';
import { COLUMN_LABELS } from '../i18n/tabs';

export interface ColumnSpec<K extends string = string> {
  readonly key: K;
  /** A dropdown of this choice list (labels in the workbook language). */
  readonly choice?: ChoiceKind;
  readonly format?: string;
  readonly width?: number;
  /** Written by the program: protected (warning only) and shaded. */
  readonly owned?: boolean;
  /** Validated as a date. */
  readonly date?: boolean;
  /**
   * A dropdown of the values in another tab's column (found by its header in either language): the IDs, or
   * People's emails, that the check reports as UNKNOWN_REFERENCE when missing there.
   */
  readonly listOf?: { readonly tab: TabKey; readonly column: string };
}

/** A tab's spec; `T` narrows it to one tab, whose column keys are then typed. */
export interface TabSpec<T extends TabKey = TabKey> {
  readonly key: T;
  /** Input tabs are typed by people; output tabs are rebuilt whole by the program. */
  readonly kind: 'input' | 'output';
  readonly columns: readonly ColumnSpec<ColumnKeyOf<T>>[];
}

export const DATE_FORMAT = 'yyyy-mm-dd';
export const DATETIME_FORMAT = 'yyyy-mm-dd hh:mm';
/** The dates of the tabs people read (Dashboard, Alignment): as a person of the workbook's language writes them. */
export const readerDateFormat = (lang: Lang): string => (lang === 'vi' ? 'dd/mm/yyyy' : DATE_FORMAT);
export const readerDateTimeFormat = (lang: Lang): string => (lang === 'vi' ? 'dd/mm/yyyy hh:mm' : DATETIME_FORMAT);
export const PERCENT_FORMAT = '0%';
export const SCORE_FORMAT = '0.00';
export const PLAIN_TEXT_FORMAT = '@';
export const NUMBER_FORMAT = '#,##0.##';

// Generic in the key, so that the schema's type keeps each column's key (ColumnKeyOf).
const text = <K extends string>(key: K, width = 140): ColumnSpec<K> => ({ key, width });
const ref = <K extends string>(key: K, width: number, tab: TabKey, column: string): ColumnSpec<K> => ({ key, width, listOf: { tab, column } });

/** Formats of the Looker data-source columns, by name: real dates, fractions shown as percents. */
function lookerColumns<K extends string>(names: readonly K[]): ColumnSpec<K>[] {
  return names.map((key) => {
    if (key === 'updated_at') return { key, format: DATETIME_FORMAT, width: 140 };
    if (/_date$|^week_start$/.test(key)) return { key, format: DATE_FORMAT, width: 100 };
    if (/progress|rate$/.test(key)) return { key, format: PERCENT_FORMAT, width: 90 };
    if (key === 'score') return { key, format: SCORE_FORMAT, width: 70 };
    return { key, width: 120 };
  });
}

/** The tabs in workbook order. `as const` keeps every column key as a literal: ColumnKeyOf reads them from here. */
const TABS = [
  {
    key: 'settings',
    kind: 'input',
    columns: [text('key', 180), text('value', 260), text('description', 420)],
  },
  {
    key: 'cycles',
    kind: 'input',
    columns: [
      text('cycleId', 110),
      text('name', 180),
      { key: 'start', date: true, format: DATE_FORMAT, width: 110 },
      { key: 'end', date: true, format: DATE_FORMAT, width: 110 },
      { key: 'status', choice: 'cycleStatus', width: 110 },
      // The URL of the cycle's archive spreadsheet, written by Archive closed cycles.
      { key: 'archive', owned: true, width: 200 },
    ],
  },
  {
    key: 'people',
    kind: 'input',
    columns: [
      text('email', 220),
      text('name', 180),
      ref('teamId', 100, 'teams', 'teamId'),
      text('managerEmail', 220),
      { key: 'language', choice: 'language', width: 90 },
      { key: 'winsDigest', choice: 'yesNo', width: 110 },
    ],
  },
  {
    key: 'teams',
    kind: 'input',
    columns: [text('teamId', 100), text('name', 180), ref('parentTeamId', 120, 'teams', 'teamId'), ref('leadEmail', 220, 'people', 'email')],
  },
  {
    key: 'objectives',
    kind: 'input',
    columns: [
      text('objectiveId', 110),
      ref('cycleId', 100, 'cycles', 'cycleId'),
      { key: 'level', choice: 'level', width: 110 },
      ref('teamId', 100, 'teams', 'teamId'),
      ref('ownerEmail', 200, 'people', 'email'),
      text('objective', 360),
      ref('parentObjectiveId', 130, 'objectives', 'objectiveId'),
      { key: 'type', choice: 'objectiveType', width: 120 },
      { key: 'status', choice: 'objectiveStatus', width: 110 },
    ],
  },
  {
    key: 'keyResults',
    kind: 'input',
    columns: [
      text('krId', 90),
      ref('objectiveId', 110, 'objectives', 'objectiveId'),
      text('keyResult', 360),
      ref('teamId', 100, 'teams', 'teamId'),
      ref('ownerEmail', 200, 'people', 'email'),
      { key: 'kind', choice: 'krKind', width: 100 },
      text('unit', 90),
      { key: 'start', format: NUMBER_FORMAT, width: 110 },
      { key: 'target', format: NUMBER_FORMAT, width: 110 },
      { key: 'weight', format: NUMBER_FORMAT, width: 80 },
      { key: 'current', owned: true, format: NUMBER_FORMAT, width: 110 },
      { key: 'progress', owned: true, format: PERCENT_FORMAT, width: 90 },
      { key: 'score', owned: true, format: SCORE_FORMAT, width: 70 },
      { key: 'confidence', owned: true, width: 110 },
      { key: 'status', owned: true, width: 110 },
      { key: 'lastCheckIn', owned: true, format: DATE_FORMAT, width: 120 },
    ],
  },
  {
    key: 'checkIns',
    kind: 'input',
    columns: [
      { key: 'timestamp', format: DATETIME_FORMAT, width: 140 },
      ref('krId', 90, 'keyResults', 'krId'),
      { key: 'value', format: NUMBER_FORMAT, width: 110 },
      { key: 'confidence', choice: 'confidence', width: 110 },
      text('progressNote', 260),
      text('problems', 220),
      text('plans', 220),
      text('by', 200),
      { key: 'source', choice: 'checkInSource', width: 90 },
    ],
  },
  {
    key: 'initiatives',
    kind: 'input',
    columns: [
      text('initiativeId', 110),
      ref('krId', 90, 'keyResults', 'krId'),
      text('initiative', 320),
      ref('ownerEmail', 200, 'people', 'email'),
      { key: 'priority', format: '0', width: 80 },
      { key: 'status', choice: 'initiativeStatus', width: 110 },
      text('reason', 260),
    ],
  },
  {
    key: 'dependencies',
    kind: 'input',
    columns: [
      // For: an objective or a KR ID, two tabs that one range dropdown cannot cover.
      text('dependencyId', 110),
      ref('requestingTeamId', 120, 'teams', 'teamId'),
      text('forId', 120),
      ref('providingTeamId', 120, 'teams', 'teamId'),
      text('request', 320),
      { key: 'requestedOn', date: true, format: DATE_FORMAT, width: 110 },
      { key: 'neededBy', date: true, format: DATE_FORMAT, width: 110 },
      { key: 'status', choice: 'dependencyStatus', width: 110 },
      ref('backingKrId', 110, 'keyResults', 'krId'),
      text('response', 260),
      text('decidedBy', 200),
    ],
  },
  {
    key: 'findings',
    kind: 'output',
    columns: [
      text('severity', 80),
      text('code', 190),
      text('tab', 120),
      text('row', 60),
      text('id', 100),
      text('message', 420),
      text('suggestion', 320),
      text('link', 80),
    ],
  },
  {
    key: 'reviews',
    kind: 'output',
    columns: [
      text('cycleId', 100),
      text('objectiveId', 110),
      text('objective', 280),
      text('type', 110),
      text('teamId', 90),
      text('krId', 90),
      text('keyResult', 320),
      { key: 'finalValue', format: NUMBER_FORMAT, width: 110 },
      { key: 'score', format: SCORE_FORMAT, width: 70 },
      text('verdict', 90),
      { key: 'objectiveScore', format: SCORE_FORMAT, width: 110 },
      text('learned', 320),
      { key: 'keepChangeDrop', choice: 'reviewDecision', width: 220 },
    ],
  },
  { key: 'alignment', kind: 'output', columns: [] },
  { key: 'krWeekly', kind: 'output', columns: lookerColumns(KR_WEEKLY_COLUMNS) },
  { key: 'checkinRate', kind: 'output', columns: lookerColumns(CHECKIN_RATE_COLUMNS) },
  { key: 'dashboard', kind: 'output', columns: [] },
  { key: 'brief', kind: 'output', columns: [] },
  {
    key: 'log',
    kind: 'output',
    columns: [
      { key: 'time', format: DATETIME_FORMAT, width: 140 },
      text('action', 160),
      text('user', 200),
      text('outcome', 90),
      text('counts', 220),
      text('error', 320),
    ],
  },
] as const satisfies readonly { readonly key: TabKey; readonly kind: 'input' | 'output'; readonly columns: readonly ColumnSpec[] }[];

/**
 * The column keys of tab `T`, as the schema lists them: `table.col`, the row readers and appended records take
 * these, so a misspelt key fails to compile instead of reading ''. A union of tabs gives the keys of any of them;
 * a tab without columns (Alignment, Dashboard, Brief) has none.
 */
export type ColumnKeyOf<T extends TabKey> = ColumnKeysByTab[T];

/** Every tab's column keys; indexing it by TabKey also makes the schema miss no tab. */
type ColumnKeysByTab = { [Tab in (typeof TABS)[number] as Tab['key']]: Tab['columns'][number]['key'] };

export const SCHEMA: readonly TabSpec[] = TABS;

/** The localized label pairs of a tab's columns, by column key. */
export function columnLabels(tab: TabKey): Readonly<Record<string, { en: string; vi: string }>> {
  return (COLUMN_LABELS as Record<string, Record<string, { en: string; vi: string }>>)[tab] ?? {};
}

export function tabSpec<T extends TabKey>(key: T): TabSpec<T> {
  // The entry whose key is `key` lists ColumnKeyOf<T>'s columns, by that type's definition.
  const spec = SCHEMA.find((t): t is TabSpec<T> => t.key === key);
  if (!spec) throw new Error(`no schema for tab ${key}`);
  return spec;
}

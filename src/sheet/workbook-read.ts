/** Reads every input tab once into the typed Workbook, with the problems of every unreadable cell. */
import { splitForeignCheckIns } from '../core/check-in-rights';
import { dayOf } from '../core/date-parse';
import { isBlank } from '../core/parsed';
import type { CellProblem, CheckIn, DuplicateTab, KeyResult, MissingColumn, Workbook } from '../core/model';
import type { SettingProblem, Settings } from '../core/settings';
import type { TabKey } from '../core/tabs';
import { rowReader, type ReadContext, type RowReader } from './row-reader';
import { SCHEMA, tabSpec, type ColumnKeyOf } from './schema';
import { readSettings } from './settings-read';
import { findTab, listedNamed, listTabs, readRowsWithIds, readTable, type Table, type TabList } from './table';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

function isBlankRow(cells: readonly unknown[]): boolean {
  return cells.every(isBlank);
}

/** The columns people type in `tab` that its header lacks: program-owned columns are the repair's, not a finding. */
function missingColumnsOf<K extends TabKey>(tab: K, table: Table<K>): MissingColumn[] {
  return tabSpec(tab)
    .columns.filter((c) => !c.owned && table.col(c.key) < 0)
    .map((c) => ({ tab, column: c.key }));
}

interface Missing {
  readonly tabs: TabKey[];
  readonly columns: MissingColumn[];
}

/**
 * Reads one tab's data rows through `build` (null leaves a row out), skipping blank rows and those `keep`
 * refuses; `idKey` names the row in problems.
 */
function readRows<K extends TabKey, T>(
  book: Book,
  tab: K,
  idKey: ColumnKeyOf<K>,
  ctx: ReadContext,
  missing: Missing,
  tables: { [P in NoInfer<K>]?: Table<P> },
  build: (r: RowReader<K>, row: number, table: Table<K>) => T | null,
  tabs: TabList,
  only?: ReadonlySet<string>,
  keep?: (r: RowReader<K>) => boolean,
): T[] {
  const table = only ? readRowsWithIds(book, tab, idKey, only, tabs) : readTable(book, tab, tabs);
  tables[tab] = table ?? undefined;
  if (!table) {
    missing.tabs.push(tab);
    return [];
  }
  missing.columns.push(...missingColumnsOf(tab, table));
  const out: T[] = [];
  table.rows.forEach((cells, i) => {
    if (isBlankRow(cells)) return;
    const row = i + 2;
    const idIndex = table.col(idKey);
    const id = idIndex >= 0 ? String(cells[idIndex] ?? '').trim() : '';
    const r = rowReader(tab, table, cells, row, id, ctx);
    if (keep && !keep(r)) return;
    const record = build(r, row, table);
    if (record !== null) out.push(record);
  });
  return out;
}

/**
 * The formulas of one column's data cells by sheet row, in one call. getValues gives a formula's result
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#getvalues), which looks like
 * a typed value: only getFormulas tells the two apart.
 */
function formulasOf<K extends TabKey>(table: Table<K>, key: ColumnKeyOf<K>): ReadonlyMap<number, string> {
  const col = table.col(key);
  const found = new Map<number, string>();
  if (col < 0 || table.rows.length === 0) return found;
  table.sheet
    .getRange(2, col + 1, table.rows.length, 1)
    .getFormulas()
    .forEach((line, i) => {
      const formula = String(line[0] ?? '');
      if (formula !== '') found.set(i + 2, formula);
    });
  return found;
}

/** Input tabs that two or more tabs answer to (by name in either language): only the first is read. */
function duplicateTabs(tabs: TabList): DuplicateTab[] {
  const out: DuplicateTab[] = [];
  for (const spec of SCHEMA) {
    if (spec.kind !== 'input') continue;
    const names = listedNamed(spec.key, tabs).map((tab) => tab.name);
    if (names.length > 1) out.push({ tab: spec.key, names });
  }
  return out;
}

/** The tables as read, for actions that write program-owned columns back without reading again. */
export type Tables = { [K in TabKey]?: Table<K> };

export interface ReadWorkbook {
  readonly workbook: Workbook;
  /** Check-ins kept in the tab but not counted (typed by someone who may not check that KR in): not in `workbook`. */
  readonly uncountedCheckIns: readonly CheckIn[];
  readonly settingProblems: readonly SettingProblem[];
  readonly tables: Tables;
}

/** A Key Results row as the workbook holds it: the one parser of a KR row, for the whole read and for onEdit's. */
export function keyResultOf(r: RowReader<'keyResults'>, row: number): KeyResult {
  return {
    row,
    id: r.text('krId'),
    objectiveId: r.text('objectiveId'),
    title: r.text('keyResult'),
    teamId: r.text('teamId'),
    ownerEmail: r.email('ownerEmail'),
    kind: r.choice('kind', 'krKind'),
    unit: r.text('unit'),
    start: r.number('start'),
    target: r.number('target'),
    weight: r.number('weight'),
  };
}

/** What of the workbook to parse when an action needs a part of it (every tab is still read whole otherwise). */
export interface ReadScope {
  /** Only the Key Results rows of these KR IDs are read (readRowsWithIds): for a check-in of a few. */
  readonly keyResults?: ReadonlySet<string>;
  /**
   * Only this cycle's rows are parsed: the KRs of its objectives, their check-ins and initiatives, the
   * dependencies for one of them (the tables still hold every row). Objectives are parsed whole, for the
   * alignment chains that cross cycles. For the archive, which must not parse a year of check-ins to copy a
   * quarter.
   */
  readonly cycleId?: string;
}

/**
 * Reads the workbook. `skip` leaves tabs unread (their lists are empty and they are not reported missing):
 * onEdit, with 30 s in all, must not read 100,000 check-ins to stamp one. `scope` parses a part (ReadScope):
 * rows outside it are absent from the lists, and their problems unreported.
 */
export function readWorkbook(
  book: Book,
  known?: { settings: Settings; problems: SettingProblem[] },
  skip: readonly TabKey[] = [],
  scope: ReadScope = {},
): ReadWorkbook {
  const { settings, problems: settingProblems } = known ?? readSettings(book);
  const problems: CellProblem[] = [];
  const missing: Missing = { tabs: [], columns: [] };
  const tables: Tables = {};
  const tabs = listTabs(book);
  if (!findTab(book, 'settings', tabs)) missing.tabs.push('settings');
  const ctx: ReadContext = { lang: settings.language, timeZone: settings.timeZone, problems };
  const read = <K extends TabKey, T>(
    tab: K,
    idKey: ColumnKeyOf<K>,
    build: (r: RowReader<K>, row: number, table: Table<K>) => T | null,
    keep?: (r: RowReader<K>) => boolean,
  ) => (skip.indexOf(tab) >= 0 ? [] : readRows(book, tab, idKey, ctx, missing, tables, build, tabs, tab === 'keyResults' ? scope.keyResults : undefined, keep));
  // With a cycle scope, a row is parsed when its `key` cell names one of the cycle's objectives or KRs; without
  // one there is no test at all (every action's read passes this way, row by row).
  const naming = <K extends TabKey>(key: ColumnKeyOf<K>, ids: ReadonlySet<string> | null) =>
    ids === null ? undefined : (r: RowReader<K>): boolean => ids.has(r.text(key));

  const cycles = read('cycles', 'cycleId', (r, row) => ({
    row,
    id: r.text('cycleId'),
    name: r.text('name'),
    start: r.day('start'),
    end: r.day('end'),
    status: r.choice('status', 'cycleStatus'),
  }));
  const people = read('people', 'email', (r, row) => ({
    row,
    email: r.email('email'),
    name: r.text('name'),
    teamId: r.text('teamId'),
    managerEmail: r.email('managerEmail'),
    language: r.choice('language', 'language'),
    // Blank is the default and an unreadable cell (an INVALID_VALUE finding) counts as yes: only a clear No opts out.
    winsDigest: r.choice('winsDigest', 'yesNo') !== 'no',
  }));
  const teams = read('teams', 'teamId', (r, row) => ({
    row,
    id: r.text('teamId'),
    name: r.text('name'),
    parentId: r.text('parentTeamId'),
    leadEmail: r.email('leadEmail'),
  }));
  const objectives = read('objectives', 'objectiveId', (r, row) => ({
    row,
    id: r.text('objectiveId'),
    cycleId: r.text('cycleId'),
    level: r.choice('level', 'level'),
    teamId: r.text('teamId'),
    ownerEmail: r.email('ownerEmail'),
    title: r.text('objective'),
    parentId: r.text('parentObjectiveId'),
    type: r.choice('type', 'objectiveType'),
    status: r.choice('status', 'objectiveStatus'),
  }));
  const { cycleId } = scope;
  const objectiveIds = cycleId === undefined ? null : new Set(objectives.filter((o) => o.cycleId === cycleId).map((o) => o.id));
  const keyResults = read('keyResults', 'krId', keyResultOf, naming('objectiveId', objectiveIds));
  const krIds = objectiveIds && new Set(keyResults.map((kr) => kr.id));
  const forIds = objectiveIds && krIds && new Set([...objectiveIds, ...krIds]);
  // A check-in counts only with a real date-time: one rule, here, so that Current, KR weekly, the rates,
  // the brief and reminders agree. Its other cells are still read, so that each problem is reported.
  let valueFormulas: ReadonlyMap<number, string> | null = null;
  const checkIns = read(
    'checkIns',
    'krId',
    (r, row, table): CheckIn | null => {
      valueFormulas = valueFormulas ?? formulasOf(table, 'value');
      const formula = valueFormulas.get(row);
      if (formula !== undefined) r.report('value', { code: 'FORMULA', input: formula });
      const at = r.instant('timestamp');
      const checkIn = {
        row,
        at,
        day: at ? dayOf(at, settings.timeZone) : null,
        krId: r.text('krId'),
        value: formula === undefined ? r.number('value') : null,
        confidence: r.choice('confidence', 'confidence'),
        progressNote: r.text('progressNote'),
        problems: r.text('problems'),
        plans: r.text('plans'),
        by: r.email('by'),
        source: r.choice('source', 'checkInSource'),
      };
      return at ? checkIn : null;
    },
    naming('krId', krIds),
  );
  const initiatives = read(
    'initiatives',
    'initiativeId',
    (r, row) => ({
      row,
      id: r.text('initiativeId'),
      krId: r.text('krId'),
      title: r.text('initiative'),
      ownerEmail: r.email('ownerEmail'),
      priority: r.number('priority'),
      status: r.choice('status', 'initiativeStatus'),
      reason: r.text('reason'),
    }),
    naming('krId', krIds),
  );
  const dependencies = read(
    'dependencies',
    'dependencyId',
    (r, row) => ({
      row,
      id: r.text('dependencyId'),
      requestingTeamId: r.text('requestingTeamId'),
      forId: r.text('forId'),
      providingTeamId: r.text('providingTeamId'),
      request: r.text('request'),
      requestedOn: r.day('requestedOn'),
      neededBy: r.day('neededBy'),
      status: r.choice('status', 'dependencyStatus'),
      backingKrId: r.text('backingKrId'),
      response: r.text('response'),
      decidedBy: r.email('decidedBy'),
    }),
    naming('forId', forIds),
  );
  const parsed: Workbook = {
    settings,
    cycles,
    people,
    teams,
    objectives,
    keyResults,
    checkIns,
    initiatives,
    dependencies,
    problems,
    missingTabs: missing.tabs,
    missingColumns: missing.columns,
    duplicateTabs: duplicateTabs(tabs),
  };
  // The sidebar's rule for a row typed in the sheet too: someone else's KR is kept but not counted.
  const { counted, foreign } = splitForeignCheckIns(parsed, settings.admins);
  const byCol = tables.checkIns ? tables.checkIns.col('by') : -1;
  for (const c of foreign) {
    problems.push({
      tab: 'checkIns',
      row: c.row,
      column: 'by',
      header: String(tables.checkIns!.header[byCol] ?? ''),
      id: c.krId,
      problem: { code: 'NOT_ALLOWED', input: c.by },
    });
  }
  return { workbook: { ...parsed, checkIns: counted }, uncountedCheckIns: foreign, settingProblems, tables };
}

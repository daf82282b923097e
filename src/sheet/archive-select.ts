/**
 * Which rows of the main workbook's input tabs belong to a cycle, and how a row is recognised again in its
 * archive. Pure: data in, data out.
 */
import { isDate } from '../core/date-parse';
import type { ReadWorkbook } from './workbook-read';
import type { TabKey } from '../core/tabs';
import { tabSpec } from './schema';
import type { ColumnIndex, Table } from './table';

/** The tabs whose rows move to a cycle's archive, children first: removing them in this order never leaves a row pointing at a removed one. */
export const ARCHIVED_TABS = ['checkIns', 'initiatives', 'dependencies', 'keyResults', 'objectives'] as const satisfies readonly TabKey[];
export type ArchivedTab = (typeof ARCHIVED_TABS)[number];

/**
 * The sheet rows (2 = first data row) of each archived tab that belong to cycle `cycleId`: its objectives,
 * the KRs of those objectives, the check-ins of those KRs (counted or not: one typed by someone who may not
 * check that KR in goes with its KR) and their initiatives, the dependencies for one of them. A row whose
 * parent cannot be found (a check-in of an unknown KR, one without a readable timestamp, which the workbook
 * read leaves out) belongs to no cycle and stays in the main workbook: nothing is lost.
 */
export function rowsOfCycle(read: Pick<ReadWorkbook, 'workbook' | 'uncountedCheckIns'>, cycleId: string): Readonly<Record<ArchivedTab, readonly number[]>> {
  const { workbook } = read;
  const objectives = workbook.objectives.filter((o) => o.cycleId === cycleId);
  const objectiveIds = new Set(objectives.map((o) => o.id));
  const keyResults = workbook.keyResults.filter((kr) => objectiveIds.has(kr.objectiveId));
  const krIds = new Set(keyResults.map((kr) => kr.id));
  const sorted = (rows: readonly { readonly row: number }[]): number[] => [...new Set(rows.map((r) => r.row))].sort((a, b) => a - b);
  return {
    objectives: sorted(objectives),
    keyResults: sorted(keyResults),
    checkIns: sorted([...workbook.checkIns, ...read.uncountedCheckIns].filter((c) => krIds.has(c.krId))),
    initiatives: sorted(workbook.initiatives.filter((i) => krIds.has(i.krId))),
    dependencies: sorted(workbook.dependencies.filter((d) => objectiveIds.has(d.forId) || krIds.has(d.forId))),
  };
}

/**
 * The sheet rows of the Log dated before `before`: the history of cycles archived by now. A row without a
 * readable time stays in the main workbook.
 */
export function logRowsBefore(log: Table<'log'>, before: Date): number[] {
  const col = log.col('time');
  const rows: number[] = [];
  log.rows.forEach((cells, i) => {
    const time = col >= 0 ? cells[col] : undefined;
    if (isDate(time) && time.getTime() < before.getTime()) rows.push(i + 2);
  });
  return rows;
}

/**
 * What identifies a row of `tab` in both books: the cells of the columns people type (the program's own
 * columns, such as a KR's Current, are recomputed by Refresh and may differ between the copy and the
 * removal). `col` finds a column by key in the row's header: each column is found once, not once a row (a
 * tab's rows are keyed by the hundred thousand). Dates by their instant; a row blank in all of them keys as ''.
 */
export function rowKey<T extends TabKey>(tab: T, col: ColumnIndex<T>): (cells: readonly unknown[]) => string {
  const indexes = typedColumns(tab, col);
  // Joined, not concatenated cell by cell: a concatenation is a rope that the Map flattens again on each lookup.
  const parts: string[] = new Array<string>(indexes.length);
  return (cells) => {
    let blank = true;
    for (let i = 0; i < indexes.length; i += 1) {
      parts[i] = partOf(cells, indexes[i]!);
      if (parts[i] !== '') blank = false;
    }
    return blank ? '' : parts.join('\u241f');
  };
}

/** The indexes in a row of the columns people type in `tab` (-1 for one its header lacks), in the schema's order. */
function typedColumns<T extends TabKey>(tab: T, col: ColumnIndex<T>): number[] {
  return tabSpec(tab)
    .columns.filter((c) => !c.owned)
    .map((c) => col(c.key));
}

/** One cell's share of a row key: '' when blank or absent, else its type with its text (a Date by its instant). */
function partOf(cells: readonly unknown[], index: number): string {
  const cell = index >= 0 ? cells[index] : undefined;
  if (isDate(cell)) return `d${cell.getTime()}`;
  return cell === undefined || cell === '' ? '' : `${typeof cell}:${String(cell)}`;
}

/** The rows of a tab as read, with the header's column lookup. */
type KeyedRows<T extends TabKey> = Pick<Table<T>, 'col' | 'rows'>;

/**
 * A cell as a Set member that cheaply says two cells may be equal: the cell itself, a Date by its instant. A
 * number and a Date of that instant meet, as may other unequal cells; equal ones always do.
 */
function probeOf(cells: readonly unknown[], index: number): unknown {
  const cell = index >= 0 ? cells[index] : undefined;
  return isDate(cell) ? cell.getTime() : (cell ?? '');
}

/**
 * The sheet rows of `main` that `archive` holds (rowsHeldByArchive over rowKey). A main row is keyed only when
 * its first typed cell may equal that of some archive row (probeOf; equal keys start alike): a year of
 * check-ins is not keyed whole to find a quarter's.
 */
export function heldRows<T extends TabKey>(tab: T, main: KeyedRows<T>, archive: KeyedRows<T>): number[] {
  const [archiveFirst = -1] = typedColumns(tab, archive.col);
  const [mainFirst = -1] = typedColumns(tab, main.col);
  const starts = new Set(archive.rows.map((cells) => probeOf(cells, archiveFirst)));
  const mainKey = rowKey(tab, main.col);
  const mainKeys = main.rows.map((cells) => (starts.has(probeOf(cells, mainFirst)) ? mainKey(cells) : ''));
  return rowsHeldByArchive(mainKeys, archive.rows.map(rowKey(tab, archive.col)));
}

/**
 * The sheet rows of `mainRows` (data rows, sheet row = index + 2) that the archive holds, each archive row
 * matching one main row at most: a row typed twice and archived once stays once.
 */
export function rowsHeldByArchive(mainKeys: readonly string[], archiveKeys: readonly string[]): number[] {
  const held = new Map<string, number>();
  for (const key of archiveKeys) held.set(key, (held.get(key) ?? 0) + 1);
  const rows: number[] = [];
  mainKeys.forEach((key, i) => {
    const left = held.get(key) ?? 0;
    if (left === 0 || key === '') return;
    held.set(key, left - 1);
    rows.push(i + 2);
  });
  return rows;
}

/** Sorted sheet rows as runs of adjacent rows, last run first (so that deleting one keeps the rows above in place). */
export function runsFromBottom(rows: readonly number[]): { readonly start: number; readonly count: number }[] {
  const runs: { start: number; count: number }[] = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.count === row) last.count += 1;
    else runs.push({ start: row, count: 1 });
  }
  return runs.reverse();
}

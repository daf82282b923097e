/**
 * A closed cycle's archive spreadsheet: made once, its id kept in the script properties with how far the
 * copy got, its tabs named and headed as in the main workbook (Looker Studio reads its KR weekly and
 * Check-in rate with the same fields).
 */
import { isDate } from '../core/date-parse';
import type { Lang } from '../core/lang';
import type { TabKey } from '../core/tabs';
import { COLUMN_LABELS, TAB_LABELS } from '../i18n/tabs';
import { asCellText } from './cell';
import { SPARE_ROWS, trimKnownGrid } from './grid-cells';
import { ensureGrid } from './output';
import { rowIndexById, type Table } from './table';

type Cell = string | number | boolean | Date;
type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Properties = GoogleAppsScript.Properties.Properties;

/** How far the archive of one cycle got. Kept from right after the spreadsheet is made until its rows are out of the main workbook. */
export interface ArchiveState {
  readonly id: string;
  /** Tabs written whole into the archive. */
  readonly copied: readonly TabKey[];
  /** Data rows written so far of the tab being copied (each tab is written in chunks, over several runs when large). */
  readonly rows: Partial<Record<TabKey, number>>;
}

const stateKey = (cycleId: string): string => `okr.archive.${cycleId}`;

/** The state of `cycleId`'s archive in progress; null when none is (a property edited by hand counts as none only if it has no id). */
export function readArchiveState(props: Properties, cycleId: string): ArchiveState | null {
  // Read outside the try: a property service that fails must fail the run, not read as "no archive yet",
  // which would make a second spreadsheet for the cycle.
  const stored = props.getProperty(stateKey(cycleId));
  try {
    const parsed = JSON.parse(stored ?? 'null') as Partial<ArchiveState> | null;
    if (!parsed || typeof parsed.id !== 'string' || parsed.id === '') return null;
    const rows = typeof parsed.rows === 'object' && parsed.rows !== null ? parsed.rows : {};
    return { id: parsed.id, copied: Array.isArray(parsed.copied) ? parsed.copied : [], rows };
  } catch {
    return null;
  }
}

export function writeArchiveState(props: Properties, cycleId: string, state: ArchiveState): void {
  props.setProperty(stateKey(cycleId), JSON.stringify(state));
}

export function clearArchiveState(props: Properties, cycleId: string): void {
  props.deleteProperty(stateKey(cycleId));
}

/** The archive's tab of `key` by its name in either language (the workbook's language may change between runs); null when missing. */
export function findArchiveTab(book: Book, key: TabKey): Sheet | null {
  return book.getSheetByName(TAB_LABELS[key].en) ?? book.getSheetByName(TAB_LABELS[key].vi);
}

/**
 * The archive's tab of `key`, named in `lang`: found by name, else made. The spreadsheet is born with one
 * empty sheet (its name depends on the creator's language); the first tab takes it over instead of leaving
 * an empty tab behind.
 */
export function archiveTab(book: Book, key: TabKey, lang: Lang): Sheet {
  const name = TAB_LABELS[key][lang];
  const found = findArchiveTab(book, key);
  if (found) return found;
  const sheets = book.getSheets();
  const first = sheets[0];
  const ours = new Set(Object.values(TAB_LABELS).map((label) => label[lang]));
  if (sheets.length === 1 && first && !ours.has(first.getName()) && first.getLastRow() === 0) {
    first.setName(name);
    return first;
  }
  return book.insertSheet(name);
}

/** A cell as the archive keeps it: typed text stays text (asCellText), anything else not a cell value becomes its text. */
function archiveCell(value: unknown): Cell {
  if (typeof value === 'string') return asCellText(value);
  return isDate(value) || typeof value === 'number' || typeof value === 'boolean' ? value : String(value ?? '');
}

/** `row` as `width` archive cells, cut or padded with blanks (a loop: two million cells a large archive run). */
function fitted(row: readonly unknown[], width: number): Cell[] {
  const cells = new Array<Cell>(width);
  for (let c = 0; c < width; c += 1) cells[c] = archiveCell(row[c] ?? '');
  return cells;
}

/**
 * Writes data rows of a tab from data row `from` (0-based) on, below `header`: one setValues of `rows`,
 * each cut or padded to the header's width. A rerun from the same `from` writes the same cells again, so a
 * cut between the write and the state's update doubles nothing.
 */
export function writeArchiveRows(sheet: Sheet, header: readonly unknown[], from: number, rows: readonly (readonly unknown[])[]): void {
  const width = header.length;
  const firstRow = from + 2;
  ensureGrid(sheet, firstRow + rows.length - 1, width);
  if (from === 0) sheet.getRange(1, 1, 1, width).setValues([header.map(archiveCell)]);
  if (rows.length > 0) sheet.getRange(firstRow, 1, rows.length, width).setValues(rows.map((r) => fitted(r, width)));
}

/** After a tab's last rows: the header frozen, the grid cut to them (plus the spare rows every output table keeps). */
export function trimArchiveTab(sheet: Sheet, total: number, width: number): void {
  if (sheet.getFrozenRows() !== 1) sheet.setFrozenRows(1);
  trimKnownGrid(sheet, { maxRows: sheet.getMaxRows(), maxColumns: sheet.getMaxColumns(), lastRow: total + 1, lastColumn: width }, SPARE_ROWS, 0);
}

/**
 * Writes an archive's URL into its cycle's row of Cycles (`cycles` read under the caller's lock), adding the
 * program's Archive column, headed in `lang`, when the tab lacks it. A cycle no row holds is left alone.
 */
export function writeArchiveLink(cycles: Table<'cycles'>, cycleId: string, url: string, lang: Lang): void {
  const index = rowIndexById(cycles, 'cycleId', cycleId);
  if (index < 0) return;
  const { sheet } = cycles;
  let col = cycles.col('archive');
  if (col < 0) {
    col = Math.max(sheet.getLastColumn(), cycles.header.length);
    ensureGrid(sheet, 1, col + 1);
    sheet.getRange(1, col + 1).setValue(asCellText(COLUMN_LABELS.cycles.archive[lang]));
  }
  if (String(cycles.rows[index]![col] ?? '') !== url) sheet.getRange(index + 2, col + 1).setValue(asCellText(url));
}

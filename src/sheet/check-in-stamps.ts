/**
 * Stamping check-ins typed in the sheet: Timestamp, By and Source where they are blank, and only those cells.
 * onEdit stamps them itself; when the lock stays busy it leaves the rows and the time here (one script
 * property per edit: nothing to lose to a concurrent write) for the next run that holds the lock.
 */
import { choiceLabel } from '../core/choice-parse';
import type { Lang } from '../core/lang';
import { writeChanged } from './cell-writes';
import { enqueue, queued } from './property-queue';
import { findTab, headerIndex } from './table';
import type { Services } from './services';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Rows typed at `at` by `by` ('' when Google did not say who). */
export interface Edited {
  readonly first: number;
  readonly count: number;
  readonly at: Date;
  readonly by: string;
}

const PENDING_PREFIX = 'okr.pendingStamp.';

/** Keeps an edit that onEdit could not stamp for want of the lock. */
export function rememberStamp(props: GoogleAppsScript.Properties.Properties, edited: Edited): void {
  enqueue(props, PENDING_PREFIX, `${edited.at.getTime()}.${edited.first}.${edited.count}`, { ...edited, at: edited.at.toISOString() });
}

/** Stamps the rows onEdit could not stamp itself; the caller holds the lock. Returns how many edits it applied. */
export function applyPendingStamps(s: Pick<Services, 'book' | 'props'>, lang: Lang): number {
  const items = queued(s.props, PENDING_PREFIX);
  if (items.length === 0) return 0;
  const sheet = findTab(s.book, 'checkIns');
  for (const { key, value } of items) {
    const pending = pendingOf(value);
    // A failing stamp keeps its key for the next run; an unreadable one has nothing left to stamp.
    if (pending && sheet) stampRows(sheet, pending, lang);
    s.props.deleteProperty(key);
  }
  return items.length;
}

function pendingOf(value: unknown): Edited | null {
  const p = (typeof value === 'object' && value !== null ? value : {}) as { first?: unknown; count?: unknown; at?: unknown; by?: unknown };
  const at = new Date(String(p.at));
  const ok = typeof p.first === 'number' && typeof p.count === 'number' && typeof p.by === 'string' && !Number.isNaN(at.getTime());
  return ok ? { first: p.first as number, count: p.count as number, at, by: p.by as string } : null;
}

/**
 * Stamps Timestamp, By and Source where they are blank on the check-in rows of `edited`, writing only
 * those cells. Returns the rows as read, with the column index of the tab.
 */
export function stampRows(sheet: Sheet, edited: Edited, lang: Lang): { rows: unknown[][]; col: (key: string) => number } {
  const width = sheet.getLastColumn();
  const col = headerIndex('checkIns', sheet.getRange(1, 1, 1, width).getValues()[0] ?? []);
  const rows = sheet.getRange(edited.first, 1, edited.count, width).getValues();
  const stamp = { timestamp: edited.at, by: edited.by, source: choiceLabel('checkInSource', 'sheet', lang) };
  const isCheckIn = (row: readonly unknown[]) => String(row[col('krId')] ?? '').trim() !== '' || (row[col('value')] ?? '') !== '';
  const keys = (['timestamp', 'by', 'source'] as const).filter((key) => col(key) >= 0 && !(key === 'by' && stamp.by === ''));
  const only = rows.length === 1 ? rows[0]! : null;
  if (only) {
    // One row, as a person types: its stamps across the row, one write per run of adjacent cells (By and
    // Source are neighbours), not one per column.
    const after = only.slice();
    if (isCheckIn(only)) for (const key of keys) if (only[col(key)] === '') after[col(key)] = stamp[key];
    writeChanged(sheet, { row: edited.first, column: 1 }, 'across', only, after);
    return { rows, col };
  }
  for (const key of keys) {
    const index = col(key);
    const column = rows.map((row) => row[index]);
    writeChanged(
      sheet,
      { row: edited.first, column: index + 1 },
      'down',
      column,
      rows.map((row, i) => (isCheckIn(row) && column[i] === '' ? stamp[key] : column[i])),
    );
  }
  return { rows, col };
}

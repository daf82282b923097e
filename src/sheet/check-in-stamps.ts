/**
 * Stamping check-ins typed in the sheet: Timestamp, By and Source where they are blank, and only those cells.
 * onEdit stamps them itself; when the lock stays busy it leaves the rows and the time here (one script
 * property per edit: nothing to lose to a concurrent write) for the next run that holds the lock.
 */
import { choiceLabel } from '../i18n/choice-labels';
import type { Lang } from '../core/lang';
import { writePatch } from './cell-patch';
import { readEditedHeader, readEditedRows, type EditedRows } from './edited-rows';
import { enqueue, queued } from './property-queue';
import { findTab } from './table';
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
 * Stamps Timestamp, By and Source where they are blank on the check-in rows of `edited`, writing only those
 * cells (writePatch: one row typed is one write per run across it, By and Source being neighbours; a pasted
 * block one per run down its columns at most). Returns the rows as read, before their stamps.
 */
export function stampRows(sheet: Sheet, edited: Edited, lang: Lang): EditedRows<'checkIns'> {
  const typed = readEditedRows(readEditedHeader(sheet, 'checkIns'), edited.first, edited.count);
  const { col } = typed.table;
  const stamp = { timestamp: edited.at, by: edited.by, source: choiceLabel('checkInSource', 'sheet', lang) };
  const isCheckIn = (row: readonly unknown[]) => String(row[col('krId')] ?? '').trim() !== '' || (row[col('value')] ?? '') !== '';
  const keys = (['timestamp', 'by', 'source'] as const).filter((key) => col(key) >= 0 && !(key === 'by' && stamp.by === ''));
  const patch = typed.rows.map((row) => {
    const cells: unknown[] = new Array<unknown>(row.length).fill(undefined);
    if (isCheckIn(row)) for (const key of keys) if (row[col(key)] === '') cells[col(key)] = stamp[key];
    return cells;
  });
  writePatch(sheet, { row: edited.first, column: 1 }, patch);
  return typed;
}

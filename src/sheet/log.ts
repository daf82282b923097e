/**
 * The Log tab: one row per program action or trigger run, and one per reminder sent, whose ledger key
 * (in Counts, as `key=…`) is what keeps a reminder from going out twice. A person reads it in the
 * workbook's language at the time of writing (i18n/log.ts); what the program reads back does not depend
 * on that language: the action's identifier is found again from its label in either language (or from the
 * identifier itself, in rows written before the Log was translated), and the ledger key and the initiative
 * change keep their machine form.
 */
import { isDate } from '../core/date-parse';
import type { Lang } from '../core/lang';
import { actionLabel, actionOfLabel, countLabel, outcomeLabel, RECORD_COUNTS, type LogAction } from '../i18n/log';
import { COLUMN_LABELS } from '../i18n/tabs';
import { asCellText } from './cell';
import { currentHold, holdsLock, withLock } from './lock';
import { enqueue, queued } from './property-queue';
import type { Services } from './services';
import { ownTab, findOwnTab } from './tab-registry';
import type { ColumnKeyOf } from './schema';
import { headerIndex, readSheet, type ColumnIndex } from './table';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Properties = GoogleAppsScript.Properties.Properties;
interface LogServices {
  readonly book: Book;
  readonly props: Properties;
}

export interface LogEntry {
  readonly time: Date;
  readonly action: LogAction;
  readonly user: string;
  readonly outcome: string;
  readonly counts: Readonly<Record<string, number | string>>;
  readonly error: string;
}

const LOG_KEYS = ['time', 'action', 'user', 'outcome', 'counts', 'error'] as const;
const LEDGER_PREFIX = 'key=';
const CHANGE_PREFIX = 'change=';

/** The ledger key a reminder row carries. */
export function ledgerCounts(key: string): Readonly<Record<string, string>> {
  return { key };
}

/** Rows added to the Log's grid at a time, so that appending one reminder's row rarely has to grow it. */
const GROW_ROWS = 200;

/**
 * Appends entries in one write below the last row, under the lock (Log rows are only ever added, never
 * rewritten: a position computed outside the lock could land on another run's row). The tab is the
 * program's own (created again if someone deleted it: the log must never be lost).
 */
export function appendLog(s: LogServices, lang: Lang, ...entries: readonly LogEntry[]): void {
  if (entries.length === 0) return;
  if (!holdsLock()) throw new Error('the Log is written only under the lock');
  const { sheet, width, col, next } = logEnd(s, lang);
  const rows = entries.map((entry) => {
    const row: unknown[] = new Array(width).fill('');
    const counts = countsText(entry.counts, lang);
    const cells: Record<(typeof LOG_KEYS)[number], unknown> = {
      time: entry.time,
      action: actionLabel(entry.action, lang),
      user: entry.user,
      outcome: outcomeLabel(entry.outcome, lang),
      counts: asCellText(counts),
      error: asCellText(entry.error),
    };
    LOG_KEYS.forEach((key, i) => {
      const index = col(key);
      row[index >= 0 ? index : i] = cells[key];
    });
    return row;
  });
  const last = next.row + rows.length - 1;
  if (last > next.maxRows) {
    sheet.insertRowsAfter(next.maxRows, last - next.maxRows + GROW_ROWS);
    next.maxRows = last + GROW_ROWS;
  }
  sheet.getRange(next.row, 1, rows.length, width).setValues(rows);
  next.row = last + 1;
}

interface LogEnd {
  readonly hold: number;
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  readonly width: number;
  readonly col: ColumnIndex<'log'>;
  readonly next: { row: number; maxRows: number };
}

/**
 * Where the Log ends, learnt once per hold of the lock: only the program writes the Log, and only under
 * the lock, so within one hold the end moves only by our own appends. One reminder's row then costs one
 * write, not six calls.
 */
let end: LogEnd | null = null;

function logEnd(s: LogServices, lang: Lang): LogEnd {
  const hold = currentHold();
  if (end && end.hold === hold) return end;
  const { sheet, created } = ownTab(s.book, s.props, 'log', lang);
  if (created) sheet.getRange(1, 1, 1, LOG_KEYS.length).setValues([LOG_KEYS.map((k) => COLUMN_LABELS.log[k][lang])]);
  const width = Math.max(sheet.getLastColumn(), LOG_KEYS.length);
  const col = headerIndex('log', sheet.getRange(1, 1, 1, width).getValues()[0] ?? []);
  end = { hold, sheet, width, col, next: { row: Math.max(sheet.getLastRow(), 1) + 1, maxRows: sheet.getMaxRows() } };
  return end;
}

/** A Log row's Counts cell, as a person reads it: `KR: 11 · thay đổi sáng kiến: 0`, records as they are. */
function countsText(counts: LogEntry['counts'], lang: Lang): string {
  return Object.keys(counts)
    .map((k) => (RECORD_COUNTS.has(k) ? `${k}=${counts[k]}` : `${countLabel(k, lang)}: ${counts[k]}`))
    .join(' · ');
}

/** The Counts cell as rows written before the Log was translated hold it. */
const legacyCountsText = (counts: LogEntry['counts']): string =>
  Object.keys(counts)
    .map((k) => `${k}=${counts[k]}`)
    .join(', ');

/** What a journalled entry's Counts cell may read in the Log: it was moved in some language, or before translation. */
const countsForms = (counts: LogEntry['counts']): string[] => [legacyCountsText(counts), countsText(counts, 'en'), countsText(counts, 'vi')];

const JOURNAL_PREFIX = 'okr.sent.';
let journalCount = 0;

/**
 * Writes entries to the Log under the lock (waiting at most `waitMs` for it), or, when the Log cannot be
 * written or the lock cannot be had, to the script properties: a second store that a Sheets failure or a
 * stuck writer does not take down. Either way nothing is lost: sentLedger reads both, and the daily run's
 * moveJournal brings the second into the Log. Returns the error that kept the Log from being written,
 * if any, for the caller to stop on. What was sent is recorded this way, one mail at a time, as it goes.
 */
export function recordLog(s: Pick<Services, 'book' | 'props' | 'lock' | 'app'>, lang: Lang, entries: readonly LogEntry[], waitMs?: number): unknown {
  try {
    withLock(s, () => appendLog(s, lang, ...entries), waitMs);
    return null;
  } catch (error) {
    journalCount += 1;
    enqueue(
      s.props,
      JOURNAL_PREFIX,
      `${entries[0]?.time.getTime() ?? 0}.${journalCount}`,
      entries.map((e) => ({ ...e, time: e.time.toISOString() })),
    );
    return error;
  }
}

/** Entries recorded in the script properties because the Log failed, with their property keys. */
function readJournal(props: Properties): { key: string; entries: LogEntry[] }[] {
  return queued(props, JOURNAL_PREFIX).map(({ key, value }) => {
    const parsed = Array.isArray(value) ? (value as (Omit<LogEntry, 'time'> & { time: string })[]) : [];
    return { key, entries: parsed.map((e) => ({ ...e, time: new Date(e.time) })) };
  });
}

/** The ledger keys held in the script properties' journal. */
export function journalKeys(props: Properties): Set<string> {
  const keys = new Set<string>();
  for (const { entries } of readJournal(props)) for (const e of entries) if (typeof e.counts.key === 'string') keys.add(e.counts.key);
  return keys;
}

/**
 * The record readLog reads back from the row appendLog writes for `entry` in `lang`: text written through
 * asCellText reads without its apostrophe, which is not part of the value.
 */
function writtenRecord(entry: LogEntry, lang: Lang): LogRecord {
  const action = actionLabel(entry.action, lang);
  return {
    time: entry.time,
    action: actionOfLabel(action) ?? action,
    user: entry.user,
    outcome: outcomeLabel(entry.outcome, lang),
    counts: asCellText(countsText(entry.counts, lang)).slice(1),
    error: asCellText(entry.error).slice(1),
  };
}

/**
 * Moves journalled entries into the Log (under the lock), then forgets them, in the same append as `also`
 * (the caller's own rows); returns how many journal entries moved and the Log's records as the move leaves
 * them (`log` and the rows it added), so that a caller needs no second read of the Log in the same hold.
 */
export function moveJournal(
  s: LogServices,
  lang: Lang,
  log: readonly LogRecord[] = readLog(s),
  also: readonly LogEntry[] = [],
): { moved: number; log: LogRecord[] } {
  const journal = readJournal(s.props);
  // One write for all, then the keys: a move cut off in between left its rows in the Log and its keys here,
  // so rows the Log (`log`, as read by this hold) already holds are not written again.
  // Rows are matched by the action's identifier and by the Counts cell in any of its forms: the language may
  // have been switched between the move that was cut off and this one.
  const present = new Set(log.map((r) => `${r.time ? r.time.getTime() : ''}|${r.action}|${r.user}|${r.counts}`));
  const entries = journal
    .flatMap((j) => j.entries)
    .filter((e) => !countsForms(e.counts).some((counts) => present.has(`${e.time.getTime()}|${e.action}|${e.user}|${counts}`)));
  const rows = [...entries, ...also];
  if (rows.length > 0) appendLog(s, lang, ...rows);
  for (const { key } of journal) s.props.deleteProperty(key);
  return { moved: entries.length, log: [...log, ...rows.map((e) => writtenRecord(e, lang))] };
}

/** What a property value holds at most (9 kB, https://developers.google.com/apps-script/guides/services/quotas), with room to spare. */
const BATCH_CHARS = 8000;

/**
 * A journal of one run's own, for mail sent without the lock (the daily run's sending, so that check-ins are
 * never kept waiting behind it): each call records its entries at once, in a property only this run writes
 * (a batch rewritten as it grows, a new one past 8 kB), one property write a mail. The next hold of the lock
 * moves it into the Log (moveJournal); sentLedger reads it meanwhile.
 */
export function runJournal(props: Properties, runId: string): (entries: readonly LogEntry[]) => void {
  let batch = 0;
  let held: string[] = [];
  return (entries) => {
    const added = entries.map((e) => JSON.stringify({ ...e, time: e.time.toISOString() }));
    const full = held.length > 0 && held.join(',').length + added.join(',').length > BATCH_CHARS;
    const next = full ? added : held.concat(added);
    props.setProperty(`${JOURNAL_PREFIX}${runId}.${String(full ? batch + 1 : batch).padStart(4, '0')}`, `[${next.join(',')}]`);
    // Only once written: entries the properties refused are the caller's to record elsewhere, not this batch's.
    if (full) batch += 1;
    held = next;
  };
}

/** A Log row as read back. */
export interface LogRecord {
  readonly time: Date | null;
  /** The action's identifier, whatever language the row was written in; the cell's text when it names none. */
  readonly action: string;
  readonly user: string;
  readonly outcome: string;
  readonly counts: string;
  readonly error: string;
}

/** Every row of the Log (one read of the tab); empty when there is no Log. */
export function readLog(s: LogServices): LogRecord[] {
  const sheet = findOwnTab(s.book, s.props, 'log');
  if (!sheet) return [];
  const table = readSheet(sheet, 'log');
  const cell = (row: readonly unknown[], key: ColumnKeyOf<'log'>) => {
    const index = table.col(key);
    return index >= 0 ? row[index] : '';
  };
  return table.rows.map((row) => {
    const time = cell(row, 'time');
    const action = String(cell(row, 'action') ?? '');
    return {
      time: isDate(time) ? time : null,
      action: actionOfLabel(action) ?? action,
      user: String(cell(row, 'user') ?? ''),
      outcome: String(cell(row, 'outcome') ?? ''),
      counts: String(cell(row, 'counts') ?? ''),
      error: String(cell(row, 'error') ?? ''),
    };
  });
}

/** The ledger keys of what was already sent: the Log's and the journal's (see recordLog). */
export function sentLedger(props: Properties, records: readonly LogRecord[]): Set<string> {
  const keys = ledgerOf(records);
  journalKeys(props).forEach((key) => keys.add(key));
  return keys;
}

/** The ledger keys of the reminders (and weekly briefs, review packs) in Log rows, in any language. */
export function ledgerOf(records: readonly LogRecord[]): Set<string> {
  const keys = new Set<string>();
  for (const record of records) {
    // The whole rest of the cell: a key holds IDs people typed, which may hold a comma ("pack:Q1:Sales, HN").
    const key = recordOf(record, LEDGER_PREFIX);
    if (key !== null) keys.add(key.trim());
  }
  return keys;
}

/** The record a row's Counts cell holds under `prefix` (`key=`, `change=`), or null when it holds none. */
function recordOf(record: LogRecord, prefix: string): string | null {
  const text = record.counts.trim();
  return text.startsWith(prefix) ? text.slice(prefix.length) : null;
}

/** The initiative change a row records (initiative-log.ts writes it as JSON), unparsed; null for other rows. */
export function changeOf(record: LogRecord): string | null {
  return recordOf(record, CHANGE_PREFIX);
}

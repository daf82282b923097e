/**
 * "Archive closed cycles" (admin): each Closed cycle without an archive gets a spreadsheet of its own holding
 * its Objectives, Key Results, Check-ins, Initiatives and Dependencies rows and its KR weekly and Check-in
 * rate as of its last day (headed as in the main workbook, so Looker Studio reads them with the same
 * fields); its URL goes into the Cycles row, then its rows leave the main workbook, so that every action
 * reads the active cycle, not the history. Reviews stay: they are the teams' reflection and what the
 * history checks read.
 *
 * Cut off at any call, a rerun finishes: the archive's id is kept (script properties) right after it is
 * made, each archive tab is written whole in one write (a rerun writes the same), rows leave the main
 * workbook only after every tab is copied and only when the archive holds them (archive-remove.ts). Writes
 * to the archive take no lock: no other action knows the archive until its URL is in Cycles, and a second
 * admin running this at the same time writes the same cells. Writes to the main workbook hold the lock.
 */
import type { Cycle, Workbook } from '../core/model';
import { buildCheckinRate, checkinRateValues } from '../core/summary-checkin-rate';
import { buildKrWeekly, krWeeklyValues } from '../core/summary-kr-weekly';
import { CHECKIN_RATE_COLUMNS, KR_WEEKLY_COLUMNS } from '../core/looker-columns';
import { COLUMN_LABELS } from '../i18n/tabs';
import {
  archiveTab,
  clearArchiveState,
  findArchiveTab,
  readArchiveState,
  trimWeekly,
  writeArchiveState,
  writeArchiveTab,
  writeWeeklyRows,
  type ArchiveState,
} from '../sheet/archive-book';
import { removeArchivedRows } from '../sheet/archive-remove';
import { ARCHIVED_TABS, rowsOfCycle } from '../sheet/archive-select';
import { asCellText } from '../sheet/cell';
import { withLock } from '../sheet/lock';
import type { Services } from '../sheet/services';
import { readSheet, readTable } from '../sheet/table';
import { readWorkbook } from '../sheet/workbook-read';
import { runAction, type ActionContext, type ActionOutcome } from './run';

/**
 * Work started after this much of a run stops at the next step and the admin runs the action again: each
 * step (one KR weekly chunk, one tab) takes well under a minute, so a run stays under 4 minutes.
 */
export const ARCHIVE_BUDGET_MS = 3 * 60 * 1000;

/**
 * KR weekly is copied in chunks of about this many cells: one setValues each, about 15 s at the measured
 * 60 µs a cell (latency.ts). A large org's quarter (104,000 rows × 27 columns) takes 12 chunks.
 */
export const WEEKLY_CHUNK_CELLS = 250_000;

/** The cycle as if running on its last day: what the summaries would have written then. */
function asOfItsEnd(workbook: Workbook, cycle: Cycle): Workbook {
  return { ...workbook, cycles: [{ ...cycle, status: 'Active' }] };
}

/** The cycle's KR weekly values, week after week as the summary writes them (summary.ts weekBlocks). */
function weeklyValues(workbook: Workbook, cycle: Cycle, now: Date): (string | number | boolean | Date)[][] {
  if (cycle.end === null || cycle.start === null) return [];
  const rows = buildKrWeekly(asOfItsEnd(workbook, cycle), cycle.end, now)
    .slice()
    .sort((a, b) => a.week_start - b.week_start);
  return krWeeklyValues(rows, workbook.settings.timeZone);
}

function rateValues(workbook: Workbook, cycle: Cycle): (string | number | Date)[][] {
  if (cycle.end === null || cycle.start === null) return [];
  return checkinRateValues(buildCheckinRate(asOfItsEnd(workbook, cycle), cycle.end), workbook.settings.timeZone);
}

type Step = 'done' | 'paused';

/** Copies what the state says is not yet in the archive; 'paused' when the run's time is up first. */
function copy(ctx: ActionContext, cycle: Cycle, state: ArchiveState, started: number): { step: Step; state: ArchiveState } {
  const { s, settings } = ctx;
  const lang = settings.language;
  const book = s.app.openById(state.id);
  const read = readWorkbook(s.book, ctx.known);
  const rows = rowsOfCycle(read.workbook, cycle.id);
  let now = state;
  const mark = (next: ArchiveState): void => {
    writeArchiveState(s.props, cycle.id, next);
    now = next;
  };
  for (const tab of ARCHIVED_TABS) {
    if (now.copied.indexOf(tab) >= 0) continue;
    const table = read.tables[tab];
    if (table)
      writeArchiveTab(
        archiveTab(book, tab, lang),
        table.header,
        rows[tab].map((row) => table.rows[row - 2]!),
      );
    mark({ ...now, copied: [...now.copied, tab] });
  }
  if (now.copied.indexOf('krWeekly') < 0) {
    const values = weeklyValues(read.workbook, cycle, s.now());
    const header = KR_WEEKLY_COLUMNS.slice();
    const sheet = archiveTab(book, 'krWeekly', lang);
    const chunk = Math.max(1, Math.floor(WEEKLY_CHUNK_CELLS / header.length));
    for (let at = now.weeklyRows; at < values.length || (at === 0 && values.length === 0); at += chunk) {
      if (s.now().getTime() - started > ARCHIVE_BUDGET_MS) return { step: 'paused', state: now };
      const part = values.slice(at, at + chunk);
      writeWeeklyRows(sheet, header, at, part);
      mark({ ...now, weeklyRows: at + part.length });
      if (part.length === 0) break;
    }
    trimWeekly(sheet, values.length, header.length);
    mark({ ...now, copied: [...now.copied, 'krWeekly'] });
  }
  if (now.copied.indexOf('checkinRate') < 0) {
    writeArchiveTab(archiveTab(book, 'checkinRate', lang), CHECKIN_RATE_COLUMNS.slice(), rateValues(read.workbook, cycle));
    mark({ ...now, copied: [...now.copied, 'checkinRate'] });
  }
  return { step: 'done', state: now };
}

/** Writes the archive's URL into the cycle's row, adding the program's Archive column when the tab lacks it. */
function link(ctx: ActionContext, cycleId: string, url: string): void {
  const { s, settings } = ctx;
  withLock(s, () => {
    const cycles = readTable(s.book, 'cycles');
    if (!cycles) return;
    const index = cycles.rows.findIndex((row) => String(row[cycles.col('cycleId')] ?? '').trim() === cycleId);
    if (index < 0) return;
    let col = cycles.col('archive');
    if (col < 0) {
      col = Math.max(cycles.sheet.getLastColumn(), cycles.header.length);
      if (col + 1 > cycles.sheet.getMaxColumns()) cycles.sheet.insertColumnsAfter(cycles.sheet.getMaxColumns(), 1);
      cycles.sheet.getRange(1, col + 1).setValue(asCellText(COLUMN_LABELS.cycles.archive[settings.language]));
    }
    if (String(cycles.rows[index]![col] ?? '') !== url) cycles.sheet.getRange(index + 2, col + 1).setValue(asCellText(url));
  });
}

/** Takes the rows the archive holds out of the main workbook, one tab per hold of the lock; returns how many went. */
function remove(s: Services, state: ArchiveState): number {
  const book = s.app.openById(state.id);
  let removed = 0;
  for (const tab of ARCHIVED_TABS) {
    const archived = findArchiveTab(book, tab);
    if (!archived) continue;
    const archive = readSheet(archived, tab);
    removed += withLock(s, () => {
      const main = readTable(s.book, tab);
      return main ? removeArchivedRows(tab, main, archive) : 0;
    });
  }
  return removed;
}

/** Closed cycles without an archive yet, and those whose archive a run cut short (in Cycles order). */
function cyclesToArchive(ctx: ActionContext): Cycle[] {
  const { s } = ctx;
  const { workbook, tables } = readWorkbook(s.book, ctx.known, ['checkIns', 'keyResults', 'objectives', 'initiatives', 'dependencies', 'reviews']);
  const cycles = tables.cycles;
  const linked = (cycle: Cycle): boolean => {
    const col = cycles ? cycles.col('archive') : -1;
    return col >= 0 && String(cycles!.rows[cycle.row - 2]?.[col] ?? '').trim() !== '';
  };
  return workbook.cycles.filter((c) => c.id !== '' && (readArchiveState(s.props, c.id) !== null || (c.status === 'Closed' && !linked(c))));
}

function archiveAll(ctx: ActionContext): ActionOutcome {
  const { s, t, settings } = ctx;
  const started = s.now().getTime();
  const done: string[] = [];
  let removed = 0;
  for (const cycle of cyclesToArchive(ctx)) {
    const name = cycle.name || cycle.id;
    let state = readArchiveState(s.props, cycle.id);
    if (!state) {
      const made = s.app.create(t.archive.bookName(settings.companyName, name));
      state = { id: made.getId(), copied: [], weeklyRows: 0 };
      writeArchiveState(s.props, cycle.id, state);
    }
    const copied = copy(ctx, cycle, state, started);
    if (copied.step === 'paused' || s.now().getTime() - started > ARCHIVE_BUDGET_MS) {
      return { message: t.archive.paused(name, done.join(', ')), counts: { archived: done.length, paused: 1, removed } };
    }
    link(ctx, cycle.id, s.app.openById(state.id).getUrl());
    removed += remove(s, copied.state);
    clearArchiveState(s.props, cycle.id);
    done.push(name);
  }
  return { message: done.length === 0 ? t.archive.none : t.archive.done(done.join(', ')), counts: { archived: done.length, paused: 0, removed } };
}

export function runArchive(s: Services): void {
  runAction(s, { name: 'archiveCycles', writes: false, who: 'admin', from: 'menu' }, archiveAll);
}

/**
 * "Archive closed cycles" (admin): each Closed cycle without an archive gets a spreadsheet of its own holding
 * its Objectives, Key Results, Check-ins, Initiatives and Dependencies rows, its KR weekly and Check-in
 * rate as of its last day (headed as in the main workbook, so Looker Studio reads them with the same
 * fields) and the Log rows before the week after it ended; its URL goes into the Cycles row, then its rows
 * leave the main workbook, so that every action reads the active cycle, not the history. Reviews stay: they
 * are the teams' reflection and what the history checks read. What the menu's minute cannot hold goes on
 * in one-off trigger runs.
 *
 * Cut off at any call, a rerun finishes: the archive's id is kept (script properties) right after it is
 * made, each archive tab is written in chunks from where the state says (a rerun writes the same), rows
 * leave the main workbook only after every tab is copied and only when the archive holds them (archive-remove.ts). Writes
 * to the archive take no lock: no other action knows the archive until its URL is in Cycles, and a second
 * admin running this at the same time writes the same cells. Writes to the main workbook hold the lock.
 */
import type { Cycle, Workbook } from '../core/model';
import type { TabKey } from '../core/tabs';
import { weekStartOf } from '../core/calendar';
import { addDays, startOfDay, type Day } from '../core/date-parse';
import type { Settings } from '../core/settings';
import { buildCheckinRate, checkinRateValues } from '../core/summary-checkin-rate';
import { buildKrWeekly, krWeeklyValues } from '../core/summary-kr-weekly';
import { CHECKIN_RATE_COLUMNS, KR_WEEKLY_COLUMNS } from '../core/looker-columns';
import {
  archiveTab,
  clearArchiveState,
  findArchiveTab,
  readArchiveState,
  trimArchiveTab,
  writeArchiveLink,
  writeArchiveRows,
  writeArchiveState,
  type ArchiveState,
} from '../sheet/archive-book';
import { removeArchivedRows } from '../sheet/archive-remove';
import { ARCHIVED_TABS, logRowsBefore, rowsOfCycle } from '../sheet/archive-select';
import { gridCells } from '../sheet/grid-cells';
import { withLock } from '../sheet/lock';
import type { Services } from '../sheet/services';
import { readSheet, readTable } from '../sheet/table';
import { readWorkbook } from '../sheet/workbook-read';
import { ARCHIVE_HANDLER, clearRun, scheduleRun } from './reminder-trigger';
import { runAction, type ActionContext, type ActionOutcome } from './run';

/**
 * Work started after this much of a run waits for the next one: each step (a chunk of a tab, one tab's rows
 * taken out of the main workbook) takes well under half a minute, so a menu run stays within its minute and
 * a trigger run under 4 minutes.
 */
export const ARCHIVE_MENU_BUDGET_MS = 25 * 1000;
export const ARCHIVE_TRIGGER_BUDGET_MS = 3 * 60 * 1000;

/**
 * Tabs are copied in chunks of about this many cells: one setValues each, about 15 s at the measured
 * 60 µs a cell (latency.ts). A large org's quarter of KR weekly (104,000 rows × 27 columns) takes 12 chunks,
 * its Check-ins 4.
 */
export const CHUNK_CELLS = 250_000;

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

/** One tab of the archive: its header and every data row it will hold. */
interface ArchiveTabData {
  readonly key: TabKey;
  readonly header: readonly unknown[];
  /** Computed only for a tab still to copy: KR weekly's rows are a quarter of the summary's work. */
  readonly rows: () => readonly (readonly unknown[])[];
}

/**
 * Copies what the state says is not yet in the archive, a chunk at a time, until `deadline` (ms): then
 * 'paused', and a later run goes on from the state.
 */
function copy(ctx: ActionContext, cycle: Cycle, state: ArchiveState, deadline: number): { step: Step; state: ArchiveState } {
  const { s, settings } = ctx;
  const lang = settings.language;
  const book = s.app.openById(state.id);
  // Only this cycle's rows are parsed: the other closed quarters still in the tabs are not this run's work.
  const read = readWorkbook(s.book, ctx.known, [], { cycleId: cycle.id });
  const rows = rowsOfCycle(read, cycle.id);
  let now = state;
  const log = now.copied.indexOf('log') < 0 ? readTable(s.book, 'log') : null;
  const mark = (next: ArchiveState): void => {
    writeArchiveState(s.props, cycle.id, next);
    now = next;
  };
  const tabs = (): ArchiveTabData[] => [
    ...ARCHIVED_TABS.map((key) => {
      const table = read.tables[key];
      return { key, header: table ? table.header : [], rows: () => (table ? rows[key].map((row) => table.rows[row - 2]!) : []) };
    }),
    { key: 'krWeekly', header: KR_WEEKLY_COLUMNS.slice(), rows: () => weeklyValues(read.workbook, cycle, s.now()) },
    { key: 'checkinRate', header: CHECKIN_RATE_COLUMNS.slice(), rows: () => rateValues(read.workbook, cycle) },
    {
      key: 'log',
      header: log ? log.header : [],
      rows: () => (log && cycle.end !== null ? logRowsBefore(log, logCutoff(cycle.end, settings)).map((row) => log.rows[row - 2]!) : []),
    },
  ];
  for (const tab of tabs()) {
    if (now.copied.indexOf(tab.key) >= 0) continue;
    // A tab the main workbook lacks has nothing to archive (readWorkbook reported it missing).
    if (tab.header.length > 0) {
      const sheet = archiveTab(book, tab.key, lang);
      const values = tab.rows();
      const chunk = Math.max(1, Math.floor(CHUNK_CELLS / tab.header.length));
      for (let at = now.rows[tab.key] ?? 0; at < values.length || at === 0; at += chunk) {
        if (s.now().getTime() > deadline) return { step: 'paused', state: now };
        const part = values.slice(at, at + chunk);
        writeArchiveRows(sheet, tab.header, at, part);
        mark({ ...now, rows: { [tab.key]: at + part.length } });
        if (part.length === 0) break;
      }
      trimArchiveTab(sheet, values.length, tab.header.length);
    }
    mark({ ...now, copied: [...now.copied, tab.key], rows: {} });
  }
  return { step: 'done', state: now };
}

/** Writes the archive's URL into the cycle's row, under the lock (writeArchiveLink). */
function link(ctx: ActionContext, cycleId: string, url: string): void {
  const { s, settings } = ctx;
  withLock(s, () => {
    const cycles = readTable(s.book, 'cycles');
    if (cycles) writeArchiveLink(cycles, cycleId, url, settings.language);
  });
}

/**
 * The Log rows an archive takes: those before the week that follows the cycle's last day. The week the
 * cycle ended in stays, so that what was sent in it stays in the ledger of the main workbook (a week's
 * reminders go once, whichever cycle its days belong to).
 */
function logCutoff(end: Day, settings: Settings): Date {
  return startOfDay(weekStartOf(addDays(end, 1), settings.checkInWeekday), settings.timeZone);
}

/** The main workbook's tabs whose archived rows leave it, children first (see ARCHIVED_TABS), then the Log. */
const REMOVED_TABS = [...ARCHIVED_TABS, 'log'] as const;

/**
 * Takes the rows the archive holds out of the main workbook, one tab per hold of the lock, until `deadline`
 * (ms); returns how many went and whether every tab was done (a later run does the rest: a tab whose rows
 * are out already has none left to take).
 */
function remove(s: Services, state: ArchiveState, deadline: number): { removed: number; step: Step } {
  const book = s.app.openById(state.id);
  let removed = 0;
  for (const tab of REMOVED_TABS) {
    if (s.now().getTime() > deadline) return { removed, step: 'paused' };
    const archived = findArchiveTab(book, tab);
    if (!archived) continue;
    const archive = readSheet(archived, tab);
    removed += withLock(s, () => {
      const main = readTable(s.book, tab);
      return main ? removeArchivedRows(tab, main, archive) : 0;
    });
  }
  return { removed, step: 'done' };
}

/**
 * Closed cycles without an archive yet, and those whose archive a run cut short, oldest end first: each
 * archive takes the Log rows before its cycle's end that an older one did not take.
 */
function cyclesToArchive(ctx: ActionContext): Cycle[] {
  const { s } = ctx;
  const { workbook, tables } = readWorkbook(s.book, ctx.known, ['checkIns', 'keyResults', 'objectives', 'initiatives', 'dependencies', 'reviews']);
  const cycles = tables.cycles;
  const linked = (cycle: Cycle): boolean => {
    const col = cycles ? cycles.col('archive') : -1;
    return col >= 0 && String(cycles!.rows[cycle.row - 2]?.[col] ?? '').trim() !== '';
  };
  return workbook.cycles
    .filter((c) => c.id !== '' && (readArchiveState(s.props, c.id) !== null || (c.status === 'Closed' && !linked(c))))
    .sort((a, b) => (a.end ?? Infinity) - (b.end ?? Infinity) || a.row - b.row);
}

/** What one run of the archive did: the cycles finished, the rows taken out, and the cycle it stopped at. */
interface ArchiveRun {
  readonly done: readonly string[];
  readonly removed: number;
  /** The cycle whose archive waits for a later run; null when every one is finished. */
  readonly paused: string | null;
}

/**
 * Archives every cycle due, until `budgetMs` of this run is used; then the rest waits (see ArchiveRun). A
 * cycle is not started past half the budget: each starts by reading and parsing the workbook, work that a run
 * cut short soon after would do for nothing (the next run does it again).
 */
function archiveFor(ctx: ActionContext, budgetMs: number): ArchiveRun {
  const { s, t, settings } = ctx;
  const deadline = s.now().getTime() + budgetMs;
  const lastStart = deadline - budgetMs / 2;
  const done: string[] = [];
  let removed = 0;
  for (const cycle of cyclesToArchive(ctx)) {
    const name = cycle.name || cycle.id;
    if (done.length > 0 && s.now().getTime() > lastStart) return { done, removed, paused: name };
    let state = readArchiveState(s.props, cycle.id);
    if (!state) {
      const made = s.app.create(t.archive.bookName(settings.companyName, name));
      state = { id: made.getId(), copied: [], rows: {} };
      writeArchiveState(s.props, cycle.id, state);
    }
    const copied = copy(ctx, cycle, state, deadline);
    if (copied.step === 'paused') return { done, removed, paused: name };
    link(ctx, cycle.id, s.app.openById(state.id).getUrl());
    const out = remove(s, copied.state, deadline);
    removed += out.removed;
    if (out.step === 'paused') return { done, removed, paused: name };
    clearArchiveState(s.props, cycle.id);
    done.push(name);
  }
  return { done, removed, paused: null };
}

/**
 * Past this many grid cells in the archived tabs, reading them (which every archive run starts with) would
 * take the menu's minute by itself (some 10 s a million cells, latency.ts): such a workbook is archived in
 * the background from the start. A probe of three calls a tab; a wrong guess costs a minute either way.
 */
const MENU_READ_CELLS = 1_000_000;

function inputGridCells(s: Services): number {
  const archived = new Set<TabKey>(ARCHIVED_TABS);
  return gridCells(s.book)
    .bySheet.filter((sheet) => sheet.tab !== null && archived.has(sheet.tab))
    .reduce((sum, sheet) => sum + sheet.cells, 0);
}

/** Nothing archived by this run: the first cycle due waits for the one-off runs (null when none is due). */
function inBackground(ctx: ActionContext): ArchiveRun {
  const first = cyclesToArchive(ctx)[0];
  return { done: [], removed: 0, paused: first ? first.name || first.id : null };
}

/**
 * Menu: archives what fits in the menu's budget; the rest goes on in a one-off trigger a minute later, as
 * the admin, and in more of them until every cycle is done (a large company's quarter is some 1.3 M cells
 * to copy: a few minutes of writes).
 */
function archiveFromMenu(ctx: ActionContext): ActionOutcome {
  const { s, t } = ctx;
  const run = inputGridCells(s) > MENU_READ_CELLS ? inBackground(ctx) : archiveFor(ctx, ARCHIVE_MENU_BUDGET_MS);
  const counts = { archived: run.done.length, paused: run.paused === null ? 0 : 1, removed: run.removed };
  if (run.paused === null) return { message: run.done.length === 0 ? t.archive.none : t.archive.done(run.done.join(', ')), counts };
  const goesOn = scheduleRun(ctx.s, ARCHIVE_HANDLER);
  return { message: goesOn ? t.archive.continuing(run.paused, run.done.join(', ')) : t.archive.paused(run.paused, run.done.join(', ')), counts };
}

/** The one-off trigger's run: archives for up to 3 minutes, then asks for another while any cycle waits. */
function archiveFromTrigger(ctx: ActionContext): ActionOutcome {
  clearRun(ctx.s, ARCHIVE_HANDLER);
  const run = archiveFor(ctx, ARCHIVE_TRIGGER_BUDGET_MS);
  const again = run.paused !== null && scheduleRun(ctx.s, ARCHIVE_HANDLER);
  return { message: '', counts: { archived: run.done.length, paused: run.paused === null ? 0 : 1, removed: run.removed, continues: again ? 1 : 0 } };
}

export function runArchive(s: Services): void {
  runAction(s, { name: 'archiveCycles', writes: false, who: 'admin', from: 'menu' }, archiveFromMenu);
}

export function runArchiveContinue(s: Services): void {
  runAction(s, { name: 'archiveContinue', writes: false, who: 'admin', from: 'trigger' }, archiveFromTrigger);
}

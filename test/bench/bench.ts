// `npm run bench`: every action over the small, medium and large orgs of DESIGN.md §5, through the real
// bundle in the local runtime, at 09:00 on the 13th Monday of their fourth quarter, three closed quarters
// behind them. Prints per action and org the spreadsheet calls, cells read and written beside the least the
// action must do, the time the lock is held, simulated Apps Script seconds against the limit it runs under and
// the large org's target, the same for the design before issue 13 (its bundle, built from git by
// scripts/build-before.mjs, over the same company with its closed quarters still in the tabs), a naive
// per-cell baseline, the grid cells of each workbook, and the archive of the three closed quarters run to its end.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type BookSnapshot, isSpreadsheetCall, latencyOf, loadBuild, LocalRuntime } from '../../src/local/emulator';
import { buildTemplate } from '../../src/local/cli';
import { COLUMN_LABELS, TAB_LABELS, type TabKey } from '../../src/i18n/tabs';
import { BENCH_NOW, generateOrg, ORGS, type BenchOrg, type OrgSize } from './org';
import { ACTIONS, SIMPLE_TRIGGER_LIMIT_MS, type BenchAction, type Cells, type Member } from './actions';
import { profiled } from './compute-split';

/**
 * BENCH_ONLY=large or BENCH_ONLY=large:save runs only the orgs (and actions) whose names contain those words;
 * BENCH_PROFILE=1 prints below each action the methods that took most of its simulated time, and the bundle's
 * functions that took most of its Node time.
 */
const [ONLY_ORG = '', ONLY_ACTION = ''] = (process.env.BENCH_ONLY ?? '').toLowerCase().split(':');
const PROFILE = process.env.BENCH_PROFILE === '1';

/** Runs per action: BENCH_RUNS, else 3 for the small org and 1 for the others (the median is reported). */
const runsFor = (size: OrgSize): number => Number(process.env.BENCH_RUNS ?? (size.people <= 50 ? 3 : 1));
/** Apps Script's V8 is assumed this many times slower than Node on the same computation (unverified: pessimistic). */
const APPS_SCRIPT_SLOWDOWN = 3;
/** Issue 13: the bundle's Node compute per action at most 2 s. */
const COMPUTE_TARGET_MS = 2000;
/** Issue 13: each trigger run at most 4 minutes. */
const TRIGGER_RUN_TARGET_MS = 4 * 60 * 1000;
/** The company's admin, who also owns the daily trigger and clicks the menus. */
const ADMIN = 'person0@bigco.vn';
/** The night before: the daily run's refresh and summary have brought the KR columns and reports up to date. */
const WARM_UP_AT = new Date(BENCH_NOW.getTime() - 10 * 3600 * 1000);
/** A Google spreadsheet's limit of cells, empty ones included: https://support.google.com/drive/answer/37603 */
const CELL_LIMIT = 10_000_000;

interface Bundle {
  readonly code: string;
  readonly files: Record<string, string>;
}

const now: Bundle = loadBuild(__dirname);
const BEFORE_DIR = join(__dirname, 'before', 'build');
/** The bundle before issue 13, when scripts/build-before.mjs could build it (it needs the git history). */
const before: Bundle | null = existsSync(join(BEFORE_DIR, 'Code.js')) ? loadBuild(BEFORE_DIR) : null;
const template = buildTemplate(now.code, 'vi');

/** A workbook as Monday morning finds it, with the script properties its bundle left (tab registry, KR weekly's description...). */
interface Warm {
  readonly book: BookSnapshot;
  readonly props: Record<string, string>;
  readonly killed: readonly string[];
  readonly gridCells: number;
}

function runtime(bundle: Bundle, book: BookSnapshot, at: Date, props: Record<string, string>): LocalRuntime {
  const rt = new LocalRuntime({ book, user: ADMIN, now: at, files: bundle.files, mailQuota: 1500 }).load(bundle.code);
  rt.env.quiet(() => rt.properties.getScriptProperties().setProperties(props));
  rt.env.clockFollowsCalls = true; // a long run meets its time budget as it would live
  return rt;
}

/** A plain member (neither admin nor team lead: index ≥ teams) and the first KR they own. */
function memberOf(size: OrgSize): Member {
  const index = size.teams + 1;
  return { email: `person${index}@bigco.vn`, krId: `KR${index}` };
}

/** Runs `run`; whether Apps Script killed it at its time limit (any other error is thrown). */
function runOrKill(run: () => void): boolean {
  try {
    run();
    return false;
  } catch (error) {
    if ((error as { code?: string }).code !== 'KILLED') throw error;
    return true;
  }
}

/** Every tab's grid, empty cells included, as they count toward the spreadsheet's limit. */
function gridCellsOf(rt: LocalRuntime): number {
  return rt.env.quiet(() => rt.book.getSheets().reduce((sum, sheet) => sum + sheet.getMaxRows() * sheet.getMaxColumns(), 0));
}

/** The org as of Monday morning: generated, then refreshed and summarized the night before by `bundle`. */
function warmUp(bundle: Bundle, book: BookSnapshot): Warm {
  const rt = runtime(bundle, book, WARM_UP_AT, {});
  const killed = ['menuRefresh', 'menuSummary'].filter((name) => runOrKill(() => rt.run(name)));
  return { book: rt.snapshot(), props: rt.env.quiet(() => rt.properties.getScriptProperties().getProperties()), killed, gridCells: gridCellsOf(rt) };
}

function usedCells(rt: LocalRuntime, tab: TabKey): number {
  const sheet = rt.env.quiet(() => rt.book.getSheetByName(TAB_LABELS[tab].vi));
  return sheet ? rt.env.quiet(() => sheet.getLastRow() * sheet.getLastColumn()) : 0;
}

interface Measure {
  /** Spreadsheet calls only: mail, UI and script services are counted apart (e-mails are one per recipient). */
  readonly calls: number;
  /** Every cell-carrying call: values, notes, formats, validations, appended rows. */
  readonly cells: Cells;
  readonly least: Cells;
  readonly simulatedMs: number;
  /** Of simulatedMs, the service time while the action held the lock (its compute there is not counted). */
  readonly lockHeldMs: number;
  /** Node time of the whole run: the bundle's and the emulation's of the services. */
  readonly computeMs: number;
  /** Of computeMs, the bundle's own code (compute-split.ts): what Apps Script's V8 runs, charged × APPS_SCRIPT_SLOWDOWN. */
  readonly bundleMs: number;
  readonly heapMb: number;
  readonly mails: number;
  /** Apps Script stopped the run at its time limit (the runtime kills it as Apps Script would). */
  readonly killed: boolean;
  /** The methods by simulated time, largest first: calls, cells and milliseconds of each. */
  readonly profile: readonly string[];
}

function profileOf(rt: LocalRuntime): string[] {
  return [...rt.env.simulatedMsByMethod]
    .sort(([, a], [, b]) => b - a)
    .slice(0, 8)
    .map(([method, ms]) => {
      const cells = rt.env.cells.get(method);
      return `${method} ×${rt.env.calls.get(method) ?? 0}: ${fmt(ms / 1000, 2)} s` + (cells ? ` (${fmt(cells.read)} read, ${fmt(cells.written)} written)` : '');
    });
}

function measure(bundle: Bundle, warm: Warm, size: OrgSize, action: BenchAction): Measure {
  const samples: Measure[] = [];
  for (let i = 0; i < runsFor(size); i += 1) {
    const rt = runtime(bundle, warm.book, BENCH_NOW, warm.props);
    action.prepare?.(rt);
    rt.env.resetCounters();
    (globalThis as { gc?: () => void }).gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const { value: killed, split } = profiled(() => runOrKill(() => action.run(rt, memberOf(size))));
    const computeMs = performance.now() - started;
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
    const mails = rt.mail.outbox.length;
    samples.push({
      calls: [...rt.env.calls].filter(([method]) => isSpreadsheetCall(method)).reduce((sum, [, n]) => sum + n, 0),
      cells: rt.env.totalCells(),
      least: action.least(size, { used: (tab) => usedCells(rt, tab), mails, written: rt.env.totalCells().written }),
      simulatedMs: rt.env.simulatedMs,
      lockHeldMs: rt.env.lockHeldMs,
      computeMs,
      bundleMs: split.bundleMs,
      heapMb,
      mails,
      killed,
      profile: PROFILE ? [...profileOf(rt), ...split.hottest.slice(0, 8).map((f) => `bundle compute: ${f.name} ${fmt(f.ms)} ms`)] : [],
    });
  }
  samples.sort((a, b) => a.computeMs - b.computeMs);
  return samples[Math.floor(samples.length / 2)]!;
}

/**
 * The naive baseline, computed rather than run: every cell of the tabs read with its own
 * getRange().getValue(), every cell the action wrote with its own getRange().setValue().
 */
function naiveCost(book: BookSnapshot, reads: readonly TabKey[], written: number): { calls: number; simulatedMs: number } {
  const names = new Set(reads.map((tab) => TAB_LABELS[tab].vi));
  const read = book.sheets
    .filter((sheet) => names.has(sheet.name))
    .reduce((sum, sheet) => sum + sheet.values.length * sheet.values.reduce((widest, r) => Math.max(widest, r.length), 0), 0);
  const getRange = latencyOf('Sheet.getRange');
  const perRead = getRange + latencyOf('Range.getValue', { read: 1, written: 0 });
  const perWrite = getRange + latencyOf('Range.setValue', { read: 0, written: 1 });
  return { calls: 2 * (read + written), simulatedMs: read * perRead + written * perWrite };
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const ratio = (measured: number, least: number) => (least === 0 ? (measured === 0 ? '—' : '∞') : `×${fmt(measured / least, 1)}`);
const seconds = (ms: number) => `${fmt(ms / 1000, ms < 10_000 ? 1 : 0)} s`;
const millions = (cells: number) => `${fmt(cells / 1e6, 2)} M`;

/** Simulated Apps Script time of a measured run: its calls, and its compute as Apps Script's slower V8 would take it. */
function totalMs(action: BenchAction, m: Measure): number {
  // A killed run's fatal call is never charged (the clock jumps to the deadline): it ran its whole limit.
  return m.killed ? action.limit.ms : m.simulatedMs + m.bundleMs * APPS_SCRIPT_SLOWDOWN;
}

function timeCell(action: BenchAction, m: Measure): string {
  const ms = totalMs(action, m);
  return `${fmt(ms / 1000, 1)}${m.killed ? ' (killed at its time limit!)' : ms > action.limit.ms ? ' (over its limit!)' : ''}`;
}

function row(warm: Warm, action: BenchAction, m: Measure, old: Measure | null): string {
  const ms = totalMs(action, m);
  const target = `≤ ${seconds(action.targetS * 1000)} ${!m.killed && ms <= action.targetS * 1000 ? '✓' : '✗'}`;
  const naive = naiveCost(warm.book, action.naiveReads, m.cells.written);
  const was = old
    ? `${fmt(old.cells.read)} | ${timeCell(action, old)} | ×${fmt(totalMs(action, old) / ms, 1)}`
    : action.newSince
      ? `— | — (new: ${action.newSince}) | —`
      : '— | — | —';
  return (
    `| ${action.name} | ${fmt(m.calls)} | ${fmt(m.cells.read)} | ${fmt(m.least.read)} | ${ratio(m.cells.read, m.least.read)} | ` +
    `${fmt(m.cells.written)} | ${fmt(m.least.written)} | ${ratio(m.cells.written, m.least.written)} | ${fmt(m.lockHeldMs / 1000, 1)} | ` +
    `${fmt(m.bundleMs)} ${m.bundleMs <= COMPUTE_TARGET_MS ? '✓' : '✗'} | ${fmt(m.computeMs - m.bundleMs)} | ${fmt(m.heapMb, 1)} | ${timeCell(action, m)} | ${action.limit.label} | ${target} | ${was} | ` +
    `${fmt(naive.simulatedMs / 1000)} | ${fmt(m.mails)} |`
  );
}

/** How many rows of Cycles name an archive: the cycles whose archive is finished and linked. */
function linkedCycles(rt: LocalRuntime): number {
  const rows = rt.env.quiet(() => rt.book.getSheetByName(TAB_LABELS.cycles.vi)?.getDataRange().getValues() ?? []);
  const col = (rows[0] ?? []).indexOf(COLUMN_LABELS.cycles.archive.vi);
  return col < 0 ? 0 : rows.slice(1).filter((row) => String(row[col] ?? '').trim() !== '').length;
}

/** Runs are a minute apart (reminder-trigger.ts scheduleRun): a step of the clock this long fires one at most. */
const CONTINUATION_STEP_MS = 61 * 1000;
/** A loop that never ends would be a bug of the archive; far more runs than any org needs. */
const MAX_CONTINUATIONS = 40;

/**
 * The archive of the org's three closed quarters to its end: the menu run, then each one-off continuation it
 * leaves, fired as Apps Script fires them. Each run's simulated time (services + bundle compute × slowdown, as
 * the table's), the longest bundle compute, the span from the click to the last run's end, and the cycles linked.
 */
function wholeArchive(from: Warm): string {
  const rt = runtime(now, from.book, BENCH_NOW, from.props);
  const clicked = rt.env.now();
  const runs: number[] = [];
  let worst = { bundleMs: 0, bundleGcMs: 0 };
  let bundleSum = 0;
  const timed = <T>(work: () => T): T => {
    rt.env.resetCounters();
    // As before each measured action: the garbage of the run before is not this run's.
    (globalThis as { gc?: () => void }).gc?.();
    const { value, split } = profiled(work);
    runs.push(rt.env.simulatedMs + split.bundleMs * APPS_SCRIPT_SLOWDOWN);
    if (split.bundleMs > worst.bundleMs) worst = split;
    bundleSum += split.bundleMs;
    return value;
  };
  const killed = runOrKill(() => timed(() => rt.run('menuArchive')));
  // When the last run started, and the compute charged before it (the clock follows the service calls only).
  let lastStart = clicked;
  let computeBefore = 0;
  for (let i = 0; i < MAX_CONTINUATIONS && !killed; i += 1) {
    const charged = bundleSum * APPS_SCRIPT_SLOWDOWN;
    const fired = timed(() => rt.advanceTo(new Date(rt.env.now() + CONTINUATION_STEP_MS)));
    if (fired.length === 0) {
      runs.pop();
      break;
    }
    lastStart = fired[0]!.at.getTime();
    computeBefore = charged;
  }
  const failed = killed || rt.triggerFailures.length > 0;
  const longest = Math.max(0, ...runs);
  const spanMin = (lastStart - clicked + computeBefore + (runs[runs.length - 1] ?? 0)) / 60_000;
  return (
    `Archive to its end: the menu run and ${fmt(Math.max(0, runs.length - 1))} one-off run${runs.length === 2 ? '' : 's'}, ` +
    `the longest ${seconds(longest)} ${longest <= TRIGGER_RUN_TARGET_MS ? '✓' : '✗'} (≤ 4 min each), bundle compute at most ${fmt(worst.bundleMs)} ms ` +
    `${worst.bundleMs <= COMPUTE_TARGET_MS ? '✓' : '✗'} (${fmt(worst.bundleGcMs)} of it the garbage collector's share); ${fmt(spanMin, 1)} min from the click to the last run's end; ` +
    `${fmt(linkedCycles(rt))} closed cycles linked to their archive; ${failed ? 'a run failed or was killed ✗' : 'no run failed'}.`
  );
}

/**
 * Where one spreadsheet stops, from this org's grids: with archives the workbook holds one quarter (and the
 * Reviews), so half the limit comes at a number of KRs; without, each closed quarter adds its cells.
 */
function whereItStops(size: OrgSize, warm: Warm, old: Warm | null): string {
  const half = CELL_LIMIT / 2;
  const perKr = warm.gridCells / size.krs;
  const krs = Math.floor(half / perKr);
  const archived =
    `Half the limit: with archives at about ${fmt(krs)} KRs a quarter (${fmt(perKr)} grid cells a KR at week 13, ` +
    `about ${fmt((krs * size.people) / size.krs)} people at this org's ${fmt(size.krs / size.people, 1)} KRs each)`;
  if (!old) return `${archived}.`;
  const perQuarter = (old.gridCells - warm.gridCells) / 3;
  const quarters = warm.gridCells >= half ? 0 : Math.floor((half - warm.gridCells) / perQuarter);
  const kept =
    quarters === 0
      ? 'it passes half as soon as one closed quarter stays in its tabs'
      : `it holds ${fmt(quarters)} closed quarter${quarters === 1 ? '' : 's'} in its tabs beside the running one before it gets there`;
  return `${archived}; without, each closed quarter adds ${millions(perQuarter)}: ${kept}.`;
}

function benchOrg(size: BenchOrg): void {
  const started = performance.now();
  const warm = warmUp(now, generateOrg(template, size, 'archived'));
  const old = before ? warmUp(before, generateOrg(template, size, 'inTabs')) : null;
  const actions = ACTIONS.filter((a) => a.name.toLowerCase().includes(ONLY_ACTION));
  // What Archive starts from: this bundle's own warm-up of the org with its closed quarters in the tabs.
  const unarchived = actions.some((a) => a.closedInTabs) ? warmUp(now, generateOrg(template, size, 'inTabs')) : null;
  const runs = runsFor(size);
  const killed = (w: Warm | null, label: string) => (w && w.killed.length > 0 ? ` (${label} warm-up killed at its limit: ${w.killed.join(', ')})` : '');
  console.log(
    `\n### ${size.name} org: ${fmt(size.people)} people, ${fmt(size.teams)} teams, ${fmt(size.objectives)} objectives, ` +
      `${fmt(size.krs)} KRs, ${fmt(size.checkIns)} check-ins a quarter; median of ${runs} run${runs === 1 ? '' : 's'}` +
      killed(warm, 'now') +
      killed(old, 'before') +
      '\n',
  );
  console.log(
    `Grid cells (the limit is ${millions(CELL_LIMIT)}): ${millions(warm.gridCells)} with its three closed quarters archived` +
      (old ? `; ${millions(old.gridCells)} before, with them in the tabs.` : '.'),
  );
  console.log(`${whereItStops(size, warm, old)}\n`);
  console.log(
    '| action | calls | cells read | least read | read ×least | cells written | least written | written ×least | lock held s | ' +
      'bundle compute ms (≤ 2,000) | emulator ms | heap MB | simulated Apps Script s | limit | target (§5, large org) | before: cells read | before: s | ×faster | naive s | e-mails |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|---:|---:|---:|---:|');
  for (const action of actions) {
    const from = action.closedInTabs ? unarchived! : warm;
    const m = measure(now, from, size, action);
    console.log(row(from, action, m, old && !action.newSince ? measure(before!, old, size, action) : null));
    for (const line of m.profile) console.log(`|   ${line} |`);
  }
  // With the archive's actions: the whole archive, every run it takes, after the table of single runs.
  if (unarchived) console.log(`\n${wholeArchive(unarchived)}`);
  (globalThis as { gc?: () => void }).gc?.();
  console.log(
    `\n(${size.name} org: ${fmt((performance.now() - started) / 1000)} s of wall time; heap after it ${fmt(process.memoryUsage().heapUsed / 1e6)} MB)`,
  );
}

function main(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapStart = process.memoryUsage().heapUsed;
  console.log(
    `OKR Sheets benchmark at ${BENCH_NOW.toISOString()} (09:00 on the 13th Monday of the fourth quarter, the check-in day, before anyone checked in)`,
  );
  if (!before) console.log('\n(The before columns are empty: scripts/build-before.mjs could not build the old bundle; it needs the git history.)');
  for (const size of ORGS.filter((o) => o.name.toLowerCase().includes(ONLY_ORG))) benchOrg(size);
  gc?.();
  console.log(`\nHeap growth over the whole bench: ${fmt((process.memoryUsage().heapUsed - heapStart) / 1e6, 1)} MB.`);
  console.log(
    `\nAssumptions: simulated Apps Script time = per-call and per-cell latency (src/local/emulator/latency.ts, after Kanshi Tanaike's ` +
      `published benchmarks: a read 0.2 s + 9.5 µs a cell, a write 0.2 s flat up to 15,000 cells then 60 µs a cell, other calls fixed) ` +
      `+ the bundle's own Node compute × ${APPS_SCRIPT_SLOWDOWN} (unverified, pessimistic; measured by a sampling CPU profile: time in ` +
      `Code.js and the built-ins it calls, with its share of the garbage collector; the emulator's own Node time is shown apart and not ` +
      `charged, the services' time being the latency model's); the run is killed when the simulated clock passes its limit ` +
      `(simple trigger ${SIMPLE_TRIGGER_LIMIT_MS / 1000} s, https://developers.google.com/apps-script/guides/triggers#restrictions; every ` +
      `other execution 6 min, https://developers.google.com/apps-script/guides/services/quotas). Lock held: the service time between taking ` +
      `and releasing the lock. Cells are those of every cell-carrying call (values, notes, formats, validations, appended rows). Each org ` +
      `is generated with three closed quarters and 12 weeks of check-ins in its fourth, then refreshed and summarized the night before ` +
      `(uncounted), by each bundle on its own copy. Before: the bundle of the commit before issue 13 over the same company with its closed ` +
      `quarters still in the tabs (there were no archives). Least work counts finding a row by ID as free (an index); the naive baseline ` +
      `reads every cell of the tabs the action reads and writes every cell it wrote, one getRange + getValue/setValue each (computed, not run).`,
  );
}

main();

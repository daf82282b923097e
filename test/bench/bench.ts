// `npm run bench`: every action over the small, medium and large orgs of DESIGN.md §5, through the real
// bundle in the local runtime, at 09:00 on the 13th Monday of the quarter. Prints per action and org the
// spreadsheet calls, cells read and written beside the least the action must do, simulated Apps Script
// seconds against the limit it runs under and the large org's target, and a naive per-cell baseline.
import { performance } from 'node:perf_hooks';
import { type BookSnapshot, isSpreadsheetCall, latencyOf, loadBuild, LocalRuntime } from '../../src/local/emulator';
import { buildTemplate } from '../../src/local/cli';
import { TAB_LABELS, type TabKey } from '../../src/i18n/tabs';
import { BENCH_NOW, generateOrg, ORGS, type BenchOrg, type OrgSize } from './org';
import { ACTIONS, SIMPLE_TRIGGER_LIMIT_MS, type BenchAction, type Cells, type Member } from './actions';

/**
 * BENCH_ONLY=large or BENCH_ONLY=large:save runs only the orgs (and actions) whose names contain those words;
 * BENCH_PROFILE=1 prints below each action the methods that took most of its simulated time.
 */
const [ONLY_ORG = '', ONLY_ACTION = ''] = (process.env.BENCH_ONLY ?? '').toLowerCase().split(':');
const PROFILE = process.env.BENCH_PROFILE === '1';

/** Runs per action: BENCH_RUNS, else 3 for the small org and 1 for the others (the median is reported). */
const runsFor = (size: OrgSize): number => Number(process.env.BENCH_RUNS ?? (size.people <= 50 ? 3 : 1));
/** Apps Script's V8 is assumed this many times slower than Node on the same computation (unverified: pessimistic). */
const APPS_SCRIPT_SLOWDOWN = 3;
/** The company's admin, who also owns the daily trigger and clicks the menus. */
const ADMIN = 'person0@bigco.vn';
/** The night before: the daily run's refresh and summary have brought the KR columns and reports up to date. */
const WARM_UP_AT = new Date(BENCH_NOW.getTime() - 10 * 3600 * 1000);

const { code, files } = loadBuild(__dirname);
const template = buildTemplate(code, 'vi');

/** The script properties the warm-up left (tab registry, KR weekly's description...): a live workbook keeps them between runs. */
let scriptProps: Record<string, string> = {};

function runtime(book: BookSnapshot, now: Date): LocalRuntime {
  const rt = new LocalRuntime({ book, user: ADMIN, now, files, mailQuota: 1500 }).load(code);
  rt.env.quiet(() => rt.properties.getScriptProperties().setProperties(scriptProps));
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

/** The org as of Monday morning: generated, then refreshed and summarized the night before. */
function warmUp(book: BookSnapshot): { book: BookSnapshot; killed: string[] } {
  scriptProps = {};
  const rt = runtime(book, WARM_UP_AT);
  const killed = ['menuRefresh', 'menuSummary'].filter((name) => runOrKill(() => rt.run(name)));
  scriptProps = rt.env.quiet(() => rt.properties.getScriptProperties().getProperties());
  return { book: rt.snapshot(), killed };
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
  readonly computeMs: number;
  readonly heapMb: number;
  readonly mails: number;
  /** Apps Script stopped the run at its time limit (the runtime kills it as Apps Script would). */
  readonly killed: boolean;
  /** The methods by simulated time, largest first: calls, cells and milliseconds of each. */
  readonly profile: readonly string[];
}

function profileOf(rt: LocalRuntime): string[] {
  return [...rt.env.simulatedMsByMethod].sort(([, a], [, b]) => b - a).slice(0, 8).map(([method, ms]) => {
    const cells = rt.env.cells.get(method);
    return `${method} ×${rt.env.calls.get(method) ?? 0}: ${fmt(ms / 1000, 2)} s` + (cells ? ` (${fmt(cells.read)} read, ${fmt(cells.written)} written)` : '');
  });
}

function measure(book: BookSnapshot, size: OrgSize, action: BenchAction): Measure {
  const samples: Measure[] = [];
  for (let i = 0; i < runsFor(size); i += 1) {
    const rt = runtime(book, BENCH_NOW);
    action.prepare?.(rt);
    rt.env.resetCounters();
    (globalThis as { gc?: () => void }).gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const killed = runOrKill(() => action.run(rt, memberOf(size)));
    const computeMs = performance.now() - started;
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
    const mails = rt.mail.outbox.length;
    samples.push({
      calls: [...rt.env.calls].filter(([method]) => isSpreadsheetCall(method)).reduce((sum, [, n]) => sum + n, 0),
      cells: rt.env.totalCells(), least: action.least(size, { used: (tab) => usedCells(rt, tab), mails }),
      simulatedMs: rt.env.simulatedMs, computeMs, heapMb, mails, killed, profile: PROFILE ? profileOf(rt) : [],
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
  const read = book.sheets.filter((sheet) => names.has(sheet.name))
    .reduce((sum, sheet) => sum + sheet.values.length * Math.max(0, ...sheet.values.map((r) => r.length)), 0);
  const getRange = latencyOf('Sheet.getRange');
  const perRead = getRange + latencyOf('Range.getValue', { read: 1, written: 0 });
  const perWrite = getRange + latencyOf('Range.setValue', { read: 0, written: 1 });
  return { calls: 2 * (read + written), simulatedMs: read * perRead + written * perWrite };
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const ratio = (measured: number, least: number) => (least === 0 ? (measured === 0 ? '—' : '∞') : `×${fmt(measured / least, 1)}`);
const seconds = (ms: number) => `${fmt(ms / 1000, ms < 10_000 ? 1 : 0)} s`;

function row(book: BookSnapshot, action: BenchAction, m: Measure): string {
  // A killed run's fatal call is never charged (the clock jumps to the deadline): it ran its whole limit.
  const simulatedMs = m.killed ? action.limit.ms : m.simulatedMs + m.computeMs * APPS_SCRIPT_SLOWDOWN;
  const flag = m.killed ? ' (killed at its time limit!)' : simulatedMs > action.limit.ms ? ' (over its limit!)' : '';
  const target = `≤ ${seconds(action.targetS * 1000)} ${!m.killed && simulatedMs <= action.targetS * 1000 ? '✓' : '✗'}`;
  const naive = naiveCost(book, action.naiveReads, m.cells.written);
  return `| ${action.name} | ${fmt(m.calls)} | ${fmt(m.cells.read)} | ${fmt(m.least.read)} | ${ratio(m.cells.read, m.least.read)} | ` +
    `${fmt(m.cells.written)} | ${fmt(m.least.written)} | ${ratio(m.cells.written, m.least.written)} | ${fmt(m.computeMs)} | ${fmt(m.heapMb, 1)} | ` +
    `${fmt(simulatedMs / 1000, 1)}${flag} | ${action.limit.label} | ${target} | ${fmt(naive.calls)} | ${fmt(naive.simulatedMs / 1000)} | ${fmt(m.mails)} |`;
}

function benchOrg(size: BenchOrg): void {
  const started = performance.now();
  const warm = warmUp(generateOrg(template, size));
  const runs = runsFor(size);
  console.log(`\n### ${size.name} org: ${fmt(size.people)} people, ${fmt(size.teams)} teams, ${fmt(size.objectives)} objectives, ` +
    `${fmt(size.krs)} KRs, ${fmt(size.checkIns)} check-ins; median of ${runs} run${runs === 1 ? '' : 's'}` +
    (warm.killed.length > 0 ? ` (warm-up killed at its limit: ${warm.killed.join(', ')})` : '') + '\n');
  console.log('| action | calls | cells read | least read | read ×least | cells written | least written | written ×least | compute ms | heap MB | ' +
    'simulated Apps Script s | limit | target (§5, large org) | naive calls | naive s | e-mails |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|---:|---:|');
  for (const action of ACTIONS.filter((a) => a.name.toLowerCase().includes(ONLY_ACTION))) {
    const m = measure(warm.book, size, action);
    console.log(row(warm.book, action, m));
    for (const line of m.profile) console.log(`|   ${line} |`);
  }
  (globalThis as { gc?: () => void }).gc?.();
  console.log(`\n(${size.name} org: ${fmt((performance.now() - started) / 1000)} s of wall time; heap after it ${fmt(process.memoryUsage().heapUsed / 1e6)} MB)`);
}

function main(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapStart = process.memoryUsage().heapUsed;
  console.log(`OKR Sheets benchmark at ${BENCH_NOW.toISOString()} (09:00 on the 13th Monday of the quarter, the check-in day, before anyone checked in)`);
  for (const size of ORGS.filter((o) => o.name.toLowerCase().includes(ONLY_ORG))) benchOrg(size);
  gc?.();
  console.log(`\nHeap growth over the whole bench: ${fmt((process.memoryUsage().heapUsed - heapStart) / 1e6, 1)} MB.`);
  console.log(`\nAssumptions: simulated Apps Script time = per-call and per-cell latency (src/local/latency.ts, after Kanshi Tanaike's ` +
    `published benchmarks: a read 0.2 s + 9.5 µs a cell, a write 0.2 s flat up to 15,000 cells then 60 µs a cell, other calls fixed) ` +
    `+ Node compute time × ${APPS_SCRIPT_SLOWDOWN} (unverified, pessimistic); the run is killed when the simulated clock passes its limit ` +
    `(simple trigger ${SIMPLE_TRIGGER_LIMIT_MS / 1000} s, https://developers.google.com/apps-script/guides/triggers#restrictions; every ` +
    `other execution 6 min, https://developers.google.com/apps-script/guides/services/quotas). Cells are those of every cell-carrying ` +
    `call (values, notes, formats, validations, appended rows). Each org is generated with 12 weeks of check-ins, then refreshed and ` +
    `summarized the night before (uncounted). Least work counts finding a row by ID as free (an index); the naive baseline reads every ` +
    `cell of the tabs the action reads and writes every cell it wrote, one getRange + getValue/setValue each (computed, not run).`);
}

main();

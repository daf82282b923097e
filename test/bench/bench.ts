// `npm run bench`: every action over the small org and the large org of DESIGN.md §5, through the real
// bundle in the local runtime, beside a naive per-cell baseline of the same reads and writes.
// Prints spreadsheet calls (small, large, naive), computation time (median of RUNS), heap growth, the
// simulated Apps Script time of the latency model (src/local/latency.ts), and e-mails sent.
import { performance } from 'node:perf_hooks';
import { loadBuild } from '../../src/local/cli';
import { EXECUTION_LIMIT_MS, isSpreadsheetCall, latencyOf } from '../../src/local/latency';
import { LocalRuntime } from '../../src/local/runtime';
import type { BookSnapshot } from '../../src/local/snapshot';
import { buildTemplate } from '../../src/local/template';
import { TAB_LABELS, type TabKey } from '../../src/i18n/tabs';
import { generateOrg, LARGE, SMALL } from './org';
import { ACTIONS, type BenchAction } from './actions';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** Apps Script's V8 is assumed this many times slower than Node on the same computation (unverified: pessimistic). */
const APPS_SCRIPT_SLOWDOWN = 3;
const NOW = new Date('2026-11-23T02:00:00Z'); // a Monday, 09:00 in Asia/Ho_Chi_Minh: the check-in day
const USER = 'person0@bigco.vn';

const { code, files } = loadBuild(__dirname);
const template = buildTemplate(code, 'vi');

function runtime(book: BookSnapshot): LocalRuntime {
  const rt = new LocalRuntime({ book, user: USER, now: NOW, files, mailQuota: 1500 }).load(code);
  rt.env.clockFollowsCalls = true; // a long run meets its time budget as it would live
  return rt;
}

interface Measure {
  /** Spreadsheet calls only: mail, UI and script services are counted apart (e-mails are one per recipient). */
  readonly calls: number;
  readonly simulatedMs: number;
  readonly computeMs: number;
  readonly heapMb: number;
  readonly mails: number;
  /** Apps Script stopped the run at its time limit (the runtime kills it as Apps Script would). */
  readonly killed: boolean;
}

function measure(book: BookSnapshot, action: BenchAction): Measure {
  const samples: Measure[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const rt = runtime(book);
    action.prepare?.(rt);
    rt.env.resetCounters();
    (globalThis as { gc?: () => void }).gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    let killed = false;
    try {
      action.run(rt);
    } catch (error) {
      if ((error as { code?: string }).code !== 'KILLED') throw error;
      killed = true;
    }
    const computeMs = performance.now() - started;
    samples.push({
      calls: [...rt.env.calls].filter(([method]) => isSpreadsheetCall(method)).reduce((sum, [, n]) => sum + n, 0), simulatedMs: rt.env.simulatedMs, computeMs,
      heapMb: (process.memoryUsage().heapUsed - heapBefore) / 1e6, mails: rt.mail.outbox.length, killed,
    });
  }
  samples.sort((a, b) => a.computeMs - b.computeMs);
  return samples[Math.floor(samples.length / 2)]!;
}

/** The naive baseline: every cell of the tabs read with its own getRange().getValue(), every output cell with its own setValue(). */
function naiveCost(book: BookSnapshot, reads: readonly TabKey[], cellsWritten: number): { calls: number; simulatedMs: number } {
  const rt = runtime(book);
  rt.env.resetCounters();
  for (const tab of reads) {
    const sheet = rt.book.getSheetByName(TAB_LABELS[tab].vi);
    if (!sheet) continue;
    const lastRow = rt.env.quiet(() => sheet.getLastRow());
    const lastColumn = rt.env.quiet(() => sheet.getLastColumn());
    for (let r = 1; r <= lastRow; r += 1) for (let c = 1; c <= lastColumn; c += 1) sheet.getRange(r, c).getValue();
  }
  const writes = cellsWritten * (latencyOf('Sheet.getRange') + latencyOf('Range.setValue'));
  return { calls: rt.env.totalCalls() + 2 * cellsWritten, simulatedMs: rt.env.simulatedMs + writes };
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function main(): void {
  const small = generateOrg(template, SMALL);
  const large = generateOrg(template, LARGE);
  console.log(`OKR Sheets benchmark: small org ${SMALL.krs} KRs / ${SMALL.checkIns} check-ins; large org ${LARGE.people} people, ` +
    `${LARGE.teams} teams, ${LARGE.objectives} objectives, ${LARGE.krs} KRs, ${LARGE.checkIns} check-ins; median of ${RUNS} runs\n`);
  console.log('| action | spreadsheet calls small | spreadsheet calls large | calls naive (large) | compute ms (large) | heap MB | simulated Apps Script s (large) | naive simulated s | e-mails |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  const naiveByTabs = new Map<string, { calls: number; simulatedMs: number }>();
  for (const action of ACTIONS) {
    const s = measure(small, action);
    const l = measure(large, action);
    const cacheKey = `${action.reads.join(',')}|${action.cellsWritten(LARGE)}`;
    const naive = naiveByTabs.get(cacheKey) ?? naiveCost(large, action.reads, action.cellsWritten(LARGE));
    naiveByTabs.set(cacheKey, naive);
    const simulated = (l.simulatedMs + l.computeMs * APPS_SCRIPT_SLOWDOWN) / 1000;
    const flag = l.killed ? ' (killed at its time limit!)' : simulated * 1000 > EXECUTION_LIMIT_MS ? ' (over 6 min!)' : '';
    console.log(`| ${action.name} | ${fmt(s.calls)} | ${fmt(l.calls)} | ${fmt(naive.calls)} | ${fmt(l.computeMs)} | ${fmt(l.heapMb, 1)} | ${fmt(simulated, 1)}${flag} | ${fmt(naive.simulatedMs / 1000)} | ${fmt(l.mails)} |`);
  }
  console.log(`\nSimulated Apps Script time = calls × per-call latency (src/local/latency.ts) + Node compute time × ${APPS_SCRIPT_SLOWDOWN}; the limit is ${EXECUTION_LIMIT_MS / 60000} min.`);
}

main();

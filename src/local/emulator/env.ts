/**
 * The state every emulated Apps Script service shares: the virtual clock, the per-method call
 * counters, faults armed by tests, and the authorization mode of the current execution.
 */

import { NO_CELLS, type CellCounts } from './latency';

/** A failure the next matching service call throws, as Apps Script would. */
export interface Fault {
  /** `Class.method`, e.g. `Range.getValues`; `*` matches every call. */
  readonly method: string;
  readonly message: string;
  /** How many calls fail before the fault disarms itself. */
  remaining: number;
  /** How many matching calls pass before the first one fails: a crash test fails call 1, 2, … N in turn. */
  skip: number;
}

/** ScriptApp.AuthMode values the emulator distinguishes. */
export type AuthMode = 'FULL' | 'LIMITED' | 'NONE';

export class LocalEnv {
  private nowMs: number;
  readonly calls = new Map<string, number>();
  /** Cells read and written, summed per method (divide by `calls` for the cells of one call). */
  readonly cells = new Map<string, CellCounts>();
  readonly faults: Fault[] = [];
  /**
   * What other people do while an execution runs (they type without taking any lock): each runs once,
   * uncounted, just before the `skip + 1`-th call of `method`. A test's way to land an edit between an
   * action's read and its write.
   */
  readonly interleaved: { method: string; skip: number; run: () => void }[] = [];
  /** Simple triggers (onOpen, onEdit) run LIMITED: services needing authorization throw. */
  authMode: AuthMode = 'FULL';
  /** Milliseconds of simulated Apps Script time spent in service calls (see latency.ts). */
  simulatedMs = 0;
  /** Of simulatedMs, what passed while an execution held a lock (lock-service.ts): how long others waited. */
  lockHeldMs = 0;
  /** The same, summed per method: where an action's time goes (`BENCH_PROFILE=1 npm run bench`). */
  readonly simulatedMsByMethod = new Map<string, number>();
  /**
   * When set, the virtual clock moves by each call's simulated latency, as time passes in a live run: what
   * the benchmark and the execution-time tests need to see a long run reach its time budget.
   */
  clockFollowsCalls = false;

  constructor(
    start: Date,
    private readonly latencyOf: (method: string, cells: CellCounts) => number = () => 0,
  ) {
    this.nowMs = start.getTime();
  }

  now(): number {
    return this.nowMs;
  }

  setNow(date: Date): void {
    this.nowMs = date.getTime();
  }

  advance(ms: number): void {
    this.nowMs += ms;
  }

  private quietDepth = 0;

  /** Runs `fn` without counting its calls: what a person does by hand in the sheet is not the program's cost. */
  quiet<T>(fn: () => T): T {
    this.quietDepth += 1;
    try {
      return fn();
    } finally {
      this.quietDepth -= 1;
    }
  }

  /**
   * Counts one service call and the cells it reads or writes, charges its simulated latency, then throws
   * an armed fault if one matches.
   */
  call(method: string, cells: Partial<CellCounts> = NO_CELLS): void {
    if (this.quietDepth > 0) return;
    const other = this.interleaved.findIndex((i) => i.method === method);
    if (other >= 0 && this.interleaved[other]!.skip > 0) this.interleaved[other]!.skip -= 1;
    else if (other >= 0) this.quiet(this.interleaved.splice(other, 1)[0]!.run);
    this.calls.set(method, (this.calls.get(method) ?? 0) + 1);
    const counted = { read: cells.read ?? 0, written: cells.written ?? 0 };
    if (counted.read > 0 || counted.written > 0) {
      const sum = this.cells.get(method) ?? NO_CELLS;
      this.cells.set(method, { read: sum.read + counted.read, written: sum.written + counted.written });
    }
    const latency = this.latencyOf(method, counted);
    this.simulatedMs += latency;
    this.simulatedMsByMethod.set(method, (this.simulatedMsByMethod.get(method) ?? 0) + latency);
    if (this.clockFollowsCalls) this.nowMs += latency;
    const fault = this.faults.find((f) => f.remaining > 0 && (f.method === '*' || f.method === method));
    if (fault && fault.skip > 0) fault.skip -= 1;
    else if (fault) {
      fault.remaining -= 1;
      throw new Error(fault.message);
    }
  }

  /**
   * Simple triggers "cannot use services that require authorization" (a simple trigger cannot send
   * an email): https://developers.google.com/apps-script/guides/triggers#restrictions
   */
  requireAuthorization(method: string): void {
    if (this.authMode !== 'FULL') {
      throw new Error(`You do not have permission to call ${method}. Required permissions are not granted in a simple trigger.`);
    }
  }

  /** Arms a fault for `times` calls of `method`, after `skip` of them have passed. */
  injectFault(method: string, message: string, times = 1, skip = 0): void {
    this.faults.push({ method, message, remaining: times, skip });
  }

  totalCalls(prefix = ''): number {
    let total = 0;
    for (const [method, count] of this.calls) if (method.startsWith(prefix)) total += count;
    return total;
  }

  /** Cells read and written by the methods starting with `prefix`. */
  totalCells(prefix = ''): CellCounts {
    let read = 0;
    let written = 0;
    for (const [method, counts] of this.cells) {
      if (!method.startsWith(prefix)) continue;
      read += counts.read;
      written += counts.written;
    }
    return { read, written };
  }

  resetCounters(): void {
    this.calls.clear();
    this.cells.clear();
    this.simulatedMs = 0;
    this.lockHeldMs = 0;
    this.simulatedMsByMethod.clear();
  }
}

/**
 * Marks Apps Script methods the emulator leaves out: each throws `not emulated: Class.method`, as a
 * missing member of a global does (runtime.ts), instead of the TypeError of an undefined method.
 */
export function dropMethods(prototype: object, className: string, names: readonly string[]): void {
  for (const name of names) {
    Object.defineProperty(prototype, name, {
      value: () => {
        throw new Error(`not emulated: ${className}.${name}`);
      },
    });
  }
}

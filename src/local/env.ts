/**
 * The state every emulated Apps Script service shares: the virtual clock, the per-method call
 * counters, faults armed by tests, and the authorization mode of the current execution.
 */

/** A failure the next matching service call throws, as Apps Script would. */
export interface Fault {
  /** `Class.method`, e.g. `Range.getValues`; `*` matches every call. */
  readonly method: string;
  readonly message: string;
  /** How many calls fail before the fault disarms itself. */
  remaining: number;
}

/** ScriptApp.AuthMode values the emulator distinguishes. */
export type AuthMode = 'FULL' | 'LIMITED' | 'NONE';

export class LocalEnv {
  private nowMs: number;
  readonly calls = new Map<string, number>();
  readonly faults: Fault[] = [];
  /** Simple triggers (onOpen, onEdit) run LIMITED: services needing authorization throw. */
  authMode: AuthMode = 'FULL';
  /** Milliseconds of simulated Apps Script time spent in service calls (see latency.ts). */
  simulatedMs = 0;
  /**
   * When set, the virtual clock moves by each call's simulated latency, as time passes in a live run: what
   * the benchmark and the execution-time tests need to see a long run reach its time budget.
   */
  clockFollowsCalls = false;

  constructor(start: Date, private readonly latencyOf: (method: string) => number = () => 0) {
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

  /** Counts one service call, charges its simulated latency, then throws an armed fault if one matches. */
  call(method: string): void {
    if (this.quietDepth > 0) return;
    this.calls.set(method, (this.calls.get(method) ?? 0) + 1);
    const latency = this.latencyOf(method);
    this.simulatedMs += latency;
    if (this.clockFollowsCalls) this.nowMs += latency;
    const fault = this.faults.find((f) => f.remaining > 0 && (f.method === '*' || f.method === method));
    if (fault) {
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

  /** Arms a fault for the next `times` calls of `method`. */
  injectFault(method: string, message: string, times = 1): void {
    this.faults.push({ method, message, remaining: times });
  }

  totalCalls(prefix = ''): number {
    let total = 0;
    for (const [method, count] of this.calls) if (method.startsWith(prefix)) total += count;
    return total;
  }

  resetCounters(): void {
    this.calls.clear();
    this.simulatedMs = 0;
  }
}

/** The emulated LockService: document and script locks contended between executions on the virtual clock. */
import type { LocalEnv } from './env';

export type LockKind = 'document' | 'script';

export interface LockServiceOptions {
  /** Whether the current run has its container document; getDocumentLock() is null when it has not. */
  readonly container?: () => boolean;
}

const TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

interface Hold {
  readonly owner: string;
  /** When the hold ends by itself: a stand-in process's time is up; a live execution holds until it releases or ends. */
  readonly until: number;
  /** env.simulatedMs when the hold began: what an execution's hold cost is added to env.lockHeldMs at its end. */
  readonly since: number;
}

interface Registry {
  acquire(key: string, timeoutInMillis: number): boolean;
  holds(key: string): boolean;
  release(key: string): void;
}

/** https://developers.google.com/apps-script/reference/lock/lock */
export class LocalLock implements GoogleAppsScript.Lock.Lock {
  constructor(
    private readonly env: LocalEnv,
    private readonly registry: Registry,
    private readonly key: string,
  ) {}

  /** A negative timeout gives false without waiting (live Apps Script's answer in gas-fakes' test/testlock.js). */
  tryLock(timeoutInMillis: number): boolean {
    this.env.call('Lock.tryLock');
    return this.registry.acquire(this.key, timeoutInMillis);
  }

  /** A negative timeout throws the timeout message (live answer, gas-fakes test/testlock.js). */
  waitLock(timeoutInMillis: number): void {
    this.env.call('Lock.waitLock');
    if (!this.registry.acquire(this.key, timeoutInMillis)) throw new Error(TIMEOUT_MESSAGE);
  }

  hasLock(): boolean {
    this.env.call('Lock.hasLock');
    return this.registry.holds(this.key);
  }

  /** Releasing a lock not held does nothing. */
  releaseLock(): void {
    this.env.call('Lock.releaseLock');
    this.registry.release(this.key);
  }
}

/** https://developers.google.com/apps-script/reference/lock/lock-service */
export function createLockService(env: LocalEnv, options: LockServiceOptions = {}) {
  const holdsByKey = new Map<string, Hold>();
  const running: string[] = [];
  let otherProcesses = 0;

  const liveHold = (key: string): Hold | undefined => {
    const hold = holdsByKey.get(key);
    if (hold && hold.until <= env.now()) holdsByKey.delete(key);
    return holdsByKey.get(key);
  };
  const currentExecution = (): string => {
    const id = running[running.length - 1];
    if (id === undefined) throw new Error('no execution running: call beginExecution(id) first');
    return id;
  };
  const end = (key: string, hold: Hold): void => {
    env.lockHeldMs += env.simulatedMs - hold.since;
    holdsByKey.delete(key);
  };
  const releaseHeldBy = (id: string): void => {
    for (const [key, hold] of holdsByKey) if (hold.owner === id) end(key, hold);
  };

  const registry: Registry = {
    /**
     * Waits on the virtual clock until the other hold ends or the timeout passes, whichever comes first.
     * A lock the execution already holds is taken again at once: live Apps Script answers true to a second
     * tryLock and lets a second waitLock through (gas-fakes test/testlock.js, whose tests run on live Apps Script).
     */
    acquire(key, timeoutInMillis) {
      if (typeof timeoutInMillis !== 'number' || Number.isNaN(timeoutInMillis)) throw new Error(`Invalid argument: timeoutInMillis (${timeoutInMillis})`);
      const me = currentExecution();
      if (timeoutInMillis < 0) return false;
      const hold = liveHold(key);
      if (hold?.owner === me) return true;
      if (hold) {
        const wait = hold.until - env.now();
        if (wait > timeoutInMillis) {
          env.advance(timeoutInMillis);
          return false;
        }
        env.advance(wait);
      }
      holdsByKey.set(key, { owner: me, until: Infinity, since: env.simulatedMs });
      return true;
    },
    holds: (key) => running.length > 0 && liveHold(key)?.owner === currentExecution(),
    release(key) {
      if (registry.holds(key)) end(key, holdsByKey.get(key)!);
    },
  };

  const lockOf = (kind: LockKind): LocalLock => new LocalLock(env, registry, kind);

  return {
    getDocumentLock(): LocalLock | null {
      env.call('LockService.getDocumentLock');
      return options.container?.() === false ? null : lockOf('document');
    },
    getScriptLock(): LocalLock {
      env.call('LockService.getScriptLock');
      return lockOf('script');
    },
    /** Runtime helper: an execution starts; it is the current one until it ends. */
    beginExecution(id: string): void {
      if (running.includes(id)) throw new Error(`execution ${id} is already running`);
      running.push(id);
    },
    /** Runtime helper: "locks are released automatically when the script ends" (https://developers.google.com/apps-script/reference/lock/lock). */
    endExecution(id: string): void {
      const index = running.indexOf(id);
      if (index < 0) throw new Error(`execution ${id} is not running`);
      running.splice(index, 1);
      releaseHeldBy(id);
    },
    /**
     * Runtime helper: a dialog suspends the current execution, and "LockService locks don't persist across
     * the suspension" (https://developers.google.com/apps-script/reference/base/ui).
     */
    suspendCurrent(): void {
      releaseHeldBy(currentExecution());
    },
    /** Test helper: another process takes the lock now and keeps it for `ms` virtual milliseconds. */
    holdFor(kind: LockKind, ms: number): void {
      if (liveHold(kind)) throw new Error(`the ${kind} lock is already held`);
      otherProcesses += 1;
      holdsByKey.set(kind, { owner: `another-process-${otherProcesses}`, until: env.now() + ms, since: env.simulatedMs });
    },
  };
}

export type LocalLockService = ReturnType<typeof createLockService>;

/**
 * The one lock every writer holds: the script lock. A web app has no document lock (getDocumentLock()
 * "returns null … such as from a standalone script or webapp",
 * https://developers.google.com/apps-script/reference/lock/lock-service), and two kinds of lock would not
 * exclude each other, so the sidebar, the e-mail page, onEdit, the menu and the trigger all take the same
 * one; for a script bound to one workbook it guards exactly that workbook.
 */
import type { Services } from './services';

/** How long a writer waits for another one before giving up with "busy, try again". */
export const LOCK_WAIT_MS = 20000;

export class BusyError extends Error {
  readonly code = 'BUSY';
}

/**
 * Nesting depth of withLock in this execution. Apps Script starts every execution with fresh globals; the
 * local runtime keeps them, and the finally below brings the depth back to 0 either way.
 */
let depth = 0;
/** Counts acquisitions, so that what was learnt under one hold (where the Log ends) is not trusted under the next. */
let holds = 0;

/** Whether this execution holds the lock now (the Log is written only then). */
export function holdsLock(): boolean {
  return depth > 0;
}

/** An id of the current hold; 0 when the lock is not held. */
export function currentHold(): number {
  return depth > 0 ? holds : 0;
}

/**
 * Runs `work` under the script lock, flushing before release as Google advises
 * (https://developers.google.com/apps-script/reference/lock/lock). Nested calls run inside the outer hold:
 * releasing it halfway through would let another writer in.
 */
export function withLock<T>(s: Pick<Services, 'lock' | 'app'>, work: () => T, waitMs = LOCK_WAIT_MS): T {
  if (depth > 0) return work();
  const lock = s.lock.getScriptLock();
  if (!lock.tryLock(waitMs)) throw new BusyError('lock not acquired');
  depth += 1;
  holds += 1;
  try {
    return work();
  } finally {
    depth -= 1;
    try {
      s.app.flush();
    } finally {
      lock.releaseLock();
    }
  }
}

/**
 * Apps Script drops every lock while a dialog waits for a person (https://developers.google.com/apps-script/reference/base/ui:
 * "LockService locks don't persist across the suspension"), so asking under the lock is a bug: ask first,
 * then lock, read again and act.
 */
export function assertUnlocked(what: string): void {
  if (depth > 0) throw new Error(`${what} while holding the lock: Apps Script would drop it`);
}

/** The one way every writing action holds the document lock. */
import type { Services } from './services';

/** How long a writer waits for another one before giving up with "busy, try again". */
export const LOCK_WAIT_MS = 20000;

export class BusyError extends Error {
  readonly code = 'BUSY';
}

/**
 * Runs `work` under the document lock, flushing before release as Google advises:
 * https://developers.google.com/apps-script/reference/lock/lock
 */
export function withDocumentLock<T>(s: Services, work: () => T): T {
  const lock = s.lock.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new BusyError('document lock not acquired');
  try {
    return work();
  } finally {
    s.app.flush();
    lock.releaseLock();
  }
}

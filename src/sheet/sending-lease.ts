/**
 * The daily run sends its mail without the document's lock, so that a Monday's check-ins never wait minutes
 * behind it; the lease keeps two runs (the daily one and a continuation, or a second owner's) from sending
 * the same mail from the same plan. It is taken and given back under the lock, so two runs cannot both take
 * it; a run killed while sending leaves it until the time it would have been killed by.
 */
import { withLock } from './lock';
import type { Services } from './services';

type Properties = GoogleAppsScript.Properties.Properties;

const LEASE_KEY = 'okr.sendingLease';

/** Takes the lease until `untilMs`, unless another run holds it at `nowMs`. The caller holds the lock. */
export function takeSendingLease(props: Properties, nowMs: number, untilMs: number): boolean {
  const held = Number(props.getProperty(LEASE_KEY) ?? '');
  if (Number.isFinite(held) && held > nowMs) return false;
  props.setProperty(LEASE_KEY, String(untilMs));
  return true;
}

/** Gives back the lease taken until `untilMs`, if it is still that one. The caller holds the lock. */
export function releaseSendingLease(props: Properties, untilMs: number): void {
  if (props.getProperty(LEASE_KEY) === String(untilMs)) props.deleteProperty(LEASE_KEY);
}

/**
 * Mail is sent until this long after a run started, leaving a minute for its last hold and the run within
 * 4 minutes, well inside Apps Script's 6 (https://developers.google.com/apps-script/guides/services/quotas);
 * the rest goes in a later run.
 */
export const SENDING_BUDGET_MS = 3 * 60 * 1000;

/** Apps Script stops a trigger's run after 6 minutes (https://developers.google.com/apps-script/guides/services/quotas). */
export const RUN_LIMIT_MS = 6 * 60 * 1000;

/**
 * Runs `send` without the lock, holding the lease until `untilMs` (taken under the lock); null when another
 * run holds it. The caller gives the lease back in its next hold. A failure gives it back at once, so that a
 * retry sends what is left; if even that fails, the lease lapses at its time.
 */
export function sendUnderLease<T>(s: Pick<Services, 'lock' | 'app' | 'props' | 'now'>, untilMs: number, send: () => T): T | null {
  try {
    // Inside the try: a hold that took the lease and then failed (its flush, its release) gives it back too.
    if (!withLock(s, () => takeSendingLease(s.props, s.now().getTime(), untilMs))) return null;
    return send();
  } catch (error) {
    try {
      withLock(s, () => releaseSendingLease(s.props, untilMs));
    } catch {
      /* the error that matters is thrown below */
    }
    throw error;
  }
}

/**
 * The daily run sends its mail without the document's lock, so that a Monday's check-ins never wait minutes
 * behind it; the lease keeps two runs (the daily one and a continuation, or a second owner's) from sending
 * the same mail from the same plan. It is taken and given back under the lock, so two runs cannot both take
 * it; a run killed while sending leaves it until the time it would have been killed by.
 */
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

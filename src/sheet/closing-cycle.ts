/**
 * The close in progress, kept in the script properties from before Close cycle's first write until the last
 * review pack is sent: a retry, the pack run and the daily run finish that close, and never close the cycle
 * it activated.
 */
type Properties = GoogleAppsScript.Properties.Properties;

const CLOSING_KEY = 'okr.closingCycle';

/** The ID of the cycle whose close is not finished, or null. */
export function closingCycle(props: Properties): string | null {
  const id = props.getProperty(CLOSING_KEY);
  return id === null || id === '' ? null : id;
}

/** Records that `cycleId` is being closed; the caller holds the lock. */
export function markClosing(props: Properties, cycleId: string): void {
  props.setProperty(CLOSING_KEY, cycleId);
}

/** The close is finished: every review is written and every pack sent. The caller holds the lock. */
export function closeFinished(props: Properties): void {
  props.deleteProperty(CLOSING_KEY);
}

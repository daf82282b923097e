/**
 * Items kept in the script properties until a run that holds the lock deals with them: one property per
 * item (a unique key, so that two executions adding at once lose nothing), read back in key order.
 * The Log's journal and the stamps onEdit could not write are the two queues.
 */
type Properties = GoogleAppsScript.Properties.Properties;

/** Adds `value` (as JSON) under `prefix` + `id`; `id` must be unique within the queue. */
export function enqueue(props: Properties, prefix: string, id: string, value: unknown): void {
  props.setProperty(`${prefix}${id}`, JSON.stringify(value));
}

/** The queued items in key order, parsed; an unreadable one comes back as `undefined`, to be dropped. */
export function queued(props: Properties, prefix: string): { key: string; value: unknown }[] {
  const all = props.getProperties();
  return Object.keys(all)
    .filter((k) => k.indexOf(prefix) === 0)
    .sort()
    .map((key) => {
      try {
        return { key, value: JSON.parse(all[key] ?? '') as unknown };
      } catch {
        return { key, value: undefined };
      }
    });
}

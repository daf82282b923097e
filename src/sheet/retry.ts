/**
 * The single backoff helper: transient service errors are retried with exponential backoff, everything
 * else is rethrown. `retrying` applies it to every idempotent call of a spreadsheet and of the sheets and
 * ranges it returns, so that actions need not think about it.
 */

/**
 * Messages Apps Script gives for failures that pass (gas-platform.md §6): a Sheets timeout, a server
 * error, a short-term rate limit. "Service invoked too many times for one day" is a daily quota and is
 * not retried: the next run resumes instead.
 */
const TRANSIENT = [
  /Service Spreadsheets timed out/i,
  /We're sorry, a server error occurred/i,
  /Service invoked too many times in a short time/i,
  /Service invoked too many times: Spreadsheets/i,
];

export function isTransient(error: unknown): boolean {
  const message = errorText(error);
  return TRANSIENT.some((pattern) => pattern.test(message));
}

/** The message of anything thrown; service errors come from another realm in the local runtime, so no instanceof. */
export function errorText(error: unknown): string {
  return typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
}

export const BACKOFF_ATTEMPTS = 5;

/** Calls `fn`, retrying transient failures up to `attempts` times with exponential backoff (500 ms, 1 s, 2 s…). */
export function withBackoff<T>(fn: () => T, sleep: (ms: number) => void, attempts = BACKOFF_ATTEMPTS): T {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return fn();
    } catch (error) {
      if (attempt >= attempts || !isTransient(error)) throw error;
      sleep(500 * Math.pow(2, attempt - 1));
    }
  }
}

/**
 * Calls that change nothing when repeated: reads, and writes of given values to given cells. Inserting,
 * appending and deleting are not retried, since a timed-out call may have been applied all the same.
 */
const IDEMPOTENT = /^(get|set|clear|is|has|can)/;
/** Results that are wrapped too: sheets and ranges, and the builders that take ranges. */
const WRAPPED_RESULTS = /^(get(Sheets?|SheetByName|ActiveSheet|Range|RangeList|DataRange|Parent)|insertSheet|new[A-Z]\w*)$/;

/**
 * Makes views whose idempotent methods retry transient errors, and whose sheets, ranges and builders are
 * views too (a builder method returning its builder returns the view). Arguments that are views are
 * unwrapped before reaching Apps Script, which expects its own objects (e.g. setRanges([range])); whether it
 * would accept a Proxy is unverified, so it never gets one. One wrapper is shared by the spreadsheet and
 * SpreadsheetApp, so that a range of one is unwrapped for a builder of the other.
 */
export function retrying(sleep: (ms: number) => void): <T extends object>(target: T) => T {
  const originals = new WeakMap<object, object>();
  const one = (value: unknown): unknown => (typeof value === 'object' && value !== null && originals.has(value) ? originals.get(value) : value);
  // Views travel alone or in a flat list (setRanges([range])); a grid of values (setValues) never holds one,
  // so it is passed as it is rather than copied cell by cell.
  const unwrap = (value: unknown): unknown => (Array.isArray(value) && value.some((v) => !Array.isArray(v)) ? value.map(one) : one(value));
  const wrap = <O extends object>(object: O): O => {
    const proxy: O = new Proxy(object, {
      get(inner, property) {
        // Read on the object itself, not through the proxy: Apps Script's objects are host objects.
        const member = Reflect.get(inner, property) as unknown;
        if (typeof member !== 'function' || typeof property !== 'string') return member;
        return (...args: unknown[]) => {
          const call = () => (member as (...a: unknown[]) => unknown).apply(inner, args.map(unwrap));
          const result = IDEMPOTENT.test(property) ? withBackoff(call, sleep) : call();
          if (result === inner) return proxy;
          if (!WRAPPED_RESULTS.test(property)) return result;
          if (Array.isArray(result)) return result.map((r) => (typeof r === 'object' && r !== null ? wrap(r) : r));
          return typeof result === 'object' && result !== null ? wrap(result) : result;
        };
      },
    });
    originals.set(proxy, object);
    return proxy;
  };
  return wrap;
}

/**
 * The single backoff helper: transient service errors are retried with exponential backoff, everything
 * else is rethrown. `retrying` applies it to every idempotent call of a spreadsheet and of the sheets and
 * ranges it returns, so that actions need not think about it.
 */

/**
 * Messages Apps Script gives for failures that pass: a Sheets timeout or failed access, a server or
 * internal error, a service briefly unavailable, a short-term rate limit. Apps Script may put
 * "Exception: " in front; the patterns match anywhere, in any case. Sources: the error list at
 * https://developers.google.com/apps-script/guides/support/troubleshooting#common_errors and the
 * exponential backoff advice at https://developers.google.com/apps-script/guides/support/best-practices.
 * "Service invoked too many times for one day" is a daily quota and is not retried: the next run
 * resumes instead.
 */
const TRANSIENT = [
  /Service Spreadsheets timed out/i,
  /Service Spreadsheets failed while accessing document/i,
  /Service error: Spreadsheets/i,
  /We're sorry, a server error occurred/i,
  /Internal error/i,
  /Service unavailable/i,
  /Address unavailable/i,
  /Service invoked too many times in a short time/i,
  /Service invoked too many times: Spreadsheets/i,
];

/**
 * Mail failures after which nothing was sent, so that sending again cannot send twice. A timeout or an
 * internal error may come after the message left, and is not retried.
 */
const MAIL_UNSENT = [/Service unavailable/i];

const matches = (patterns: readonly RegExp[], error: unknown): boolean => {
  const message = errorText(error);
  return patterns.some((pattern) => pattern.test(message));
};

export function isTransient(error: unknown): boolean {
  return matches(TRANSIENT, error);
}

/** Whether a failed sendEmail of MailApp certainly sent nothing and may be sent again. */
export function isUnsentMail(error: unknown): boolean {
  return matches(MAIL_UNSENT, error);
}

/** The message of anything thrown; service errors come from another realm in the local runtime, so no instanceof. */
export function errorText(error: unknown): string {
  return typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
}

export const BACKOFF_ATTEMPTS = 5;

/**
 * Calls `fn`, retrying failures that `retry` accepts (transient ones by default) up to `attempts` times
 * with exponential backoff (500 ms, 1 s, 2 s…).
 */
export function withBackoff<T>(fn: () => T, sleep: (ms: number) => void, attempts = BACKOFF_ATTEMPTS, retry: (error: unknown) => boolean = isTransient): T {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return fn();
    } catch (error) {
      if (attempt >= attempts || !retry(error)) throw error;
      sleep(500 * 2 ** (attempt - 1));
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

type MailApp = GoogleAppsScript.Mail.MailApp;

/**
 * MailApp whose sendEmail retries, with backoff, only the failures after which nothing went
 * (isUnsentMail); every other method is the mail service's own, called on it.
 */
export function retryingMail(mail: MailApp, sleep: (ms: number) => void): MailApp {
  return new Proxy(mail, {
    get(inner, property) {
      const member = Reflect.get(inner, property) as unknown;
      if (typeof member !== 'function') return member;
      // Called on MailApp itself, not on the proxy: Apps Script's objects are host objects.
      const call = (args: unknown[]) => (member as (...a: unknown[]) => unknown).apply(inner, args);
      return property === 'sendEmail'
        ? (...args: unknown[]) => withBackoff(() => call(args), sleep, BACKOFF_ATTEMPTS, isUnsentMail)
        : (...args: unknown[]) => call(args);
    },
  });
}

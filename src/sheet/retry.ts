/** The single backoff helper: retries transient service errors, rethrows everything else. */

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

/** Calls `fn`, retrying transient failures up to `attempts` times with exponential backoff (500 ms, 1 s, 2 s…). */
export function withBackoff<T>(fn: () => T, sleep: (ms: number) => void, attempts = 5): T {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return fn();
    } catch (error) {
      if (attempt >= attempts || !isTransient(error)) throw error;
      sleep(500 * Math.pow(2, attempt - 1));
    }
  }
}

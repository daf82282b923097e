// The backoff helper and the retrying view of the spreadsheet.
import { isTransient, isUnsentMail, retrying, retryingMail, withBackoff } from '../../src/sheet/retry';

const TIMEOUT = new Error('Service Spreadsheets timed out while accessing document with id x.');

describe('withBackoff', () => {
  test('retries a transient error with growing waits, then returns', () => {
    const waits: number[] = [];
    let calls = 0;
    expect(
      withBackoff(
        () =>
          ++calls < 3
            ? (() => {
                throw TIMEOUT;
              })()
            : 'ok',
        (ms) => waits.push(ms),
      ),
    ).toBe('ok');
    expect(waits).toEqual([500, 1000]);
  });

  test('rethrows at once what does not pass, and gives up after the last attempt', () => {
    const waits: number[] = [];
    expect(() =>
      withBackoff(
        () => {
          throw new Error('Service invoked too many times for one day: email.');
        },
        (ms) => waits.push(ms),
      ),
    ).toThrow(/one day/);
    expect(waits).toEqual([]);
    expect(() =>
      withBackoff(
        () => {
          throw TIMEOUT;
        },
        (ms) => waits.push(ms),
        3,
      ),
    ).toThrow(/timed out/);
    expect(waits).toEqual([500, 1000]);
    expect(isTransient("We're sorry, a server error occurred. Please wait a bit and try again.")).toBe(true);
  });
});

/** Messages Apps Script gives for failures that pass, each with and without "Exception: " and in another case. */
const TRANSIENT_MESSAGES = [
  'Service Spreadsheets timed out while accessing document with id 1abc.',
  'Service Spreadsheets failed while accessing document with id 1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms.',
  'Service error: Spreadsheets',
  "We're sorry, a server error occurred. Please wait a bit and try again.",
  'Internal error. Please try again later.',
  'Service unavailable: Spreadsheets',
  'Service unavailable. Try again later.',
  'Address unavailable: https://sheets.googleapis.com',
  'Service invoked too many times in a short time: spreadsheets. Try Utilities.sleep(1000) between calls.',
];
const variants = (message: string): string[] => [message, `Exception: ${message}`, message.toUpperCase(), `exception: ${message.toLowerCase()}`];

/** Failures that would fail again, or that must not be repeated. */
const LASTING_MESSAGES = [
  'Service invoked too many times for one day: email.',
  'Service invoked too many times for one day: urlfetch.',
  'Exception: Service invoked too many times for one day: spreadsheets.',
  'You do not have permission to access the requested document.',
  'Exception: The number of rows in the data does not match the number of rows in the range.',
  'Range not found',
  'Invalid email: lan@x',
  'TypeError: Cannot read properties of undefined',
  'Lock timeout: another process was holding the lock for too long.',
];

describe('isTransient', () => {
  test.each(TRANSIENT_MESSAGES.flatMap(variants))('retries %s', (message) => {
    expect(isTransient(new Error(message))).toBe(true);
  });

  test.each(LASTING_MESSAGES)('does not retry %s', (message) => {
    expect(isTransient(new Error(message))).toBe(false);
  });

  test('reads the message of a thrown string or object too', () => {
    expect(isTransient('Exception: Service error: Spreadsheets')).toBe(true);
    expect(isTransient({ message: 'Address unavailable' })).toBe(true);
    expect(isTransient(null)).toBe(false);
  });
});

describe('retryingMail', () => {
  /** A MailApp whose first `failures` sends throw `message`; sendEmail and the quota read go through. */
  const fakeMail = (message: string, failures: number) => {
    const sent: string[] = [];
    let left = failures;
    const mail = {
      quota: 7,
      getRemainingDailyQuota(this: { quota: number }) {
        return this.quota;
      },
      sendEmail(sending: { to: string }) {
        if (left-- > 0) throw new Error(message);
        sent.push(sending.to);
      },
    };
    return { mail: mail as unknown as GoogleAppsScript.Mail.MailApp, sent };
  };

  test.each(variants('Service unavailable: Mail').concat(variants('Service unavailable')))('sends again after %s, once', (message) => {
    const { mail, sent } = fakeMail(message, 2);
    const waits: number[] = [];
    retryingMail(mail, (ms) => waits.push(ms)).sendEmail({ to: 'lan@congty.vn', subject: 's', body: 'b' });
    expect(sent).toEqual(['lan@congty.vn']);
    expect(waits).toEqual([500, 1000]);
  });

  test.each([
    'Service invoked too many times for one day: email.',
    'Exception: Service invoked too many times for one day: email.',
    'Internal error. Please try again later.',
    'Service timed out: Mail',
    "We're sorry, a server error occurred. Please wait a bit and try again.",
    'Invalid email: lan@x',
    'Limit Exceeded: Email Body Size.',
  ])('never sends again after %s: the message may have gone, or would fail again', (message) => {
    const { mail, sent } = fakeMail(message, 1);
    const waits: number[] = [];
    expect(() => retryingMail(mail, (ms) => waits.push(ms)).sendEmail({ to: 'lan@congty.vn', subject: 's', body: 'b' })).toThrow(message);
    expect(sent).toEqual([]);
    expect(waits).toEqual([]);
    expect(isUnsentMail(new Error(message))).toBe(false);
  });

  test("gives up after the last attempt and keeps MailApp's other methods working on MailApp", () => {
    const { mail, sent } = fakeMail('Service unavailable: Mail', 100);
    const retried = retryingMail(mail, () => undefined);
    expect(() => retried.sendEmail({ to: 'lan@congty.vn', subject: 's', body: 'b' })).toThrow(/unavailable/);
    expect(sent).toEqual([]);
    expect(retried.getRemainingDailyQuota()).toBe(7);
  });
});

describe('retrying', () => {
  class FakeRange {
    constructor(readonly name: string) {}
  }
  const flaky = () => {
    let failures = 1;
    const ranges: unknown[] = [];
    const sheet = {
      inserted: 0,
      getRange: () => new FakeRange('A1'),
      getValues() {
        if (failures-- > 0) throw TIMEOUT;
        return [[1]];
      },
      insertRowsAfter() {
        this.inserted += 1;
        throw TIMEOUT;
      },
      setRanges(list: unknown[]) {
        ranges.push(...list);
        return this;
      },
    };
    return { sheet, ranges };
  };

  test('retries reads, never inserts (a timed-out insert may have happened)', () => {
    const { sheet } = flaky();
    const view = retrying(() => undefined)(sheet);
    expect(view.getValues()).toEqual([[1]]);
    expect(() => view.insertRowsAfter()).toThrow(/timed out/);
    expect(sheet.inserted).toBe(1);
  });

  test('hands Apps Script its own objects, never a view, and keeps chains on the view', () => {
    const { sheet, ranges } = flaky();
    const wrap = retrying(() => undefined);
    const view = wrap(sheet);
    const range = view.getRange();
    expect(view.setRanges([range])).toBe(view);
    expect(ranges[0]).toBeInstanceOf(FakeRange);
    expect(ranges[0]).not.toBe(range);
  });
});

// The backoff helper and the retrying view of the spreadsheet.
import { isTransient, retrying, withBackoff } from '../../src/sheet/retry';

const TIMEOUT = new Error('Service Spreadsheets timed out while accessing document with id x.');

describe('withBackoff', () => {
  test('retries a transient error with growing waits, then returns', () => {
    const waits: number[] = [];
    let calls = 0;
    expect(withBackoff(() => (++calls < 3 ? (() => { throw TIMEOUT; })() : 'ok'), (ms) => waits.push(ms))).toBe('ok');
    expect(waits).toEqual([500, 1000]);
  });

  test('rethrows at once what does not pass, and gives up after the last attempt', () => {
    const waits: number[] = [];
    expect(() => withBackoff(() => { throw new Error('Service invoked too many times for one day: email.'); }, (ms) => waits.push(ms))).toThrow(/one day/);
    expect(waits).toEqual([]);
    expect(() => withBackoff(() => { throw TIMEOUT; }, (ms) => waits.push(ms), 3)).toThrow(/timed out/);
    expect(waits).toEqual([500, 1000]);
    expect(isTransient("We're sorry, a server error occurred. Please wait a bit and try again.")).toBe(true);
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

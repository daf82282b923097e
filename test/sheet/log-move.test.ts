// moveJournal hands back the Log as it leaves it, so that the daily run does not read the Log again in the same hold.
import type { Lang } from '../../src/core/lang';
import type { LogAction } from '../../src/i18n/log';
import { emptyBook, LocalRuntime } from '../../src/local/emulator';
import { withLock } from '../../src/sheet/lock';
import { appendLog, ledgerCounts, moveJournal, readLog, recordLog, type LogEntry } from '../../src/sheet/log';
import type { Services } from '../../src/sheet/services';

const AT = new Date('2026-10-12T02:00:00Z');

function services(): { rt: LocalRuntime; s: Services } {
  const rt = new LocalRuntime({ book: emptyBook('OKR', 'vi_VN', 'Asia/Ho_Chi_Minh'), now: AT });
  rt.locks.beginExecution('test');
  return { rt, s: rt.services() };
}

const entry = (action: LogAction, counts: LogEntry['counts'], more: Partial<LogEntry> = {}): LogEntry => ({
  time: AT,
  action,
  user: 'quang@example.vn',
  outcome: 'sent',
  counts,
  error: '',
  ...more,
});

/** Entries that reach the journal: the Log fails for their one write. */
function journalled(rt: LocalRuntime, s: Services, lang: Lang, entries: LogEntry[]) {
  rt.env.injectFault('Range.setValues', 'Exception: Service Spreadsheets timed out', 1);
  expect(recordLog(s, lang, entries)).not.toBeNull();
  rt.env.faults.length = 0;
}

describe('moveJournal', () => {
  const cases: [string, Lang, LogEntry[]][] = [
    ['nothing journalled', 'vi', []],
    ['a reminder, in Vietnamese', 'vi', [entry('reminder:due', ledgerCounts('due:lan@example.vn:2026-10-12'))]],
    [
      'a reminder and a tally, in English',
      'en',
      [entry('reminder:wins', ledgerCounts('wins:hung@example.vn:2026-10-12')), entry('dailyTrigger', { krs: 4, sent: 1 }, { outcome: 'ok', user: '' })],
    ],
    ['an error that reads like a formula', 'en', [entry('dailyTrigger', { krs: 1 }, { outcome: 'failed', error: '=HYPERLINK("x")' })]],
    ['a key holding a comma', 'vi', [entry('reviewPack', ledgerCounts('pack:Q1:Sales, HN'))]],
  ];

  test.each(cases)('%s: the records it returns are those a read gives after it', (_, lang, entries) => {
    const { rt, s } = services();
    withLock(s, () => appendLog(s, lang, entry('refresh', {}, { outcome: 'ok' })));
    if (entries.length > 0) journalled(rt, s, lang, entries);
    const before = withLock(s, () => readLog(s));
    const result = withLock(s, () => moveJournal(s, lang, before));
    expect(result.moved).toBe(entries.length);
    expect(result.log).toEqual(readLog(s));
    expect(result.log).toHaveLength(1 + entries.length);
  });

  test('reads the Log itself when not given it: once, beside the header its write looks up', () => {
    const { rt, s } = services();
    withLock(s, () => appendLog(s, 'vi', entry('refresh', {}, { outcome: 'ok' })));
    journalled(rt, s, 'vi', [entry('reminder:due', ledgerCounts('due:lan@example.vn:2026-10-12'))]);
    rt.env.resetCounters();
    const result = withLock(s, () => moveJournal(s, 'vi'));
    expect(rt.env.calls.get('Range.getValues')).toBe(2);
    expect(result.log).toEqual(readLog(s));
  });

  test('entries the Log holds already are neither written again nor returned twice', () => {
    const { rt, s } = services();
    withLock(s, () => appendLog(s, 'vi', entry('refresh', {}, { outcome: 'ok' })));
    const sent = entry('reminder:due', ledgerCounts('due:lan@example.vn:2026-10-12'));
    journalled(rt, s, 'vi', [sent]);
    // A move cut off after its write: the row is in the Log, and the journal still holds it.
    withLock(s, () => appendLog(s, 'vi', sent));
    const result = withLock(s, () => moveJournal(s, 'en'));
    expect(result.moved).toBe(0);
    expect(result.log).toEqual(readLog(s));
    expect(result.log).toHaveLength(2);
  });
});

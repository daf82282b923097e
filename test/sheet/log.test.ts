// The Log in the workbook's language (issue 14), and what the program reads back from it whatever language
// each row was written in: the action, the reminder ledger, the initiative history, the counts.
import { REMINDER_KINDS } from '../../src/core/reminder-plan';
import { ACTION_LABELS, actionOfLabel, COUNT_LABELS, countOfLabel, countsOf, OUTCOME_LABELS, type LogAction } from '../../src/i18n/log';
import { LANGS } from '../../src/i18n/lang';
import { TAB_LABELS } from '../../src/i18n/tabs';
import { emptyBook, LocalRuntime } from '../../src/local/emulator';
import { initiativeHistory } from '../../src/actions/initiative-log';
import { withLock } from '../../src/sheet/lock';
import { appendLog, ledgerCounts, ledgerOf, moveJournal, readLog, recordLog, sentLedger, type LogEntry } from '../../src/sheet/log';
import type { Services } from '../../src/sheet/services';

const AT = new Date('2026-10-12T02:00:00Z');

function services(): { rt: LocalRuntime; s: Services } {
  const rt = new LocalRuntime({ book: emptyBook('OKR', 'vi_VN', 'Asia/Ho_Chi_Minh'), now: AT });
  // The source is called from the test, not through rt.run: one execution for the lock to belong to.
  rt.locks.beginExecution('test');
  return { rt, s: rt.services() };
}

const entry = (action: LogAction, counts: LogEntry['counts'], outcome = 'sent', user = 'quang@example.vn', time = AT): LogEntry => ({
  time,
  action,
  user,
  outcome,
  counts,
  error: '',
});

const write = (s: Services, lang: 'en' | 'vi', ...entries: LogEntry[]) => withLock(s, () => appendLog(s, lang, ...entries));

/** The Log's cells as a person reads them, without the header and the time. */
const cells = (rt: LocalRuntime) => {
  const sheet = rt.book.getSheetByName(TAB_LABELS.log.vi) ?? rt.book.getSheetByName(TAB_LABELS.log.en);
  return rt.env
    .quiet(() => sheet!.getDataRange().getValues())
    .slice(1)
    .map((r) => r.slice(1));
};

/** Rows as the program wrote them before the Log was translated: identifiers and `name=value` counts. */
function writeLegacyRows(rt: LocalRuntime, rows: unknown[][]) {
  const sheet = rt.book.getSheetByName(TAB_LABELS.log.vi)!;
  rt.env.quiet(() => sheet.getRange(sheet.getLastRow() + 1, 1, rows.length, 6).setValues(rows));
}

describe('the labels', () => {
  const actions = Object.keys(ACTION_LABELS) as LogAction[];

  test('every reminder kind the planner knows is an action with a label in both languages', () => {
    for (const kind of REMINDER_KINDS) expect(ACTION_LABELS[`reminder:${kind}` as LogAction]).toBeDefined();
  });

  test.each(LANGS)('every action, outcome and count has a %s label of its own', (lang) => {
    for (const labels of [ACTION_LABELS, OUTCOME_LABELS, COUNT_LABELS] as const) {
      const texts = Object.values(labels).map((label) => label[lang]);
      expect(texts.every((t) => t.trim() !== '')).toBe(true);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  test('every label and every identifier leads back to its action, in either language: no two read alike', () => {
    for (const action of actions) {
      expect(actionOfLabel(action)).toBe(action);
      for (const lang of LANGS) expect(actionOfLabel(ACTION_LABELS[action][lang])).toBe(action);
    }
    expect(actionOfLabel('  nhắc:   QUÁ HẠN ')).toBe('reminder:overdue');
    expect(actionOfLabel('Nhắc: quá hạn nữa')).toBeNull();
    expect(actionOfLabel('')).toBeNull();
  });

  test('every count name leads back to its count, in either language', () => {
    for (const key of Object.keys(COUNT_LABELS)) {
      expect(countOfLabel(key)).toBe(key);
      for (const lang of LANGS) expect(countOfLabel(COUNT_LABELS[key]![lang])).toBe(key);
    }
  });

  test('no Vietnamese action label is left as its English one', () => {
    const same = (Object.keys(ACTION_LABELS) as LogAction[]).filter((a) => ACTION_LABELS[a].vi === ACTION_LABELS[a].en);
    expect(same).toEqual([]);
  });
});

describe('what a person reads in the Log', () => {
  test.each([
    ['vi', 'Nhắc: quá hạn', 'đã gửi', 'KR: 11 · thay đổi sáng kiến: 0 · chu kỳ: Q4'],
    ['en', 'Reminder: overdue', 'sent', 'KRs: 11 · initiative changes: 0 · cycle: Q4'],
  ] as const)('in a %s workbook, labels and counts in that language', (lang, action, outcome, counts) => {
    const { rt, s } = services();
    write(s, lang, entry('reminder:overdue', { krs: 11, initiativeChanges: 0, cycle: 'Q4' }));
    expect(cells(rt)).toEqual([[action, 'quang@example.vn', outcome, counts, '']]);
  });

  test('the ledger key stays as the program reads it, in every language', () => {
    const { rt, s } = services();
    write(s, 'vi', entry('reminder:due', ledgerCounts('due:quang@example.vn:2026-10-12')));
    write(s, 'en', entry('reviewPack', ledgerCounts('pack:Q4:KD')));
    expect(cells(rt).map((r) => [r[0], r[3]])).toEqual([
      ['Nhắc: đến hạn cập nhật', 'key=due:quang@example.vn:2026-10-12'],
      ['Review pack sent', 'key=pack:Q4:KD'],
    ]);
  });

  test('an outcome the runner already translated is written as it is', () => {
    const { rt, s } = services();
    write(s, 'vi', entry('refresh', {}, 'thất bại'), entry('initiative', { change: '{}' }, 'priority'));
    expect(cells(rt).map((r) => r[2])).toEqual(['thất bại', 'ưu tiên']);
  });

  test('an action no label names (journalled by an older version) is written as its identifier, not lost', () => {
    const { rt, s } = services();
    write(s, 'vi', { ...entry('refresh', {}), action: 'oldAction' as LogAction });
    expect(cells(rt)[0]![0]).toBe('oldAction');
  });

  test('a count no label names yet keeps its identifier rather than vanish', () => {
    const { rt, s } = services();
    write(s, 'vi', entry('refresh', { krs: 2, somethingNew: 3 }));
    expect(cells(rt)[0]![3]).toBe('KR: 2 · somethingNew: 3');
  });
});

describe('a Log with rows of both languages and from before the translation', () => {
  const change = { initiativeId: 'I1', krId: 'KR3', field: 'priority', from: 2, to: 1, reason: 'khách cũ, key=due:x' };

  function mixed() {
    const { rt, s } = services();
    write(s, 'vi', entry('reminder:overdue', ledgerCounts('overdue:quang@example.vn:2026-10-05')));
    writeLegacyRows(rt, [
      [AT, 'reminder:due', 'lan@example.vn', 'sent', 'key=due:lan@example.vn:2026-10-05', ''],
      [AT, 'dailyTrigger', 'ceo@example.vn', 'ok', 'krs=4, initiativeChanges=1, sent=2, alreadySent=1', ''],
      [AT, 'initiative', 'lan@example.vn', 'priority', `change=${JSON.stringify({ ...change, initiativeId: 'I0' })}`, ''],
    ]);
    write(
      s,
      'en',
      entry('reminder:lead', ledgerCounts('lead:lan@example.vn:2026-10-12')),
      entry('dailyTrigger', { krs: 4, sent: 1, alreadySent: 3 }, 'ok'),
      entry('initiative', { change: JSON.stringify(change) }, 'priority', 'lan@example.vn'),
    );
    write(
      s,
      'vi',
      entry('brief', ledgerCounts('brief:company:2026-10-12'), 'written', ''),
      entry('reviewPack', ledgerCounts('pack:Q4:Sales, HN')),
      entry('gateOverride', { cycle: 'key=due:ceo@example.vn:2026-10-12' }, 'override', 'ceo@example.vn'),
    );
    return { rt, s };
  }

  test('each row is found by its action, whatever language it was written in', () => {
    const { s } = mixed();
    expect(readLog(s).map((r) => r.action)).toEqual([
      'reminder:overdue',
      'reminder:due',
      'dailyTrigger',
      'initiative',
      'reminder:lead',
      'dailyTrigger',
      'initiative',
      'brief',
      'reviewPack',
      'gateOverride',
    ]);
  });

  test('the ledger holds every key sent, of every language, and nothing a typed ID or reason only looks like', () => {
    const { s } = mixed();
    expect([...ledgerOf(readLog(s))].sort()).toEqual([
      'brief:company:2026-10-12',
      'due:lan@example.vn:2026-10-05',
      'lead:lan@example.vn:2026-10-12',
      'overdue:quang@example.vn:2026-10-05',
      'pack:Q4:Sales, HN',
    ]);
  });

  test('the initiative history reads the changes of both forms', () => {
    const { s } = mixed();
    expect(initiativeHistory(readLog(s), 'Asia/Ho_Chi_Minh').map((c) => [c.initiativeId, c.reason])).toEqual([
      ['I0', change.reason],
      ['I1', change.reason],
    ]);
  });

  test('the counts read back as identifiers, whatever the language', () => {
    const { s } = mixed();
    const daily = readLog(s)
      .filter((r) => r.action === 'dailyTrigger')
      .map((r) => countsOf(r.counts));
    expect(daily).toEqual([
      { krs: '4', initiativeChanges: '1', sent: '2', alreadySent: '1' },
      { krs: '4', sent: '1', alreadySent: '3' },
    ]);
    expect(countsOf('KR: 11 · thay đổi sáng kiến: 0')).toEqual({ krs: '11', initiativeChanges: '0' });
    expect(countsOf('key=pack:Q4:Sales, HN')).toEqual({ key: 'pack:Q4:Sales, HN' });
    expect(countsOf('')).toEqual({});
  });
});

describe('the journal, moved into a Log of another language', () => {
  /** Makes the Log fail for one write, so that the entries go to the script properties' journal. */
  function journalled(rt: LocalRuntime, s: Services, lang: 'en' | 'vi', entries: LogEntry[]) {
    rt.env.injectFault('Range.setValues', 'Exception: Service Spreadsheets timed out', 1);
    expect(recordLog(s, lang, entries)).not.toBeNull();
    rt.env.faults.length = 0;
  }

  test('an entry sent while the Log failed stays in the ledger, moves in once, and is not written again after a language switch', () => {
    const { rt, s } = services();
    write(s, 'vi', entry('refresh', {}, 'ok'));
    const sent = entry('reminder:wins', ledgerCounts('wins:hung@example.vn:2026-10-12'), 'sent', 'hung@example.vn');
    const tally = entry('dailyTrigger', { krs: 4, sent: 1 }, 'ok', 'ceo@example.vn');
    journalled(rt, s, 'vi', [sent, tally]);
    expect(sentLedger(s.props, readLog(s)).has('wins:hung@example.vn:2026-10-12')).toBe(true);
    // The move is cut off after its write: the rows are in the Log (in Vietnamese), the journal still holds them.
    const keys = () => Object.keys(rt.env.quiet(() => s.props.getProperties())).filter((k) => k.startsWith('okr.sent.'));
    const held = Object.fromEntries(keys().map((k) => [k, s.props.getProperty(k)!]));
    expect(withLock(s, () => moveJournal(s, 'vi').moved)).toBe(2);
    for (const [k, v] of Object.entries(held)) s.props.setProperty(k, v);
    // Then the workbook switches to English, and the next move finds them already there.
    expect(withLock(s, () => moveJournal(s, 'en').moved)).toBe(0);
    expect(keys()).toEqual([]);
    expect(cells(rt).map((r) => r[0])).toEqual(['Cập nhật tiến độ', 'Bản tin: thành tích', 'Chạy hằng ngày']);
    expect(cells(rt)[2]![3]).toBe('KR: 4 · e-mail đã gửi: 1');
  });

  test('an entry not yet in the Log is moved in the language of the move', () => {
    const { rt, s } = services();
    write(s, 'vi', entry('refresh', {}, 'ok'));
    journalled(rt, s, 'vi', [entry('reminder:due', ledgerCounts('due:lan@example.vn:2026-10-12'), 'sent', 'lan@example.vn')]);
    expect(withLock(s, () => moveJournal(s, 'en').moved)).toBe(1);
    expect(cells(rt)[1]!.slice(0, 4)).toEqual(['Reminder: check-in due', 'lan@example.vn', 'sent', 'key=due:lan@example.vn:2026-10-12']);
    expect(ledgerOf(readLog(s)).has('due:lan@example.vn:2026-10-12')).toBe(true);
  });
});

// Issue 14 through the bundle: the Log reads in the workbook's language, and what the program reads back from
// it (the reminder ledger, the last daily run, the initiative history) still works across a language switch.
import { ACTION_LABELS, actionOfLabel, COUNT_LABELS, countsOf, type LogAction } from '../../src/i18n/log';
import { TAB_LABELS } from '../../src/i18n/tabs';
import type { LocalRuntime } from '../../src/local/emulator';
import { typeRows } from '../../src/local/cli';
import { ADMIN, SALES_LEAD, SALES_REP, smallCompany, tabValues } from '../support/bundle';

const at = (iso: string) => new Date(iso);
const logRows = (rt: LocalRuntime) => tabValues(rt, [TAB_LABELS.log.vi, TAB_LABELS.log.en]).slice(1);
/** Counts that are records the program reads back, written the same in every language. */
const RECORDS = ['key', 'change'];

/** A Vietnamese company through its first two weeks: initiatives changed, reminders, menu actions, a check-in. */
function firstWeeks(): LocalRuntime {
  const rt = smallCompany();
  rt.run('menuRemindersOn');
  typeRows(
    rt,
    'initiatives',
    [
      { initiativeId: 'I1', krId: 'KR3', initiative: 'Gói bán thêm', ownerEmail: SALES_REP, priority: 2, status: 'Dự kiến' },
      { initiativeId: 'I2', krId: 'KR3', initiative: 'Hội thảo', ownerEmail: SALES_REP, priority: 1, status: 'Dự kiến' },
    ],
    SALES_LEAD,
  );
  rt.advanceTo(at('2026-10-12T02:30:00Z'));
  rt.type('Sáng kiến', 2, 5, [[1]], SALES_LEAD);
  rt.run('menuCheck');
  rt.run('menuRefresh');
  rt.run('menuSummary');
  rt.run('menuPreviewReminders');
  rt.run('sidebarCheckIn', [[{ krId: 'KR3', value: '12', confidence: '', progressNote: '', problems: '', plans: '' }]], { user: SALES_REP });
  rt.run('menuDiagnostics');
  rt.advanceTo(at('2026-10-14T02:30:00Z'));
  return rt;
}

/** What the Log says, row by row: the action it names (or null), and whether its cells are in `lang`. */
function check(rows: unknown[][], lang: 'en' | 'vi'): string[] {
  const problems: string[] = [];
  for (const row of rows) {
    const [action, counts] = [String(row[1]), String(row[4])];
    const id = actionOfLabel(action);
    if (id === null) problems.push(`no action: ${action}`);
    else if (action !== ACTION_LABELS[id][lang]) problems.push(`not ${lang}: ${action}`);
    const names = Object.keys(countsOf(counts));
    if (names.some((n) => RECORDS.includes(n)) ? names.length !== 1 : names.some((n) => !(n in COUNT_LABELS))) problems.push(`counts: ${counts}`);
    if (!RECORDS.some((r) => counts.startsWith(`${r}=`)) && /[A-Za-z]=/.test(counts)) problems.push(`identifiers in counts: ${counts}`);
  }
  return problems;
}

describe("the Log in the workbook's language", () => {
  test("a Vietnamese workbook's Log names every action and count in Vietnamese, reminders and initiatives included", () => {
    const rt = firstWeeks();
    const rows = logRows(rt);
    expect(check(rows, 'vi')).toEqual([]);
    const actions = new Set(rows.map((r) => actionOfLabel(String(r[1]))));
    for (const a of ['remindersOn', 'initiative', 'dailyTrigger', 'reminder:due', 'reminder:overdue', 'brief', 'check', 'checkIn:sidebar'] as LogAction[]) {
      expect(actions).toContain(a);
    }
    const daily = rows.find((r) => r[1] === 'Chạy hằng ngày')!;
    expect(String(daily[4])).toMatch(/^KR: 4 · thay đổi sáng kiến: \d+ · /);
    expect(rows.filter((r) => r[1] === 'Nhắc: quá hạn').every((r) => r[3] === 'đã gửi' && /^key=overdue:/.test(String(r[4])))).toBe(true);
  });

  test('after a switch to English, new rows are English, nothing is sent twice, and the old rows still count', () => {
    const rt = firstWeeks();
    const sent = rt.mail.outbox.length;
    const before = logRows(rt).length;
    rt.run('menuSwitchLanguage');
    const switched = logRows(rt).length;
    // The same day again, now in English: the ledger of the Vietnamese rows keeps every mail from going twice.
    rt.run('dailyTrigger', [], { user: ADMIN, context: 'installableTrigger' });
    expect(rt.mail.outbox.length).toBe(sent);
    const again = logRows(rt).at(-1)!;
    expect(again[1]).toBe('Daily run');
    expect(countsOf(String(again[4]))).toMatchObject({ sent: '0' });
    expect(Number(countsOf(String(again[4])).alreadySent)).toBeGreaterThan(0);
    // The next week's mail goes out, once, logged in English.
    rt.advanceTo(at('2026-10-19T02:30:00Z'));
    expect(rt.mail.outbox.length).toBeGreaterThan(sent);
    const rows = logRows(rt);
    expect(check(rows.slice(0, before), 'vi')).toEqual([]);
    expect(check(rows.slice(switched), 'en')).toEqual([]);
    expect(rows.slice(switched).some((r) => String(r[1]).startsWith('Reminder: '))).toBe(true);
    const keys = rows.map((r) => String(r[4])).filter((c) => c.startsWith('key='));
    expect(new Set(keys).size).toBe(keys.length);
    // Diagnostics finds the last daily run, and the brief the Vietnamese initiative changes.
    rt.run('menuDiagnostics');
    expect(rt.ui.alerts.at(-1)!.prompt).toMatch(/As assumed: the last daily run started at 9:00 in Asia\/Ho_Chi_Minh/);
  });

  test('the weekly brief still lists the initiative changes logged in Vietnamese once the workbook is English', () => {
    const rt = firstWeeks();
    rt.run('menuSwitchLanguage');
    rt.ui.answerNext('OK', '');
    rt.run('menuBrief', [], { user: ADMIN });
    const brief = rt.book.getSheets().find((s) => s.getName() === TAB_LABELS.brief.en || s.getName() === TAB_LABELS.brief.vi)!;
    const text = rt.env
      .quiet(() => brief.getDataRange().getValues())
      .flat()
      .join(' ');
    expect(text).toContain('I1');
    expect(logRows(rt).at(-1)![1]).toBe('Weekly brief');
  });
});

// Admin-only actions refuse everyone else in the workbook's language, log the refusal and change nothing;
// check-ins through google.script.run are refused on someone else's key result (DESIGN.md §2.8).
import type { LocalRuntime } from '../../src/local/emulator';
import { ADMIN, bundleRuntime, finishQuarter, SALES_LEAD, SALES_REP, smallCompany, tabValues } from '../support/bundle';
import { ACTION_LABELS, type LogAction } from '../../src/i18n/log';

const LOG = 'Nhật ký';
const refusal = (email: string) => `Chỉ quản trị viên có tên trong Cài đặt mới làm được việc này (bạn là ${email}).`;

/** The small company at the end of its quarter, every KR checked in, daily reminders on (owned by the admin). */
function company(): LocalRuntime {
  const rt = smallCompany();
  rt.run('menuRemindersOn');
  return finishQuarter(rt);
}

/** Everything an action could change, but the Log: tabs, triggers, document properties, mail and panels. */
function state(rt: LocalRuntime) {
  return rt.env.quiet(() => ({
    sheets: JSON.stringify(rt.snapshot().sheets.filter((s) => s.name !== LOG)),
    triggers: rt.scriptApp.allTriggers().map(({ owner, trigger }) => `${owner} ${trigger.getHandlerFunction()} ${trigger.getUniqueId()}`),
    properties: rt.properties.getScriptProperties().getProperties(),
    mail: rt.mail.outbox.length,
    dialogs: rt.ui.dialogs.length,
    sidebars: rt.ui.sidebars.length,
  }));
}

/** Each admin action (main.ts entry point) and its name in the Log. */
const ADMIN_ACTIONS: readonly { handler: string; action: LogAction }[] = [
  { handler: 'menuSetup', action: 'setup' },
  { handler: 'menuRemindersOn', action: 'remindersOn' },
  { handler: 'menuRemindersOff', action: 'remindersOff' },
  { handler: 'menuDiagnostics', action: 'diagnostics' },
  { handler: 'menuCloseCycle', action: 'closeCycle' },
  { handler: 'menuStartCycle', action: 'startCycle' },
];

describe('admin-only actions', () => {
  test.each(ADMIN_ACTIONS.map((a) => [a.handler, a.action]))(
    '%s refuses a non-admin in Vietnamese, logs "từ chối" and changes nothing else',
    (handler, action) => {
      const rt = company();
      const before = state(rt);
      const log = tabValues(rt, [LOG]).length;
      const alerts = rt.ui.alerts.length;
      rt.run(handler, [], { user: SALES_REP });
      expect(rt.ui.alerts.slice(alerts).map((a) => a.prompt)).toEqual([refusal(SALES_REP)]);
      const added = tabValues(rt, [LOG]).slice(log);
      expect(added.map((r) => r.slice(1))).toEqual([[ACTION_LABELS[action].vi, SALES_REP, 'từ chối', '', refusal(SALES_REP)]]);
      expect(state(rt)).toEqual(before);
    },
  );

  test.each(ADMIN_ACTIONS.map((a) => [a.handler, a.action]))('%s is not refused to the admin (the refusal is about who asks)', (handler, action) => {
    const rt = company();
    rt.run(handler, [], { user: ADMIN });
    const mine = tabValues(rt, [LOG]).filter((r) => r[1] === ACTION_LABELS[action].vi);
    expect(mine.at(-1)!.slice(2, 4)).toEqual([ADMIN, 'thành công']);
    expect(rt.ui.alerts.at(-1)?.prompt ?? '').not.toBe(refusal(ADMIN));
  });

  test('a team lead is not an admin either, and a hidden e-mail (consumer account) is refused as not signed in', () => {
    const rt = company();
    rt.run('menuCloseCycle', [], { user: SALES_LEAD });
    expect(rt.ui.alerts.at(-1)!.prompt).toBe(refusal(SALES_LEAD));
    rt.run('menuCloseCycle', [], { user: '' });
    expect(rt.ui.alerts.at(-1)!.prompt).toBe('Chỉ quản trị viên có tên trong Cài đặt mới làm được việc này (bạn là chưa đăng nhập).');
    expect(tabValues(rt, ['Đánh giá chu kỳ'])).toHaveLength(1);
    expect(
      tabValues(rt, [LOG])
        .slice(-2)
        .map((r) => [r[2], r[3]]),
    ).toEqual([
      [SALES_LEAD, 'từ chối'],
      ['', 'từ chối'],
    ]);
  });

  test('the first setup makes the person who runs it the admin; from then on setup refuses everyone else', () => {
    const rt = bundleRuntime();
    rt.run('menuSetup', [], { user: SALES_LEAD });
    const admins = tabValues(rt, ['Cài đặt']).find((r) => r[0] === 'Quản trị viên')!;
    expect(admins[1]).toBe(SALES_LEAD);
    rt.run('menuSetup', [], { user: ADMIN });
    expect(rt.ui.alerts.at(-1)!.prompt).toBe(refusal(ADMIN));
    rt.run('menuSetup', [], { user: SALES_LEAD });
    expect(rt.ui.alerts.at(-1)!.prompt).not.toBe(refusal(SALES_LEAD));
  });
});

type Reply = { saved: number; problems: { krId: string; message: string }[] };
const entry = (krId: string, value: string, extra: Record<string, string> = {}) => ({
  krId,
  value,
  confidence: '',
  progressNote: '',
  problems: '',
  plans: '',
  ...extra,
});
const checkInRows = (rt: LocalRuntime) => tabValues(rt, ['Cập nhật tiến độ']).slice(1);

describe('check-ins through google.script.run', () => {
  test.each([
    ['the sidebar', undefined],
    ['the web app page', 'email'],
  ])("from %s, a non-admin cannot check in someone else's KR", (_, source) => {
    const rt = smallCompany();
    const krs = JSON.stringify(tabValues(rt, ['Kết quả then chốt']));
    const reply = rt.run('sidebarCheckIn', [[entry('KR4', '1')], source], { user: SALES_REP }) as Reply;
    expect(reply.saved).toBe(0);
    expect(reply.problems).toEqual([{ krId: 'KR4', message: 'KR4: bạn chỉ cập nhật được KR của mình hoặc của nhóm mình.' }]);
    expect(checkInRows(rt)).toEqual([]);
    expect(JSON.stringify(tabValues(rt, ['Kết quả then chốt']))).toBe(krs);
  });

  test('an admin may check in any KR, and the row says who did', () => {
    const rt = smallCompany();
    const reply = rt.run('sidebarCheckIn', [[entry('KR4', '6')]], { user: ADMIN }) as Reply;
    expect(reply).toMatchObject({ saved: 1, problems: [] });
    expect(checkInRows(rt).map((r) => [r[1], r[2], r[7]])).toEqual([['KR4', 6, ADMIN]]);
  });

  test("in a mixed batch only the person's own and team KRs are saved", () => {
    const rt = smallCompany();
    const reply = rt.run('sidebarCheckIn', [[entry('KR3', '12'), entry('KR4', '1'), entry('KR1', '85%'), entry('KR2', '4,8 tỷ')]], {
      user: SALES_REP,
    }) as Reply;
    expect(reply.saved).toBe(2);
    expect(reply.problems.map((p) => p.krId)).toEqual(['KR4', 'KR1']);
    expect(checkInRows(rt).map((r) => [r[1], r[7]])).toEqual([
      ['KR3', SALES_REP],
      ['KR2', SALES_REP],
    ]);
  });

  test('no trick gets a check-in onto someone else\'s KR: a forged "by", an ID in another case or with spaces, no e-mail', () => {
    const rt = smallCompany();
    const forged = rt.run('sidebarCheckIn', [[entry('KR3', '9', { by: ADMIN, source: 'sheet' })]], { user: SALES_REP }) as Reply;
    expect(forged.saved).toBe(1);
    expect(checkInRows(rt).map((r) => [r[1], r[7], r[8]])).toEqual([['KR3', SALES_REP, 'thanh bên']]);
    for (const krId of ['kr4', ' KR4', 'KR4 ']) {
      expect((rt.run('sidebarCheckIn', [[entry(krId, '1')]], { user: SALES_REP }) as Reply).saved).toBe(0);
    }
    expect((rt.run('sidebarCheckIn', [[entry('KR4', '1')]], { user: '' }) as Reply).saved).toBe(0);
    expect(checkInRows(rt)).toHaveLength(1);
  });
});

// The review packs of a close go out from a run of their own a minute later (packRun), without the lock:
// every way that run can be held up still sends each pack exactly once.
import { typeSetting } from '../../src/local/cli';
import { SETTING_LABELS } from '../../src/i18n/tabs';
import { ADMIN, finishQuarter, packRunFires, PRODUCT_LEAD, SALES_LEAD, smallCompany, tabValues } from '../support/bundle';

type Runtime = ReturnType<typeof smallCompany>;

const LEADS = [ADMIN, PRODUCT_LEAD, SALES_LEAD].sort();
const packsSent = (rt: Runtime) => rt.mail.outbox.filter((m) => /Đánh giá chu kỳ/.test(m.subject)).map((m) => m.to[0]!);
const packTriggers = (rt: Runtime) => rt.env.quiet(() => rt.scriptApp.allTriggers().filter((t) => t.trigger.getHandlerFunction() === 'packRun'));
const lastAlert = (rt: Runtime) => rt.ui.alerts.at(-1)!.prompt;
const logActions = (rt: Runtime) => tabValues(rt, ['Nhật ký']).map((r) => String(r[1]));

function closed(): Runtime {
  const rt = finishQuarter(smallCompany());
  rt.run('menuCloseCycle');
  return rt;
}

describe('the pack run', () => {
  test('a review pack goes once to each lead, however often a pack run or the daily run comes round', () => {
    const rt = closed();
    expect(packsSent(rt)).toEqual([]);
    packRunFires(rt);
    packRunFires(rt);
    rt.run('dailyTrigger', [], { user: ADMIN });
    rt.ui.answerNext('NO');
    rt.run('menuCloseCycle'); // the close is finished: this asks about the next cycle
    expect(packsSent(rt).sort()).toEqual(LEADS);
    expect(lastAlert(rt)).toMatch(/^Chu kỳ Quý 1\/2027 kết thúc ngày/);
  });

  test('a daily run between the close and its pack run sends the packs; the pack run then sends nothing', () => {
    const rt = closed();
    rt.run('dailyTrigger', [], { user: ADMIN });
    expect(packsSent(rt).sort()).toEqual(LEADS);
    packRunFires(rt);
    expect(rt.triggerFailures).toEqual([]);
    expect(packsSent(rt)).toHaveLength(3);
    expect(packTriggers(rt)).toEqual([]);
  });

  test('another run sending (the sending lease held): the pack run asks for one more a minute later, which sends', () => {
    const rt = closed();
    const held = String(rt.env.now() + 3 * 60 * 1000);
    rt.env.quiet(() => rt.properties.getScriptProperties().setProperty('okr.sendingLease', held));
    rt.advanceTo(new Date(rt.env.now() + 2 * 60 * 1000)); // fires once, finds the lease, asks again
    expect(packsSent(rt)).toEqual([]);
    expect(packTriggers(rt)).toHaveLength(1);
    rt.advanceTo(new Date(rt.env.now() + 10 * 60 * 1000));
    expect(rt.triggerFailures).toEqual([]);
    expect(packsSent(rt).sort()).toEqual(LEADS);
    expect(packTriggers(rt)).toEqual([]);
    expect(logActions(rt).filter((a) => a === 'Lượt gửi gói đánh giá').length).toBeGreaterThanOrEqual(2);
  });

  test('out of time after 3 minutes: the next pack run sends the rest, each pack once', () => {
    const rt = closed();
    // Each pack takes 100 s of Apps Script time: the first run sends two and stops before a third would start past 3 minutes.
    for (let i = 0; i < 3; i += 1) rt.env.interleaved.push({ method: 'MailApp.sendEmail', skip: 0, run: () => rt.env.advance(100_000) });
    rt.advanceTo(new Date(rt.env.now() + 90 * 1000));
    expect(packsSent(rt)).toHaveLength(2);
    expect(packTriggers(rt)).toHaveLength(1);
    rt.advanceTo(new Date(rt.env.now() + 30 * 60 * 1000));
    expect(rt.triggerFailures).toEqual([]);
    expect(packsSent(rt).sort()).toEqual(LEADS);
    expect(packTriggers(rt)).toEqual([]);
  });

  test("the admin's account already has its 20 triggers: the close says so, and the daily run sends the packs", () => {
    const rt = finishQuarter(smallCompany());
    rt.run('menuRemindersOn');
    for (let i = 0; i < 19; i += 1) rt.env.quiet(() => rt.scriptApp.newTrigger('menuRefresh').timeBased().everyDays(1).atHour(5).create());
    rt.run('menuCloseCycle');
    expect(lastAlert(rt)).toMatch(/Chưa thể hẹn giờ gửi gói đánh giá .*20 trình kích hoạt/);
    expect(packTriggers(rt)).toEqual([]);
    expect(tabValues(rt, ['Chu kỳ']).map((r) => r[4])).toEqual(['Trạng thái', 'Đã đóng', 'Đang diễn ra']);
    rt.run('dailyTrigger', [], { user: ADMIN });
    expect(packsSent(rt).sort()).toEqual(LEADS);
  });

  test('the admin who closed is no longer one when the pack run fires: it is refused and sends nothing; the daily run does', () => {
    const rt = closed();
    typeSetting(rt, SETTING_LABELS.admins, SALES_LEAD);
    packRunFires(rt);
    expect(rt.triggerFailures.map((f) => f.error)).toEqual([expect.stringMatching(/^Chỉ quản trị viên/)]);
    expect(packsSent(rt)).toEqual([]);
    rt.run('dailyTrigger', [], { user: SALES_LEAD });
    expect(packsSent(rt).sort()).toEqual(LEADS);
  });
});

// "Turn on / off daily reminders" and "Diagnostics", through the bundle.
import { typeSetting } from '../../src/local/cli';
import { SETTING_LABELS } from '../../src/i18n/tabs';
import { ADMIN, SALES_LEAD, smallCompany } from '../support/bundle';

const lastAlert = (rt: ReturnType<typeof smallCompany>) => rt.ui.alerts.at(-1)!.prompt;

describe('daily reminder trigger', () => {
  test('installing twice leaves exactly one trigger at the reminder hour, and records its owner', () => {
    const rt = smallCompany();
    rt.run('menuRemindersOn');
    rt.run('menuRemindersOn');
    const triggers = rt.scriptApp.allTriggers();
    expect(triggers).toHaveLength(1);
    expect(triggers[0]!.owner).toBe(ADMIN);
    expect(triggers[0]!.trigger.getHandlerFunction()).toBe('dailyTrigger');
    expect(lastAlert(rt)).toBe(`Đã bật nhắc nhở: mỗi ngày lúc 9:00 (Asia/Ho_Chi_Minh), gửi từ tài khoản của ${ADMIN}.`);
    // It fires at 09:00 Asia/Ho_Chi_Minh, i.e. 02:00Z.
    const firings = rt.scriptApp.dueClockTriggers(Date.parse('2026-10-05T12:00:00Z'), Date.parse('2026-10-07T12:00:00Z'));
    expect(firings.map((f) => f.at.toISOString())).toEqual(['2026-10-06T02:00:00.000Z', '2026-10-07T02:00:00.000Z']);
  });

  test("a second admin cannot install a duplicate nor remove the first admin's trigger", () => {
    const rt = smallCompany();
    typeSetting(rt, SETTING_LABELS.admins, `${ADMIN}, ${SALES_LEAD}`);
    rt.run('menuRemindersOn');
    rt.run('menuRemindersOn', [], { user: SALES_LEAD });
    expect(lastAlert(rt)).toMatch(/Chỉ ceo@example.vn mới tắt hoặc đổi được/);
    rt.run('menuRemindersOff', [], { user: SALES_LEAD });
    expect(rt.scriptApp.allTriggers()).toHaveLength(1);
  });

  test('people who are not admins are refused', () => {
    const rt = smallCompany();
    rt.run('menuRemindersOn', [], { user: 'quang@example.vn' });
    expect(rt.scriptApp.allTriggers()).toHaveLength(0);
    expect(lastAlert(rt)).toMatch(/^Chỉ quản trị viên/);
  });

  test('turning off removes the trigger and the record', () => {
    const rt = smallCompany();
    rt.run('menuRemindersOn');
    rt.run('menuRemindersOff');
    expect(rt.scriptApp.allTriggers()).toHaveLength(0);
    expect(lastAlert(rt)).toBe('Đã tắt nhắc nhở hằng ngày.');
    rt.run('menuRemindersOff');
    expect(lastAlert(rt)).toBe('Nhắc nhở hằng ngày chưa được bật.');
  });
});

describe('diagnostics', () => {
  test('reports in plain words what reminders depend on', () => {
    const rt = smallCompany();
    rt.run('menuDiagnostics');
    const before = lastAlert(rt);
    expect(before).toMatch(/✗ CẦN XỬ LÝ: Chưa có trình kích hoạt nhắc nhở/);
    expect(before).toMatch(/✓ ỔN: Hôm nay tài khoản của bạn còn gửi được cho 1500 người nhận/);
    expect(before).toMatch(/✓ ỔN: Đủ các trang và cột/);
    expect(before).toMatch(/Chưa triển khai trang cập nhật qua web/);
    rt.run('menuRemindersOn');
    rt.env.quiet(() => rt.book.deleteSheet(rt.book.getSheetByName('Phụ thuộc')!));
    rt.scriptApp.setWebAppUrl('https://script.google.com/macros/s/abc/exec');
    rt.locks.holdFor('script', 60_000);
    rt.run('menuDiagnostics');
    const after = lastAlert(rt);
    expect(after).toMatch(/✓ ỔN: Trình kích hoạt nhắc nhở chạy mỗi ngày lúc 9:00/);
    expect(after).toMatch(/✗ CẦN XỬ LÝ: Thiếu trang “Phụ thuộc”/);
    expect(after).toMatch(/✗ CẦN XỬ LÝ: Khóa của chương trình \(khóa mọi lượt ghi đều dùng\) đang bị một lượt chạy khác giữ/);
    expect(after).toMatch(/https:\/\/script.google.com\/macros\/s\/abc\/exec/);
  });
});

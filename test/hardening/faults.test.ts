// Faults injected in the runtime: transient Sheets errors are retried with backoff; the daily mail quota
// running out mid-run sends the rest next time and nothing twice; a failed trigger run is logged.
import { ADMIN, smallCompany, tabValues } from '../support/bundle';

const TIMEOUT = 'Service Spreadsheets timed out while accessing document with id 1abc.';

describe('faults', () => {
  // What the person sees, not how long the program waited: a read that fails a few times and then passes
  // leaves the action's result and its Log row as if nothing had happened.
  test.each([1, 2, 4])('"Service Spreadsheets timed out" %i time(s) in a row is retried and the action succeeds', (times) => {
    const rt = smallCompany();
    rt.env.injectFault('Range.getValues', TIMEOUT, times);
    rt.run('menuRefresh');
    expect(rt.ui.alerts.at(-1)!.prompt).toBe('Đã cập nhật tiến độ cho 4 kết quả then chốt.');
    expect(tabValues(rt, ['Nhật ký']).at(-1)!.slice(1, 4)).toEqual(['Cập nhật tiến độ', ADMIN, 'thành công']);
  });

  test('an error that is not transient is not retried: the action fails at once and says why', () => {
    const rt = smallCompany();
    rt.env.injectFault('Range.getValues', 'You do not have permission to access the requested document.', 1);
    rt.run('menuRefresh');
    expect(rt.ui.alerts.at(-1)!.prompt).toMatch(/^Đã có lỗi: You do not have permission/);
  });

  test('a fault that does not pass is logged and shown, never swallowed', () => {
    const rt = smallCompany();
    // Every whole-tab read keeps failing; the Log, written through other calls, still works.
    rt.env.injectFault('Sheet.getDataRange', TIMEOUT, 100);
    rt.run('menuRefresh');
    expect(rt.ui.alerts.at(-1)!.prompt).toMatch(/^Đã có lỗi: Service Spreadsheets timed out/);
    const log = tabValues(rt, ['Nhật ký']).at(-1)!;
    expect(log.slice(1, 4)).toEqual(['Cập nhật tiến độ', ADMIN, 'thất bại']);
    expect(log[5]).toMatch(/timed out/);
  });

  test('"Service invoked too many times" on the daily trigger is logged and the run fails visibly', () => {
    const rt = smallCompany();
    rt.run('menuRemindersOn');
    rt.env.injectFault('Sheet.getDataRange', 'Service invoked too many times for one day: spreadsheets.', 1000);
    rt.advanceTo(new Date('2026-10-06T03:00:00Z'));
    expect(rt.triggerFailures).toHaveLength(1);
    expect(rt.triggerFailures[0]!.error).toMatch(/too many times for one day/);
    rt.env.faults.length = 0;
    expect(tabValues(rt, ['Nhật ký']).at(-1)!.slice(1, 4)).toEqual(['Chạy hằng ngày', ADMIN, 'thất bại']);
  });

  test('the mail quota running out in the middle of a run sends the rest next time and nothing twice', () => {
    const rt = smallCompany();
    rt.run('menuRemindersOn');
    rt.env.setNow(new Date('2026-10-12T01:00:00Z'));
    rt.env.injectFault('MailApp.sendEmail', 'Service invoked too many times for one day: email.', 1);
    // The quota says 1500 but the service refuses the first send: nothing goes out on Monday…
    rt.run('dailyTrigger', [], { user: ADMIN });
    expect(rt.mail.outbox).toHaveLength(0);
    expect(String(tabValues(rt, ['Nhật ký']).at(-1)![4])).toMatch(/e-mail đã gửi: 0 · để lần sau: 4/);
    // …and everything goes out on the next run, once.
    rt.run('dailyTrigger', [], { user: ADMIN });
    rt.run('dailyTrigger', [], { user: ADMIN });
    expect(rt.mail.outbox).toHaveLength(4);
    expect(new Set(rt.mail.outbox.map((m) => m.to[0])).size).toBe(4);
  });
});

test('when even the Log cannot be written the failure reaches the person, the execution log, and the Log later', () => {
  const rt = smallCompany();
  for (const method of ['Sheet.getDataRange', 'Range.getValues', 'Range.setValues']) rt.env.injectFault(method, TIMEOUT, 10_000);
  rt.run('menuRefresh');
  rt.env.faults.length = 0;
  expect(rt.ui.alerts.at(-1)!.prompt).toMatch(/^Đã có lỗi: Service Spreadsheets timed out/);
  expect(rt.logging.lines.some((l) => /refresh: the Log row waits in the script properties \(.*timed out/.test(l.text))).toBe(true);
  // The next daily run moves the row from the script properties into the Log.
  rt.run('dailyTrigger', [], { user: ADMIN });
  expect(tabValues(rt, ['Nhật ký']).some((r) => r[1] === 'Cập nhật tiến độ' && r[3] === 'thất bại' && /timed out/.test(String(r[5])))).toBe(true);
});

// Concurrency: writers serialize on the document lock; a long wait gives a clear message; a trigger run
// and a menu action overlapping lose nothing.
import { PRODUCT_LEAD, SALES_REP, smallCompany, tabValues } from '../support/bundle';

const entry = (krId: string, value: string) => ({ krId, value, confidence: '', progressNote: '', problems: '', plans: '' });

describe('concurrency', () => {
  test('two check-ins racing lose nothing: the second waits for the first and appends after it', () => {
    const rt = smallCompany();
    // The first person's save holds the lock for 5 s of virtual time while the second one arrives.
    rt.locks.holdFor('script', 5000);
    const before = rt.env.now();
    const reply = rt.run('sidebarCheckIn', [[entry('KR3', '12')]], { user: SALES_REP }) as { saved: number };
    expect(reply.saved).toBe(1);
    expect(rt.env.now() - before).toBeGreaterThanOrEqual(5000);
    rt.run('sidebarCheckIn', [[entry('KR4', '6')]], { user: PRODUCT_LEAD });
    expect(
      tabValues(rt, ['Cập nhật tiến độ'])
        .slice(1)
        .map((r) => [r[1], r[2]]),
    ).toEqual([
      ['KR3', 12],
      ['KR4', 6],
    ]);
  });

  test('a lock held too long gives a clear "busy, try again" message and writes nothing', () => {
    const rt = smallCompany();
    rt.locks.holdFor('script', 60_000);
    rt.run('menuRefresh');
    expect(rt.ui.alerts.at(-1)!.prompt).toBe('Có người khác đang cập nhật bảng tính. Vui lòng thử lại sau giây lát.');
    expect(() => rt.run('sidebarCheckIn', [[entry('KR3', '12')]], { user: SALES_REP })).toThrow(/Có người khác đang cập nhật bảng tính/);
    expect(tabValues(rt, ['Cập nhật tiến độ'])).toHaveLength(1);
  });

  test('a trigger run overlapping a menu action waits its turn; when it cannot, it fails visibly and the next run catches up', () => {
    const rt = smallCompany();
    rt.run('menuRemindersOn');
    rt.env.setNow(new Date('2026-10-12T01:59:00Z'));
    rt.locks.holdFor('script', 10_000); // a menu action finishing its work
    rt.advanceTo(new Date('2026-10-12T03:00:00Z'));
    expect(rt.triggerFailures).toEqual([]);
    expect(rt.mail.outbox.length).toBe(4);

    rt.advanceTo(new Date('2026-10-13T01:59:00Z'));
    rt.locks.holdFor('script', 120_000); // a stuck writer: the next day's run gives up
    rt.advanceTo(new Date('2026-10-13T03:00:00Z'));
    expect(rt.triggerFailures).toHaveLength(1);
    // The stuck writer holds the lock, so the failure row waits in the script properties: no Log write unlocked.
    expect(tabValues(rt, ['Nhật ký']).filter((r) => r[3] === 'thất bại')).toEqual([]);
    rt.advanceTo(new Date('2026-10-14T03:00:00Z'));
    expect(rt.triggerFailures).toHaveLength(1);
    const runs = tabValues(rt, ['Nhật ký'])
      .filter((r) => r[1] === 'Chạy hằng ngày')
      .map((r) => r[3]);
    expect(runs.slice(-2)).toEqual(['thất bại', 'thành công']);
  });

  test('previews take no lock: they run while a writer holds it', () => {
    const rt = smallCompany();
    rt.env.setNow(new Date('2026-10-12T03:00:00Z'));
    rt.locks.holdFor('script', 60_000);
    rt.run('menuPreviewReminders');
    expect(rt.ui.dialogs.at(-1)!.html).toContain('e-mail sẽ được gửi bây giờ');
  });
});

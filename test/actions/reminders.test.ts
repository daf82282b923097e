// The daily trigger through the bundle: reminders, escalation, the ledger, the quota, the preview.
import { typeRows } from '../../src/local/cli';
import { ADMIN, PRODUCT_LEAD, SALES_LEAD, SALES_REP, smallCompany, tabValues } from '../support/bundle';
import { actionOfLabel } from '../../src/i18n/log';

const at = (iso: string) => new Date(iso);

describe('the daily reminder run', () => {
  test('on the check-in day each person gets one digest of their pending KRs, and a second run sends nothing new', () => {
    const rt = smallCompany();
    rt.run('menuRemindersOn');
    rt.advanceTo(at('2026-10-12T03:00:00Z')); // fires Tue 6 … Mon 12 at 09:00 (02:00Z)
    expect(rt.triggerFailures).toEqual([]);
    const mondayMail = rt.mail.outbox.filter((m) => m.sentAt.toISOString().startsWith('2026-10-12'));
    const to = mondayMail.map((m) => m.to[0]).sort();
    // KR2 is the sales team's (Lan and Quang), KR3 Quang's, KR1 the CEO's, KR4 Hùng's: one digest each.
    expect(to.filter((e) => e === SALES_REP)).toHaveLength(1);
    const due = mondayMail.filter((m) => /cập nhật|check-in/i.test(m.subject));
    expect(new Set(due.map((m) => m.to[0]))).toEqual(new Set([ADMIN, SALES_LEAD, SALES_REP, PRODUCT_LEAD]));
    const quang = due.find((m) => m.to[0] === SALES_REP)!;
    expect(quang.htmlBody).toContain('KR2');
    expect(quang.htmlBody).toContain('KR3');
    const before = rt.mail.outbox.length;
    rt.run('dailyTrigger', [], { user: ADMIN });
    expect(rt.mail.outbox.length).toBe(before);
  });

  test('after the grace days the missing get a second reminder and their lead one digest; people who checked in get nothing', () => {
    const rt = smallCompany();
    rt.run('menuRemindersOn');
    rt.env.setNow(at('2026-10-12T01:00:00Z'));
    rt.advanceTo(at('2026-10-12T03:00:00Z'));
    typeRows(rt, 'checkIns', [{ krId: 'KR1', value: '80%' }], ADMIN);
    typeRows(rt, 'checkIns', [{ krId: 'KR4', value: '7' }], PRODUCT_LEAD);
    const mark = rt.mail.outbox.length;
    rt.advanceTo(at('2026-10-14T03:00:00Z')); // Tuesday (nothing), Wednesday = Monday + 2 grace days
    const later = rt.mail.outbox.slice(mark);
    const wednesday = later.filter((m) => m.sentAt.toISOString().startsWith('2026-10-14'));
    // Lan and Quang get the second reminder, Lan the lead digest in the same mail; the sales KRs, silent
    // since the cycle started, are stale and go one level up to the board's lead.
    expect(wednesday.map((m) => m.to[0]).sort()).toEqual([ADMIN, SALES_LEAD, SALES_REP].sort());
    const lan = wednesday.find((m) => m.to[0] === SALES_LEAD)!;
    expect(lan.subject).toMatch(/Nhắc lại: .* · Nhóm của bạn còn/);
    const escalation = wednesday.find((m) => m.to[0] === ADMIN)!;
    expect(escalation.htmlBody).toContain('KR2');
    expect(escalation.htmlBody).not.toContain('KR1');
    expect(later.some((m) => m.to[0] === PRODUCT_LEAD)).toBe(false);
    const log = tabValues(rt, ['Nhật ký']);
    expect(log.filter((r) => String(r[1]) === 'Nhắc: quá hạn')).toHaveLength(2);
    expect(log.filter((r) => String(r[1]) === 'Nhắc: tổng hợp cho trưởng nhóm')).toHaveLength(1);
    expect(log.filter((r) => String(r[1]) === 'Nhắc: báo cấp trên')).toHaveLength(1);
  });

  test('what the mail quota cannot take goes out on the next run, and nothing twice', () => {
    const rt = smallCompany({ mailQuota: 2 });
    rt.run('menuRemindersOn');
    rt.env.setNow(at('2026-10-12T01:00:00Z'));
    rt.advanceTo(at('2026-10-12T03:00:00Z'));
    expect(rt.mail.outbox).toHaveLength(2);
    // The quota is a rolling 24 h window and the clock follows the calls: Tuesday's 09:00 run comes a few
    // seconds short of 24 h after Monday's sends, so it still finds no quota; Wednesday's sends the rest.
    rt.advanceTo(at('2026-10-14T03:00:00Z'));
    expect(rt.mail.outbox).toHaveLength(4);
    const keys = tabValues(rt, ['Nhật ký'])
      .map((r) => String(r[4]))
      .filter((c) => c.startsWith('key='));
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('Preview reminders shows what would go out and sends nothing', () => {
    const rt = smallCompany();
    rt.env.setNow(at('2026-10-12T03:00:00Z'));
    rt.run('menuPreviewReminders');
    expect(rt.mail.outbox).toEqual([]);
    const dialog = rt.ui.dialogs.at(-1)!;
    expect(dialog.html).toContain('4 e-mail sẽ được gửi bây giờ');
    expect(dialog.html).toContain(SALES_REP);
  });
});

describe('a whole quarter of daily runs', () => {
  // Q4 runs Thu 1 October to Thu 31 December 2026, Monday check-ins, 2 grace days, reminders at 09:00
  // (02:00Z). The CEO checks in every Monday; Hùng too, until KR4 reaches its target on 9 November; the
  // sales team (Lan, Quang) never does. The runs go on until 10 January, after the cycle ended.
  const local = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  const weekOf = (iso: string) => {
    const d = new Date(`${iso}T00:00:00Z`);
    return new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
  };
  let rt: ReturnType<typeof smallCompany>;
  beforeAll(() => {
    rt = smallCompany({ now: at('2026-09-30T20:00:00Z') });
    rt.run('menuRemindersOn');
    const values = [7, 6.5, 6, 5, 4, 3, 2];
    for (let week = 0; week < 13; week++) {
      const monday = new Date(Date.parse('2026-10-05T02:30:00Z') + week * 7 * 86_400_000);
      rt.advanceTo(monday); // after the 09:00 run
      typeRows(rt, 'checkIns', [{ krId: 'KR1', value: `${80 + (week % 3)}%` }], ADMIN);
      if (week < values.length) typeRows(rt, 'checkIns', [{ krId: 'KR4', value: String(values[week]) }], PRODUCT_LEAD);
    }
    rt.advanceTo(at('2027-01-10T03:00:00Z'));
  });

  test('runs without failure and sends mail every week of the cycle', () => {
    expect(rt.triggerFailures).toEqual([]);
    expect(new Set(rt.mail.outbox.map((m) => weekOf(local(m.sentAt)))).size).toBe(13);
  });

  test('sends nothing for the week that began before the cycle, nor after the cycle ended', () => {
    expect(rt.mail.outbox.filter((m) => local(m.sentAt) < '2026-10-05')).toEqual([]);
    expect(rt.mail.outbox.filter((m) => local(m.sentAt) > '2026-12-31')).toEqual([]);
  });

  test('sends at most one mail per person a day and two per person a week', () => {
    const count = (key: (m: (typeof rt.mail.outbox)[number]) => string) => {
      const counts = new Map<string, number>();
      for (const m of rt.mail.outbox) counts.set(key(m), (counts.get(key(m)) ?? 0) + 1);
      return Math.max(...counts.values());
    };
    expect(count((m) => `${m.to[0]} ${local(m.sentAt)}`)).toBe(1);
    expect(count((m) => `${m.to[0]} ${weekOf(local(m.sentAt))}`)).toBe(2);
  });

  test('asks nothing more about a KR once it reached its target', () => {
    const afterDone = rt.mail.outbox.filter((m) => m.to[0] === PRODUCT_LEAD && local(m.sentAt) > '2026-11-16');
    expect(afterDone.length).toBeGreaterThan(0);
    expect(afterDone.filter((m) => /need this week|no check-in this week/.test(m.subject))).toEqual([]);
  });

  test('every mail says how to check in: the workbook and the menu path, as no web app is deployed', () => {
    for (const m of rt.mail.outbox) expect(m.body).toMatch(/OKR → (Cập nhật KR…|Check in…)/);
  });
});

describe('the 30-50% story', () => {
  test('over three weeks, people who never check in get reminded, escalated, and show in the check-in rate', () => {
    const rt = smallCompany();
    rt.run('menuRemindersOn');
    const mondays = ['2026-10-05', '2026-10-12', '2026-10-19'];
    for (const monday of mondays) {
      rt.advanceTo(new Date(`${monday}T02:30:00Z`)); // after the 09:00 run
      // The CEO and the product lead check in every week; the sales team (Lan, Quang) never does.
      typeRows(rt, 'checkIns', [{ krId: 'KR1', value: '80%' }], ADMIN);
      typeRows(rt, 'checkIns', [{ krId: 'KR4', value: '6' }], PRODUCT_LEAD);
    }
    rt.advanceTo(new Date('2026-10-23T03:00:00Z'));
    expect(rt.triggerFailures).toEqual([]);
    const kinds = (to: string) =>
      tabValues(rt, ['Nhật ký'])
        .filter((r) => r[2] === to)
        .map((r) => actionOfLabel(String(r[1])) ?? '')
        .filter((a) => a.startsWith('reminder:'))
        .map((a) => a.slice(9));
    // Every week: a digest on Monday and a second one on Wednesday for the silent ones…
    expect(kinds(SALES_REP).filter((k) => k === 'overdue').length).toBeGreaterThanOrEqual(3);
    expect(kinds(SALES_LEAD).filter((k) => k === 'lead').length).toBeGreaterThanOrEqual(3);
    // …the stale sales KRs go one level up, to the board's lead…
    expect(kinds(ADMIN)).toContain('escalation');
    // …while those who check in are never chased after the check-in day.
    expect(kinds(PRODUCT_LEAD).filter((k) => k === 'overdue')).toEqual([]);
    rt.run('menuSummary');
    const [header, ...rows] = tabValues(rt, ['Tỷ lệ cập nhật']);
    const rate = (team: string, week: string) =>
      rows.find((r) => r[header!.indexOf('team_id')] === team && (r[header!.indexOf('week_start')] as Date).toISOString().startsWith(week))![
        header!.indexOf('checkin_rate')
      ];
    expect(rate('KD', '2026-10-11')).toBe(0);
    expect(rate('SP', '2026-10-11')).toBe(1);
    // Re-running the same day sends nothing new.
    const sent = rt.mail.outbox.length;
    rt.run('dailyTrigger', [], { user: ADMIN });
    expect(rt.mail.outbox.length).toBe(sent);
  });
});

describe('a daily run out of time leaves its mail to continuation runs', () => {
  /** Every mail takes `ms` of Apps Script time: sending is what runs out of time on a big company's Monday. */
  const slow = (rt: ReturnType<typeof smallCompany>, method: string, ms: number, times: number) => {
    for (let i = 0; i < times; i += 1) rt.env.interleaved.push({ method, skip: 0, run: () => rt.env.advance(ms) });
  };
  const continuations = (rt: ReturnType<typeof smallCompany>) =>
    rt.env.quiet(() => rt.scriptApp.allTriggers().filter((t) => t.trigger.getHandlerFunction() === 'dailyContinue').length);

  test('the rest goes out a minute later in a run of its own, once each, and no one-off trigger is left behind', () => {
    const rt = smallCompany();
    rt.run('menuRemindersOn');
    rt.env.setNow(at('2026-10-12T01:59:00Z'));
    slow(rt, 'MailApp.sendEmail', 100_000, 2);
    rt.advanceTo(at('2026-10-12T02:01:00Z')); // the 09:00 run: its third mail would start past 3 minutes
    expect(rt.mail.outbox).toHaveLength(2);
    expect(continuations(rt)).toBe(1);
    rt.advanceTo(at('2026-10-12T02:30:00Z'));
    expect(rt.triggerFailures).toEqual([]);
    const to = rt.mail.outbox.map((m) => m.to[0]);
    expect(to.length).toBeGreaterThan(2);
    expect(new Set(to).size).toBe(to.length);
    expect(continuations(rt)).toBe(0);
    const log = tabValues(rt, ['Nhật ký'])
      .slice(1)
      .map((r) => String(r[1]));
    expect(log.filter((a) => a === 'Chạy hằng ngày (tiếp)')).toHaveLength(1);
  });

  test('at most four continuations a day, however slow the mail: the rest waits for the next day', () => {
    const rt = smallCompany();
    const extra = ['an', 'binh', 'chi', 'dung'].map((name) => `${name}@example.vn`);
    typeRows(
      rt,
      'people',
      extra.map((email) => ({ email, name: email, teamId: 'SALES' })),
    );
    typeRows(
      rt,
      'keyResults',
      extra.map((email, i) => ({
        krId: `KR${10 + i}`,
        objectiveId: 'O2',
        keyResult: `Mới ${i}`,
        ownerEmail: email,
        kind: 'Tăng',
        start: '0',
        target: '10',
        weight: '1',
      })),
    );
    rt.run('menuRemindersOn');
    rt.env.setNow(at('2026-10-12T01:59:00Z'));
    // Each mail takes longer than a run's sending time: each run sends one.
    slow(rt, 'MailApp.sendEmail', 181_000, 20);
    rt.advanceTo(at('2026-10-12T06:00:00Z'));
    expect(rt.triggerFailures).toEqual([]);
    const log = tabValues(rt, ['Nhật ký'])
      .slice(1)
      .map((r) => String(r[1]));
    expect(log.filter((a) => a === 'Chạy hằng ngày (tiếp)')).toHaveLength(4);
    expect(continuations(rt)).toBe(0);
    expect(rt.mail.outbox).toHaveLength(5);
    expect(new Set(rt.mail.outbox.map((m) => m.to[0])).size).toBe(5);
  });
});

describe('the daily run sends without the lock', () => {
  test('a check-in saved while the run is sending goes through at once, and the run still sends each mail once', () => {
    const rt = smallCompany();
    rt.run('menuRemindersOn');
    rt.env.setNow(at('2026-10-12T01:59:00Z'));
    const saves: unknown[] = [];
    rt.env.interleaved.push({
      method: 'MailApp.sendEmail',
      skip: 1,
      run: () => {
        saves.push(rt.run('sidebarCheckIn', [[{ krId: 'KR3', value: '12', confidence: '', progressNote: '', problems: '', plans: '' }]], { user: SALES_REP }));
      },
    });
    rt.advanceTo(at('2026-10-12T02:30:00Z'));
    expect(rt.triggerFailures).toEqual([]);
    expect(saves).toEqual([expect.objectContaining({ saved: 1 })]);
    const to = rt.mail.outbox.map((m) => m.to[0]);
    expect(new Set(to).size).toBe(to.length);
    // Every mail is in the Log once the run ends: the run's journal was moved in under its second hold.
    const log = tabValues(rt, ['Nhật ký'])
      .slice(1)
      .map((r) => String(r[1]));
    expect(log.filter((a) => actionOfLabel(a)?.startsWith('reminder:')).length).toBeGreaterThanOrEqual(to.length);
    expect(Object.keys(rt.env.quiet(() => rt.properties.getScriptProperties().getProperties())).filter((k) => k.startsWith('okr.sent.'))).toEqual([]);
  });

  test('a second run while one is sending sends nothing: the lease is the first one’s', () => {
    const rt = smallCompany();
    rt.run('menuRemindersOn');
    rt.env.setNow(at('2026-10-12T02:00:00Z'));
    rt.env.interleaved.push({
      method: 'MailApp.sendEmail',
      skip: 0,
      run: () => {
        rt.run('dailyTrigger', [], { user: ADMIN, context: 'installableTrigger' });
      },
    });
    rt.run('dailyTrigger', [], { user: ADMIN, context: 'installableTrigger' });
    const to = rt.mail.outbox.map((m) => m.to[0]);
    expect(to).toHaveLength(4);
    expect(new Set(to).size).toBe(4);
  });
});

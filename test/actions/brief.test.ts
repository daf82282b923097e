// The weekly brief and the initiative history, through the bundle.
import { typeRows } from '../../src/local/cli';
import { ADMIN, SALES_LEAD, SALES_REP, smallCompany, tabValues } from '../support/bundle';

describe('weekly brief', () => {
  test('the menu writes a team brief that starts from the objectives and mails it to the team on request', () => {
    const rt = smallCompany();
    typeRows(rt, 'checkIns', [{ krId: 'KR3', value: '10', confidence: 'Đúng tiến độ' }], SALES_REP);
    rt.env.setNow(new Date('2026-10-13T03:00:00Z'));
    typeRows(rt, 'checkIns', [{ krId: 'KR3', value: '12', confidence: 'Có rủi ro' }], SALES_REP);
    rt.ui.answerNext('OK', 'kd');
    rt.ui.answerNext('YES');
    rt.run('menuBrief', [], { user: SALES_LEAD });
    const brief = tabValues(rt, ['Họp tuần']);
    const text = brief.map((r) => r.filter((c) => c !== '').join(' | ')).join('\n');
    expect(text).toMatch(/^Họp OKR của Kinh doanh/);
    expect(text).toContain('O2');
    expect(text).toContain('KR3');
    expect(text.indexOf('O2')).toBeLessThan(text.indexOf('KR3'));
    expect(rt.mail.outbox.map((m) => m.to[0]).sort()).toEqual([SALES_LEAD, SALES_REP]);
    expect(rt.ui.alerts.at(-1)!.prompt).toMatch(/^Đã gửi bản họp tuần cho 2 người\.\n/);
  });

  test('an unknown team is refused in plain words', () => {
    const rt = smallCompany();
    rt.ui.answerNext('OK', 'XYZ');
    rt.run('menuBrief');
    expect(rt.ui.alerts.at(-1)!.prompt).toBe('Không có nhóm “XYZ” trong trang Nhóm.');
  });

  test('the daily run writes the company brief once on the check-in day', () => {
    const rt = smallCompany();
    rt.run('menuRemindersOn');
    rt.advanceTo(new Date('2026-10-13T03:00:00Z'));
    const briefs = tabValues(rt, ['Nhật ký']).filter((r) => r[1] === 'Bản họp tuần');
    expect(briefs).toHaveLength(1);
    expect(String(briefs[0]![4])).toBe('key=brief:company:2026-10-12');
    expect(String(tabValues(rt, ['Họp tuần'])[0]![0])).toMatch(/Họp OKR của (cả )?công ty|Công ty Thử nghiệm/i);
  });
});

describe('initiative history', () => {
  test('every change of priority or status lands in Log with who made it, and shows in the brief', () => {
    const rt = smallCompany();
    typeRows(
      rt,
      'initiatives',
      [
        { initiativeId: 'I1', krId: 'KR3', initiative: 'Gói bán thêm cho khách cũ', ownerEmail: SALES_REP, priority: 2, status: 'Dự kiến' },
        { initiativeId: 'I2', krId: 'KR3', initiative: 'Hội thảo khách hàng', ownerEmail: SALES_REP, priority: 1, status: 'Dự kiến' },
      ],
      SALES_LEAD,
    );
    const sheet = rt.book.getSheetByName('Sáng kiến')!;
    rt.type('Sáng kiến', 2, 5, [[1]], SALES_LEAD);
    rt.type('Sáng kiến', 3, 5, [[2]], SALES_LEAD);
    rt.type('Sáng kiến', 2, 6, [['Đang thực hiện']], SALES_LEAD);
    expect(sheet.getLastRow()).toBe(3);
    const changes = tabValues(rt, ['Nhật ký']).filter((r) => r[1] === 'Thay đổi sáng kiến');
    expect(changes.map((r) => [r[2], r[3]])).toEqual([
      [SALES_LEAD, 'ưu tiên'],
      [SALES_LEAD, 'ưu tiên'],
      [SALES_LEAD, 'trạng thái'],
    ]);
    expect(JSON.parse(String(changes[0]![4]).slice('change='.length))).toMatchObject({ initiativeId: 'I1', field: 'priority', from: 2, to: 1 });
    rt.ui.answerNext('OK', '');
    rt.run('menuBrief', [], { user: ADMIN });
    const text = tabValues(rt, ['Họp tuần']).flat().join(' ');
    expect(text).toContain('I1');
  });
});

// Closing a cycle, starting the next one, and the gate, through the bundle.
import { typeRows } from '../../src/local/cli';
import { ADMIN, finishQuarter, packRunFires, PRODUCT_LEAD, QUARTER_OVER, SALES_LEAD, SALES_REP, smallCompany, tabValues } from '../support/bundle';

const finishedQuarter = () => finishQuarter(smallCompany());

const packTriggers = (rt: ReturnType<typeof smallCompany>) =>
  rt.env.quiet(() => rt.scriptApp.allTriggers().filter((t) => t.trigger.getHandlerFunction() === 'packRun').length);

describe('close cycle & review', () => {
  test('grades every KR, carries unfinished aspirational objectives as drafts, activates the next cycle, mails review packs', () => {
    const rt = finishedQuarter();
    rt.run('menuCloseCycle');
    const [header, ...reviews] = tabValues(rt, ['Đánh giá chu kỳ']);
    const col = (label: string) => header!.indexOf(label);
    expect(reviews.map((r) => [r[col('Mã KR')], r[col('Điểm')], r[col('Đánh giá')]])).toEqual([
      ['KR1', 1, 'Đạt'],
      ['KR2', 0.6923076923076923, 'Chưa đạt'],
      ['KR3', 1, 'Đạt'],
      ['KR4', 0.5, 'Chưa đạt'],
    ]);
    // O3 is aspirational and scored 0.5 < 0.7: it goes on into the next quarter as a draft, with KR4.
    const objectives = tabValues(rt, ['Mục tiêu']);
    const copy = objectives.find((r) => String(r[0]).startsWith('O3-'))!;
    expect(copy.slice(1, 3).concat(copy[8]!)).toEqual(['2027-Q1', 'Phòng ban', 'Nháp']);
    expect(tabValues(rt, ['Kết quả then chốt']).some((r) => String(r[0]).startsWith('KR4-') && r[1] === copy[0])).toBe(true);
    const cycles = tabValues(rt, ['Chu kỳ']);
    expect(cycles.map((r) => [r[0], r[4]])).toEqual([
      ['Mã chu kỳ', 'Trạng thái'],
      ['Q4', 'Đã đóng'],
      ['2027-Q1', 'Đang diễn ra'],
    ]);
    expect(rt.ui.alerts.at(-1)!.prompt).toMatch(/^Đã đóng chu kỳ Quý 4: chấm điểm 4 KR.* 3 trưởng nhóm sẽ nhận gói đánh giá trong vài phút/);
    // The packs go from a run of their own a minute later, not from the menu's.
    expect(rt.mail.outbox).toEqual([]);
    expect(packTriggers(rt)).toBe(1);
    expect(packRunFires(rt).map((f) => f.trigger.getHandlerFunction())).toEqual(['packRun']);
    expect(rt.triggerFailures).toEqual([]);
    expect(rt.mail.outbox.map((m) => m.to[0]).sort()).toEqual([ADMIN, PRODUCT_LEAD, SALES_LEAD]);
    expect(rt.mail.outbox.find((m) => m.to[0] === SALES_LEAD)!.body).toMatch(/KR2 .*\n.*Kết luận: Chưa đạt[\s\S]*KR3 .*\n.*Kết luận: Đạt/);
    expect(packTriggers(rt)).toBe(0);
    const log = tabValues(rt, ['Nhật ký']).map((r) => r[1]);
    expect(log.filter((a) => a === 'Gửi gói đánh giá')).toHaveLength(3);
    expect(log.filter((a) => a === 'Lượt gửi gói đánh giá')).toHaveLength(1);
    // Nothing more goes, however often the time comes round again.
    packRunFires(rt);
    rt.run('dailyTrigger', [], { user: ADMIN });
    expect(rt.mail.outbox.filter((m) => /đánh giá/i.test(m.subject))).toHaveLength(3);
  });

  test('the review lists initiatives re-prioritised during the cycle and those never started', () => {
    const rt = smallCompany();
    typeRows(
      rt,
      'initiatives',
      [
        { initiativeId: 'I1', krId: 'KR3', initiative: 'Gói bán thêm', ownerEmail: SALES_REP, priority: 2, status: 'Dự kiến' },
        { initiativeId: 'I2', krId: 'KR2', initiative: 'Hội thảo khách hàng', ownerEmail: SALES_REP, priority: 1, status: 'Dự kiến' },
      ],
      SALES_LEAD,
    );
    rt.env.setNow(new Date('2026-11-02T03:00:00Z'));
    rt.type('Sáng kiến', 2, 5, [[1]], SALES_LEAD);
    rt.type('Sáng kiến', 2, 6, [['Đang thực hiện']], SALES_LEAD);
    rt.env.setNow(QUARTER_OVER);
    rt.run('menuCloseCycle');
    packRunFires(rt);
    const pack = rt.mail.outbox.find((m) => m.to[0] === SALES_LEAD)!.body;
    expect(pack).toContain('I1 · Gói bán thêm\n  Diễn biến: đã đổi ưu tiên 2 → 1');
    expect(pack).toContain('I2 · Hội thảo khách hàng\n  Diễn biến: chưa bao giờ bắt đầu');
    expect(rt.ui.alerts.at(-1)!.prompt).toMatch(/Sáng kiến: 1 đổi ưu tiên, 1 chưa bao giờ bắt đầu\.$/);
  });

  test('a second click doubles nothing: before the packs went it finishes that close, after it asks before closing the next', () => {
    const rt = finishedQuarter();
    rt.run('menuCloseCycle');
    const before = JSON.stringify(rt.snapshot().sheets.filter((s) => s.name !== 'Nhật ký'));
    rt.run('menuCloseCycle');
    expect(rt.ui.alerts.at(-1)!.prompt).toMatch(/^Chu kỳ Quý 4 đã được đóng trước đó; .* 3 trưởng nhóm sẽ nhận gói đánh giá/);
    expect(JSON.stringify(rt.snapshot().sheets.filter((s) => s.name !== 'Nhật ký'))).toBe(before);
    expect(packTriggers(rt)).toBe(1);
    packRunFires(rt);
    expect(rt.mail.outbox).toHaveLength(3);
    rt.ui.answerNext('NO');
    rt.run('menuCloseCycle');
    expect(rt.ui.alerts.at(-1)!.prompt).toMatch(/^Chu kỳ Quý 1\/2027 kết thúc ngày 2027-03-31/);
    expect(JSON.stringify(rt.snapshot().sheets.filter((s) => s.name !== 'Nhật ký'))).toBe(before);
  });

  test('the gate refuses to start the next cycle while errors exist, unless an admin confirms and says why', () => {
    const rt = finishedQuarter();
    typeRows(rt, 'keyResults', [{ krId: 'KR1', objectiveId: 'O1', keyResult: 'Trùng mã', kind: 'Increase', start: 0, target: 1 }]);
    rt.ui.answerNext('NO');
    rt.run('menuCloseCycle');
    expect(rt.ui.alerts.at(-1)!.prompt).toMatch(/^Chưa thay đổi gì: hãy sửa \d+ lỗi/);
    expect(tabValues(rt, ['Đánh giá chu kỳ'])).toHaveLength(1);
    expect(tabValues(rt, ['Phát hiện']).some((r) => r[1] === 'DUPLICATE_ID')).toBe(true);

    rt.ui.answerNext('YES');
    rt.ui.answerNext('OK', 'Ban giám đốc đã duyệt, sửa mã sau');
    rt.run('menuCloseCycle');
    expect(tabValues(rt, ['Đánh giá chu kỳ']).length).toBeGreaterThan(1);
    const override = tabValues(rt, ['Nhật ký']).find((r) => r[1] === 'Bỏ qua cổng kiểm tra')!;
    expect([override[2], override[5]]).toEqual([ADMIN, 'Ban giám đốc đã duyệt, sửa mã sau']);
  });

  test('an error typed between the question and the lock stops the close: nothing is graded, nothing activated', () => {
    const rt = finishedQuarter();
    const krs = rt.book.getSheetByName('Kết quả then chốt')!;
    // Someone pastes a KR under an ID already taken while the gate writes its findings, after the question's read.
    rt.env.interleaved.push({
      method: 'Range.setValues',
      skip: 0,
      run: () => krs.getRange(krs.getLastRow() + 1, 1, 1, 2).setValues([['KR1', 'O1']]),
    });
    rt.run('menuCloseCycle');
    expect(rt.ui.alerts.at(-1)!.prompt).toMatch(/^Bây giờ kiểm tra thấy \d+ lỗi chưa có lúc bạn xác nhận/);
    expect(tabValues(rt, ['Đánh giá chu kỳ'])).toHaveLength(1);
    expect(tabValues(rt, ['Chu kỳ']).map((r) => r[4])).toEqual(['Trạng thái', 'Active']); // as typed
    expect(packTriggers(rt)).toBe(0);
  });

  test('only admins may close a cycle', () => {
    const rt = finishedQuarter();
    rt.run('menuCloseCycle', [], { user: SALES_REP });
    expect(rt.ui.alerts.at(-1)!.prompt).toMatch(/^Chỉ quản trị viên/);
    expect(tabValues(rt, ['Đánh giá chu kỳ'])).toHaveLength(1);
  });
});

describe('start next cycle', () => {
  test('adds the next quarter as Planning once', () => {
    const rt = smallCompany();
    rt.run('menuStartCycle');
    rt.run('menuStartCycle');
    expect(
      tabValues(rt, ['Chu kỳ'])
        .slice(1)
        .map((r) => [r[0], r[1], r[4]]),
    ).toEqual([
      ['Q4', 'Quý 4', 'Active'],
      ['2027-Q1', 'Quý 1/2027', 'Lập kế hoạch'],
    ]);
    expect(rt.ui.alerts.at(-1)!.prompt).toBe('Chu kỳ tiếp theo, Quý 1/2027, đã có trong trang Chu kỳ.');
  });

  test('a two-week cadence rolls over the year boundary', () => {
    const rt = smallCompany();
    rt.env.quiet(() => {
      const cycles = rt.book.getSheetByName('Chu kỳ')!;
      cycles.getRange(2, 1, 1, 5).setValues([['S26', 'Sprint 26', new Date('2026-12-20T17:00:00Z'), new Date('2027-01-02T17:00:00Z'), 'Active']]);
    });
    rt.type('Cài đặt', 5, 2, [['2 tuần']]);
    rt.run('menuStartCycle');
    const added = tabValues(rt, ['Chu kỳ']).at(-1)!;
    expect([added[0], (added[2] as Date).toISOString(), (added[3] as Date).toISOString()]).toEqual([
      '2027-01-04',
      '2027-01-03T17:00:00.000Z',
      '2027-01-16T17:00:00.000Z',
    ]);
  });
});

import type { ReviewPackInput } from '../../src/core/review-pack';
import { renderReviewPack } from '../../src/i18n/review-pack-text';

const XSS = '<img src=x onerror=alert(1)>';
const base: ReviewPackInput = {
  lang: 'vi',
  company: 'An Phát',
  cycleName: 'Quý 4/2026',
  leadName: 'Lan',
  reviewsUrl: 'https://docs.google.com/spreadsheets/d/x/edit#gid=9',
  krs: [
    { krId: 'KR2', keyResult: 'Tăng doanh thu từ 4,3 tỷ lên 5,6 tỷ', unit: 'VND', finalValue: 5.2e9, score: 0.6923, verdict: 'Missed' },
    { krId: 'KR3', keyResult: 'Đạt 40 hợp đồng', unit: 'hợp đồng', finalValue: 40, score: 1, verdict: 'Achieved' },
  ],
  initiatives: [
    { id: 'I1', title: 'Gói bán thêm', path: '2 → 1' },
    { id: 'I2', title: 'Hội thảo', path: null },
  ],
};

describe('renderReviewPack', () => {
  test.each([
    ['vi', 'Giá trị cuối: 5.200.000.000 VND; Điểm: 0,69; Kết luận: Chưa đạt'],
    ['vi', 'Giá trị cuối: 40 hợp đồng; Điểm: 1; Kết luận: Đạt'],
    ['vi', '- I1 · Gói bán thêm\n  Diễn biến: đã đổi ưu tiên 2 → 1'],
    ['vi', 'Diễn biến: chưa bao giờ bắt đầu'],
    ['en', 'Final value: 5,200,000,000 VND; Score: 0.69; Verdict: Missed'],
    ['en', 'Open the Reviews tab: https://docs.google.com/spreadsheets/d/x/edit#gid=9'],
  ] as const)('in %s labels each value: %s', (lang, line) => {
    expect(renderReviewPack({ ...base, lang }).text).toContain(line);
  });

  test.each([
    ['en', 'Final value: no check-in; Score: not graded; Verdict: no verdict'],
    ['vi', 'Giá trị cuối: chưa cập nhật; Điểm: chưa chấm; Kết luận: chưa kết luận'],
  ] as const)('in %s says missing values in words', (lang, line) => {
    const krs = [{ ...base.krs[0]!, finalValue: null, score: null, verdict: null }];
    const { text } = renderReviewPack({ ...base, lang, krs });
    expect(text).toContain(line);
    expect(text).not.toMatch(/—|· 0 ·/);
  });

  test('has an HTML body with a labelled table and every typed text escaped', () => {
    const { html, subject } = renderReviewPack({ ...base, leadName: XSS, company: `A\r\nBcc: x@y.z`, krs: [{ ...base.krs[0]!, keyResult: XSS }] });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    for (const label of ['Kết quả then chốt', 'Giá trị cuối', 'Điểm', 'Kết luận']) expect(html).toContain(`>${label}</th>`);
    expect(subject).toBe('A Bcc: x@y.z · Đánh giá chu kỳ Quý 4/2026: phần nhìn lại của nhóm');
  });

  test('leaves out the initiatives section when there is none', () => {
    expect(renderReviewPack({ ...base, initiatives: [] }).text).not.toContain('sáng kiến của chu kỳ');
  });
});

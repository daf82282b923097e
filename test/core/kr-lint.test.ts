import fc from 'fast-check';
import { lintKeyResult, lintMany, type KrLint } from '../../src/core/kr-lint';
import { foldText } from '../../src/core/text';
import { KR_CORPUS, KR_HOLDOUT, type LabelledKr } from './kr-lint-corpus';

const verdict = (l: KrLint) => ({ taskLike: l.taskLike, measurable: l.measurable, codes: l.codes, reasons: l.reasons });

describe('lintKeyResult: the DESIGN examples', () => {
  test.each<[string, string]>([
    ['Gửi email cho khách hàng', 'Tăng tỷ lệ khách hàng phản hồi email từ X% lên Y%'],
    ['Gặp gỡ phó giám đốc các khách hàng lớn', 'Đạt N cam kết gia hạn từ các khách hàng lớn sau buổi gặp'],
    ['Gui email cho khach hang', 'Tang ty le khach hang phan hoi email tu X% len Y%'],
    ['Gap go pho giam doc cac khach hang lon', 'Dat N cam ket gia han tu cac khach hang lon sau buoi gap'],
    ['Launch the new onboarding flow', 'Increase onboarding completion from X% to Y% with the new flow'],
  ])('flags %p as a task and suggests %p', (text, suggestion) => {
    const lint = lintKeyResult(text);
    expect(lint.taskLike).toBe(true);
    expect(lint.codes).toContain('KR_TASK_LIKE');
    expect(lint.suggestion).toBe(suggestion);
  });

  test.each<[string, 'vi' | 'en']>([
    ['Gửi email cho khách hàng', 'vi'],
    ['Gui email cho khach hang', 'vi'],
    ['Tang doanh thu tu 3 ty len 5 ty', 'vi'],
    ['Launch the new onboarding flow', 'en'],
    ['Go live with payment v2 by 30/6', 'en'],
  ])('reads the language of %p as %p', (text, lang) => {
    expect(lintKeyResult(text).lang).toBe(lang);
  });
});

describe('lintKeyResult: verdicts', () => {
  test.each<[string, boolean, boolean]>([
    // [text, taskLike, measurable]
    ['Tăng doanh thu quý 3 từ 10 tỷ lên 12 tỷ', false, true],
    ['Tang doanh thu tu 3 ty len 5 ty', false, true],
    ['Gửi 500 email chào hàng', true, true],
    ['Gửi email cho 500 khách hàng mới', true, true],
    ['Interview 15 users about onboarding', true, true],
    ['Launch in Singapore and acquire 200 paying customers', false, true],
    ['Send 1,000 outbound emails per week', true, true],
    ['Ra mắt ứng dụng với 10.000 người dùng', false, true],
    ['Ra mắt ứng dụng di động phiên bản 2.0', true, false],
    ['Hoàn thành 100% kế hoạch đào tạo', true, true],
    ['Hoàn thành 100% chỉ tiêu doanh số 5 tỷ trong quý', false, true],
    ['Tăng số cuộc gọi bán hàng từ 20 lên 40 mỗi tuần', true, true],
    ['Increase the number of sales calls from 20 to 40 per week', true, true],
    ['Increase demo bookings from 20 to 35 per month', false, true],
    ['Ký 10 hợp đồng đại lý mới', false, true],
    ['Go live with payment v2 by 30/6', false, false],
    ['Đưa tính năng thanh toán QR vào sử dụng trước 30/9', false, false],
    ['Được hội đồng quản trị phê duyệt ngân sách năm 2026', false, false],
    ['Xây dựng quy trình phê duyệt chi phí', true, false],
    ['95% nhân viên hoàn thành khóa đào tạo bảo mật trước 30/9', false, true],
    ['Send the newsletter to increase the open rate to 30%', false, true],
    ['Cải thiện trải nghiệm người dùng', false, false],
    ['Tuyển 5 kỹ sư backend', false, true],
    ['Hold churn below 2%', false, true],
    ['Hold weekly safety briefings', true, false],
    ['KR1: Gửi email cho khách hàng', true, false],
    ['1. Tăng doanh thu từ 3 tỷ lên 5 tỷ', false, true],
    ['', false, false],
  ])('%p: taskLike %p, measurable %p', (text, taskLike, measurable) => {
    const lint = lintKeyResult(text);
    expect([lint.taskLike, lint.measurable]).toEqual([taskLike, measurable]);
    expect(lint.codes).toEqual([...(taskLike ? ['KR_TASK_LIKE'] : []), ...(measurable ? [] : ['KR_NOT_MEASURABLE'])]);
  });

  test('tags what it found with machine reasons', () => {
    expect(lintKeyResult('Gửi email cho khách hàng').reasons).toEqual(['task-verb:gui email', 'no-number']);
    expect(lintKeyResult('Tăng doanh thu từ 3 tỷ lên 5 tỷ').reasons).toEqual(['outcome:tang+doanh thu', 'from-to']);
    expect(lintKeyResult('Go live with payment v2 by 30/6').reasons).toEqual(['milestone:go live', 'no-number']);
  });

  test('suggests nothing for a measurable result', () => {
    expect(lintKeyResult('Giảm tỷ lệ khách hàng rời bỏ từ 5% xuống 3%').suggestion).toBe('');
  });

  test.each<[string, string]>([
    ['Go live with payment v2 by 30/6', 'Go live with payment v2 by 30/6, measured as a milestone: start 0, target 1'],
    ['Cải thiện trải nghiệm người dùng', 'Tăng điểm trải nghiệm người dùng từ X lên Y'],
    ['Tối ưu chi phí vận chuyển', 'Giảm chi phí vận chuyển từ X xuống Y'],
    ['Khach hang hai long hon voi dich vu', 'Chon mot chi so cho "Khach hang hai long hon voi dich vu" va ghi tu X len Y'],
    ['Tăng số cuộc gọi bán hàng từ 20 lên 40', 'Tăng tỷ lệ cuộc gọi với khách hàng dẫn đến bước tiếp theo (lịch hẹn, đơn hàng) từ X% lên Y%'],
    ['Nâng cấp máy chủ cơ sở dữ liệu', 'Giảm số sự cố liên quan đến máy chủ cơ sở dữ liệu từ X xuống Y mỗi tháng'],
  ])('rewrites %p as %p', (text, suggestion) => {
    expect(lintKeyResult(text).suggestion).toBe(suggestion);
  });
});

describe('lintKeyResult: measurability', () => {
  test.each<[string, boolean]>([
    ['Đạt chứng nhận ISO 27001 trước 30/6/2026', false],
    ['Chuẩn bị kế hoạch đào tạo năm 2026', false],
    ['Prepare the Q3 product roadmap', false],
    ['Lap ke hoach tuyen dung quy 4', false],
    ['Đạt 2000 đơn hàng', true],
    ['Tăng tỷ lệ phản hồi từ 50% lên 50%', false],
    ['Tăng doanh thu từ 3 tỷ lên 3 triệu', true],
    ['Keep monthly burn under $150k', true],
  ])('%p measurable from its text: %p', (text, measurable) => {
    expect(lintKeyResult(text).measurable).toBe(measurable);
  });

  test('a target different from the start makes a KR measurable, whatever its text', () => {
    expect(lintKeyResult('Improve user experience', { start: 3, target: 4 }).measurable).toBe(true);
    expect(lintKeyResult('Improve user experience', { target: 4 }).codes).toEqual([]);
  });

  test('start equal to target is never measurable, even with numbers in the text', () => {
    const lint = lintKeyResult('Tăng NPS từ 30 lên 45', { start: 30, target: 30 });
    expect(lint.codes).toEqual(['KR_NOT_MEASURABLE']);
    expect(lint.reasons).toContain('start-equals-target');
    expect(lint.suggestion).toBe('Đặt mục tiêu khác giá trị bắt đầu, ví dụ từ X lên Y');
  });

  test('a non-finite or missing target counts as not given', () => {
    expect(lintKeyResult('Improve user experience', { start: null, target: Number.NaN }).measurable).toBe(false);
    expect(lintKeyResult('Improve user experience', { start: 1, target: null }).measurable).toBe(false);
  });
});

describe('lintMany', () => {
  test('lints each text in order', () => {
    const lints = lintMany(['Gửi email', 'Tăng NPS từ 30 lên 45']);
    expect(lints.map((l) => [l.text, l.taskLike])).toEqual([
      ['Gửi email', true],
      ['Tăng NPS từ 30 lên 45', false],
    ]);
  });
});

const WORDS = [
  'Gửi',
  'gặp gỡ',
  'Họp',
  'hợp đồng',
  'tổ chức',
  'triển khai',
  'Hoàn thành',
  'viết',
  'ra mắt',
  'Tăng',
  'giảm',
  'đạt',
  'duy trì',
  'tỷ lệ',
  'doanh thu',
  'khách hàng',
  'người dùng',
  'cuộc gọi',
  'email',
  'từ',
  'lên',
  'xuống',
  'được',
  'phê duyệt',
  'số',
  'buổi họp',
  'nhân viên',
  'Launch',
  'send',
  'meet',
  'increase',
  'reduce',
  'revenue',
  'users',
  'the number of',
  'calls',
  'from',
  'to',
  'by',
  'go live',
  'approved',
  '10',
  '4,3 tỷ',
  '85%',
  '30/6',
  'quý 3',
  'năm 2026',
  'KR1:',
  'X%',
  'Y%',
  ',',
  'ĐẠT',
  'Đưa',
  'vào sử dụng',
  'gấp đôi',
  'kỹ năng',
];
const krLike = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 }), krLike);
const anyNumber = fc.option(fc.oneof(fc.double(), fc.integer()), { nil: undefined });

describe('lintKeyResult: laws', () => {
  test('never throws, and its codes agree with its flags', () => {
    fc.assert(
      fc.property(anyText, anyNumber, anyNumber, (text, start, target) => {
        const lint = lintKeyResult(text, { start, target });
        expect(lint.codes.includes('KR_TASK_LIKE')).toBe(lint.taskLike);
        expect(lint.codes.includes('KR_NOT_MEASURABLE')).toBe(!lint.measurable);
        if (foldText(text) !== '' && /[\p{L}\p{N}]/u.test(text)) expect(lint.suggestion !== '').toBe(lint.codes.length > 0);
      }),
      { numRuns: 500 },
    );
  });

  test('never throws on odd input', () => {
    for (const text of ['\u0000', '%%%', '1'.repeat(5000), 'từ', 'from X to', '\ud800', '👍 gửi 💌', null, undefined, 42]) {
      expect(() => lintKeyResult(text as string)).not.toThrow();
    }
  });

  test('gives text and its folded form (no accents, lower case) the same verdict', () => {
    fc.assert(
      fc.property(fc.oneof(krLike, fc.string({ unit: 'grapheme', maxLength: 60 })), (text) => {
        expect(verdict(lintKeyResult(foldText(text)))).toEqual(verdict(lintKeyResult(text)));
      }),
      { numRuns: 500 },
    );
  });

  test('gives every corpus KR and its folded form the same verdict', () => {
    for (const { text } of [...KR_CORPUS, ...KR_HOLDOUT]) {
      expect(verdict(lintKeyResult(foldText(text)))).toEqual(verdict(lintKeyResult(text)));
    }
  });
});

const score = (items: readonly LabelledKr[]): { precision: number; recall: number } => {
  const predicted = items.map((k) => lintKeyResult(k.text).taskLike);
  const tp = items.filter((k, i) => k.taskLike && predicted[i]).length;
  const fp = items.filter((k, i) => !k.taskLike && predicted[i]).length;
  const fn = items.filter((k, i) => k.taskLike && !predicted[i]).length;
  return { precision: tp / (tp + fp), recall: tp / (tp + fn) };
};

describe('lintKeyResult: evaluation on the labelled corpus', () => {
  test('the corpus is large, balanced and covers both languages with and without diacritics', () => {
    expect(KR_CORPUS.length).toBeGreaterThanOrEqual(150);
    const share = KR_CORPUS.filter((k) => k.taskLike).length / KR_CORPUS.length;
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.6);
    const vi = KR_CORPUS.filter((k) => lintKeyResult(k.text).lang === 'vi');
    const plain = vi.filter((k) => foldText(k.text) === k.text.toLowerCase());
    expect(vi.length - plain.length).toBeGreaterThan(50);
    expect(plain.length).toBeGreaterThan(20);
    expect(KR_CORPUS.length - vi.length).toBeGreaterThan(50);
  });

  test('finds task-like KRs with precision and recall of at least 0.9', () => {
    const all = score(KR_CORPUS);
    const held = score(KR_HOLDOUT);
    const f = (n: number): string => n.toFixed(2);
    console.log(
      `kr-lint: precision ${f(all.precision)} recall ${f(all.recall)} on ${KR_CORPUS.length} KRs; ` +
        `held-out precision ${f(held.precision)} recall ${f(held.recall)} on ${KR_HOLDOUT.length} KRs`,
    );
    for (const { precision, recall } of [all, held]) {
      expect(precision).toBeGreaterThanOrEqual(0.9);
      expect(recall).toBeGreaterThanOrEqual(0.9);
    }
  });
});

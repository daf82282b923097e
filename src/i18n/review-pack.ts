/** The words of the review pack mailed to each team lead when a cycle closes: English defines the shape. */
import type { Lang } from '../core/lang';

export const reviewPackEn = {
  subject: (company: string, cycle: string) => `${company ? `${company} · ` : ''}Review of cycle ${cycle}: your team's reflection`,
  greeting: (name: string) => `Hi ${name},`,
  action: 'Open the Reviews tab',
  hint: (cycle: string) =>
    `Cycle ${cycle} is closed. Please meet with the team and fill in “What we learned” and “Keep / change / drop” for each row of cycle ${cycle} in the Reviews tab.`,
  krsTitle: "Your team's key results and their grades",
  krsIntro: 'Committed key results succeed at a score of 1.0, aspirational ones at 0.7.',
  initiativesTitle: 'Initiatives of the cycle',
  label: { kr: 'Key result', finalValue: 'Final value', score: 'Score', verdict: 'Verdict', initiative: 'Initiative', what: 'What happened' },
  missing: { value: 'no check-in', score: 'not graded', verdict: 'no verdict' },
  reprioritised: (path: string) => `re-prioritised ${path}`,
  neverStarted: 'never started',
  more: (hidden: number) => `…and ${hidden} more: see the Reviews tab.`,
  footer: (company: string) => `Sent by OKR Sheets${company === '' ? '' : ` for ${company}`}, because you lead a team in the OKR workbook.`,
};

export type ReviewPackCatalogue = typeof reviewPackEn;

export const reviewPackVi: ReviewPackCatalogue = {
  subject: (company, cycle) => `${company ? `${company} · ` : ''}Đánh giá chu kỳ ${cycle}: phần nhìn lại của nhóm`,
  greeting: (name) => `Chào ${name},`,
  action: 'Mở trang Đánh giá chu kỳ',
  hint: (cycle) =>
    `Chu kỳ ${cycle} đã kết thúc. Hãy họp nhóm và điền “Bài học rút ra” và “Giữ / đổi / bỏ” cho từng dòng của chu kỳ ${cycle} ở trang Đánh giá chu kỳ.`,
  krsTitle: 'Các kết quả then chốt của nhóm và điểm của chúng',
  krsIntro: 'Kết quả then chốt cam kết đạt khi điểm là 1,0; kết quả thách thức đạt từ 0,7.',
  initiativesTitle: 'Các sáng kiến của chu kỳ',
  label: { kr: 'Kết quả then chốt', finalValue: 'Giá trị cuối', score: 'Điểm', verdict: 'Kết luận', initiative: 'Sáng kiến', what: 'Diễn biến' },
  missing: { value: 'chưa cập nhật', score: 'chưa chấm', verdict: 'chưa kết luận' },
  reprioritised: (path) => `đã đổi ưu tiên ${path}`,
  neverStarted: 'chưa bao giờ bắt đầu',
  more: (hidden) => `…và ${hidden} mục khác: xem trang Đánh giá chu kỳ.`,
  footer: (company) => `Gửi từ OKR Sheets${company === '' ? '' : ` cho ${company}`}, vì bạn là trưởng nhóm trong bảng tính OKR.`,
};

/** The review-pack words of a language. */
export function reviewPackMessages(lang: Lang): ReviewPackCatalogue {
  return lang === 'vi' ? reviewPackVi : reviewPackEn;
}

/** The words of closing a cycle: Reviews tab column labels, verdict labels and the names of planned cycles. */
import type { Label } from './tabs';

const l = (en: string, vi: string): Label => ({ en, vi });

/**
 * Reviews tab columns (DESIGN.md §1), keyed like COLUMN_LABELS so the tab is found and read by label in
 * either language. The program writes every column up to objectiveScore; the last two are the team's.
 */
export const REVIEW_COLUMN_LABELS = {
  cycleId: l('Cycle ID', 'Mã chu kỳ'),
  objectiveId: l('Objective ID', 'Mã mục tiêu'),
  objective: l('Objective', 'Mục tiêu'),
  type: l('Type', 'Loại'),
  teamId: l('Team ID', 'Mã nhóm'),
  krId: l('KR ID', 'Mã KR'),
  keyResult: l('Key result', 'Kết quả then chốt'),
  finalValue: l('Final value', 'Giá trị cuối'),
  score: l('Score', 'Điểm'),
  verdict: l('Verdict', 'Đánh giá'),
  objectiveScore: l('Objective score', 'Điểm mục tiêu'),
  learned: l('What we learned', 'Bài học rút ra'),
  keepChangeDrop: l('Keep / change / drop', 'Giữ / đổi / bỏ'),
} as const;

export type ReviewColumnKey = keyof typeof REVIEW_COLUMN_LABELS;

/** Verdict labels, keyed by the canonical verdicts of core/score.ts. */
export const VERDICT_LABELS: { readonly Achieved: Label; readonly Missed: Label } = {
  Achieved: l('Achieved', 'Đạt'),
  Missed: l('Missed', 'Chưa đạt'),
};

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_SHORT_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n: number): string => String(n).padStart(2, '0');

/** A calendar date as its parts: i18n never sees core's Day. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Names of the cycles the cadence plans, in both languages (the Name column of Cycles). */
export const CYCLE_NAMES = {
  quarter: (quarter: number, year: number): Label => l(`Q${quarter} ${year}`, `Quý ${quarter}/${year}`),
  month: (month: number, year: number): Label => l(`${MONTHS_EN[month - 1] ?? month} ${year}`, `Tháng ${month}/${year}`),
  twoWeeks: (start: DateParts, end: DateParts): Label =>
    l(
      `${MONTHS_SHORT_EN[start.month - 1] ?? start.month} ${start.day}, ${start.year} – ${MONTHS_SHORT_EN[end.month - 1] ?? end.month} ${end.day}, ${end.year}`,
      `${pad2(start.day)}/${pad2(start.month)}/${start.year} – ${pad2(end.day)}/${pad2(end.month)}/${end.year}`,
    ),
};

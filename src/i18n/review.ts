/** The words of closing a cycle: verdict labels and the names of planned cycles (Reviews columns are in tabs.ts). */
import type { Label } from '../core/lang';

const l = (en: string, vi: string): Label => ({ en, vi });

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

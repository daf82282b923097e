/** The words of closing a cycle: verdict labels and the names of planned cycles (Reviews columns are in tabs.ts). */
import type { CyclePeriod } from '../core/cadence';
import { partsOfDay, type Day } from '../core/date-parse';
import type { Label, Lang } from '../core/lang';

const l = (en: string, vi: string): Label => ({ en, vi });

/** Verdict labels, keyed by the canonical verdicts of core/score.ts. */
export const VERDICT_LABELS: { readonly Achieved: Label; readonly Missed: Label } = {
  Achieved: l('Achieved', 'Đạt'),
  Missed: l('Missed', 'Chưa đạt'),
};

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_SHORT_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n: number): string => String(n).padStart(2, '0');

const shortDay = (day: Day): Label => {
  const p = partsOfDay(day);
  return l(`${MONTHS_SHORT_EN[p.month - 1] ?? p.month} ${p.day}, ${p.year}`, `${pad2(p.day)}/${pad2(p.month)}/${p.year}`);
};

function cycleNames(period: CyclePeriod): Label {
  switch (period.kind) {
    case 'quarter':
      return l(`Q${period.quarter} ${period.year}`, `Quý ${period.quarter}/${period.year}`);
    case 'month':
      return l(`${MONTHS_EN[period.month - 1] ?? period.month} ${period.year}`, `Tháng ${period.month}/${period.year}`);
    case 'twoWeeks': {
      const start = shortDay(period.start);
      const end = shortDay(period.end);
      return l(`${start.en} – ${end.en}`, `${start.vi} – ${end.vi}`);
    }
  }
}

/**
 * The name of a planned cycle (the Name column of Cycles) in `lang`.
 * @example cycleName({ kind: 'quarter', quarter: 1, year: 2027 }, 'vi') // 'Quý 1/2027'
 */
export const cycleName = (period: CyclePeriod, lang: Lang): string => cycleNames(period)[lang];

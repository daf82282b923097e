// The Name cell of a cycle the cadence plans, word for word in each language: the words core used to build (issue 15, point 5).
import { planNextCycle, type CyclePeriod } from '../../src/core/cadence';
import { dayFromParts } from '../../src/core/date-parse';
import type { Lang } from '../../src/core/lang';
import { cycleName } from '../../src/i18n/review';

const twoWeeks = (start: [number, number, number], end: [number, number, number]): CyclePeriod => ({
  kind: 'twoWeeks',
  start: dayFromParts(...start),
  end: dayFromParts(...end),
});

describe('cycleName', () => {
  test.each<[string, CyclePeriod, Lang, string]>([
    ['first quarter', { kind: 'quarter', quarter: 1, year: 2027 }, 'en', 'Q1 2027'],
    ['first quarter', { kind: 'quarter', quarter: 1, year: 2027 }, 'vi', 'Quý 1/2027'],
    ['last quarter', { kind: 'quarter', quarter: 4, year: 2026 }, 'en', 'Q4 2026'],
    ['last quarter', { kind: 'quarter', quarter: 4, year: 2026 }, 'vi', 'Quý 4/2026'],
    ['January', { kind: 'month', month: 1, year: 2027 }, 'en', 'January 2027'],
    ['January', { kind: 'month', month: 1, year: 2027 }, 'vi', 'Tháng 1/2027'],
    ['December', { kind: 'month', month: 12, year: 2026 }, 'en', 'December 2026'],
    ['December', { kind: 'month', month: 12, year: 2026 }, 'vi', 'Tháng 12/2026'],
    ['September', { kind: 'month', month: 9, year: 2026 }, 'en', 'September 2026'],
    ['two weeks inside a month', twoWeeks([2027, 1, 4], [2027, 1, 17]), 'en', 'Jan 4, 2027 – Jan 17, 2027'],
    ['two weeks inside a month', twoWeeks([2027, 1, 4], [2027, 1, 17]), 'vi', '04/01/2027 – 17/01/2027'],
    ['two weeks across a month', twoWeeks([2028, 2, 22], [2028, 3, 6]), 'en', 'Feb 22, 2028 – Mar 6, 2028'],
    ['two weeks across a month', twoWeeks([2028, 2, 22], [2028, 3, 6]), 'vi', '22/02/2028 – 06/03/2028'],
    ['two weeks across the year', twoWeeks([2026, 12, 21], [2027, 1, 3]), 'en', 'Dec 21, 2026 – Jan 3, 2027'],
    ['two weeks across the year', twoWeeks([2026, 12, 21], [2027, 1, 3]), 'vi', '21/12/2026 – 03/01/2027'],
  ])('%s in %s', (_what, period, lang, expected) => {
    expect(cycleName(period, lang)).toBe(expected);
  });

  // The periods planNextCycle hands over name what it planned: the cycle after the year's last one is named in the new year.
  test.each<[Parameters<typeof planNextCycle>[1], Lang, string]>([
    ['quarter', 'en', 'Q1 2027'],
    ['quarter', 'vi', 'Quý 1/2027'],
    ['month', 'en', 'January 2027'],
    ['month', 'vi', 'Tháng 1/2027'],
    ['2 weeks', 'en', 'Jan 1, 2027 – Jan 14, 2027'],
    ['2 weeks', 'vi', '01/01/2027 – 14/01/2027'],
  ])('the %s planned after a cycle ending on 31 December, in %s', (cadence, lang, expected) => {
    const end = dayFromParts(2026, 12, 31);
    const planned = planNextCycle([{ row: 2, id: 'prev', name: 'prev', start: null, end, status: 'Closed' }], cadence, end);
    expect(planned && cycleName(planned.period, lang)).toBe(expected);
  });
});

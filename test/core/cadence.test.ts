import fc from 'fast-check';
import { activeCycle, planNextCycle, TWO_WEEK_DAYS, type PlannedCycle } from '../../src/core/cadence';
import { formatDay, type Day } from '../../src/core/date-parse';
import type { Cycle } from '../../src/core/model';
import type { Cadence } from '../../src/core/settings';
import { cycleName } from '../../src/i18n/review';
import { cycle, day } from './rhythm-fixtures';

const TODAY = day('2026-11-25');
const iso = (planned: { start: Day; end: Day } | null) => planned && [formatDay(planned.start), formatDay(planned.end)];
/** The Name cell the workbook gets for a planned cycle, in each language. */
const names = (planned: PlannedCycle) => ({ en: cycleName(planned.period, 'en'), vi: cycleName(planned.period, 'vi') });

describe('planNextCycle with quarters', () => {
  test.each([
    ['2026-03-31', '2026-Q2', 2, 2026, '2026-04-01', '2026-06-30', 'Q2 2026', 'Quý 2/2026'],
    ['2026-06-30', '2026-Q3', 3, 2026, '2026-07-01', '2026-09-30', 'Q3 2026', 'Quý 3/2026'],
    ['2026-09-30', '2026-Q4', 4, 2026, '2026-10-01', '2026-12-31', 'Q4 2026', 'Quý 4/2026'],
    ['2026-12-31', '2027-Q1', 1, 2027, '2027-01-01', '2027-03-31', 'Q1 2027', 'Quý 1/2027'],
  ])('after a cycle ending %s comes %s', (end, id, quarter, year, start, last, en, vi) => {
    const next = planNextCycle([cycle('prev', null, end)], 'quarter', TODAY)!;
    expect(next).toEqual({ id, period: { kind: 'quarter', quarter, year }, start: day(start), end: day(last) });
    expect(names(next)).toEqual({ en, vi });
  });

  test('starts after the latest end, whatever the row order', () => {
    const cycles = [cycle('2026-Q4', '2026-10-01', '2026-12-31'), cycle('2026-Q2', '2026-04-01', '2026-06-30')];
    expect(planNextCycle(cycles, 'quarter', TODAY)?.id).toBe('2027-Q1');
  });

  test('never overlaps a hand-made cycle ending mid-quarter: the next whole quarter follows it', () => {
    expect(iso(planNextCycle([cycle('pilot', '2026-10-15', '2026-11-15')], 'quarter', TODAY))).toEqual(['2027-01-01', '2027-03-31']);
  });

  test('with no cycle at all plans the quarter holding today', () => {
    expect(planNextCycle([], 'quarter', TODAY)?.id).toBe('2026-Q4');
  });

  test('ignores cycles without an end date', () => {
    expect(planNextCycle([cycle('draft', '2027-01-01', null)], 'quarter', TODAY)?.id).toBe('2026-Q4');
  });
});

describe('planNextCycle with months', () => {
  test('after December comes January of the next year', () => {
    const next = planNextCycle([cycle('2026-12', '2026-12-01', '2026-12-31')], 'month', TODAY)!;
    expect(next).toEqual({ id: '2027-01', period: { kind: 'month', month: 1, year: 2027 }, start: day('2027-01-01'), end: day('2027-01-31') });
    expect(names(next)).toEqual({ en: 'January 2027', vi: 'Tháng 1/2027' });
  });

  test('February of a leap year ends on the 29th', () => {
    expect(iso(planNextCycle([cycle('2028-01', '2028-01-01', '2028-01-31')], 'month', TODAY))).toEqual(['2028-02-01', '2028-02-29']);
  });

  test('with no cycle at all plans the month holding today', () => {
    expect(planNextCycle([], 'month', TODAY)?.id).toBe('2026-11');
  });
});

describe('planNextCycle with two-week cycles', () => {
  test('crosses the year boundary: 2026-12-21..2027-01-03, then 2027-01-04..2027-01-17', () => {
    const first = planNextCycle([cycle('2026-12-07', '2026-12-07', '2026-12-20')], '2 weeks', TODAY)!;
    expect(first).toEqual({
      id: '2026-12-21',
      period: { kind: 'twoWeeks', start: day('2026-12-21'), end: day('2027-01-03') },
      start: day('2026-12-21'),
      end: day('2027-01-03'),
    });
    expect(names(first)).toEqual({ en: 'Dec 21, 2026 – Jan 3, 2027', vi: '21/12/2026 – 03/01/2027' });
    const second = planNextCycle([cycle(first!.id, '2026-12-21', '2027-01-03')], '2 weeks', TODAY);
    expect(second?.id).toBe('2027-01-04');
    expect(iso(second)).toEqual(['2027-01-04', '2027-01-17']);
  });

  test('with no cycle at all starts on the check-in weekday on or before today', () => {
    expect(iso(planNextCycle([], '2 weeks', TODAY))).toEqual(['2026-11-23', '2026-12-06']);
    expect(iso(planNextCycle([], '2 weeks', TODAY, { checkInWeekday: 5 }))).toEqual(['2026-11-20', '2026-12-03']);
  });

  test('chained cycles are contiguous 14-day periods with increasing ids', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: 1, max: 30 }), (startDay, count) => {
        const cycles: Cycle[] = [cycle('first', null, formatDay(startDay))];
        for (let i = 0; i < count; i++) {
          const next = planNextCycle(cycles, '2 weeks', TODAY)!;
          expect(next.start).toBe(cycles[cycles.length - 1]!.end! + 1);
          expect(next.end - next.start + 1).toBe(TWO_WEEK_DAYS);
          if (i > 0) expect(next.id > cycles[cycles.length - 1]!.id).toBe(true);
          cycles.push({ ...cycle(next.id, null, null), start: next.start, end: next.end });
        }
      }),
    );
  });
});

test.each<Cadence>(['quarter', 'month'])('chained %s cycles leave no gap and no overlap', (cadence) => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 40_000 }), (startDay) => {
      const first = planNextCycle([], cadence, startDay)!;
      expect(first.start <= startDay && startDay <= first.end).toBe(true);
      const second = planNextCycle([{ ...cycle(first.id, null, null), start: first.start, end: first.end }], cadence, startDay)!;
      expect(second.start).toBe(first.end + 1);
      expect(second.id > first.id).toBe(true);
    }),
  );
});

test('a custom cadence plans nothing: people add Cycles rows by hand', () => {
  expect(planNextCycle([cycle('2026-Q4', '2026-10-01', '2026-12-31')], 'custom', TODAY)).toBeNull();
});

describe('activeCycle', () => {
  test('is the cycle with status Active, even when its dates do not hold today', () => {
    const cycles = [cycle('late', '2026-10-01', '2026-11-20', 'Active'), cycle('next', '2026-11-21', '2026-12-31', 'Planning')];
    expect(activeCycle(cycles, TODAY)?.id).toBe('late');
  });

  test('among several Active cycles is the latest started', () => {
    const cycles = [
      cycle('b', '2026-10-01', '2026-12-31', 'Active'),
      cycle('a', '2026-11-01', '2026-11-30', 'Active'),
      cycle('c', '2026-07-01', '2026-09-30', 'Active'),
    ];
    expect(activeCycle(cycles, TODAY)?.id).toBe('a');
  });

  test('without an Active cycle is a cycle with no status whose dates hold today', () => {
    const cycles = [cycle('old', '2026-07-01', '2026-09-30', null), cycle('now', '2026-10-01', '2026-12-31', null)];
    expect(activeCycle(cycles, TODAY)?.id).toBe('now');
  });

  test('a Planning cycle is not run, even once its dates have come: someone must start it', () => {
    expect(activeCycle([cycle('now', '2026-10-01', '2026-12-31', 'Planning')], TODAY)).toBeNull();
  });

  test('is null when only a Closed cycle holds today, or nothing does', () => {
    expect(activeCycle([cycle('closed', '2026-10-01', '2026-12-31', 'Closed')], TODAY)).toBeNull();
    expect(activeCycle([cycle('future', '2027-01-01', '2027-03-31', 'Planning')], TODAY)).toBeNull();
    expect(activeCycle([], TODAY)).toBeNull();
  });
});

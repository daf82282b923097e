import { headlineCheckinRate } from '../../src/core/dashboard-rate';
import type { CheckinRateRow } from '../../src/core/summary-checkin-rate';
import { day } from './rhythm-fixtures';

const row = (week: string, teamId: string, expected: number, checkedIn: number): CheckinRateRow => ({
  cycle_id: 'Q4',
  week_start: day(week),
  team_id: teamId,
  team: teamId,
  krs_expected: expected,
  krs_checked_in: checkedIn,
  people_expected: expected,
  people_checked_in: checkedIn,
  checkin_rate: expected === 0 ? 0 : checkedIn / expected,
});

const ROWS = [
  row('2026-11-09', 'KD', 4, 4),
  row('2026-11-09', 'SP', 2, 1),
  row('2026-11-16', 'KD', 4, 3),
  row('2026-11-16', 'SP', 2, 2),
  row('2026-11-23', 'KD', 4, 0),
  row('2026-11-23', 'SP', 2, 0),
];

describe('headlineCheckinRate', () => {
  test.each([
    ['the check-in day, before anyone checked in: last week, over every team', ROWS, '2026-11-23', { weekStart: '2026-11-16', rate: 5 / 6 }],
    ['later that week: still last week', ROWS, '2026-11-27', { weekStart: '2026-11-16', rate: 5 / 6 }],
    [
      'a week with no KR expected is skipped',
      [...ROWS.slice(0, 2), row('2026-11-16', 'KD', 0, 0), ...ROWS.slice(4)],
      '2026-11-23',
      { weekStart: '2026-11-09', rate: 5 / 6 },
    ],
    ['the first week of a cycle: that week, there is no other', ROWS.slice(0, 2), '2026-11-10', { weekStart: '2026-11-09', rate: 5 / 6 }],
    ['a later week in the rows is not yet lived', ROWS, '2026-11-17', { weekStart: '2026-11-09', rate: 5 / 6 }],
    ['no row', [], '2026-11-23', null],
    ['no KR expected at all', [row('2026-11-16', 'KD', 0, 0)], '2026-11-23', null],
  ] as const)('%s', (_, rows, today, expected) => {
    const rate = headlineCheckinRate(rows, day(today), 1);
    if (expected === null) expect(rate).toBeNull();
    else {
      expect(rate?.weekStart).toBe(day(expected.weekStart));
      expect(rate?.rate).toBeCloseTo(expected.rate, 12);
    }
  });
});

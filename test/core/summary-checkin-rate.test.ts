import fc from 'fast-check';
import { CHECKIN_RATE_COLUMNS } from '../../src/core/looker-columns';
import { buildCheckinRate, checkinRateValues, type CheckinRateRow } from '../../src/core/summary-checkin-rate';
import { day, HCM, workbookOf, type CheckInSpec, type WorkbookSpec } from './summary-fixtures';

/** Sales owns KR1 (shared: no owner) and KR2 (owned by binh); Product owns KR3 through its objective; Ops owns nothing. */
const COMPANY: WorkbookSpec = {
  cycles: [{ id: 'Q1', from: '2026-01-05', to: '2026-03-31' }],
  teams: [
    { id: 'SALES', name: 'Kinh doanh' },
    { id: 'PRODUCT', name: 'Sản phẩm' },
    { id: 'OPS', name: 'Vận hành' },
  ],
  people: [
    { email: 'an@x.vn', teamId: 'SALES' },
    { email: 'binh@x.vn', teamId: 'SALES' },
    { email: 'chi@x.vn', teamId: 'PRODUCT' },
    { email: 'dung@x.vn', teamId: 'PRODUCT' },
    { email: 'em@x.vn', teamId: 'OPS' },
  ],
  objectives: [
    { id: 'O1', cycleId: 'Q1', teamId: 'SALES' },
    { id: 'O2', cycleId: 'Q1', teamId: 'PRODUCT', level: 'Department' },
  ],
  keyResults: [
    { id: 'KR1', objectiveId: 'O1' },
    { id: 'KR2', objectiveId: 'O1', ownerEmail: 'binh@x.vn' },
    { id: 'KR3', objectiveId: 'O2', ownerEmail: 'Chi@X.vn' },
  ],
};

const rowsOf = (spec: WorkbookSpec, today: string): CheckinRateRow[] => buildCheckinRate(workbookOf(spec), day(today));
const pick = (rows: readonly CheckinRateRow[], week: string, team: string): CheckinRateRow =>
  rows.find((r) => r.week_start === day(week) && r.team_id === team)!;

describe('Check-in rate column contract', () => {
  test('names the 9 columns of DESIGN.md §1 in order', () => {
    expect(CHECKIN_RATE_COLUMNS).toEqual([
      'cycle_id',
      'week_start',
      'team_id',
      'team',
      'krs_expected',
      'krs_checked_in',
      'people_expected',
      'people_checked_in',
      'checkin_rate',
    ]);
  });

  test('holds one JS type per column across all rows: finite numbers, valid Dates, else strings', () => {
    const values = checkinRateValues(rowsOf({ ...COMPANY, checkIns: [{ krId: 'KR1', day: '2026-01-06', value: 1 }] }, '2026-01-20'), HCM);
    expect(values).toHaveLength(9);
    const expected = ['string', 'date', 'string', 'string', 'number', 'number', 'number', 'number', 'number'];
    CHECKIN_RATE_COLUMNS.forEach((column, i) => {
      const types = new Set(values.map((row) => (row[i] instanceof Date ? 'date' : typeof row[i])));
      expect([column, [...types]]).toEqual([column, [expected[i]]]);
    });
    expect(values.flat().every((cell) => typeof cell !== 'number' || Number.isFinite(cell))).toBe(true);
    expect(values[0]).toEqual(['Q1', new Date('2026-01-04T17:00:00Z'), 'SALES', 'Kinh doanh', 2, 1, 2, 0, 0.5]);
  });
});

describe('buildCheckinRate', () => {
  test('counts a team-owned KR once when two members check it in the same week, and both people', () => {
    const rows = rowsOf(
      {
        ...COMPANY,
        checkIns: [
          { krId: 'KR1', at: '2026-01-06T03:00:00Z', value: 10, by: 'an@x.vn' },
          { krId: 'KR1', at: '2026-01-08T03:00:00Z', value: 12, by: 'binh@x.vn' },
        ],
      },
      '2026-01-09',
    );
    expect(pick(rows, '2026-01-05', 'SALES')).toMatchObject({
      krs_expected: 2,
      krs_checked_in: 1,
      people_expected: 2,
      people_checked_in: 2,
      checkin_rate: 0.5,
    });
  });

  test("takes a KR's team from its Team ID, else from its objective", () => {
    const rows = rowsOf(
      { ...COMPANY, keyResults: [...COMPANY.keyResults!, { id: 'KR4', objectiveId: 'O2', teamId: 'OPS', ownerEmail: 'em@x.vn' }] },
      '2026-01-06',
    );
    expect(['SALES', 'PRODUCT', 'OPS'].map((team) => pick(rows, '2026-01-05', team).krs_expected)).toEqual([2, 1, 1]);
  });

  test("expects the owners of the team's KRs, and every member when a KR has no owner", () => {
    const rows = rowsOf(
      {
        ...COMPANY,
        people: [...COMPANY.people!, { email: 'giang@x.vn', teamId: 'PRODUCT' }, { email: '', teamId: 'SALES' }],
      },
      '2026-01-06',
    );
    expect(['SALES', 'PRODUCT', 'OPS'].map((team) => pick(rows, '2026-01-05', team).people_expected)).toEqual([2, 1, 0]);
  });

  test('counts people who checked in any KR of the cycle that week, matching e-mails whatever their case', () => {
    const rows = rowsOf(
      {
        ...COMPANY,
        checkIns: [
          { krId: 'KR1', day: '2026-01-07', value: 1, by: 'chi@x.vn' },
          { krId: 'KR3', day: '2026-01-14', value: 1, by: 'CHI@x.vn' },
        ],
      },
      '2026-01-16',
    );
    expect(pick(rows, '2026-01-05', 'PRODUCT')).toMatchObject({ krs_checked_in: 0, people_checked_in: 1, checkin_rate: 0 });
    expect(pick(rows, '2026-01-05', 'SALES')).toMatchObject({ krs_checked_in: 1, people_checked_in: 0 });
    expect(pick(rows, '2026-01-12', 'PRODUCT')).toMatchObject({ krs_checked_in: 1, people_checked_in: 1, checkin_rate: 1 });
  });

  test('writes rate 0, not a blank, for a team with nothing expected', () => {
    const rows = rowsOf(COMPANY, '2026-01-06');
    expect(pick(rows, '2026-01-05', 'OPS')).toEqual({
      cycle_id: 'Q1',
      week_start: day('2026-01-05'),
      team_id: 'OPS',
      team: 'Vận hành',
      krs_expected: 0,
      krs_checked_in: 0,
      people_expected: 0,
      people_checked_in: 0,
      checkin_rate: 0,
    });
  });

  test("writes one row per team per week from the week of the cycle start to today's, team IDs only KRs name last", () => {
    const rows = rowsOf({ ...COMPANY, keyResults: [...COMPANY.keyResults!, { id: 'KR9', objectiveId: 'O1', teamId: 'LEGAL' }] }, '2026-01-20');
    expect(rows.map((r) => `${r.week_start - day('2026-01-05')} ${r.team_id} ${r.team}`)).toEqual([
      '0 SALES Kinh doanh',
      '0 PRODUCT Sản phẩm',
      '0 OPS Vận hành',
      '0 LEGAL ',
      '7 SALES Kinh doanh',
      '7 PRODUCT Sản phẩm',
      '7 OPS Vận hành',
      '7 LEGAL ',
      '14 SALES Kinh doanh',
      '14 PRODUCT Sản phẩm',
      '14 OPS Vận hành',
      '14 LEGAL ',
    ]);
  });

  test('expects only KRs of Active objectives or objectives with no readable status', () => {
    const rows = rowsOf(
      {
        ...COMPANY,
        objectives: [
          { id: 'O1', cycleId: 'Q1', teamId: 'SALES', status: null },
          { id: 'O2', cycleId: 'Q1', teamId: 'PRODUCT', status: 'Done' },
          { id: 'O3', cycleId: 'Q1', teamId: 'OPS', status: 'Draft' },
        ],
        keyResults: [...COMPANY.keyResults!, { id: 'KR4', objectiveId: 'O3' }],
      },
      '2026-01-06',
    );
    expect(['SALES', 'PRODUCT', 'OPS'].map((team) => pick(rows, '2026-01-05', team).krs_expected)).toEqual([2, 0, 0]);
  });

  test("puts a check-in at 23:30 on Sunday in Ho Chi Minh City in that Sunday's week", () => {
    const rows = rowsOf({ ...COMPANY, checkIns: [{ krId: 'KR3', at: '2026-01-11T16:30:00Z', value: 1, by: 'chi@x.vn' }] }, '2026-01-13');
    expect([pick(rows, '2026-01-05', 'PRODUCT').krs_checked_in, pick(rows, '2026-01-12', 'PRODUCT').krs_checked_in]).toEqual([1, 0]);
  });

  test('counts the week of 2026-12-28 to 2027-01-03 as one week across the year boundary', () => {
    const rows = rowsOf(
      {
        ...COMPANY,
        cycles: [{ id: 'Q1', from: '2026-12-01', to: '2027-02-28' }],
        checkIns: [
          { krId: 'KR1', day: '2026-12-29', value: 1 },
          { krId: 'KR2', day: '2027-01-03', value: 1 },
        ],
      },
      '2027-01-05',
    );
    expect(pick(rows, '2026-12-28', 'SALES')).toMatchObject({ krs_checked_in: 2, checkin_rate: 1 });
    expect(pick(rows, '2027-01-04', 'SALES')).toMatchObject({ krs_checked_in: 0, checkin_rate: 0 });
  });

  test('ignores check-ins with no readable value or day, and those dated after today', () => {
    const rows = rowsOf(
      {
        ...COMPANY,
        checkIns: [
          { krId: 'KR1', day: '2026-01-06', value: null, by: 'an@x.vn' },
          { krId: 'KR2', value: 5, by: 'binh@x.vn' },
          { krId: 'KR2', day: '2026-01-09', value: 5, by: 'binh@x.vn' },
        ],
      },
      '2026-01-08',
    );
    expect(pick(rows, '2026-01-05', 'SALES')).toMatchObject({ krs_checked_in: 0, people_checked_in: 0 });
  });

  test('keeps every rate within 0-1 and every count within what was expected', () => {
    const checkIn = fc.record({
      krId: fc.constantFrom('KR1', 'KR2', 'KR3', 'KR-unknown'),
      day: fc.integer({ min: 0, max: 80 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10)),
      value: fc.option(fc.integer(), { nil: null }),
      by: fc.constantFrom('an@x.vn', 'binh@x.vn', 'chi@x.vn', 'em@x.vn', 'stranger@y.com', ''),
    });
    fc.assert(
      fc.property(fc.array(checkIn, { maxLength: 30 }), fc.integer({ min: 0, max: 70 }), (checkIns: CheckInSpec[], offset) => {
        const rows = buildCheckinRate(workbookOf({ ...COMPANY, checkIns }), day('2026-01-05') + offset);
        for (const r of rows) {
          expect(r.checkin_rate).toBeGreaterThanOrEqual(0);
          expect(r.checkin_rate).toBeLessThanOrEqual(1);
          expect(r.krs_checked_in).toBeLessThanOrEqual(r.krs_expected);
          expect(r.people_checked_in).toBeLessThanOrEqual(r.people_expected);
        }
      }),
    );
  });
});

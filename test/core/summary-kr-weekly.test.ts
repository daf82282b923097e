import fc from 'fast-check';
import { KR_WEEKLY_COLUMNS } from '../../src/core/looker-columns';
import { startOfDay } from '../../src/core/date-parse';
import { computeKrStates } from '../../src/core/kr-state';
import { activeCyclesOf, buildKrWeekly, krWeeklyValues, type KrWeeklyRow } from '../../src/core/summary-kr-weekly';
import { day, HCM, workbookOf, type CheckInSpec, type WorkbookSpec } from './summary-fixtures';

const NOW = new Date('2026-02-02T02:00:00Z');
const Q1 = { id: 'Q1', from: '2026-01-05', to: '2026-03-31' };

/** Cycle Q1 and one Company objective O1 in it, unless the spec names its own. */
const q1 = (spec: WorkbookSpec): WorkbookSpec => ({
  cycles: [Q1],
  objectives: [{ id: 'O1', cycleId: 'Q1' }],
  ...spec,
});

const rowsOf = (spec: WorkbookSpec, today: string): KrWeeklyRow[] => buildKrWeekly(workbookOf(spec), day(today), NOW);

/** A workbook with every kind of row: carried weeks, no check-in, no confidence, a blank level, two cycles. */
const MIXED: WorkbookSpec = {
  cycles: [Q1, { id: 'Q0', from: '2025-10-01', to: '2025-12-31', status: 'Closed' }, { id: 'S', from: '2026-01-19', to: '2026-02-01', status: null }],
  teams: [{ id: 'SALES', name: 'Kinh doanh' }],
  objectives: [
    { id: 'O1', cycleId: 'Q1', title: '=SUM(A1)', teamId: 'SALES' },
    { id: 'O2', cycleId: 'Q1', level: null, type: null, parentId: 'O1' },
    { id: 'O3', cycleId: 'S', level: 'Team' },
  ],
  keyResults: [
    { id: 'KR1', start: 4.3e9, target: 5.6e9, unit: 'VND', ownerEmail: 'an@x.vn' },
    { id: 'KR2', objectiveId: 'O2', kind: 'Decrease', start: 20, target: 10 },
    { id: 'KR3', objectiveId: 'O2', kind: 'Maintain', start: 4.6, target: 4.5 },
    { id: 'KR4', objectiveId: 'O3', kind: 'Milestone', start: 0, target: 1 },
  ],
  checkIns: [
    { krId: 'KR1', at: '2026-01-06T03:00:00Z', value: 4.5e9, confidence: 'On track' },
    { krId: 'KR1', at: '2026-01-27T03:00:00Z', value: 4.9e9 },
    { krId: 'KR2', day: '2026-01-13', value: 15, confidence: 'At risk' },
    { krId: 'KR4', at: '2026-01-20T03:00:00Z', value: 1 },
  ],
};

const TYPES: Record<string, string> = {
  week_start: 'date',
  last_checkin_date: 'date',
  updated_at: 'date',
  checked_in: 'boolean',
  start_value: 'number',
  target_value: 'number',
  value: 'number',
  progress: 'number',
  expected_progress: 'number',
  score: 'number',
  days_since_checkin: 'number',
};

describe('KR weekly column contract', () => {
  test('names the 27 columns of DESIGN.md §1 in order', () => {
    expect(KR_WEEKLY_COLUMNS).toEqual([
      'cycle_id',
      'week_start',
      'company_objective_id',
      'company_objective',
      'objective_id',
      'objective',
      'objective_level',
      'objective_type',
      'team_id',
      'team',
      'owner_email',
      'kr_id',
      'key_result',
      'kind',
      'unit',
      'start_value',
      'target_value',
      'value',
      'progress',
      'expected_progress',
      'score',
      'confidence',
      'status',
      'checked_in',
      'last_checkin_date',
      'days_since_checkin',
      'updated_at',
    ]);
  });

  test('holds one JS type per column across all rows: finite numbers, valid Dates, booleans, else strings', () => {
    const values = krWeeklyValues(rowsOf(MIXED, '2026-01-28'), HCM);
    expect(values.length).toBeGreaterThan(10);
    KR_WEEKLY_COLUMNS.forEach((column, i) => {
      const types = new Set(values.map((row) => (row[i] instanceof Date ? 'date' : typeof row[i])));
      expect([column, [...types]]).toEqual([column, [TYPES[column] ?? 'string']]);
      for (const row of values) {
        const cell = row[i];
        if (typeof cell === 'number') expect(Number.isFinite(cell)).toBe(true);
        if (cell instanceof Date) expect(Number.isNaN(cell.getTime())).toBe(false);
      }
    });
  });

  test('writes every row as many cells as there are columns, header excluded', () => {
    const values = krWeeklyValues(rowsOf(MIXED, '2026-01-28'), HCM);
    expect(values.every((row) => row.length === KR_WEEKLY_COLUMNS.length)).toBe(true);
    expect(values.some((row) => row[0] === 'cycle_id')).toBe(false);
  });

  test('writes days as the Date of their midnight in the workbook zone and updated_at as the instant given', () => {
    const [first] = krWeeklyValues(rowsOf(MIXED, '2026-01-28'), HCM);
    expect(first![KR_WEEKLY_COLUMNS.indexOf('week_start')]).toEqual(new Date('2026-01-04T17:00:00Z'));
    expect(first![KR_WEEKLY_COLUMNS.indexOf('updated_at')]).toEqual(NOW);
    const [utc] = krWeeklyValues(rowsOf(MIXED, '2026-01-28'), 'UTC');
    expect(utc![KR_WEEKLY_COLUMNS.indexOf('week_start')]).toEqual(new Date('2026-01-05T00:00:00Z'));
  });

  test('copies text people typed as plain strings, even when it looks like a formula', () => {
    const row = rowsOf(MIXED, '2026-01-28').find((r) => r.kr_id === 'KR1')!;
    expect(row.objective).toBe('=SUM(A1)');
    expect(row.company_objective).toBe('=SUM(A1)');
  });
});

describe('buildKrWeekly weeks', () => {
  const weeks14 = q1({
    keyResults: [{ id: 'KR1' }],
    checkIns: [
      { krId: 'KR1', at: '2026-01-07T03:00:00Z', value: 20, confidence: 'On track' },
      { krId: 'KR1', at: '2026-01-28T03:00:00Z', value: 50 },
    ],
  });

  test('writes weeks 2 and 3 without a check-in as explicit rows carrying the week-1 value', () => {
    const rows = rowsOf(weeks14, '2026-01-29');
    expect(rows.map((r) => [r.week_start, r.checked_in, r.value])).toEqual([
      [day('2026-01-05'), true, 20],
      [day('2026-01-12'), false, 20],
      [day('2026-01-19'), false, 20],
      [day('2026-01-26'), true, 50],
    ]);
    expect(rows.map((r) => r.last_checkin_date)).toEqual([day('2026-01-07'), day('2026-01-07'), day('2026-01-07'), day('2026-01-28')]);
    expect(rows.map((r) => r.days_since_checkin)).toEqual([4, 11, 18, 1]);
    expect(rows.map((r) => r.confidence)).toEqual(['On track', 'On track', 'On track', 'On track']);
  });

  test('computes progress, expected progress and score as 0-1 fractions at the end of each week, today for the current one', () => {
    const rows = rowsOf(weeks14, '2026-01-29');
    const days = day('2026-03-31') - day('2026-01-05') + 1;
    expect(rows.map((r) => r.expected_progress)).toEqual([6 / days, 13 / days, 20 / days, 24 / days]);
    expect(rows.map((r) => r.progress)).toEqual([0.2, 0.2, 0.2, 0.5]);
    expect(rows.map((r) => r.score)).toEqual([0.2, 0.2, 0.2, 0.5]);
  });

  test('carries the start value, counts days from the cycle start and dates the last check-in at the cycle start before any check-in', () => {
    const rows = rowsOf(q1({ keyResults: [{ id: 'KR1', start: 10, target: 20 }] }), '2026-01-20');
    expect(rows.map((r) => [r.value, r.progress, r.checked_in, r.last_checkin_date, r.days_since_checkin, r.confidence])).toEqual([
      [10, 0, false, day('2026-01-05'), 6, ''],
      [10, 0, false, day('2026-01-05'), 13, ''],
      [10, 0, false, day('2026-01-05'), 15, ''],
    ]);
    expect(rows.map((r) => r.status)).toEqual(['Not started', 'Stale', 'Stale']);
  });

  test('puts a check-in at 23:30 on Sunday in Ho Chi Minh City (16:30Z) in the week of that Sunday, not of the Monday after', () => {
    const spec = q1({ keyResults: [{ id: 'KR1' }], checkIns: [{ krId: 'KR1', at: '2026-01-11T16:30:00Z', value: 30 }] });
    const rows = rowsOf(spec, '2026-01-13');
    expect(rows.map((r) => [r.week_start, r.checked_in, r.value])).toEqual([
      [day('2026-01-05'), true, 30],
      [day('2026-01-12'), false, 30],
    ]);
  });

  test('puts the same instant in the Monday week in UTC+9, where it is already Monday 01:30', () => {
    const spec = q1({ settings: { timeZone: 'Asia/Tokyo' }, keyResults: [{ id: 'KR1' }], checkIns: [{ krId: 'KR1', at: '2026-01-11T16:30:00Z', value: 30 }] });
    expect(rowsOf(spec, '2026-01-13').map((r) => r.checked_in)).toEqual([false, true]);
  });

  test('starts weeks on the check-in weekday of Settings', () => {
    const spec = q1({ settings: { checkInWeekday: 5 }, keyResults: [{ id: 'KR1' }] });
    expect(rowsOf(spec, '2026-01-20').map((r) => r.week_start)).toEqual([day('2026-01-02'), day('2026-01-09'), day('2026-01-16')]);
  });

  test('covers a two-week cycle starting on a Wednesday with three weeks and stops at the cycle end', () => {
    const spec: WorkbookSpec = {
      settings: { cadence: '2 weeks' },
      cycles: [{ id: 'S1', from: '2026-06-03', to: '2026-06-16' }],
      objectives: [{ id: 'O1', cycleId: 'S1' }],
      keyResults: [{ id: 'KR1' }],
      checkIns: [{ krId: 'KR1', at: '2026-06-16T10:00:00Z', value: 100 }],
    };
    const rows = rowsOf(spec, '2026-07-01');
    expect(rows.map((r) => [r.week_start, r.checked_in, r.status])).toEqual([
      [day('2026-06-01'), false, 'Not started'],
      [day('2026-06-08'), false, 'Stale'],
      [day('2026-06-15'), true, 'Done'],
    ]);
    expect(rows[2]!.expected_progress).toBe(1);
  });

  test('keeps a check-in on 2 April in the week starting Monday 30 March across the month boundary', () => {
    const spec = q1({
      cycles: [{ id: 'Q1', from: '2026-03-01', to: '2026-05-31' }],
      keyResults: [{ id: 'KR1' }],
      checkIns: [{ krId: 'KR1', day: '2026-04-02', value: 40 }],
    });
    const rows = rowsOf(spec, '2026-04-08');
    expect(rows.filter((r) => r.checked_in).map((r) => r.week_start)).toEqual([day('2026-03-30')]);
    expect(rows.map((r) => r.week_start)).toEqual(['02-23', '03-02', '03-09', '03-16', '03-23', '03-30', '04-06'].map((md) => day(`2026-${md}`)));
  });

  test('keeps the week of 2026-12-28 to 2027-01-03 whole across the year boundary', () => {
    const spec: WorkbookSpec = {
      cycles: [{ id: 'W', from: '2026-12-01', to: '2027-02-28' }],
      objectives: [{ id: 'O1', cycleId: 'W' }],
      keyResults: [{ id: 'KR1' }],
      checkIns: [
        { krId: 'KR1', at: '2027-01-03T16:59:00Z', value: 10 },
        { krId: 'KR1', at: '2027-01-03T17:00:00Z', value: 20 },
      ],
    };
    const rows = rowsOf(spec, '2027-01-06');
    expect(rows.slice(-2).map((r) => [r.week_start, r.checked_in, r.value, r.last_checkin_date])).toEqual([
      [day('2026-12-28'), true, 10, day('2027-01-03')],
      [day('2027-01-04'), true, 20, day('2027-01-04')],
    ]);
  });

  test("carries a check-in made before the cycle's first week into it without marking that week checked in", () => {
    const spec = q1({ keyResults: [{ id: 'KR1' }], checkIns: [{ krId: 'KR1', day: '2025-12-30', value: 15 }] });
    expect(rowsOf(spec, '2026-01-13').map((r) => [r.checked_in, r.value, r.last_checkin_date])).toEqual([
      [false, 15, day('2025-12-30')],
      [false, 15, day('2025-12-30')],
    ]);
  });

  test('writes the week of an Active cycle starting later this week with 0 days since check-in, never a negative count', () => {
    const spec = q1({ cycles: [{ id: 'Q1', from: '2026-01-08', to: '2026-03-31' }], keyResults: [{ id: 'KR1' }] });
    expect(rowsOf(spec, '2026-01-06').map((r) => [r.week_start, r.days_since_checkin, r.expected_progress, r.status])).toEqual([
      [day('2026-01-05'), 0, 0, 'Not started'],
    ]);
  });

  test('ignores check-ins dated after today', () => {
    const spec = q1({ keyResults: [{ id: 'KR1' }], checkIns: [{ krId: 'KR1', day: '2026-01-15', value: 90 }] });
    expect(rowsOf(spec, '2026-01-14').map((r) => r.value)).toEqual([0, 0]);
  });
});

describe('buildKrWeekly scope', () => {
  test('leaves out a KR whose start, target or kind cannot be read, rather than blank numbers', () => {
    const spec = q1({
      keyResults: [{ id: 'KR1', start: null }, { id: 'KR2', target: null }, { id: 'KR3', kind: null }, { id: 'KR4', target: NaN }, { id: 'KR5' }],
    });
    expect([...new Set(rowsOf(spec, '2026-01-20').map((r) => r.kr_id))]).toEqual(['KR5']);
  });

  test('does not count a check-in whose value cannot be read, but keeps its confidence', () => {
    const spec = q1({
      keyResults: [{ id: 'KR1' }],
      checkIns: [
        { krId: 'KR1', day: '2026-01-06', value: 10 },
        { krId: 'KR1', day: '2026-01-13', value: null, confidence: 'Off track' },
        { krId: 'KR1', value: 99 },
      ],
    });
    expect(rowsOf(spec, '2026-01-14').map((r) => [r.checked_in, r.value, r.confidence])).toEqual([
      [true, 10, ''],
      [false, 10, 'Off track'],
    ]);
  });

  test('reports cycles that are Active, or without status while today is within their dates', () => {
    const cycles = workbookOf({
      cycles: [
        { id: 'A', from: '2026-01-01', to: '2026-01-31', status: 'Active' },
        { id: 'B', from: '2026-01-01', to: '2026-01-31', status: null },
        { id: 'C', from: '2026-02-01', to: '2026-02-28', status: null },
        { id: 'D', from: '2026-01-01', to: '2026-01-31', status: 'Closed' },
        { id: 'E', from: '2026-01-01', to: '2026-01-31', status: 'Planning' },
        { id: 'F', to: '2026-01-31', status: 'Active' },
      ],
    }).cycles;
    expect(activeCyclesOf(cycles, day('2026-01-15')).map((c) => c.id)).toEqual(['A', 'B']);
  });

  test('leaves out KRs of Draft and Dropped objectives and of objectives in other cycles', () => {
    const spec: WorkbookSpec = {
      cycles: [Q1, { id: 'Q0', from: '2025-10-01', to: '2025-12-31', status: 'Closed' }],
      objectives: [
        { id: 'O1', cycleId: 'Q1', status: 'Draft' },
        { id: 'O2', cycleId: 'Q1', status: 'Dropped' },
        { id: 'O3', cycleId: 'Q1', status: 'Done' },
        { id: 'O4', cycleId: 'Q1', status: null },
        { id: 'O5', cycleId: 'Q0' },
      ],
      keyResults: ['O1', 'O2', 'O3', 'O4', 'O5', 'O6'].map((o) => ({ id: `KR-${o}`, objectiveId: o })),
    };
    expect([...new Set(rowsOf(spec, '2026-01-06').map((r) => r.kr_id))]).toEqual(['KR-O3', 'KR-O4']);
  });

  test('walks the parent chain to the Company objective, and gives blank text when there is none or the chain loops', () => {
    const spec: WorkbookSpec = {
      cycles: [Q1],
      teams: [{ id: 'PRODUCT', name: 'Sản phẩm' }],
      objectives: [
        { id: 'C1', cycleId: 'Q1', title: 'Giữ chân khách hàng' },
        { id: 'D1', cycleId: 'Q1', level: 'Department', parentId: 'C1', teamId: 'PRODUCT', ownerEmail: 'lead@x.vn' },
        { id: 'T1', cycleId: 'Q1', level: 'Team', parentId: 'D1' },
        { id: 'L1', cycleId: 'Q1', level: 'Team', parentId: 'L2' },
        { id: 'L2', cycleId: 'Q1', level: 'Team', parentId: 'L1' },
        { id: 'X1', cycleId: 'Q1', level: 'Team', parentId: 'missing' },
      ],
      keyResults: [
        { id: 'KR-C', objectiveId: 'C1' },
        { id: 'KR-T', objectiveId: 'T1' },
        { id: 'KR-D', objectiveId: 'D1', teamId: 'SALES' },
        { id: 'KR-L', objectiveId: 'L1' },
        { id: 'KR-X', objectiveId: 'X1' },
      ],
    };
    const rows = rowsOf(spec, '2026-01-06');
    expect(rows.map((r) => [r.kr_id, r.company_objective_id, r.company_objective])).toEqual([
      ['KR-C', 'C1', 'Giữ chân khách hàng'],
      ['KR-T', 'C1', 'Giữ chân khách hàng'],
      ['KR-D', 'C1', 'Giữ chân khách hàng'],
      ['KR-L', '', ''],
      ['KR-X', '', ''],
    ]);
    const d1 = rows.find((r) => r.kr_id === 'KR-D')!;
    expect([d1.team_id, d1.team, d1.owner_email, d1.objective_level]).toEqual(['SALES', '', 'lead@x.vn', 'Department']);
  });

  test('writes the KR team and owner, else those of its objective', () => {
    const rows = rowsOf(MIXED, '2026-01-06');
    expect(rows.map((r) => [r.kr_id, r.team_id, r.team, r.owner_email])).toEqual([
      ['KR1', 'SALES', 'Kinh doanh', 'an@x.vn'],
      ['KR2', '', '', ''],
      ['KR3', '', '', ''],
    ]);
  });

  test('writes kind, level, type, confidence and status in canonical English whatever the workbook language', () => {
    const vi = buildKrWeekly(workbookOf({ ...MIXED, settings: { language: 'vi' } }), day('2026-01-28'), NOW);
    expect(vi).toEqual(rowsOf(MIXED, '2026-01-28'));
    const kr2 = vi.filter((r) => r.kr_id === 'KR2').pop()!;
    expect([kr2.kind, kr2.confidence, kr2.status]).toEqual(['Decrease', 'At risk', 'Stale']);
    expect(vi.filter((r) => r.kr_id === 'KR4').map((r) => [r.objective_level, r.kind, r.status])).toEqual([
      ['Team', 'Milestone', 'Done'],
      ['Team', 'Milestone', 'Done'],
    ]);
  });
});

describe('buildKrWeekly agrees with the Key Results tab', () => {
  const checkIn = fc.record({
    krId: fc.constantFrom('KR1', 'KR2', 'KR3'),
    at: fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2026-03-10T00:00:00Z') }).map((ms) => new Date(ms).toISOString()),
    value: fc.option(fc.integer({ min: -50, max: 150 }), { nil: null }),
    confidence: fc.option(fc.constantFrom('On track' as const, 'At risk' as const, 'Off track' as const), { nil: null }),
  });

  test('gives the current week the value, progress, score and status computeKrStates gives today', () => {
    fc.assert(
      fc.property(fc.array(checkIn, { maxLength: 25 }), fc.integer({ min: 0, max: 60 }), (checkIns: CheckInSpec[], offset) => {
        const today = day('2026-01-05') + offset;
        const workbook = workbookOf(
          q1({
            keyResults: [{ id: 'KR1' }, { id: 'KR2', kind: 'Decrease', start: 100, target: 0 }, { id: 'KR3', kind: 'Maintain', start: 50, target: 40 }],
            checkIns,
          }),
        );
        const rows = buildKrWeekly(workbook, today, NOW);
        const lastWeek = rows[rows.length - 1]!.week_start;
        for (const state of computeKrStates(workbook, today)) {
          const row = rows.find((r) => r.kr_id === state.kr.id && r.week_start === lastWeek)!;
          expect(row.status).toBe(state.status);
          if (state.latest) expect([row.value, row.progress, row.score]).toEqual([state.current, state.progress, state.score]);
          expect(row.expected_progress).toBe(state.expected);
        }
      }),
    );
  });

  test('never gives a row a number that is not finite, nor a score outside 0-1', () => {
    fc.assert(
      fc.property(fc.array(checkIn, { maxLength: 25 }), fc.integer({ min: 0, max: 90 }), (checkIns: CheckInSpec[], offset) => {
        const rows = buildKrWeekly(workbookOf(q1({ keyResults: [{ id: 'KR1' }, { id: 'KR2' }, { id: 'KR3' }], checkIns })), day('2026-01-05') + offset, NOW);
        for (const r of rows) {
          expect([r.value, r.progress, r.expected_progress, r.score, r.days_since_checkin].every(Number.isFinite)).toBe(true);
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(1);
          expect(r.days_since_checkin).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });
});

test('krWeeklyValues gives each week start the same Date for every KR, the zone midnight of startOfDay', () => {
  const rows = rowsOf(MIXED, '2026-01-28');
  const values = krWeeklyValues(rows, HCM);
  values.forEach((row, i) => expect(row[1]).toEqual(startOfDay(rows[i]!.week_start, HCM)));
});

import { buildDashboard, SCORE_BINS } from '../../src/core/dashboard';
import { day, workbookOf, type WorkbookSpec } from './summary-fixtures';

/**
 * Today 2026-02-04, 30 of Q1's 86 days gone (expected 0.349). KR1 0.8 On track, KR2 0.1 Off track, KR3 0.25 At
 * risk, KR4 never checked in (Stale, scores its start: 0), KR5 has no target (checked in, no status, no score),
 * KR6 belongs to a Draft objective.
 */
const COMPANY: WorkbookSpec = {
  cycles: [{ id: 'Q1', from: '2026-01-05', to: '2026-03-31' }],
  teams: [
    { id: 'SALES', name: 'Kinh doanh' },
    { id: 'PRODUCT', name: 'Sản phẩm' },
    { id: 'OPS', name: 'Vận hành' },
  ],
  objectives: [
    { id: 'C1', cycleId: 'Q1', teamId: 'SALES', title: 'Tăng doanh thu' },
    { id: 'C2', cycleId: 'Q1', teamId: 'PRODUCT', title: 'Giữ chân khách hàng' },
    { id: 'D1', cycleId: 'Q1', teamId: 'PRODUCT', level: 'Department', parentId: 'C2', title: 'Ra mắt tính năng' },
    { id: 'DR', cycleId: 'Q1', teamId: 'OPS', status: 'Draft' },
  ],
  keyResults: [
    { id: 'KR1', objectiveId: 'C1', weight: 3 },
    { id: 'KR2', objectiveId: 'C1', weight: 1 },
    { id: 'KR3', objectiveId: 'C2' },
    { id: 'KR4', objectiveId: 'C2' },
    { id: 'KR5', objectiveId: 'D1', target: null },
    { id: 'KR6', objectiveId: 'DR' },
  ],
  checkIns: [
    { krId: 'KR1', day: '2026-01-14', value: 30 },
    { krId: 'KR1', day: '2026-02-03', value: 80 },
    { krId: 'KR2', day: '2026-02-02', value: 10 },
    { krId: 'KR3', day: '2026-02-03', value: 25 },
    { krId: 'KR5', day: '2026-02-03', value: 3 },
    { krId: 'KR6', day: '2026-02-03', value: 3 },
  ],
};

const TODAY = day('2026-02-04');

describe('buildDashboard headline', () => {
  test("counts KRs at risk, off track and stale among the active cycles' reported objectives", () => {
    expect(buildDashboard(workbookOf(COMPANY), TODAY).headline).toMatchObject({ krsAtRisk: 1, krsOffTrack: 1, krsStale: 1, krsTotal: 5 });
  });

  test("averages the Company objectives' weighted scores, a KR not yet checked in scoring its start value", () => {
    const { headline } = buildDashboard(workbookOf(COMPANY), TODAY);
    expect(headline.companyScore).toBeCloseTo(((0.8 * 3 + 0.1) / 4 + (0.25 + 0) / 2) / 2, 12);
  });

  test('gives no company score when no Company objective has a score', () => {
    const spec = { ...COMPANY, objectives: COMPANY.objectives!.map((o) => ({ ...o, level: o.level ?? ('Team' as const) })) };
    expect(buildDashboard(workbookOf(spec), TODAY).headline.companyScore).toBeNull();
  });

  test("rates this week's check-ins over every team: KRs checked in since Monday over KRs expected", () => {
    expect(buildDashboard(workbookOf(COMPANY), TODAY).headline.checkinRateThisWeek).toBeCloseTo(4 / 5, 12);
  });

  test('gives no check-in rate when no active cycle expects a check-in', () => {
    const closed = { ...COMPANY, cycles: [{ id: 'Q1', from: '2026-01-05', to: '2026-03-31', status: 'Closed' as const }] };
    expect(buildDashboard(workbookOf(closed), TODAY).headline).toEqual({
      companyScore: null,
      checkinRateThisWeek: null,
      krsAtRisk: 0,
      krsOffTrack: 0,
      krsStale: 0,
      krsTotal: 0,
    });
  });
});

describe('buildDashboard charts', () => {
  test('lists each reported objective with its weighted score, null when no KR has one', () => {
    const rows = buildDashboard(workbookOf(COMPANY), TODAY).objectiveProgressRows;
    expect(rows.map((r) => [r.objectiveId, r.title, r.score === null ? null : Number(r.score.toFixed(12))])).toEqual([
      ['C1', 'Tăng doanh thu', 0.625],
      ['C2', 'Giữ chân khách hàng', 0.125],
      ['D1', 'Ra mắt tính năng', null],
    ]);
  });

  test('bins KR scores into 0-0.3, 0.3-0.7 and 0.7-1.0', () => {
    expect(SCORE_BINS).toEqual([
      [0, 0.3],
      [0.3, 0.7],
      [0.7, 1],
    ]);
    expect(buildDashboard(workbookOf(COMPANY), TODAY).scoreDistribution).toEqual([
      { from: 0, to: 0.3, count: 3 },
      { from: 0.3, to: 0.7, count: 0 },
      { from: 0.7, to: 1, count: 1 },
    ]);
  });

  test.each([
    [0, 0],
    [29, 0],
    [30, 1],
    [69, 1],
    [70, 2],
    [100, 2],
    [130, 2],
  ])('puts a KR at %d of 0-100 in bin %d, lower bound included', (value, bin) => {
    const spec = { ...COMPANY, keyResults: [{ id: 'KR1', objectiveId: 'C1' }], checkIns: [{ krId: 'KR1', day: '2026-02-03', value }] };
    expect(buildDashboard(workbookOf(spec), TODAY).scoreDistribution.map((b) => b.count)).toEqual([0, 1, 2].map((i) => (i === bin ? 1 : 0)));
  });

  test('puts a score of 0.7 computed from decimals as 0.6999999999999998 (1.9 from 1.2 to 2.2) in the top bin', () => {
    const spec = {
      ...COMPANY,
      keyResults: [{ id: 'KR1', objectiveId: 'C1', start: 1.2, target: 2.2 }],
      checkIns: [{ krId: 'KR1', day: '2026-02-03', value: 1.9 }],
    };
    expect(buildDashboard(workbookOf(spec), TODAY).scoreDistribution.map((b) => b.count)).toEqual([0, 0, 1]);
  });

  test('pivots check-in rates into week rows and columns of the teams that expected a check-in', () => {
    const pivot = buildDashboard(workbookOf(COMPANY), TODAY).checkinRateByTeamWeek;
    expect(pivot.teams).toEqual([
      { teamId: 'SALES', team: 'Kinh doanh' },
      { teamId: 'PRODUCT', team: 'Sản phẩm' },
    ]);
    expect(pivot.rows.map((r) => [r.weekStart - day('2026-01-05'), ...r.rates])).toEqual([
      [0, 0, 0],
      [7, 0.5, 0],
      [14, 0, 0],
      [21, 0, 0],
      [28, 1, 2 / 3],
    ]);
  });

  test('adds up overlapping active cycles per team and week, and leaves a gap where a team expected nothing', () => {
    const spec: WorkbookSpec = {
      cycles: [
        { id: 'A', from: '2026-01-05', to: '2026-01-18' },
        { id: 'B', from: '2026-01-14', to: '2026-03-31' },
      ],
      teams: [
        { id: 'SALES', name: 'Kinh doanh' },
        { id: 'PRODUCT', name: 'Sản phẩm' },
      ],
      objectives: [
        { id: 'OA', cycleId: 'A', teamId: 'SALES' },
        { id: 'OB', cycleId: 'B', teamId: 'SALES' },
        { id: 'OP', cycleId: 'B', teamId: 'PRODUCT' },
      ],
      keyResults: [
        { id: 'KA', objectiveId: 'OA' },
        { id: 'KB', objectiveId: 'OB' },
        { id: 'KP', objectiveId: 'OP' },
      ],
      checkIns: [
        { krId: 'KA', day: '2026-01-13', value: 5 },
        { krId: 'KP', day: '2026-01-20', value: 5 },
      ],
    };
    const pivot = buildDashboard(workbookOf(spec), day('2026-01-21')).checkinRateByTeamWeek;
    expect(pivot.rows.map((r) => [r.weekStart - day('2026-01-05'), ...r.rates])).toEqual([
      [0, 0, null],
      [7, 0.5, 0],
      [14, 0, 1],
    ]);
  });
});

// A small, clean company workbook (the retention story of DESIGN.md) and helpers to plant one problem in it.
import { dayFromParts, type Day } from '../../src/core/date-parse';
import type { CheckIn, Dependency, KeyResult, Objective, Workbook } from '../../src/core/model';
import { defaultSettings } from '../../src/core/settings';

export const CYCLE_START = dayFromParts(2026, 4, 1);
export const CYCLE_END = dayFromParts(2026, 6, 30);
/** A Wednesday in week 6 of Q2-2026; the last check-ins were on Monday. */
export const TODAY = dayFromParts(2026, 5, 6);
const MONDAYS = [6, 13, 20, 27].map((d) => dayFromParts(2026, 4, d)).concat(dayFromParts(2026, 5, 4));

export const objective = (o: Partial<Objective> & Pick<Objective, 'id' | 'row'>): Objective => ({
  cycleId: 'Q2-2026',
  level: 'Department',
  teamId: 'KD',
  ownerEmail: 'lan.tran@congty.vn',
  title: `Mục tiêu ${o.id}`,
  parentId: 'O1',
  type: 'Committed',
  status: 'Active',
  ...o,
});

export const keyResult = (k: Partial<KeyResult> & Pick<KeyResult, 'id' | 'row' | 'objectiveId'>): KeyResult => ({
  title: `Tăng chỉ số ${k.id} từ 0 lên 100`,
  teamId: 'KD',
  ownerEmail: '',
  kind: 'Increase',
  unit: '',
  start: 0,
  target: 100,
  weight: null,
  ...k,
});

/** Weekly check-ins on the Mondays of `days`, moving from start toward 40% of the way to target. */
export function checkInsFor(kr: KeyResult, firstRow: number, days: readonly Day[] = MONDAYS): CheckIn[] {
  const start = kr.start ?? 0;
  const target = kr.target ?? 1;
  return days.map((day, i) => ({
    row: firstRow + i,
    at: new Date((day * 86_400 + 2 * 3600) * 1000),
    day,
    krId: kr.id,
    value: start + ((target - start) * 0.4 * (i + 1)) / days.length,
    confidence: 'On track',
    progressNote: 'Đúng kế hoạch',
    problems: '',
    plans: 'Tiếp tục',
    by: kr.ownerEmail || 'lan.tran@congty.vn',
    source: 'sidebar',
  }));
}

const KEY_RESULTS: KeyResult[] = [
  keyResult({
    id: 'KR1',
    row: 2,
    objectiveId: 'O1',
    title: 'Giảm tỷ lệ khách hàng rời bỏ từ 8% xuống 5%',
    teamId: 'BGD',
    ownerEmail: 'ceo@congty.vn',
    kind: 'Decrease',
    unit: '%',
    start: 0.08,
    target: 0.05,
    weight: 2,
  }),
  keyResult({ id: 'KR2', row: 3, objectiveId: 'O1', title: 'Tăng NPS từ 30 lên 45', teamId: 'BGD', kind: 'Increase', start: 30, target: 45, weight: 1 }),
  keyResult({
    id: 'KR3',
    row: 4,
    objectiveId: 'O2',
    title: 'Tăng doanh thu từ khách hàng hiện tại từ 4,3 tỷ lên 5,6 tỷ',
    teamId: 'KD',
    ownerEmail: 'lan.tran@congty.vn',
    unit: 'VND',
    start: 4.3e9,
    target: 5.6e9,
  }),
  keyResult({
    id: 'KR4',
    row: 5,
    objectiveId: 'O2',
    title: 'Tăng tỷ lệ gia hạn hợp đồng từ 70% lên 85%',
    teamId: 'KD',
    ownerEmail: 'hoa.pham@congty.vn',
    unit: '%',
    start: 0.7,
    target: 0.85,
  }),
  keyResult({
    id: 'KR5',
    row: 6,
    objectiveId: 'O3',
    title: 'Tăng số khách hàng hiện tại dùng 3 tính năng mới từ 0 lên 120',
    teamId: 'SP',
    ownerEmail: 'minh.le@congty.vn',
    start: 0,
    target: 120,
  }),
  keyResult({
    id: 'KR6',
    row: 7,
    objectiveId: 'O3',
    title: 'Tăng tỷ lệ người dùng hoạt động hằng ngày từ 35% lên 50%',
    teamId: 'SP',
    ownerEmail: 'tuan.vo@congty.vn',
    unit: '%',
    start: 0.35,
    target: 0.5,
  }),
];

/**
 * Công ty Minh An, Q2-2026: the company objective O1 (customer retention, owned by the CEO), Sales'
 * O2 and Product's O3 aligned to it, two KRs each with five weekly check-ins, Sales' request to
 * Product accepted and backed by Product's KR5. Nothing in it is an error or a warning on TODAY.
 */
export function cleanWorkbook(): Workbook {
  return {
    settings: { ...defaultSettings('vi', 'Asia/Ho_Chi_Minh'), companyName: 'Công ty Minh An' },
    cycles: [
      { row: 2, id: 'Q1-2026', name: 'Quý 1/2026', start: dayFromParts(2026, 1, 1), end: dayFromParts(2026, 3, 31), status: 'Closed' },
      { row: 3, id: 'Q2-2026', name: 'Quý 2/2026', start: CYCLE_START, end: CYCLE_END, status: 'Active' },
    ],
    people: [
      { row: 2, email: 'ceo@congty.vn', name: 'Nguyễn Văn An', teamId: 'BGD', managerEmail: '', language: 'vi' },
      { row: 3, email: 'lan.tran@congty.vn', name: 'Trần Thị Lan', teamId: 'KD', managerEmail: 'ceo@congty.vn', language: null },
      { row: 4, email: 'hoa.pham@congty.vn', name: 'Phạm Thu Hoa', teamId: 'KD', managerEmail: 'lan.tran@congty.vn', language: null },
      { row: 5, email: 'minh.le@congty.vn', name: 'Lê Quang Minh', teamId: 'SP', managerEmail: 'ceo@congty.vn', language: null },
      { row: 6, email: 'tuan.vo@congty.vn', name: 'Võ Anh Tuấn', teamId: 'SP', managerEmail: 'minh.le@congty.vn', language: 'en' },
    ],
    teams: [
      { row: 2, id: 'BGD', name: 'Ban Giám đốc', parentId: '', leadEmail: 'ceo@congty.vn' },
      { row: 3, id: 'KD', name: 'Kinh doanh', parentId: 'BGD', leadEmail: 'lan.tran@congty.vn' },
      { row: 4, id: 'SP', name: 'Sản phẩm', parentId: 'BGD', leadEmail: 'minh.le@congty.vn' },
    ],
    objectives: [
      objective({ id: 'O1', row: 2, level: 'Company', teamId: 'BGD', ownerEmail: 'ceo@congty.vn', title: 'Giữ chân khách hàng hiện tại', parentId: '' }),
      objective({ id: 'O2', row: 3, title: 'Tăng doanh thu từ khách hàng hiện tại' }),
      objective({ id: 'O3', row: 4, teamId: 'SP', ownerEmail: 'minh.le@congty.vn', title: 'Khách hàng hiện tại dùng sản phẩm mỗi ngày', type: 'Aspirational' }),
    ],
    keyResults: KEY_RESULTS,
    checkIns: KEY_RESULTS.flatMap((kr, i) => checkInsFor(kr, 2 + i * MONDAYS.length)),
    initiatives: [
      {
        row: 2,
        id: 'I1',
        krId: 'KR3',
        title: 'Ưu đãi gia hạn sớm cho khách hàng lớn',
        ownerEmail: 'hoa.pham@congty.vn',
        priority: 1,
        status: 'In progress',
        reason: '',
      },
      {
        row: 3,
        id: 'I2',
        krId: 'KR5',
        title: 'Báo cáo tự động cho khách hàng hiện tại',
        ownerEmail: 'tuan.vo@congty.vn',
        priority: 1,
        status: 'In progress',
        reason: '',
      },
    ],
    dependencies: [
      {
        row: 2,
        id: 'D1',
        requestingTeamId: 'KD',
        forId: 'KR3',
        providingTeamId: 'SP',
        request: '3 tính năng cho khách hàng hiện tại',
        requestedOn: dayFromParts(2026, 4, 3),
        neededBy: dayFromParts(2026, 5, 15),
        status: 'Accepted',
        backingKrId: 'KR5',
        response: 'Đồng ý, làm trong tháng 5',
        decidedBy: '',
      },
    ],
    problems: [],
    missingTabs: [],
    missingColumns: [],
    duplicateTabs: [],
  };
}

type Rows = { objectives: Objective; keyResults: KeyResult; dependencies: Dependency } & {
  [K in 'cycles' | 'people' | 'teams' | 'checkIns' | 'initiatives']: Workbook[K][number];
};
type RowTab = keyof Rows;

const idOf = (row: object): string => String((row as { id?: string; email?: string }).id ?? (row as { email: string }).email);

/** The workbook with the row of `tab` whose ID (or e-mail) is `id` changed by `changes`; throws when there is none. */
export function patch<T extends RowTab>(wb: Workbook, tab: T, id: string, changes: Partial<Rows[T]>): Workbook {
  const rows = wb[tab] as readonly Rows[T][];
  if (!rows.some((r) => idOf(r) === id)) throw new Error(`no ${tab} row ${id}`);
  return { ...wb, [tab]: rows.map((r) => (idOf(r) === id ? { ...r, ...changes } : r)) };
}

/** The workbook with rows appended to `tab`. */
export function append<T extends RowTab>(wb: Workbook, tab: T, ...rows: Rows[T][]): Workbook {
  return { ...wb, [tab]: [...(wb[tab] as readonly Rows[T][]), ...rows] };
}

/** The workbook with new KRs and their weekly check-ins, so that they are neither stale nor unmeasured. */
export function withKeyResults(wb: Workbook, ...krs: KeyResult[]): Workbook {
  const checkIns = krs.flatMap((kr, i) => checkInsFor(kr, 1000 + wb.checkIns.length + i * MONDAYS.length));
  return { ...wb, keyResults: [...wb.keyResults, ...krs], checkIns: [...wb.checkIns, ...checkIns] };
}

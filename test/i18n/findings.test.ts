import { checkWorkbook } from '../../src/core/checks';
import type { Finding, FindingCode, FindingOf, FindingParamsOf } from '../../src/core/finding';
import { FINDING_TEXT, findingText, formatNumber, severityLabel } from '../../src/i18n/findings';
import { LANGS } from '../../src/core/lang';
import { cleanWorkbook, patch, TODAY } from '../core/fixtures';

const finding = <C extends FindingCode>(code: C, params: FindingParamsOf[C], at: Partial<Pick<Finding, 'tab' | 'row' | 'id'>> = {}): FindingOf<C> => ({
  code,
  severity: 'warning',
  tab: 'objectives',
  row: 12,
  id: 'O7',
  params,
  ...at,
});

/** One finding per code and variant, with the params its check gives. */
const SAMPLES: Finding[] = [
  finding('DUPLICATE_ID', { column: 'objectiveId', firstRow: 5 }),
  finding('MISSING_FIELD', { column: 'target' }, { tab: 'keyResults', id: 'KR3' }),
  finding('MISSING_FIELD', { column: 'level' }),
  finding('MISSING_FIELD', { column: 'ownerEmail' }),
  finding('UNKNOWN_REFERENCE', { column: 'cycleId', ref: 'Q9', refTab: 'cycles' }),
  finding('UNKNOWN_REFERENCE', { column: 'ownerEmail', ref: 'ai@congty.vn', refTab: 'people' }),
  finding('UNKNOWN_REFERENCE', { column: 'forId', ref: 'KR99', refTab: 'objectives' }, { tab: 'dependencies', id: 'D1' }),
  finding('INVALID_VALUE', { column: 'target', header: 'Chỉ tiêu', input: 'chưa rõ', problem: 'INVALID_NUMBER' }, { tab: 'keyResults', id: 'KR3' }),
  finding('INVALID_VALUE', { column: 'requestedOn', header: 'Ngày yêu cầu', input: '31/02/2026', problem: 'INVALID_DATE' }, { tab: 'dependencies' }),
  finding('INVALID_VALUE', { column: 'by', header: 'By', input: 'lan@', problem: 'INVALID_EMAIL' }, { tab: 'checkIns' }),
  finding('INVALID_VALUE', { column: 'level', header: 'Cấp', input: 'Tập đoàn', problem: 'INVALID_CHOICE' }),
  finding('INVALID_VALUE', { column: 'graceDays', header: '', input: 'hai', problem: 'INVALID_NUMBER' }, { tab: 'settings', id: 'graceDays' }),
  finding('ORPHAN_OBJECTIVE', {}),
  finding('ORPHAN_OBJECTIVE', { parentId: 'O1', parentCycleId: 'Q1-2026' }),
  finding('PARENT_CYCLE', { path: 'O7 → O8 → O7' }),
  finding('LEVEL_ORDER', { level: 'Department', parentId: 'O4', parentLevel: 'Team' }),
  finding('UNSUPPORTED_OBJECTIVE', { cycleId: 'Q2-2026' }),
  finding('TOO_MANY_OBJECTIVES', { teamId: 'KD', cycleId: 'Q2-2026', count: 7, max: 5 }),
  finding('TOO_MANY_KRS', { count: 7, max: 5 }),
  finding('TOO_FEW_KRS', { count: 1, min: 2 }),
  finding('OBJECTIVE_WITHOUT_KR', {}),
  finding(
    'KR_TASK_LIKE',
    { title: 'Gửi email cho khách hàng', rewrite: 'Tăng tỷ lệ khách hàng phản hồi email từ X% lên Y%' },
    { tab: 'keyResults', id: 'KR3' },
  ),
  finding('KR_TASK_LIKE', { title: '' }, { tab: 'keyResults', id: 'KR3' }),
  finding('KR_NOT_MEASURABLE', { reason: 'sameStartTarget', start: 45, target: 45 }, { tab: 'keyResults', id: 'KR2' }),
  finding('KR_NOT_MEASURABLE', { reason: 'milestoneBlank', start: '', target: '' }, { tab: 'keyResults', id: 'KR2' }),
  finding('KR_NOT_MEASURABLE', { title: 'Go live with payment v2' }, { tab: 'keyResults', id: 'KR2' }),
  finding('KR_NO_OWNER', {}, { tab: 'keyResults', id: 'KR6' }),
  finding(
    'DEPENDENCY_UNANSWERED',
    { days: 6, providingTeamId: 'SP', providingTeam: 'Sản phẩm', lead: 'minh.le@congty.vn', decider: '' },
    { tab: 'dependencies', id: 'D1' },
  ),
  finding('DEPENDENCY_UNANSWERED', { days: 6, providingTeamId: 'SP', providingTeam: '', lead: '', decider: '' }, { tab: 'dependencies', id: 'D1' }),
  finding(
    'DEPENDENCY_DECLINED',
    { requestingTeamId: 'KD', providingTeamId: 'SP', request: '3 tính năng', decider: 'ceo@congty.vn', via: 'objective', objectiveId: 'O1', teamId: '' },
    { tab: 'dependencies', id: 'D1' },
  ),
  finding(
    'DEPENDENCY_DECLINED',
    { requestingTeamId: 'KD', providingTeamId: 'SP', request: '', decider: 'coo@congty.vn', via: 'team', objectiveId: '', teamId: 'KKD' },
    { tab: 'dependencies', id: 'D1' },
  ),
  finding(
    'DEPENDENCY_DECLINED',
    { requestingTeamId: 'KD', providingTeamId: 'SP', request: '', decider: '', via: 'none', objectiveId: '', teamId: '' },
    { tab: 'dependencies', id: 'D1' },
  ),
  finding('DEPENDENCY_UNBACKED', { providingTeamId: 'SP', backingKrId: '', backingTeamId: '', reason: 'noBackingKr' }, { tab: 'dependencies', id: 'D1' }),
  finding('DEPENDENCY_UNBACKED', { providingTeamId: 'SP', backingKrId: 'KR4', backingTeamId: 'KD', reason: 'otherTeam' }, { tab: 'dependencies', id: 'D1' }),
  finding('STALE_KR', { days: 16, lastCheckIn: '2026-04-20' }, { tab: 'keyResults', id: 'KR6' }),
  finding('STALE_KR', { days: 35, lastCheckIn: '' }, { tab: 'keyResults', id: 'KR6' }),
  finding(
    'TARGETS_TOO_SAFE',
    { teamId: 'KD', previousCycleId: 'Q4-2025', previousScore: 0.95, lastCycleId: 'Q1-2026', lastScore: 0.925 },
    { tab: 'reviews', row: 0, id: 'KD' },
  ),
  finding('MISSING_FIELD', { column: 'reminderHour', header: '', input: '', problem: 'MISSING' }, { tab: 'settings', row: 0, id: 'reminderHour' }),
  finding('MISSING_TAB', {}, { tab: 'keyResults', row: 0, id: '' }),
  finding('INVALID_VALUE', { column: 'timestamp', header: '', input: '2027-06-01', problem: 'FUTURE_DATE' }, { tab: 'checkIns', id: 'KR3' }),
  finding('KR_NOT_MEASURABLE', { reason: 'direction', kind: 'Increase', start: 10, target: -5 }, { tab: 'keyResults', id: 'KR3' }),
  finding('PARENT_CYCLE', { path: 'KD → BGD → KD' }, { tab: 'teams', id: 'KD' }),
  finding('MISSING_COLUMN', { column: 'target' }, { tab: 'keyResults', row: 0, id: '' }),
  finding('EMPTY_WORKBOOK', { next: 'people' }, { tab: 'people', row: 0, id: '' }),
  finding('SEVERAL_ACTIVE_CYCLES', { runningId: 'Q2-2026' }, { tab: 'cycles', row: 3, id: 'Q1-2026' }),
  finding('CYCLE_ENDS_BEFORE_START', { start: '2026-10-01', end: '2026-06-30' }, { tab: 'cycles', row: 3, id: 'Q4' }),
  finding('MISSING_FIELD', { column: 'timestamp', header: 'Thời điểm', input: '', problem: 'MISSING' }, { tab: 'checkIns', id: 'KR3' }),
  finding('INVALID_VALUE', { column: 'value', header: 'Giá trị', input: '=1+1', problem: 'FORMULA' }, { tab: 'checkIns', id: 'KR3' }),
  finding('INVALID_VALUE', { column: 'start', header: 'Bắt đầu', input: '45', problem: 'DATE_OUT_OF_RANGE' }, { tab: 'cycles', id: 'Q4' }),
  finding('DUPLICATE_TAB', { read: 'Key Results', ignored: 'Kết quả then chốt' }),
  finding(
    'GRID_NEAR_LIMIT',
    { used: 7_250_000, limit: 10_000_000, percent: 72.5, largest: 'Cập nhật tiến độ', largestCells: 900_000 },
    { tab: 'checkIns', row: 0, id: '' },
  ),
];

describe('findingText', () => {
  test('has samples of every code', () => {
    expect(new Set(SAMPLES.map((f) => f.code))).toEqual(new Set(Object.keys(FINDING_TEXT.en)));
  });

  test.each(SAMPLES.flatMap((f) => LANGS.map((lang) => [f.code, lang, f] as const)))('words %s in %s with every param filled in', (_code, lang, f) => {
    const { message, suggestion } = findingText(f, lang);
    for (const text of [message, suggestion]) {
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toMatch(/undefined|null|NaN|\$\{|\[object/);
      expect(text).toMatch(/[.?]$/);
    }
  });

  test.each(SAMPLES.map((f) => [f.code, f] as const))('says %s differently in vi and en', (_code, f) => {
    expect(findingText(f, 'vi').message).not.toEqual(findingText(f, 'en').message);
    expect(findingText(f, 'vi').suggestion).not.toEqual(findingText(f, 'en').suggestion);
  });

  test.each<[Finding, string, string]>([
    [SAMPLES[12]!, 'vi', 'Mục tiêu O7 không gắn với mục tiêu cấp trên nào.'],
    [SAMPLES[7]!, 'vi', 'Ô Chỉ tiêu (dòng 12) ghi “chưa rõ”, không phải một con số.'],
    [SAMPLES[7]!, 'en', 'Chỉ tiêu (row 12) says “chưa rõ”, which is not a number.'],
    [SAMPLES[1]!, 'vi', 'Ô Chỉ tiêu (dòng 12, trang Kết quả then chốt) đang để trống.'],
    [SAMPLES[1]!, 'en', 'Target (row 12 of Key Results) is empty.'],
    [SAMPLES[0]!, 'vi', 'Mã mục tiêu “O7” ở dòng 12 trùng với dòng 5.'],
    [SAMPLES[15]!, 'vi', 'Mục tiêu O7 (cấp Phòng ban) gắn với O4 ở cấp Nhóm; mục tiêu cha phải ở cấp cao hơn.'],
    [SAMPLES[27]!, 'vi', 'Yêu cầu D1 gửi nhóm Sản phẩm (SP) đã chờ 6 ngày mà chưa có phản hồi.'],
    [SAMPLES[34]!, 'vi', 'KR6 đã 16 ngày chưa được cập nhật (lần gần nhất: 20/04/2026).'],
    [SAMPLES[36]!, 'vi', 'Nhóm KD đạt điểm trung bình 0,95 ở chu kỳ Q4-2025 và 0,925 ở chu kỳ Q1-2026: mục tiêu có đang quá an toàn?'],
    [SAMPLES[36]!, 'en', 'Team KD averaged 0.95 in Q4-2025 and 0.925 in Q1-2026: are its targets too safe?'],
  ])('words %#', (f, lang, message) => {
    expect(findingText(f, lang as 'vi' | 'en').message).toBe(message);
  });

  test('names the decider of a declined dependency and the column to record it in', () => {
    expect(findingText(SAMPLES[29]!, 'vi').suggestion).toBe(
      'Người quyết định là ceo@congty.vn, người phụ trách O1, mục tiêu chung thấp nhất mà cả hai nhóm cùng hướng tới. Khi đã quyết, ghi e-mail người quyết định vào ô Người quyết định.',
    );
    expect(findingText(SAMPLES[30]!, 'en').suggestion).toBe(
      'coo@congty.vn decides: they lead KKD, the lowest team above both teams. Once decided, write their e-mail in Decided by.',
    );
  });

  test('words every finding of a problem-ridden company', () => {
    let wb = patch(cleanWorkbook(), 'objectives', 'O2', { parentId: '', ownerEmail: 'x@congty.vn' });
    wb = patch(wb, 'dependencies', 'D1', { status: 'Declined' });
    const { findings } = checkWorkbook(wb, TODAY);
    expect(findings.length).toBeGreaterThan(2);
    for (const f of findings) expect(findingText(f, 'vi').message).not.toMatch(/undefined/);
  });
});

describe('severityLabel', () => {
  test.each([
    ['error', 'vi', 'Lỗi'],
    ['warning', 'vi', 'Cảnh báo'],
    ['info', 'vi', 'Thông tin'],
    ['error', 'en', 'Error'],
    ['warning', 'en', 'Warning'],
    ['info', 'en', 'Info'],
  ] as const)('labels %s in %s as %s', (severity, lang, label) => {
    expect(severityLabel(severity, lang)).toBe(label);
  });
});

describe('formatNumber', () => {
  test.each([
    [4_300_000_000, 'vi', '4.300.000.000'],
    [4_300_000_000, 'en', '4,300,000,000'],
    [0.95, 'vi', '0,95'],
    [0.015, 'en', '0.015'],
    [-1234.5, 'vi', '-1.234,5'],
    ['', 'en', ''],
  ] as const)('writes %s in %s as %s', (value, lang, text) => {
    expect(formatNumber(value, lang)).toBe(text);
  });
});

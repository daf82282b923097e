/**
 * Tab names and column labels of the workbook contract (DESIGN.md §1) in both languages. Columns are
 * found by label in either language, so a label may change only with a migration.
 */
import type { Label } from '../core/lang';
import { CHECKIN_RATE_COLUMNS, KR_WEEKLY_COLUMNS } from '../core/looker-columns';
import type { SettingKey } from '../core/setting-keys';
import type { TabKey } from '../core/tabs';

// Core's vocabulary, re-exported for the modules outside core that still name it here.
export type { Label } from '../core/lang';
export type { SettingKey } from '../core/setting-keys';
export type { TabKey } from '../core/tabs';

const l = (en: string, vi: string): Label => ({ en, vi });

/** Labels that are the same in both languages, keyed by themselves. */
function same<K extends string>(names: readonly K[]): { readonly [N in K]: Label } {
  const out = {} as { [N in K]: Label };
  for (const name of names) out[name] = { en: name, vi: name };
  return out;
}

export const TAB_LABELS = {
  settings: l('Settings', 'Cài đặt'),
  cycles: l('Cycles', 'Chu kỳ'),
  people: l('People', 'Nhân sự'),
  teams: l('Teams', 'Nhóm'),
  objectives: l('Objectives', 'Mục tiêu'),
  keyResults: l('Key Results', 'Kết quả then chốt'),
  checkIns: l('Check-ins', 'Cập nhật tiến độ'),
  initiatives: l('Initiatives', 'Sáng kiến'),
  dependencies: l('Dependencies', 'Phụ thuộc'),
  findings: l('Findings', 'Phát hiện'),
  alignment: l('Alignment', 'Cây mục tiêu'),
  krWeekly: l('KR weekly', 'KR theo tuần'),
  checkinRate: l('Check-in rate', 'Tỷ lệ cập nhật'),
  dashboard: l('Dashboard', 'Tổng quan'),
  brief: l('Brief', 'Họp tuần'),
  reviews: l('Reviews', 'Đánh giá chu kỳ'),
  log: l('Log', 'Nhật ký'),
} as const satisfies { readonly [K in TabKey]: Label };

export const COLUMN_LABELS = {
  settings: { key: l('Key', 'Khóa'), value: l('Value', 'Giá trị'), description: l('Description', 'Mô tả') },
  cycles: {
    cycleId: l('Cycle ID', 'Mã chu kỳ'),
    name: l('Name', 'Tên'),
    start: l('Start', 'Bắt đầu'),
    end: l('End', 'Kết thúc'),
    status: l('Status', 'Trạng thái'),
    archive: l('Archive', 'Lưu trữ'),
  },
  people: {
    email: l('Email', 'Email'),
    name: l('Name', 'Họ tên'),
    teamId: l('Team ID', 'Mã nhóm'),
    managerEmail: l('Manager email', 'Email quản lý'),
    language: l('Language', 'Ngôn ngữ'),
    winsDigest: l('Wins digest', 'Nhận tin thành tích'),
  },
  teams: {
    teamId: l('Team ID', 'Mã nhóm'),
    name: l('Name', 'Tên nhóm'),
    parentTeamId: l('Parent team ID', 'Mã nhóm cha'),
    leadEmail: l('Lead email', 'Email trưởng nhóm'),
  },
  objectives: {
    objectiveId: l('Objective ID', 'Mã mục tiêu'),
    cycleId: l('Cycle ID', 'Mã chu kỳ'),
    level: l('Level', 'Cấp'),
    teamId: l('Team ID', 'Mã nhóm'),
    ownerEmail: l('Owner email', 'Email người phụ trách'),
    objective: l('Objective', 'Mục tiêu'),
    parentObjectiveId: l('Parent objective ID', 'Mã mục tiêu cha'),
    type: l('Type', 'Loại'),
    status: l('Status', 'Trạng thái'),
  },
  keyResults: {
    krId: l('KR ID', 'Mã KR'),
    objectiveId: l('Objective ID', 'Mã mục tiêu'),
    keyResult: l('Key result', 'Kết quả then chốt'),
    teamId: l('Team ID', 'Mã nhóm'),
    ownerEmail: l('Owner email', 'Email người cập nhật'),
    kind: l('Kind', 'Kiểu'),
    unit: l('Unit', 'Đơn vị'),
    start: l('Start', 'Giá trị đầu'),
    target: l('Target', 'Chỉ tiêu'),
    weight: l('Weight', 'Trọng số'),
    current: l('Current', 'Hiện tại'),
    progress: l('Progress', 'Tiến độ'),
    score: l('Score', 'Điểm'),
    confidence: l('Confidence', 'Mức tự tin'),
    status: l('Status', 'Trạng thái'),
    lastCheckIn: l('Last check-in', 'Cập nhật gần nhất'),
  },
  checkIns: {
    timestamp: l('Timestamp', 'Thời điểm'),
    krId: l('KR ID', 'Mã KR'),
    value: l('Value', 'Giá trị'),
    confidence: l('Confidence', 'Mức tự tin'),
    progressNote: l('Progress note', 'Tiến triển'),
    problems: l('Problems', 'Vấn đề'),
    plans: l('Plans', 'Kế hoạch'),
    by: l('By', 'Người cập nhật'),
    source: l('Source', 'Nguồn'),
  },
  initiatives: {
    initiativeId: l('Initiative ID', 'Mã sáng kiến'),
    krId: l('KR ID', 'Mã KR'),
    initiative: l('Initiative', 'Sáng kiến'),
    ownerEmail: l('Owner email', 'Email người phụ trách'),
    priority: l('Priority', 'Ưu tiên'),
    status: l('Status', 'Trạng thái'),
    reason: l('Reason', 'Lý do'),
  },
  dependencies: {
    dependencyId: l('Dependency ID', 'Mã phụ thuộc'),
    requestingTeamId: l('Requesting team ID', 'Nhóm yêu cầu'),
    forId: l('For', 'Cho mục tiêu/KR'),
    providingTeamId: l('Providing team ID', 'Nhóm cung cấp'),
    request: l('Request', 'Yêu cầu'),
    requestedOn: l('Requested on', 'Ngày yêu cầu'),
    neededBy: l('Needed by', 'Cần trước ngày'),
    status: l('Status', 'Trạng thái'),
    backingKrId: l('Backing KR ID', 'KR đảm bảo'),
    response: l('Response', 'Phản hồi'),
    decidedBy: l('Decided by', 'Người quyết định'),
  },
  findings: {
    severity: l('Severity', 'Mức độ'),
    code: l('Code', 'Mã lỗi'),
    tab: l('Tab', 'Trang'),
    row: l('Row', 'Dòng'),
    id: l('ID', 'Mã'),
    message: l('Message', 'Nội dung'),
    suggestion: l('Suggestion', 'Gợi ý'),
    link: l('Link', 'Liên kết'),
  },
  reviews: {
    cycleId: l('Cycle ID', 'Mã chu kỳ'),
    objectiveId: l('Objective ID', 'Mã mục tiêu'),
    objective: l('Objective', 'Mục tiêu'),
    type: l('Type', 'Loại'),
    teamId: l('Team ID', 'Mã nhóm'),
    krId: l('KR ID', 'Mã KR'),
    keyResult: l('Key result', 'Kết quả then chốt'),
    finalValue: l('Final value', 'Giá trị cuối'),
    score: l('Score', 'Điểm'),
    verdict: l('Verdict', 'Đánh giá'),
    objectiveScore: l('Objective score', 'Điểm mục tiêu'),
    // The team's reflection: typed by people, never overwritten.
    learned: l('What we learned', 'Bài học rút ra'),
    keepChangeDrop: l('Keep / change / drop', 'Giữ / đổi / bỏ'),
  },
  // The Looker Studio data sources: stable snake_case English headers whatever the language (DESIGN.md §1).
  krWeekly: same(KR_WEEKLY_COLUMNS),
  checkinRate: same(CHECKIN_RATE_COLUMNS),
  log: {
    time: l('Time', 'Thời gian'),
    action: l('Action', 'Thao tác'),
    user: l('User', 'Người dùng'),
    outcome: l('Outcome', 'Kết quả'),
    counts: l('Counts', 'Số liệu'),
    error: l('Error', 'Lỗi'),
  },
} as const;

export type ColumnTab = keyof typeof COLUMN_LABELS;

/** Labels of the Settings keys (the Key column), in both languages. */
export const SETTING_LABELS = {
  companyName: l('Company name', 'Tên công ty'),
  language: l('Language', 'Ngôn ngữ'),
  timeZone: l('Time zone', 'Múi giờ'),
  cadence: l('Cadence', 'Nhịp chu kỳ'),
  checkInWeekday: l('Check-in weekday', 'Ngày cập nhật hằng tuần'),
  reminderHour: l('Reminder hour', 'Giờ nhắc nhở'),
  graceDays: l('Grace days', 'Số ngày gia hạn'),
  maxObjectives: l('Max objectives per team', 'Số mục tiêu tối đa mỗi nhóm'),
  minKrs: l('Min KRs per objective', 'Số KR tối thiểu mỗi mục tiêu'),
  maxKrs: l('Max KRs per objective', 'Số KR tối đa mỗi mục tiêu'),
  admins: l('Admins', 'Quản trị viên'),
  lookerReportUrl: l('Looker report URL', 'Báo cáo Looker Studio'),
} as const satisfies { readonly [K in SettingKey]: Label };

/**
 * The demo company of DESIGN.md §4: a Vietnamese software firm whose whole company pulls toward customer
 * retention, with Sales, Product, Marketing and Customer Service, a declined dependency (Sales needs three
 * features for existing customers; Product, chasing new customers, declines), two task-like KRs, and
 * people who stop checking in.
 */

export type DemoRow = Readonly<Record<string, string | number | Date>>;

export const DEMO_COMPANY = 'Công ty CP Giải pháp An Phát';
export const DEMO_DOMAIN = 'anphat.vn';
export const DEMO_TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** The demo lives through the weeks of Q4 2026 up to this day. */
export const DEMO_CYCLE = { id: 'Q4-2026', name: 'Quý 4/2026', start: '2026-10-01', end: '2026-12-31' } as const;

const email = (name: string) => `${name}@${DEMO_DOMAIN}`;

export const DEMO_TEAMS: readonly DemoRow[] = [
  { teamId: 'BGD', name: 'Ban Giám đốc', parentTeamId: '', leadEmail: email('minh.nguyen') },
  { teamId: 'KD', name: 'Kinh doanh', parentTeamId: 'BGD', leadEmail: email('lan.tran') },
  { teamId: 'SP', name: 'Sản phẩm', parentTeamId: 'BGD', leadEmail: email('hung.le') },
  { teamId: 'MKT', name: 'Marketing', parentTeamId: 'BGD', leadEmail: email('thu.pham') },
  { teamId: 'CSKH', name: 'Chăm sóc khách hàng', parentTeamId: 'BGD', leadEmail: email('mai.vo') },
];

export const DEMO_PEOPLE: readonly DemoRow[] = [
  { email: email('minh.nguyen'), name: 'Nguyễn Văn Minh', teamId: 'BGD', managerEmail: '', language: 'vi' },
  { email: email('lan.tran'), name: 'Trần Thị Lan', teamId: 'KD', managerEmail: email('minh.nguyen'), language: 'vi' },
  { email: email('quang.do'), name: 'Đỗ Minh Quang', teamId: 'KD', managerEmail: email('lan.tran'), language: 'vi' },
  { email: email('hoa.bui'), name: 'Bùi Thanh Hoa', teamId: 'KD', managerEmail: email('lan.tran'), language: 'vi' },
  { email: email('hung.le'), name: 'Lê Quốc Hùng', teamId: 'SP', managerEmail: email('minh.nguyen'), language: 'vi' },
  { email: email('an.dang'), name: 'Đặng Hoài An', teamId: 'SP', managerEmail: email('hung.le'), language: 'en' },
  { email: email('thu.pham'), name: 'Phạm Anh Thư', teamId: 'MKT', managerEmail: email('minh.nguyen'), language: 'vi' },
  { email: email('khoa.ngo'), name: 'Ngô Đăng Khoa', teamId: 'MKT', managerEmail: email('thu.pham'), language: 'vi' },
  { email: email('mai.vo'), name: 'Võ Ngọc Mai', teamId: 'CSKH', managerEmail: email('minh.nguyen'), language: 'vi' },
  // Tuấn has said No to the weekly wins digest: his mail keeps only what asks something of him.
  { email: email('tuan.huynh'), name: 'Huỳnh Anh Tuấn', teamId: 'CSKH', managerEmail: email('mai.vo'), language: 'vi', winsDigest: 'Không' },
];

export const DEMO_CYCLES: readonly DemoRow[] = [
  { cycleId: 'Q3-2026', name: 'Quý 3/2026', start: '2026-07-01', end: '2026-09-30', status: 'Đã đóng' },
  { cycleId: DEMO_CYCLE.id, name: DEMO_CYCLE.name, start: DEMO_CYCLE.start, end: DEMO_CYCLE.end, status: 'Đang diễn ra' },
];

export const DEMO_OBJECTIVES: readonly DemoRow[] = [
  {
    objectiveId: 'O1',
    cycleId: 'Q4-2026',
    level: 'Công ty',
    teamId: 'BGD',
    ownerEmail: email('minh.nguyen'),
    objective: 'Giữ chân khách hàng hiện tại: họ ở lại vì sản phẩm thật sự hữu ích',
    parentObjectiveId: '',
    type: 'Cam kết',
    status: 'Đang thực hiện',
  },
  {
    objectiveId: 'O2',
    cycleId: 'Q4-2026',
    level: 'Phòng ban',
    teamId: 'KD',
    ownerEmail: email('lan.tran'),
    objective: 'Tăng trưởng doanh thu từ khách hàng hiện tại',
    parentObjectiveId: 'O1',
    type: 'Cam kết',
    status: 'Đang thực hiện',
  },
  {
    objectiveId: 'O3',
    cycleId: 'Q4-2026',
    level: 'Phòng ban',
    teamId: 'SP',
    ownerEmail: email('hung.le'),
    objective: 'Thu hút khách hàng mới bằng gói sản phẩm cho doanh nghiệp nhỏ',
    parentObjectiveId: 'O1',
    type: 'Thách thức',
    status: 'Đang thực hiện',
  },
  {
    objectiveId: 'O4',
    cycleId: 'Q4-2026',
    level: 'Phòng ban',
    teamId: 'CSKH',
    ownerEmail: email('mai.vo'),
    objective: 'Khách hàng được hỗ trợ nhanh và hài lòng',
    parentObjectiveId: 'O1',
    type: 'Cam kết',
    status: 'Đang thực hiện',
  },
  {
    objectiveId: 'O5',
    cycleId: 'Q4-2026',
    level: 'Phòng ban',
    teamId: 'MKT',
    ownerEmail: email('thu.pham'),
    objective: 'Khách hàng hiện tại dùng nhiều tính năng hơn',
    parentObjectiveId: 'O1',
    type: 'Thách thức',
    status: 'Đang thực hiện',
  },
];

/**
 * `pace` is the fraction of the range reached per week; `skips` lists weeks (1-based) without a check-in,
 * `N+` meaning every week from N on (the person stopped checking in).
 */
export interface DemoKr extends DemoRow {
  readonly pace: number;
  readonly skips: string;
}

export const DEMO_KRS: readonly DemoKr[] = [
  {
    krId: 'KR1',
    objectiveId: 'O1',
    keyResult: 'Tăng tỷ lệ gia hạn hợp đồng từ 78% lên 90%',
    teamId: 'BGD',
    ownerEmail: email('minh.nguyen'),
    kind: 'Tăng',
    unit: '%',
    start: '78%',
    target: '90%',
    weight: 2,
    pace: 0.07,
    skips: '',
  },
  {
    krId: 'KR2',
    objectiveId: 'O1',
    keyResult: 'Giảm tỷ lệ khách hàng rời bỏ hằng tháng từ 3,5% xuống 2%',
    teamId: 'BGD',
    ownerEmail: email('minh.nguyen'),
    kind: 'Giảm',
    unit: '%',
    start: '3,5%',
    target: '2%',
    weight: 1,
    pace: 0.06,
    skips: '3',
  },
  {
    krId: 'KR3',
    objectiveId: 'O2',
    keyResult: 'Tăng doanh thu từ khách hàng hiện tại từ 4,3 tỷ lên 5,6 tỷ',
    teamId: 'KD',
    ownerEmail: email('lan.tran'),
    kind: 'Tăng',
    unit: 'VND',
    start: '4,3 tỷ',
    target: '5,6 tỷ',
    weight: 2,
    pace: 0.08,
    skips: '',
  },
  {
    krId: 'KR4',
    objectiveId: 'O2',
    keyResult: 'Đạt 40 hợp đồng bán thêm (upsell) trong quý',
    teamId: 'KD',
    ownerEmail: email('quang.do'),
    kind: 'Tăng',
    unit: 'hợp đồng',
    start: 0,
    target: 40,
    weight: 1,
    pace: 0.05,
    skips: '4+',
  },
  {
    krId: 'KR5',
    objectiveId: 'O2',
    keyResult: 'Gửi email cho khách hàng',
    teamId: 'KD',
    ownerEmail: email('hoa.bui'),
    kind: 'Cột mốc',
    unit: '',
    start: 0,
    target: 1,
    weight: 1,
    pace: 0,
    skips: '2+',
  },
  {
    krId: 'KR6',
    objectiveId: 'O3',
    keyResult: 'Tăng số khách hàng mới từ 120 lên 200',
    teamId: 'SP',
    ownerEmail: email('an.dang'),
    kind: 'Tăng',
    unit: 'khách hàng',
    start: 120,
    target: 200,
    weight: 1,
    pace: 0.09,
    skips: '5',
  },
  {
    krId: 'KR7',
    objectiveId: 'O3',
    keyResult: 'Ra mắt gói SME trên website',
    teamId: 'SP',
    ownerEmail: email('hung.le'),
    kind: 'Cột mốc',
    unit: '',
    start: 0,
    target: 1,
    weight: 1,
    pace: 0,
    skips: '',
  },
  {
    krId: 'KR8',
    objectiveId: 'O4',
    keyResult: 'Giảm thời gian phản hồi yêu cầu hỗ trợ từ 8 giờ xuống 2 giờ',
    teamId: 'CSKH',
    ownerEmail: email('tuan.huynh'),
    kind: 'Giảm',
    unit: 'giờ',
    start: 8,
    target: 2,
    weight: 1,
    pace: 0.1,
    skips: '',
  },
  {
    krId: 'KR9',
    objectiveId: 'O4',
    keyResult: 'Duy trì điểm hài lòng CSAT ở mức 4,5 trở lên',
    teamId: 'CSKH',
    ownerEmail: email('mai.vo'),
    kind: 'Duy trì',
    unit: 'điểm',
    start: 4.6,
    target: 4.5,
    weight: 1,
    pace: 0,
    skips: '6',
  },
  {
    krId: 'KR10',
    objectiveId: 'O5',
    keyResult: 'Tăng số khách hàng dùng từ 3 tính năng trở lên từ 35% lên 60%',
    teamId: 'MKT',
    ownerEmail: email('khoa.ngo'),
    kind: 'Tăng',
    unit: '%',
    start: '35%',
    target: '60%',
    weight: 2,
    pace: 0.06,
    skips: '2,5+',
  },
  {
    krId: 'KR11',
    objectiveId: 'O5',
    keyResult: 'Gặp gỡ phó giám đốc các khách hàng lớn',
    teamId: 'MKT',
    ownerEmail: email('thu.pham'),
    kind: 'Cột mốc',
    unit: '',
    start: 0,
    target: 1,
    weight: 1,
    pace: 0,
    skips: '1+',
  },
];

export const DEMO_DEPENDENCIES: readonly DemoRow[] = [
  {
    dependencyId: 'D1',
    requestingTeamId: 'KD',
    forId: 'KR3',
    providingTeamId: 'SP',
    request: 'Xây dựng 3 tính năng mà khách hàng hiện tại yêu cầu (báo cáo tùy chỉnh, phân quyền, xuất hóa đơn)',
    requestedOn: '2026-10-02',
    neededBy: '2026-11-15',
    status: 'Từ chối',
    backingKrId: '',
    response: 'Quý này đội Sản phẩm tập trung vào khách hàng mới (O3)',
    decidedBy: '',
  },
  {
    dependencyId: 'D2',
    requestingTeamId: 'CSKH',
    forId: 'KR8',
    providingTeamId: 'SP',
    request: 'Thêm mẫu trả lời nhanh vào công cụ hỗ trợ',
    requestedOn: '2026-10-05',
    neededBy: '2026-10-31',
    status: 'Chấp nhận',
    backingKrId: '',
    response: 'Đồng ý, làm trong tháng 10',
    decidedBy: email('hung.le'),
  },
];

export const DEMO_INITIATIVES: readonly DemoRow[] = [
  {
    initiativeId: 'I1',
    krId: 'KR1',
    initiative: 'Gọi điện cho khách hàng sắp hết hạn hợp đồng trước 60 ngày',
    ownerEmail: email('lan.tran'),
    priority: 1,
    status: 'Đang làm',
    reason: '',
  },
  {
    initiativeId: 'I2',
    krId: 'KR3',
    initiative: 'Gói bán thêm cho khách hàng dùng trên 2 năm',
    ownerEmail: email('quang.do'),
    priority: 1,
    status: 'Đang làm',
    reason: '',
  },
  {
    initiativeId: 'I3',
    krId: 'KR8',
    initiative: 'Bộ mẫu trả lời nhanh cho 20 câu hỏi thường gặp',
    ownerEmail: email('tuan.huynh'),
    priority: 1,
    status: 'Hoàn thành',
    reason: '',
  },
  {
    initiativeId: 'I4',
    krId: 'KR10',
    initiative: 'Chuỗi webinar hướng dẫn tính năng nâng cao',
    ownerEmail: email('khoa.ngo'),
    priority: 2,
    status: 'Dự kiến',
    reason: '',
  },
];

/** Whether the KR's owner skips the check-in of `week` (1-based). */
export function skipsWeek(kr: DemoKr, week: number): boolean {
  return kr.skips.split(',').some((token) => (token.endsWith('+') ? week >= Number(token.slice(0, -1)) : Number(token) === week));
}

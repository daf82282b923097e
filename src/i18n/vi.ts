/** Vietnamese messages: the same catalogue as en.ts. */
import type { Catalogue } from './en';

export const vi: Catalogue = {
  menu: {
    title: 'OKR',
    setup: 'Thiết lập / sửa bảng tính',
    refresh: 'Cập nhật tiến độ',
    checkIn: 'Cập nhật KR…',
    switchLanguage: 'English (đổi ngôn ngữ)',
  },
  settings: {
    companyName: 'Tên công ty, hiện trong e-mail và bản họp tuần.',
    language: 'Ngôn ngữ của bảng tính: vi hoặc en.',
    timeZone: 'Múi giờ của ngày tháng và nhắc nhở, ví dụ Asia/Ho_Chi_Minh.',
    cadence: 'Độ dài chu kỳ: quarter (quý), 2 weeks (2 tuần), month (tháng), hoặc custom (theo trang Chu kỳ).',
    checkInWeekday: 'Ngày cập nhật hằng tuần (Thứ Hai … Chủ Nhật).',
    reminderHour: 'Giờ chạy nhắc nhở hằng ngày, 0–23, theo múi giờ của bảng tính.',
    graceDays: 'Số ngày sau ngày cập nhật trước khi nhắc nhở được chuyển lên cấp trên.',
    maxObjectives: 'Tối đa số mục tiêu mỗi nhóm trong một chu kỳ.',
    minKrs: 'Tối thiểu số kết quả then chốt cho mỗi mục tiêu.',
    maxKrs: 'Tối đa số kết quả then chốt cho mỗi mục tiêu.',
    admins: 'E-mail được phép chạy thao tác quản trị, cách nhau bằng dấu phẩy.',
    lookerReportUrl: 'Địa chỉ báo cáo Looker Studio, khi đã tạo.',
  },
  weekdays: ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'],
  setup: {
    done: (created, repaired) =>
      created + repaired === 0
        ? 'Bảng tính đã đầy đủ: không có gì cần sửa.'
        : `Bảng tính đã sẵn sàng: tạo ${created} trang, sửa ${repaired} trang.`,
  },
  refresh: {
    done: (krs) => `Đã cập nhật tiến độ cho ${krs} kết quả then chốt.`,
  },
  language: {
    switched: 'Bảng tính đã chuyển sang tiếng Việt. Tiêu đề cột được đổi tên; dữ liệu giữ nguyên.',
  },
  sidebar: {
    title: 'Cập nhật KR',
    mine: 'KR của bạn',
    others: 'KR khác',
    search: 'Tìm theo KR, mục tiêu hoặc nhóm',
    value: 'Giá trị',
    confidence: 'Mức tự tin',
    progressNote: 'Tiến triển',
    problems: 'Vấn đề',
    plans: 'Kế hoạch',
    save: 'Cập nhật',
    saving: 'Đang lưu…',
    saved: 'Đã cập nhật',
    last: 'Gần nhất',
    never: 'chưa cập nhật lần nào',
    target: 'Chỉ tiêu',
    noKrs: 'Chưa có kết quả then chốt nào. Hãy thêm ở trang Kết quả then chốt.',
    loadFailed: 'Không tải được danh sách KR:',
    saveFailed: 'Chưa lưu được:',
  },
  checkIn: {
    saved: (n) => `Đã lưu ${n} bản cập nhật.`,
    valueRequired: (id) => `${id}: hãy nhập giá trị.`,
    notYours: (id) => `${id}: bạn chỉ cập nhật được KR của mình hoặc của nhóm mình.`,
    unreadableValue: (text) => `Không đọc được “${text}” là một con số: bản cập nhật được giữ lại nhưng chưa được tính.`,
    unknownKr: (id) => `Không có kết quả then chốt “${id}”: bản cập nhật được giữ lại nhưng chưa được tính.`,
  },
  errors: {
    busy: 'Có người khác đang cập nhật bảng tính. Vui lòng thử lại sau giây lát.',
    adminOnly: (email) => `Chỉ quản trị viên có tên trong Cài đặt mới làm được việc này (bạn là ${email || 'chưa đăng nhập'}).`,
    failed: (detail) => `Đã có lỗi: ${detail}. Xem chi tiết ở trang Nhật ký.`,
    missingTab: (tab) => `Thiếu trang “${tab}”. Hãy chạy “Thiết lập / sửa bảng tính”.`,
  },
  log: {
    ok: 'thành công',
    failed: 'thất bại',
    refused: 'từ chối',
  },
};

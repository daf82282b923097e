/** Vietnamese messages: the same catalogue as en.ts. */
import type { Catalogue } from './en';

export const vi: Catalogue = {
  menu: {
    title: 'OKR',
    setup: 'Thiết lập / sửa bảng tính',
    refresh: 'Cập nhật tiến độ',
    checkIn: 'Cập nhật KR…',
    switchLanguage: 'English (đổi ngôn ngữ)',
    remindersOn: 'Bật nhắc nhở hằng ngày',
    remindersOff: 'Tắt nhắc nhở hằng ngày',
    diagnostics: 'Kiểm tra hệ thống',
    previewReminders: 'Xem trước nhắc nhở',
    brief: 'Bản họp tuần…',
  },
  reminders: {
    turnedOn: (hour, timeZone, owner) =>
      `Đã bật nhắc nhở: mỗi ngày lúc ${hour}:00 (${timeZone}), gửi từ tài khoản của ${owner}.`,
    ownedByOther: (owner) =>
      `Nhắc nhở đã được bật từ tài khoản của ${owner}. Chỉ ${owner} mới tắt hoặc đổi được.`,
    turnedOff: 'Đã tắt nhắc nhở hằng ngày.',
    notOn: 'Nhắc nhở hằng ngày chưa được bật.',
  },
  preview: {
    title: 'Nhắc nhở sẽ được gửi hôm nay',
    summary: (planned, alreadySent, quota) =>
      `${planned} e-mail sẽ được gửi bây giờ; ${alreadySent} đã gửi trong tuần; hạn mức hôm nay còn ${quota} người nhận. Chưa gửi gì cả.`,
  },
  brief: {
    askTeam: 'Bản họp tuần: nhập mã nhóm để có bản của một nhóm, hoặc để trống cho cả công ty.',
    unknownTeam: (id) => `Không có nhóm “${id}” trong trang Nhóm.`,
    written: (name) => `Bản họp tuần của ${name} đã có ở trang Họp tuần.`,
    askMail: (count) => `Gửi bản họp tuần này cho ${count} thành viên của nhóm ngay bây giờ?`,
    mailed: (count) => `Đã gửi bản họp tuần cho ${count} người.`,
    company: 'cả công ty',
    subject: (company, name) => `${company ? `${company} · ` : ''}Họp OKR: ${name}`,
  },
  diagnostics: {
    title: 'Kiểm tra hệ thống',
    ok: 'ỔN',
    problem: 'CẦN XỬ LÝ',
    timeZones: (script, sheet, settings) => `Múi giờ: script ${script}, bảng tính ${sheet}, Cài đặt ${settings}.`,
    timeZonesDiffer: 'Các múi giờ khác nhau: nhắc nhở theo múi giờ trong Cài đặt; ngày nhập vào bảng tính theo múi giờ của bảng tính (Tệp → Cài đặt).',
    trigger: (owner, hour) => `Trình kích hoạt nhắc nhở chạy mỗi ngày lúc ${hour}:00 từ tài khoản của ${owner}.`,
    noTrigger: 'Chưa có trình kích hoạt nhắc nhở: hãy chọn “Bật nhắc nhở hằng ngày”.',
    triggerMissing: (owner) => `Không thấy trình kích hoạt đã ghi cho ${owner}: hãy tắt rồi bật lại nhắc nhở.`,
    duplicateTriggers: (count) => `Tài khoản của bạn có ${count} trình kích hoạt nhắc nhở: hãy tắt rồi bật lại để chỉ còn một.`,
    otherOwner: (owner) => `Trình kích hoạt thuộc về ${owner}: chỉ ${owner} nhìn thấy nó.`,
    mailQuota: (remaining) => `Hôm nay tài khoản của bạn còn gửi được cho ${remaining} người nhận.`,
    lock: 'Khóa tài liệu lấy được bình thường.',
    lockBusy: 'Khóa tài liệu đang bị một lượt chạy khác giữ.',
    tabs: 'Đủ các trang và cột.',
    tabMissing: (tab) => `Thiếu trang “${tab}”.`,
    columnsMissing: (tab, columns) => `Trang “${tab}” thiếu cột: ${columns}.`,
    webApp: (url) => `Trang cập nhật qua web: ${url}`,
    noWebApp: 'Chưa triển khai trang cập nhật qua web: e-mail chỉ dẫn tới bảng tính (xem README: “Check-in from the e-mail”).',
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

/** The words of the reminder e-mails: English defines the shape, Vietnamese satisfies it. */
import type { Lang } from './lang';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const remindersEn = {
  subject: {
    due: (krs: number) => `${plural(krs, 'key result needs', 'key results need')} this week's check-in`,
    overdue: (krs: number) => `Reminder: ${plural(krs, 'key result still has', 'key results still have')} no check-in this week`,
    lead: (krs: number, requests: number) =>
      [krs > 0 ? `${plural(krs, 'missing check-in', 'missing check-ins')} in your team` : '', requests > 0 ? `${plural(requests, 'request waits', 'requests wait')} for your answer` : '']
        .filter((part) => part !== '')
        .join('; '),
    escalation: (krs: number) => `${plural(krs, 'stale key result', 'stale key results')} in teams under yours`,
    wins: (wins: number) => `${plural(wins, 'win', 'wins')} across the company last week`,
  },
  /** Starts every subject: the company's name when Settings has one. */
  subjectPrefix: (company: string) => (company === '' ? 'OKR' : `${company} OKR`),
  greeting: (name: string) => `Hi ${name},`,
  intro: {
    due: (week: string) => `it is check-in day. These key results of yours have no check-in yet for the week of ${week}:`,
    overdue: (week: string) => `second reminder: these key results of yours still have no check-in for the week of ${week}. One minute each is enough:`,
    lead: (week: string) => `here is what your team still owes for the week of ${week}.`,
    escalation: (week: string) => `these key results of teams under yours have gone without a check-in for too long (week of ${week}). A word with their team may help:`,
    wins: (week: string) => `here are the wins of the week of ${week}, across every team. Well done to all of them!`,
  },
  section: {
    missing: 'Key results without a check-in',
    stale: 'Stale key results',
    dependencies: 'Requests waiting for your answer',
    wins: 'Wins',
  },
  column: {
    kr: 'Key result',
    objective: 'Objective',
    team: 'Team',
    value: 'Last value / target',
    progress: 'Progress',
    status: 'Status',
    expected: 'Expected from',
    lastCheckIn: 'Last check-in',
    links: 'Links',
    request: 'Request',
    requestingTeam: 'From team',
    forId: 'For',
    neededBy: 'Needed by',
  },
  never: 'never',
  noValue: '–',
  done: 'Done!',
  openRow: 'Open the row',
  checkIn: 'Check in',
  openSheet: 'Open the OKR workbook',
  more: (hidden: number) => `…and ${hidden} more, left out to keep this e-mail short: see them in the workbook.`,
  footer: (company: string) =>
    `Sent by OKR Sheets${company === '' ? '' : ` for ${company}`}. You receive it because you are listed in the People or Teams tab of the OKR workbook.`,
  date: (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
};

export type ReminderCatalogue = typeof remindersEn;

export const remindersVi: ReminderCatalogue = {
  subject: {
    due: (krs) => `${krs} kết quả then chốt cần cập nhật tuần này`,
    overdue: (krs) => `Nhắc lại: ${krs} kết quả then chốt vẫn chưa được cập nhật tuần này`,
    lead: (krs, requests) =>
      [krs > 0 ? `Nhóm của bạn còn ${krs} kết quả then chốt chưa cập nhật` : '', requests > 0 ? `${requests} yêu cầu đang chờ bạn phản hồi` : '']
        .filter((part) => part !== '')
        .join('; '),
    escalation: (krs) => `${krs} kết quả then chốt lâu chưa cập nhật ở các nhóm cấp dưới`,
    wins: (wins) => `${wins} thành tích của cả công ty trong tuần qua`,
  },
  subjectPrefix: (company) => (company === '' ? 'OKR' : `OKR ${company}`),
  greeting: (name) => `Chào ${name},`,
  intro: {
    due: (week) => `hôm nay là ngày cập nhật OKR. Các kết quả then chốt sau của bạn chưa được cập nhật cho tuần ${week}:`,
    overdue: (week) => `nhắc lần hai: các kết quả then chốt sau của bạn vẫn chưa được cập nhật cho tuần ${week}. Mỗi kết quả chỉ mất một phút:`,
    lead: (week) => `đây là những việc nhóm của bạn còn thiếu trong tuần ${week}.`,
    escalation: (week) => `các kết quả then chốt sau của các nhóm cấp dưới đã lâu chưa được cập nhật (tuần ${week}). Bạn có thể trao đổi với nhóm:`,
    wins: (week) => `đây là các thành tích của mọi nhóm trong tuần ${week}. Chúc mừng tất cả!`,
  },
  section: {
    missing: 'Kết quả then chốt chưa cập nhật',
    stale: 'Kết quả then chốt lâu chưa cập nhật',
    dependencies: 'Yêu cầu đang chờ bạn phản hồi',
    wins: 'Thành tích',
  },
  column: {
    kr: 'Kết quả then chốt',
    objective: 'Mục tiêu',
    team: 'Nhóm',
    value: 'Giá trị gần nhất / chỉ tiêu',
    progress: 'Tiến độ',
    status: 'Trạng thái',
    expected: 'Người cập nhật',
    lastCheckIn: 'Cập nhật gần nhất',
    links: 'Liên kết',
    request: 'Yêu cầu',
    requestingTeam: 'Nhóm yêu cầu',
    forId: 'Cho',
    neededBy: 'Cần trước ngày',
  },
  never: 'chưa bao giờ',
  noValue: '–',
  done: 'Hoàn thành!',
  openRow: 'Mở dòng',
  checkIn: 'Cập nhật',
  openSheet: 'Mở bảng tính OKR',
  more: (hidden) => `…và ${hidden} mục khác, không liệt kê để e-mail ngắn gọn: xem trong bảng tính.`,
  footer: (company) =>
    `Gửi từ OKR Sheets${company === '' ? '' : ` cho ${company}`}. Bạn nhận e-mail này vì có tên trong trang Nhân sự hoặc Nhóm của bảng tính OKR.`,
  date: (year, month, day) => `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`,
};

/** The reminder words of a language. */
export function reminderMessages(lang: Lang): ReminderCatalogue {
  return lang === 'vi' ? remindersVi : remindersEn;
}

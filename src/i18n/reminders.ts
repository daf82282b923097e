/** The words of the reminder e-mails: English defines the shape, Vietnamese satisfies it. */
import { en } from './en';
import type { Lang } from '../core/lang';
import { vi } from './vi';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const remindersEn = {
  /** One part per section of the mail, joined by ` · ` after the prefix. */
  subject: {
    due: (krs: number) => `${plural(krs, 'key result needs', 'key results need')} this week's check-in`,
    overdue: (krs: number) => `Reminder: ${plural(krs, 'key result still has', 'key results still have')} no check-in this week`,
    lead: (krs: number, requests: number) =>
      [
        krs > 0 ? `${plural(krs, 'missing check-in', 'missing check-ins')} in your team` : '',
        requests > 0 ? `${plural(requests, 'request waits', 'requests wait')} for your answer` : '',
      ]
        .filter((part) => part !== '')
        .join('; '),
    escalation: (krs: number) => `${plural(krs, 'stale key result', 'stale key results')} in teams under yours`,
    wins: (wins: number) => `${plural(wins, 'win', 'wins')} across the company last week`,
  },
  /** Starts every subject: the company's name when Settings has one. */
  subjectPrefix: (company: string) => (company === '' ? 'OKR' : `${company} OKR`),
  greeting: (name: string) => `Hi ${name},`,
  /** The sentence under each section's title. */
  intro: {
    due: (week: string) => `It is check-in day. These key results of yours have no check-in yet for the week of ${week}:`,
    overdue: (week: string) => `Second reminder: these key results of yours still have no check-in for the week of ${week}. One minute each is enough:`,
    lead: (week: string) => `What your team still owes for the week of ${week}:`,
    escalation: (week: string) =>
      `These key results of teams under yours have gone without a check-in for too long (week of ${week}). A word with their team may help:`,
    wins: (week: string) => `The wins of the week of ${week}, across every team. Well done to all of them!`,
  },
  section: {
    due: 'Your key results to check in',
    overdue: 'Still to check in',
    lead: "Your team's missing check-ins",
    dependencies: 'Requests waiting for your answer',
    escalation: 'Stale key results',
    wins: 'Wins',
  },
  /** Labels of the values of a line: table headers in HTML, `Label: value` in the plain text. */
  label: {
    kr: 'Key result',
    objective: 'Objective',
    team: 'Team',
    lastValue: 'Last value',
    target: 'Target',
    progress: 'Progress',
    status: 'Status',
    expected: 'Expected from',
    lastCheckIn: 'Last check-in',
    request: 'Request',
    requestingTeam: 'From team',
    forId: 'For',
    neededBy: 'Needed by',
    checkIn: 'Check in',
  },
  /** Values said in words when there is no figure. */
  missing: {
    value: 'no check-in yet',
    target: 'not set',
    progress: 'not computed yet',
    status: 'cannot be computed',
    expected: 'nobody named',
    date: 'not set',
    never: 'never',
  },
  /** A Maintain KR at its target: its status reads Done, but it must hold the target every week. */
  holding: 'Holding the target',
  done: 'Done!',
  progressChange: (before: string, after: string) => `${before} → ${after}`,
  /** The one way to check in: the web-app page, or the workbook with the menu path in words. */
  action: {
    checkIn: 'Check in now',
    checkInOne: (krId: string) => `Check in ${krId} now`,
    openSheet: 'Open the OKR workbook to check in',
    menuPath: (path: string) => `In the workbook, choose ${path} in the menu bar: your key results are listed first, with the last value filled in.`,
  },
  menuPath: `${en.menu.title} → ${en.menu.checkIn}`,
  workbook: 'The OKR workbook',
  staleTeam: (team: string, krs: number) => `${team}: ${plural(krs, 'stale key result', 'stale key results')}`,
  staleMore: (hidden: number, teams: string) => `…and ${hidden} more (${teams}): see the Key Results tab, status Stale.`,
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
    due: (week) => `Hôm nay là ngày cập nhật OKR. Các kết quả then chốt sau của bạn chưa được cập nhật cho tuần ${week}:`,
    overdue: (week) => `Nhắc lần hai: các kết quả then chốt sau của bạn vẫn chưa được cập nhật cho tuần ${week}. Mỗi kết quả chỉ mất một phút:`,
    lead: (week) => `Những việc nhóm của bạn còn thiếu trong tuần ${week}:`,
    escalation: (week) => `Các kết quả then chốt sau của các nhóm cấp dưới đã lâu chưa được cập nhật (tuần ${week}). Bạn có thể trao đổi với nhóm:`,
    wins: (week) => `Các thành tích của mọi nhóm trong tuần ${week}. Chúc mừng tất cả!`,
  },
  section: {
    due: 'Kết quả then chốt của bạn cần cập nhật',
    overdue: 'Vẫn chưa cập nhật',
    lead: 'Nhóm của bạn còn thiếu cập nhật',
    dependencies: 'Yêu cầu đang chờ bạn phản hồi',
    escalation: 'Kết quả then chốt lâu chưa cập nhật',
    wins: 'Thành tích',
  },
  label: {
    kr: 'Kết quả then chốt',
    objective: 'Mục tiêu',
    team: 'Nhóm',
    lastValue: 'Giá trị gần nhất',
    target: 'Chỉ tiêu',
    progress: 'Tiến độ',
    status: 'Trạng thái',
    expected: 'Người cập nhật',
    lastCheckIn: 'Cập nhật gần nhất',
    request: 'Yêu cầu',
    requestingTeam: 'Nhóm yêu cầu',
    forId: 'Cho',
    neededBy: 'Cần trước ngày',
    checkIn: 'Cập nhật',
  },
  missing: {
    value: 'chưa cập nhật lần nào',
    target: 'chưa đặt',
    progress: 'chưa tính được',
    status: 'không tính được',
    expected: 'chưa có người phụ trách',
    date: 'chưa đặt',
    never: 'chưa bao giờ',
  },
  holding: 'Đang giữ mức chỉ tiêu',
  done: 'Hoàn thành!',
  progressChange: (before, after) => `${before} → ${after}`,
  action: {
    checkIn: 'Cập nhật ngay',
    checkInOne: (krId) => `Cập nhật ${krId} ngay`,
    openSheet: 'Mở bảng tính OKR để cập nhật',
    menuPath: (path) => `Trong bảng tính, chọn ${path} trên thanh menu: các kết quả then chốt của bạn hiện đầu tiên, kèm giá trị gần nhất.`,
  },
  menuPath: `${vi.menu.title} → ${vi.menu.checkIn}`,
  workbook: 'Bảng tính OKR',
  staleTeam: (team, krs) => `${team}: ${krs} kết quả then chốt lâu chưa cập nhật`,
  staleMore: (hidden, teams) => `…và ${hidden} kết quả khác (${teams}): xem trang Kết quả then chốt, trạng thái Lâu chưa cập nhật.`,
  more: (hidden) => `…và ${hidden} mục khác, không liệt kê để e-mail ngắn gọn: xem trong bảng tính.`,
  footer: (company) =>
    `Gửi từ OKR Sheets${company === '' ? '' : ` cho ${company}`}. Bạn nhận e-mail này vì có tên trong trang Nhân sự hoặc Nhóm của bảng tính OKR.`,
  date: (year, month, day) => `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`,
};

/** The reminder words of a language. */
export function reminderMessages(lang: Lang): ReminderCatalogue {
  return lang === 'vi' ? remindersVi : remindersEn;
}

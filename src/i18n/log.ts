/**
 * The words of the Log tab (issue 14): what each action, outcome and count is called for a person, in both
 * languages. The program writes an action's label, never its identifier, and finds the identifier again
 * from the label (actionOfLabel), whatever language the row was written in: a label→identifier map over
 * both languages, rather than an identifier tucked into another cell, keeps every cell readable and the
 * Error and Counts columns for what they say. What that costs: a label is then part of the Log's contract,
 * like a column label, so a reworded label must keep its old wording as an alias here, or older rows would
 * lose their identity. The test of this module fails when two actions would read alike.
 */
import type { Label, Lang } from '../core/lang';
import type { ReminderKind } from '../core/reminder-plan';

const l = (en: string, vi: string): Label => ({ en, vi });

type ReminderAction = `reminder:${ReminderKind}`;

/** One label per reminder kind (the mail sections of core/reminder-plan.ts). */
const REMINDER_ACTION_LABELS: { readonly [A in ReminderAction]: Label } = {
  'reminder:due': l('Reminder: check-in due', 'Nhắc: đến hạn cập nhật'),
  'reminder:overdue': l('Reminder: overdue', 'Nhắc: quá hạn'),
  'reminder:lead': l('Reminder: team digest', 'Nhắc: tổng hợp cho trưởng nhóm'),
  'reminder:escalation': l('Reminder: escalation', 'Nhắc: báo cấp trên'),
  'reminder:wins': l('Digest: wins', 'Bản tin: thành tích'),
};

/** Every action the program writes in the Log, by the identifier the code names it with. */
export const ACTION_LABELS = {
  setup: l('Set up / repair workbook', 'Thiết lập / sửa bảng tính'),
  switchLanguage: l('Switch language', 'Đổi ngôn ngữ'),
  refresh: l('Refresh progress', 'Cập nhật tiến độ'),
  check: l('Check alignment & quality', 'Kiểm tra liên kết & chất lượng'),
  summary: l('Refresh summary & dashboard', 'Cập nhật tổng hợp & tổng quan'),
  looker: l('Open in Looker Studio', 'Mở bằng Looker Studio'),
  previewReminders: l('Preview reminders', 'Xem trước nhắc nhở'),
  diagnostics: l('Diagnostics', 'Kiểm tra hệ thống'),
  remindersOn: l('Turn on daily reminders', 'Bật nhắc nhở hằng ngày'),
  remindersOff: l('Turn off daily reminders', 'Tắt nhắc nhở hằng ngày'),
  brief: l('Weekly brief', 'Bản họp tuần'),
  startCycle: l('Start next cycle', 'Bắt đầu chu kỳ mới'),
  closeCycle: l('Close cycle & review', 'Đóng chu kỳ & đánh giá'),
  gateOverride: l('Gate overridden', 'Bỏ qua cổng kiểm tra'),
  reviewPack: l('Review pack sent', 'Gửi gói đánh giá'),
  packRun: l('Review packs run', 'Lượt gửi gói đánh giá'),
  dailyTrigger: l('Daily run', 'Chạy hằng ngày'),
  dailyContinue: l('Daily run (continued)', 'Chạy hằng ngày (tiếp)'),
  'checkIn:sidebar': l('Check-in (sidebar)', 'Cập nhật KR (thanh bên)'),
  'checkIn:email': l('Check-in (e-mail link)', 'Cập nhật KR (liên kết e-mail)'),
  initiative: l('Initiative change', 'Thay đổi sáng kiến'),
  archiveCycles: l('Archive closed cycles', 'Lưu trữ các chu kỳ đã đóng'),
  archiveContinue: l('Archive closed cycles (continued)', 'Lưu trữ các chu kỳ đã đóng (tiếp)'),
  ...REMINDER_ACTION_LABELS,
};

/** The identifier of an action the Log records; a name without a label does not type-check. */
export type LogAction = keyof typeof ACTION_LABELS;

/**
 * Counts that are records, not figures: written as `name=value` in every language, so that the ledger and
 * the initiative history parse the same from rows of either language and from rows written before the Log
 * was translated. Each is the whole Counts cell of its row (sheet/log.ts ledgerCounts, actions/initiative-log.ts),
 * which is what their readers check: a prefix found further in (in a cycle ID someone typed, say) is not a record.
 */
export const RECORD_COUNTS: ReadonlySet<string> = new Set(['key', 'change']);

/** Outcomes the program writes as identifiers (the runner's ok / failed / refused come translated: en.ts `log`). */
export const OUTCOME_LABELS: Readonly<Record<string, Label>> = {
  sent: l('sent', 'đã gửi'),
  written: l('written', 'đã ghi'),
  override: l('overridden', 'đã bỏ qua'),
  // The field an initiative change is about (core/initiative-history.ts).
  priority: l('priority', 'ưu tiên'),
  status: l('status', 'trạng thái'),
  added: l('added', 'thêm mới'),
  removed: l('removed', 'đã xoá'),
};

/** The names of the counts actions report (ActionOutcome.counts, the daily run's tally). */
export const COUNT_LABELS: Readonly<Record<string, Label>> = {
  krs: l('KRs', 'KR'),
  checkIns: l('check-ins', 'lượt cập nhật'),
  initiativeChanges: l('initiative changes', 'thay đổi sáng kiến'),
  briefs: l('briefs', 'bản họp tuần'),
  krWeeks: l('KR weeks', 'dòng KR theo tuần'),
  teamWeeks: l('team weeks', 'dòng nhóm theo tuần'),
  sent: l('mails sent', 'e-mail đã gửi'),
  deferred: l('deferred', 'để lần sau'),
  alreadySent: l('already sent', 'đã gửi trước đó'),
  planned: l('planned', 'dự kiến gửi'),
  mailed: l('mailed', 'đã gửi'),
  due: l('due', 'đến hạn'),
  overdue: l('overdue', 'quá hạn'),
  lead: l('team digests', 'tổng hợp trưởng nhóm'),
  escalation: l('escalations', 'báo cấp trên'),
  wins: l('wins digests', 'bản tin thành tích'),
  packs: l('review packs', 'gói đánh giá'),
  packsWaiting: l('review packs waiting', 'gói đánh giá chờ gửi'),
  waiting: l('waiting', 'chờ gửi'),
  journalled: l('moved from the journal', 'chuyển từ nhật ký tạm'),
  stamped: l('stamped', 'đã đóng dấu'),
  continues: l('continuations', 'lượt chạy tiếp'),
  leased: l('sending lease', 'giữ quyền gửi'),
  score: l('score', 'điểm'),
  errors: l('errors', 'lỗi'),
  warnings: l('warnings', 'cảnh báo'),
  infos: l('notes', 'ghi chú'),
  problems: l('problems', 'vấn đề'),
  saved: l('saved', 'đã lưu'),
  refused: l('refused', 'bị từ chối'),
  refreshFailed: l('refresh failed', 'cập nhật lỗi'),
  added: l('added', 'đã thêm'),
  created: l('created', 'đã tạo'),
  repaired: l('repaired', 'đã sửa'),
  relabelled: l('relabelled', 'đã đổi nhãn'),
  reviews: l('reviews', 'đánh giá'),
  carried: l('carried over', 'chuyển sang chu kỳ mới'),
  cycle: l('cycle', 'chu kỳ'),
};

/** The action as a person reads it; an entry journalled by an older version may name one this version lacks. */
export function actionLabel(action: LogAction, lang: Lang): string {
  const label: Label | undefined = ACTION_LABELS[action];
  return label ? label[lang] : action;
}

/** The outcome as a person reads it: an identifier's label, any other text (already translated) as it is. */
export function outcomeLabel(outcome: string, lang: Lang): string {
  return OUTCOME_LABELS[outcome]?.[lang] ?? outcome;
}

/** A count's name; one without a label keeps its identifier (a test runs the actions and finds none). */
export function countLabel(key: string, lang: Lang): string {
  return COUNT_LABELS[key]?.[lang] ?? key;
}

/** Case, accents' composition and spaces are not what tells two labels apart (a cell may be retyped). */
const normal = (text: string): string => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

const BY_TEXT: ReadonlyMap<string, LogAction> = (() => {
  const map = new Map<string, LogAction>();
  for (const action of Object.keys(ACTION_LABELS) as LogAction[]) {
    // The identifier too: rows written before the Log spoke the workbook's language hold it.
    for (const text of [action, ACTION_LABELS[action].en, ACTION_LABELS[action].vi]) map.set(normal(text), action);
  }
  return map;
})();

/** The action an Action cell names, in either language or as an identifier; null for any other text. */
export function actionOfLabel(text: string): LogAction | null {
  return BY_TEXT.get(normal(text)) ?? null;
}

const COUNT_BY_TEXT: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const key of Object.keys(COUNT_LABELS)) {
    for (const text of [key, COUNT_LABELS[key]!.en, COUNT_LABELS[key]!.vi]) map.set(normal(text), key);
  }
  return map;
})();

/** The count a name in a Counts cell stands for, in either language or as an identifier; null for any other text. */
export function countOfLabel(text: string): string | null {
  return COUNT_BY_TEXT.get(normal(text)) ?? null;
}

/**
 * A Counts cell read back as identifiers and values, whatever language it was written in (or in the form
 * before translation): `{ krs: '11', initiativeChanges: '0' }`; a record cell gives its one record. Names it
 * does not know are kept as written.
 */
export function countsOf(text: string): Record<string, string> {
  const cell = text.trim();
  for (const name of RECORD_COUNTS) if (cell.startsWith(`${name}=`)) return { [name]: cell.slice(name.length + 1) };
  const out: Record<string, string> = {};
  for (const part of cell.split(/ · |, /)) {
    // `name=value` before translation (its names are identifiers, never with a space), `label: value` after.
    const legacy = /^([A-Za-z]+)=(.*)$/.exec(part);
    const at = part.indexOf(': ');
    const [name, value] = legacy ? [legacy[1]!, legacy[2]!] : at > 0 ? [part.slice(0, at), part.slice(at + 2)] : [part, ''];
    if (name !== '') out[countOfLabel(name) ?? name] = value.trim();
  }
  return out;
}

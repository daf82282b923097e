/** The message and suggestion of every finding code, in English and Vietnamese, worded from the finding's params. */
import type { Finding, FindingCode, FindingOf, FindingParamsOf, Severity } from '../core/finding';
import { CHOICES } from './choices';
import { messages } from './index';
import type { Lang } from './lang';
import { COLUMN_LABELS, SETTING_LABELS, TAB_LABELS, type Label, type TabKey } from './tabs';

export interface FindingText {
  readonly message: string;
  readonly suggestion: string;
}

/** The wording of one code: its finding arrives with that code's params. */
type Render<C extends FindingCode> = (f: FindingOf<C>) => FindingText;

/** What people typed is quoted in messages up to this many characters: a cell holds at most 50,000. */
const QUOTE_CHARS = 300;
const str = (value: string | number | undefined): string => {
  const text = String(value ?? '');
  return text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS - 1)}…` : text;
};

/** Numbers as each language writes them: `4.300.000.000` and `0,95` in vi, `4,300,000,000` and `0.95` in en. */
export function formatNumber(value: string | number | undefined, lang: Lang): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return String(value ?? '');
  const [whole = '', fraction] = String(Number(Math.abs(value).toFixed(6))).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'vi' ? '.' : ',');
  return (value < 0 ? '-' : '') + grouped + (fraction ? (lang === 'vi' ? ',' : '.') + fraction : '');
}

const tabName = (tab: string, lang: Lang): string => (TAB_LABELS as Record<string, Label>)[tab]?.[lang] ?? tab;
const columnName = (tab: TabKey, column: string, lang: Lang): string =>
  (COLUMN_LABELS as Record<string, Record<string, Label> | undefined>)[tab]?.[column]?.[lang] ?? column;
/** The column a finding names by key (its `column` param), as the tab labels it. */
const col = (f: Pick<Finding, 'tab'> & { readonly params: { readonly column: string } }, lang: Lang): string => columnName(f.tab, str(f.params.column), lang);
/** `Objective ID` → `objective ID` inside a sentence, but `KR ID` stays. */
const inSentence = (label: string): string => (/^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label);
const choice = (kind: keyof typeof CHOICES, value: string, lang: Lang): string => (CHOICES[kind] as Record<string, Label | undefined>)[value]?.[lang] ?? value;
/** `2026-04-24` as vi writes it, `24/04/2026`. */
const date = (iso: string, lang: Lang): string => (lang === 'vi' ? iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3/$2/$1') : iso);
const levelOrder = (lang: Lang): string =>
  Object.keys(CHOICES.level)
    .map((l) => choice('level', l, lang))
    .join(' > ');
const CHOICE_COLUMNS = ['level', 'kind', 'type', 'status', 'confidence', 'source'];
/** The order EMPTY_WORKBOOK suggests, as checkEmpty (core/checks.ts) picks the first empty one. */
const FILL_TABS = ['people', 'teams', 'cycles', 'objectives', 'keyResults'];

/** What each problem of an unreadable cell makes of it, and its fix; MISSING is MISSING_FIELD's, worded there. */
const PROBLEM_WORDS: Readonly<Record<Exclude<FindingParamsOf['INVALID_VALUE']['problem'], 'MISSING'>, Readonly<Record<Lang, readonly [string, string]>>>> = {
  INVALID_NUMBER: {
    en: ['which is not a number', 'Type a number, e.g. 4.3 billion, 5,600,000,000, 85% or 12 million.'],
    vi: ['không phải một con số', 'Nhập một con số, ví dụ 4,3 tỷ, 5.600.000.000, 85% hoặc 12 triệu.'],
  },
  INVALID_DATE: {
    en: ['which is not a valid date', 'Type a date such as 2026-03-31 or 31 Mar 2026.'],
    vi: ['không phải một ngày hợp lệ', 'Nhập ngày theo dạng 31/03/2026.'],
  },
  DATE_OUT_OF_RANGE: {
    en: [
      'a date before 2000 or after 2100: most likely a bare number in a date cell, which Sheets counts in days from 1899',
      'Type the whole date, e.g. 2026-03-31 or 31 Mar 2026.',
    ],
    vi: [
      'một ngày trước năm 2000 hoặc sau năm 2100: có lẽ ô ngày chỉ được nhập một con số, mà Sheets tính thành số ngày kể từ năm 1899',
      'Nhập đủ ngày, tháng, năm, ví dụ 31/03/2026.',
    ],
  },
  FORMULA: {
    en: ['a formula: this cell takes a typed value only, so its result is not used', 'Type the value itself, e.g. 42 rather than =40+2.'],
    vi: ['một công thức: ô này chỉ nhận giá trị nhập tay nên kết quả công thức không được dùng', 'Nhập thẳng giá trị, ví dụ 42 thay vì =40+2.'],
  },
  FUTURE_DATE: {
    en: ['a time still to come', 'Check the date and time of this check-in: it counts only once that day has come.'],
    vi: ['một thời điểm chưa tới', 'Kiểm tra lại ngày giờ của bản cập nhật này: nó chỉ được tính khi đã tới ngày đó.'],
  },
  INVALID_EMAIL: {
    en: ['which is not a valid e-mail address', 'Type one e-mail address, e.g. an.nguyen@company.com.'],
    vi: ['không phải một địa chỉ e-mail hợp lệ', 'Nhập một địa chỉ e-mail, ví dụ an.nguyen@congty.vn.'],
  },
  NOT_ALLOWED: {
    en: [
      'who may not check in this key result (not its owner, not in its team, not an admin)',
      "This check-in is kept but not counted: the owner or a member of the KR's team checks it in.",
    ],
    vi: [
      'là người không được cập nhật kết quả then chốt này (không phụ trách, không thuộc nhóm, không phải quản trị viên)',
      'Bản cập nhật này được giữ lại nhưng không được tính: người phụ trách hoặc thành viên nhóm của KR cần cập nhật.',
    ],
  },
  INVALID_CHOICE: {
    en: ['which is not one of the choices', 'Pick a value from the drop-down list.'],
    vi: ['không phải một lựa chọn trong danh sách', 'Chọn một giá trị trong danh sách thả xuống.'],
  },
};

/** What happens to a check-in with an unreadable or missing cell: every report leaves it out (workbook-read). */
const keptNotCounted = (lang: Lang): string => (lang === 'vi' ? ' Bản cập nhật được giữ lại nhưng chưa được tính.' : ' The check-in is kept but not counted.');

/** A required cell the sheet left blank (a check-in's Timestamp), read as a problem: the row is kept, not counted. */
const unfilledCheckIn = (f: FindingOf<'MISSING_FIELD'>, lang: Lang): string =>
  'problem' in f.params && f.params.problem === 'MISSING' ? keptNotCounted(lang) : '';

function settingName(column: string, lang: Lang): string {
  const key = str(column);
  return (SETTING_LABELS as Record<string, Label | undefined>)[key]?.[lang] ?? key;
}

function invalidValue(f: FindingOf<'INVALID_VALUE'>, lang: Lang): FindingText {
  const [what, fix] = PROBLEM_WORDS[f.params.problem === 'MISSING' ? 'INVALID_CHOICE' : f.params.problem][lang];
  const input = str(f.params.input);
  if (f.tab === 'settings') {
    const key = str(f.params.column);
    const setting = settingName(f.params.column, lang);
    const described = (messages(lang).settings as Record<string, string | undefined>)[key] ?? fix;
    return lang === 'vi'
      ? {
          message: `Cài đặt “${setting}” (dòng ${f.row}) ghi “${input}”, không phải một giá trị hợp lệ: giá trị mặc định được dùng thay.`,
          suggestion: described,
        }
      : { message: `The setting “${setting}” (row ${f.row}) says “${input}”, which is not a valid value: the default applies instead.`, suggestion: described };
  }
  const header = str(f.params.header) || col(f, lang);
  const kept = f.tab === 'checkIns' ? keptNotCounted(lang) : '';
  return lang === 'vi'
    ? { message: `Ô ${header} (dòng ${f.row}) ghi “${input}”, ${what}.${kept}`, suggestion: fix }
    : { message: `${header} (row ${f.row}) says “${input}”, ${what}.${kept}`, suggestion: fix };
}

function missingFix(f: FindingOf<'MISSING_FIELD'>, lang: Lang): string {
  const column = str(f.params.column);
  const name = inSentence(col(f, lang));
  if (f.tab === 'keyResults' && (column === 'start' || column === 'target')) {
    return lang === 'vi'
      ? 'Nhập giá trị đầu và chỉ tiêu bằng con số, ví dụ từ 4,3 tỷ lên 5,6 tỷ: thiếu số thì không tính được tiến độ.'
      : 'Enter the starting figure and the target as numbers, e.g. from 4.3 billion to 5.6 billion: without them progress cannot be computed.';
  }
  if (f.tab === 'checkIns' && column === 'timestamp') {
    return lang === 'vi'
      ? `Ghi ngày giờ cập nhật vào ô ${name} dưới dạng ngày giờ, ví dụ 05/10/2026 09:00, hoặc cập nhật lại qua menu “${messages('vi').menu.title} › ${messages('vi').menu.checkIn}”.`
      : `Enter the date and time of the check-in in ${name} as a date-time, e.g. 2026-10-05 09:00, or check in again from the menu “${messages('en').menu.title} › ${messages('en').menu.checkIn}”.`;
  }
  if (CHOICE_COLUMNS.indexOf(column) >= 0) {
    return lang === 'vi' ? `Chọn ${name} trong danh sách thả xuống.` : `Pick the ${name} from the drop-down list.`;
  }
  return lang === 'vi' ? `Điền ${name} cho dòng này.` : `Fill in the ${name} of this row.`;
}

function unknownReference(f: FindingOf<'UNKNOWN_REFERENCE'>, lang: Lang): FindingText {
  const ref = str(f.params.ref);
  const name = col(f, lang);
  const refTab = tabName(f.params.refTab, lang);
  if (f.params.refTab === 'people') {
    return lang === 'vi'
      ? {
          message: `${name} “${ref}” (dòng ${f.row}) không có trong trang ${refTab}.`,
          suggestion: `Thêm người này vào trang ${refTab}, hoặc sửa lại địa chỉ e-mail.`,
        }
      : { message: `${name} “${ref}” (row ${f.row}) is not in ${refTab}.`, suggestion: `Add this person to ${refTab}, or correct the address.` };
  }
  if (f.params.column === 'forId') {
    return lang === 'vi'
      ? {
          message: `Ô ${name} (dòng ${f.row}) ghi “${ref}”, nhưng không có mục tiêu hay KR nào mang mã này.`,
          suggestion: 'Ghi mã của mục tiêu hoặc KR mà yêu cầu này phục vụ.',
        }
      : {
          message: `${name} (row ${f.row}) says “${ref}”, but no objective or key result has that ID.`,
          suggestion: 'Write the ID of the objective or key result this request serves.',
        };
  }
  return lang === 'vi'
    ? {
        message: `Ô ${name} (dòng ${f.row}) ghi “${ref}”, nhưng trang ${refTab} không có mã này.`,
        suggestion: `Sửa thành một mã có trong trang ${refTab}, hoặc thêm dòng còn thiếu vào trang đó.`,
      }
    : {
        message: `${name} (row ${f.row}) says “${ref}”, but ${refTab} has no such ID.`,
        suggestion: `Use an ID that exists in ${refTab}, or add the missing row there.`,
      };
}

/** A KR as a Vietnamese sentence names it: `KR6` as is, `DT-1` as `KR DT-1`. */
const krName = (id: string): string => (/^kr/i.test(id) ? id : `KR ${id}`);

/** The team as a sentence names it: `Sản phẩm (SP)` when its name is known, else its ID. */
const team = (name: string, id: string): string => (name ? `${name} (${id})` : id);

function declinedFix(f: FindingOf<'DEPENDENCY_DECLINED'>, lang: Lang): string {
  const who = str(f.params.decider);
  const decidedBy = columnName('dependencies', 'decidedBy', lang);
  switch (f.params.via) {
    case 'objective':
      return lang === 'vi'
        ? `Người quyết định là ${who}, người phụ trách ${str(f.params.objectiveId)}, mục tiêu chung thấp nhất mà cả hai nhóm cùng hướng tới. Khi đã quyết, ghi e-mail người quyết định vào ô ${decidedBy}.`
        : `${who} decides: they own ${str(f.params.objectiveId)}, the lowest objective both teams align to. Once decided, write their e-mail in ${decidedBy}.`;
    case 'team':
      return lang === 'vi'
        ? `Người quyết định là ${who}, trưởng nhóm ${str(f.params.teamId)}, nhóm cấp trên chung gần nhất của hai nhóm. Khi đã quyết, ghi e-mail người quyết định vào ô ${decidedBy}.`
        : `${who} decides: they lead ${str(f.params.teamId)}, the lowest team above both teams. Once decided, write their e-mail in ${decidedBy}.`;
    default:
      return lang === 'vi'
        ? `Hai nhóm không có mục tiêu chung hay nhóm cấp trên chung: hãy nhờ ban lãnh đạo quyết định, rồi ghi e-mail người quyết định vào ô ${decidedBy}.`
        : `The teams share no objective and no parent team: ask the leadership to decide, then write who decided in ${decidedBy}.`;
  }
}

function notMeasurable(f: FindingOf<'KR_NOT_MEASURABLE'>, lang: Lang): FindingText {
  const vi = lang === 'vi';
  switch (f.params.reason) {
    case 'sameStartTarget':
      return vi
        ? {
            message: `${krName(f.id)} có giá trị đầu bằng chỉ tiêu (${formatNumber(f.params.start, lang)}): không có tiến độ nào để đo.`,
            suggestion: 'Ghi mức hiện tại vào Giá trị đầu và mức muốn đạt vào Chỉ tiêu; nếu chỉ cần giữ mức này, chọn kiểu Duy trì.',
          }
        : {
            message: `Key result ${f.id} starts at its target (${formatNumber(f.params.start, lang)}): there is no progress to measure.`,
            suggestion: 'Put today’s level in Start and the level to reach in Target; if the point is to hold this level, choose the kind Maintain.',
          };
    case 'direction':
      return vi
        ? {
            message: `${krName(f.id)} là kiểu ${choice('krKind', str(f.params.kind), 'vi')} nhưng chỉ tiêu (${formatNumber(f.params.target, lang)}) đi ngược giá trị đầu (${formatNumber(f.params.start, lang)}).`,
            suggestion: 'Đổi kiểu KR (Tăng ↔ Giảm) hoặc sửa lại giá trị đầu và chỉ tiêu.',
          }
        : {
            message: `Key result ${f.id} is ${choice('krKind', str(f.params.kind), 'en')} but its target (${formatNumber(f.params.target, lang)}) lies the other way from its start (${formatNumber(f.params.start, lang)}).`,
            suggestion: 'Change the kind (Increase ↔ Decrease) or fix Start and Target.',
          };
    case 'milestoneBlank':
      return vi
        ? {
            message: `KR cột mốc ${f.id} chưa có giá trị đầu hoặc chỉ tiêu nên không chấm điểm được.`,
            suggestion: 'Với KR cột mốc, ghi 0 vào Giá trị đầu và 1 vào Chỉ tiêu, rồi cập nhật 1 khi đạt mốc.',
          }
        : {
            message: `Milestone key result ${f.id} has no start or no target, so it cannot be scored.`,
            suggestion: 'For a milestone, write 0 in Start and 1 in Target, and check in 1 once it is reached.',
          };
    default:
      return vi
        ? { message: `${krName(f.id)} không có con số nào để đo.`, suggestion: 'Thêm giá trị đầu và chỉ tiêu bằng con số, ví dụ “từ 4,3 tỷ lên 5,6 tỷ”.' }
        : {
            message: `Key result ${f.id} has no figure to measure.`,
            suggestion: 'Add a start and a target as numbers, e.g. “from 4.3 billion to 5.6 billion”.',
          };
  }
}

function stale(f: FindingOf<'STALE_KR'>, lang: Lang): FindingText {
  const days = str(f.params.days);
  const last = date(str(f.params.lastCheckIn), lang);
  const vi = lang === 'vi';
  const message =
    days === ''
      ? vi
        ? `${krName(f.id)} lâu rồi chưa được cập nhật.`
        : `Key result ${f.id} has not been checked in for a long time.`
      : last === ''
        ? vi
          ? `${krName(f.id)} chưa được cập nhật lần nào, đã ${days} ngày từ đầu chu kỳ.`
          : `Key result ${f.id} has never been checked in, ${days} days into the cycle.`
        : vi
          ? `${krName(f.id)} đã ${days} ngày chưa được cập nhật (lần gần nhất: ${last}).`
          : `Key result ${f.id} has not been checked in for ${days} days (last: ${last}).`;
  return {
    message,
    suggestion: vi
      ? 'Người phụ trách hãy cập nhật giá trị mới nhất và mức tự tin trong tuần này, kể cả khi chưa có tiến triển.'
      : 'Its owner should check in the latest value and confidence this week, even when nothing moved.',
  };
}

/** Each code's words, from the params core/finding.ts types for it (FindingParamsOf); when each is found is documented where it is made. */
export const FINDING_TEXT: { readonly [C in FindingCode]: Readonly<Record<Lang, Render<C>>> } = {
  DUPLICATE_ID: {
    en: (f) =>
      f.tab === 'settings'
        ? {
            message: `The setting “${settingName(f.params.column, 'en')}” has a second row (row ${f.row}; the first is row ${str(f.params.firstRow)}): only the first counts${f.id === 'admins' ? ', and for Admins neither is trusted: the last valid list applies' : ''}.`,
            suggestion: 'Delete the second row.',
          }
        : {
            message: `${col(f, 'en')} “${f.id}” in row ${f.row} repeats row ${str(f.params.firstRow)}.`,
            suggestion: `Give each row its own ${inSentence(col(f, 'en'))}: change this one, or delete the row if it is a copy.`,
          },
    vi: (f) =>
      f.tab === 'settings'
        ? {
            message: `Cài đặt “${settingName(f.params.column, 'vi')}” có dòng thứ hai (dòng ${f.row}; dòng đầu là dòng ${str(f.params.firstRow)}): chỉ dòng đầu được tính${f.id === 'admins' ? ', và với Quản trị viên thì không dòng nào được tin: danh sách hợp lệ gần nhất được dùng' : ''}.`,
            suggestion: 'Hãy xóa dòng thứ hai.',
          }
        : {
            message: `${col(f, 'vi')} “${f.id}” ở dòng ${f.row} trùng với dòng ${str(f.params.firstRow)}.`,
            suggestion: `Mỗi dòng cần một ${inSentence(col(f, 'vi'))} riêng: đổi lại ở dòng này, hoặc xóa dòng nếu đó là bản sao.`,
          },
  },
  MISSING_FIELD: {
    en: (f) =>
      f.tab === 'settings'
        ? {
            message: `The setting “${settingName(f.params.column, 'en')}” has no row in Settings: its default applies.`,
            suggestion: 'Run “Set up / repair workbook” to add the row back with its default, then change it if needed.',
          }
        : { message: `${col(f, 'en')} (row ${f.row} of ${tabName(f.tab, 'en')}) is empty.${unfilledCheckIn(f, 'en')}`, suggestion: missingFix(f, 'en') },
    vi: (f) =>
      f.tab === 'settings'
        ? {
            message: `Cài đặt “${settingName(f.params.column, 'vi')}” không có dòng nào trong trang Cài đặt: giá trị mặc định được dùng.`,
            suggestion: 'Chạy “Thiết lập / sửa bảng tính” để thêm lại dòng này với giá trị mặc định, rồi sửa nếu cần.',
          }
        : {
            message: `Ô ${col(f, 'vi')} (dòng ${f.row}, trang ${tabName(f.tab, 'vi')}) đang để trống.${unfilledCheckIn(f, 'vi')}`,
            suggestion: missingFix(f, 'vi'),
          },
  },
  MISSING_TAB: {
    en: (f) => ({
      message: `The tab “${tabName(f.tab, 'en')}” is missing: what it holds cannot be checked or counted.`,
      suggestion: 'Run “Set up / repair workbook”: it recreates missing tabs and keeps every other tab as it is.',
    }),
    vi: (f) => ({
      message: `Không tìm thấy trang “${tabName(f.tab, 'vi')}”: không kiểm tra hay tính được nội dung của trang này.`,
      suggestion: 'Chạy “Thiết lập / sửa bảng tính”: chức năng này tạo lại trang bị thiếu và giữ nguyên các trang khác.',
    }),
  },
  DUPLICATE_TAB: {
    en: (f) => ({
      message: `More than one tab is “${tabName(f.tab, 'en')}”: “${str(f.params.read)}” is read and “${str(f.params.ignored)}” is not, so its rows count nowhere.`,
      suggestion: 'Move the rows into one tab and rename or delete the other.',
    }),
    vi: (f) => ({
      message: `Có hơn một trang là “${tabName(f.tab, 'vi')}”: trang “${str(f.params.read)}” được đọc, còn “${str(f.params.ignored)}” thì không, nên các dòng ở đó không được tính.`,
      suggestion: 'Hãy gộp các dòng về một trang, rồi đổi tên hoặc xóa trang kia.',
    }),
  },
  UNKNOWN_REFERENCE: { en: (f) => unknownReference(f, 'en'), vi: (f) => unknownReference(f, 'vi') },
  INVALID_VALUE: { en: (f) => invalidValue(f, 'en'), vi: (f) => invalidValue(f, 'vi') },
  ORPHAN_OBJECTIVE: {
    en: (f) => ({
      message: str(f.params.parentCycleId)
        ? `Objective ${f.id} aligns to ${str(f.params.parentId)} of cycle ${str(f.params.parentCycleId)}, another cycle, so it aligns to nothing in its own cycle.`
        : `Objective ${f.id} does not align to any higher objective.`,
      suggestion: `In ${columnName('objectives', 'parentObjectiveId', 'en')}, write the ID of the company or department objective of this cycle that it contributes to.`,
    }),
    vi: (f) => ({
      message: str(f.params.parentCycleId)
        ? `Mục tiêu ${f.id} gắn với ${str(f.params.parentId)} của chu kỳ ${str(f.params.parentCycleId)}, khác chu kỳ, nên chưa gắn với mục tiêu cấp trên nào của chu kỳ này.`
        : `Mục tiêu ${f.id} không gắn với mục tiêu cấp trên nào.`,
      suggestion: `Ở ô ${columnName('objectives', 'parentObjectiveId', 'vi')}, ghi mã của mục tiêu công ty hoặc phòng ban (cùng chu kỳ) mà mục tiêu này góp phần đạt được.`,
    }),
  },
  PARENT_CYCLE: {
    en: (f) =>
      f.tab === 'teams'
        ? {
            message: `Teams are each other's parent in a loop: ${str(f.params.path)}.`,
            suggestion: `Fix ${columnName('teams', 'parentTeamId', 'en')} so that the chain of parent teams climbs to the top without coming back.`,
          }
        : {
            message: `Objectives align to each other in a loop: ${str(f.params.path)}.`,
            suggestion: `Fix ${columnName('objectives', 'parentObjectiveId', 'en')} so that the chain of parents climbs to a company objective without coming back.`,
          },
    vi: (f) =>
      f.tab === 'teams'
        ? {
            message: `Các nhóm làm nhóm cha của nhau theo vòng tròn: ${str(f.params.path)}.`,
            suggestion: `Sửa ô ${columnName('teams', 'parentTeamId', 'vi')} để chuỗi nhóm cha đi lên đến cấp cao nhất mà không quay lại.`,
          }
        : {
            message: `Các mục tiêu gắn vòng tròn với nhau: ${str(f.params.path)}.`,
            suggestion: `Sửa ô ${columnName('objectives', 'parentObjectiveId', 'vi')} để chuỗi mục tiêu cha đi lên đến một mục tiêu cấp Công ty mà không quay lại.`,
          },
  },
  LEVEL_ORDER: {
    en: (f) => ({
      message: `Objective ${f.id} (${choice('level', str(f.params.level), 'en')}) aligns to ${str(f.params.parentId)}, a ${choice('level', str(f.params.parentLevel), 'en')} objective; a parent must be at a higher level.`,
      suggestion: `Align ${f.id} to an objective of a higher level (${levelOrder('en')}), or correct the level of one of them.`,
    }),
    vi: (f) => ({
      message: `Mục tiêu ${f.id} (cấp ${choice('level', str(f.params.level), 'vi')}) gắn với ${str(f.params.parentId)} ở cấp ${choice('level', str(f.params.parentLevel), 'vi')}; mục tiêu cha phải ở cấp cao hơn.`,
      suggestion: `Gắn ${f.id} với một mục tiêu ở cấp cao hơn (${levelOrder('vi')}), hoặc sửa lại cấp của một trong hai mục tiêu.`,
    }),
  },
  UNSUPPORTED_OBJECTIVE: {
    en: (f) => ({
      message: `No objective of cycle ${str(f.params.cycleId)} aligns to company objective ${f.id}.`,
      suggestion: `Each company objective needs at least one department or team objective under it; if ${f.id} is no longer a priority, set it to ${choice('objectiveStatus', 'Dropped', 'en')}.`,
    }),
    vi: (f) => ({
      message: `Chưa có mục tiêu nào trong chu kỳ ${str(f.params.cycleId)} gắn với mục tiêu công ty ${f.id}.`,
      suggestion: `Mỗi mục tiêu công ty cần ít nhất một mục tiêu phòng ban hoặc nhóm gắn vào; nếu ${f.id} không còn là ưu tiên, hãy chuyển sang ${choice('objectiveStatus', 'Dropped', 'vi')}.`,
    }),
  },
  TOO_MANY_OBJECTIVES: {
    en: (f) => ({
      message: `Team ${str(f.params.teamId)} has ${str(f.params.count)} objectives in cycle ${str(f.params.cycleId)}, over the limit of ${str(f.params.max)}.`,
      suggestion: `Focus: keep the ${str(f.params.max)} that matter most and move the rest to ${choice('objectiveStatus', 'Draft', 'en')} or to the next cycle.`,
    }),
    vi: (f) => ({
      message: `Nhóm ${str(f.params.teamId)} có ${str(f.params.count)} mục tiêu trong chu kỳ ${str(f.params.cycleId)}, vượt giới hạn ${str(f.params.max)}.`,
      suggestion: `Tập trung: giữ ${str(f.params.max)} mục tiêu quan trọng nhất, chuyển phần còn lại sang ${choice('objectiveStatus', 'Draft', 'vi')} hoặc để cho chu kỳ sau.`,
    }),
  },
  TOO_MANY_KRS: {
    en: (f) => ({
      message: `Objective ${f.id} has ${str(f.params.count)} key results, more than the maximum of ${str(f.params.max)}.`,
      suggestion: 'Keep the KRs that measure what matters most; the rest are better written as initiatives.',
    }),
    vi: (f) => ({
      message: `Mục tiêu ${f.id} có ${str(f.params.count)} KR, nhiều hơn mức tối đa ${str(f.params.max)}.`,
      suggestion: 'Giữ những KR đo đúng điều quan trọng nhất; phần còn lại nên ghi thành sáng kiến.',
    }),
  },
  TOO_FEW_KRS: {
    en: (f) => ({
      message: `Objective ${f.id} has only ${str(f.params.count)} key result(s), fewer than the minimum of ${str(f.params.min)}.`,
      suggestion: 'Add a KR so that the objective is measured from more than one side, e.g. quantity and quality.',
    }),
    vi: (f) => ({
      message: `Mục tiêu ${f.id} chỉ có ${str(f.params.count)} KR, ít hơn mức tối thiểu ${str(f.params.min)}.`,
      suggestion: 'Thêm KR để đo mục tiêu từ nhiều phía, ví dụ một KR về số lượng và một KR về chất lượng.',
    }),
  },
  OBJECTIVE_WITHOUT_KR: {
    en: (f) => ({
      message: `Objective ${f.id} has no key result.`,
      suggestion: `Add measurable key results in ${tabName('keyResults', 'en')}: without them the objective cannot be scored.`,
    }),
    vi: (f) => ({
      message: `Mục tiêu ${f.id} chưa có kết quả then chốt nào.`,
      suggestion: `Thêm các KR đo được vào trang ${tabName('keyResults', 'vi')}: không có KR thì không chấm điểm được mục tiêu.`,
    }),
  },
  KR_TASK_LIKE: {
    en: (f) => ({
      message: `Key result ${f.id} describes a task, not a result${str(f.params.title) ? `: “${str(f.params.title)}”` : ''}.`,
      suggestion: str(f.params.rewrite)
        ? `Rewrite it as an outcome, e.g. “${str(f.params.rewrite)}”.`
        : 'Rewrite it as an outcome: increase, reduce or reach a figure, “from X to Y”.',
    }),
    vi: (f) => ({
      message: `${krName(f.id)} mô tả một việc cần làm, không phải một kết quả${str(f.params.title) ? `: “${str(f.params.title)}”` : ''}.`,
      suggestion: str(f.params.rewrite)
        ? `Viết lại thành kết quả, ví dụ: “${str(f.params.rewrite)}”.`
        : 'Viết lại thành kết quả: tăng, giảm hoặc đạt một con số, “từ X lên Y”.',
    }),
  },
  KR_NOT_MEASURABLE: { en: (f) => notMeasurable(f, 'en'), vi: (f) => notMeasurable(f, 'vi') },
  KR_NO_OWNER: {
    en: (f) => ({
      message: `Key result ${f.id} has neither a team nor an owner.`,
      suggestion: 'Write the owning team’s ID (a team-owned KR: the team wins or fails together) or the e-mail of the person who updates it.',
    }),
    vi: (f) => ({
      message: `${krName(f.id)} chưa có nhóm hay người nào phụ trách.`,
      suggestion: 'Ghi mã nhóm chịu trách nhiệm (KR của nhóm: cả nhóm cùng thắng, cùng thua) hoặc e-mail người cập nhật.',
    }),
  },
  DEPENDENCY_UNANSWERED: {
    en: (f) => ({
      message: `Request ${f.id} to team ${team(str(f.params.providingTeam), str(f.params.providingTeamId))} has waited ${str(f.params.days)} days without an answer.`,
      suggestion: `${str(f.params.lead) ? `${str(f.params.lead)}, lead of ${str(f.params.providingTeamId)},` : `The lead of ${str(f.params.providingTeamId)}`} should accept, counter or decline it.${str(f.params.decider) ? ` Without an answer, ${str(f.params.decider)} decides.` : ''}`,
    }),
    vi: (f) => ({
      message: `Yêu cầu ${f.id} gửi nhóm ${team(str(f.params.providingTeam), str(f.params.providingTeamId))} đã chờ ${str(f.params.days)} ngày mà chưa có phản hồi.`,
      suggestion: `${str(f.params.lead) ? `${str(f.params.lead)} (trưởng nhóm ${str(f.params.providingTeamId)})` : `Trưởng nhóm ${str(f.params.providingTeamId)}`} cần chấp nhận, đề xuất lại hoặc từ chối yêu cầu này.${str(f.params.decider) ? ` Nếu vẫn không có phản hồi, ${str(f.params.decider)} sẽ quyết định.` : ''}`,
    }),
  },
  DEPENDENCY_DECLINED: {
    en: (f) => ({
      message: `Team ${str(f.params.providingTeamId)} declined request ${f.id} from team ${str(f.params.requestingTeamId)}${str(f.params.request) ? ` (“${str(f.params.request)}”)` : ''}.${str(f.params.decider) ? ` ${str(f.params.decider)} decides.` : ''}`,
      suggestion: declinedFix(f, 'en'),
    }),
    vi: (f) => ({
      message: `Nhóm ${str(f.params.providingTeamId)} đã từ chối yêu cầu ${f.id} của nhóm ${str(f.params.requestingTeamId)}${str(f.params.request) ? ` (“${str(f.params.request)}”)` : ''}.${str(f.params.decider) ? ` Người quyết định: ${str(f.params.decider)}.` : ''}`,
      suggestion: declinedFix(f, 'vi'),
    }),
  },
  DEPENDENCY_UNBACKED: {
    en: (f) =>
      str(f.params.reason) === 'otherTeam'
        ? {
            message: `Backing KR ${str(f.params.backingKrId)} of request ${f.id} belongs to team ${str(f.params.backingTeamId) || '?'}, not to the providing team ${str(f.params.providingTeamId)}.`,
            suggestion: `In ${columnName('dependencies', 'backingKrId', 'en')}, name a KR of team ${str(f.params.providingTeamId)} itself.`,
          }
        : {
            message: `Team ${str(f.params.providingTeamId)} accepted request ${f.id}, but none of its KRs backs it.`,
            suggestion: `Team ${str(f.params.providingTeamId)} should add a KR for it and write its ID in ${columnName('dependencies', 'backingKrId', 'en')}: a promise without a KR is easily forgotten.`,
          },
    vi: (f) =>
      str(f.params.reason) === 'otherTeam'
        ? {
            message: `KR đảm bảo ${str(f.params.backingKrId)} của yêu cầu ${f.id} thuộc nhóm ${str(f.params.backingTeamId) || '?'}, không phải nhóm cung cấp ${str(f.params.providingTeamId)}.`,
            suggestion: `Ở ô ${columnName('dependencies', 'backingKrId', 'vi')}, ghi mã một KR của chính nhóm ${str(f.params.providingTeamId)}.`,
          }
        : {
            message: `Nhóm ${str(f.params.providingTeamId)} đã chấp nhận yêu cầu ${f.id} nhưng chưa có KR nào của nhóm đảm bảo việc này.`,
            suggestion: `Nhóm ${str(f.params.providingTeamId)} nên thêm một KR cho việc này và ghi mã vào ô ${columnName('dependencies', 'backingKrId', 'vi')}: cam kết không gắn với KR rất dễ bị bỏ quên.`,
          },
  },
  STALE_KR: { en: (f) => stale(f, 'en'), vi: (f) => stale(f, 'vi') },
  MISSING_COLUMN: {
    en: (f) => ({
      message: `${tabName(f.tab, 'en')} has no column “${col(f, 'en')}”: its header was renamed or deleted, so that column of every row reads as empty.`,
      suggestion: `Rename the header back to “${col(f, 'en')}” (or “${col(f, 'vi')}”), or run “Set up / repair workbook” to add the column.`,
    }),
    vi: (f) => ({
      message: `Trang ${tabName(f.tab, 'vi')} không có cột “${col(f, 'vi')}”: tiêu đề cột đã bị đổi tên hoặc bị xóa nên cột này ở mọi dòng đều được coi là trống.`,
      suggestion: `Đổi tiêu đề về lại “${col(f, 'vi')}” (hoặc “${col(f, 'en')}”), hoặc chạy “Thiết lập / sửa bảng tính” để thêm lại cột.`,
    }),
  },
  EMPTY_WORKBOOK: {
    en: (f) => ({
      message: `The workbook has no objectives or key results yet, so there is nothing to score. Start with ${tabName(f.params.next, 'en')}.`,
      suggestion: `Fill in, in this order: ${FILL_TABS.map((t) => tabName(t, 'en')).join(', then ')}.`,
    }),
    vi: (f) => ({
      message: `Bảng tính chưa có mục tiêu hay kết quả then chốt nào nên chưa có gì để chấm điểm. Hãy bắt đầu từ trang ${tabName(f.params.next, 'vi')}.`,
      suggestion: `Điền lần lượt: ${FILL_TABS.map((t) => tabName(t, 'vi')).join(', rồi ')}.`,
    }),
  },
  SEVERAL_ACTIVE_CYCLES: {
    en: (f) => ({
      message: `Cycle ${f.id} (row ${f.row}) is active too, beside ${str(f.params.runningId)}: reports, the brief, reminders and Close cycle follow ${str(f.params.runningId)}, the one that started last.`,
      suggestion: `Keep one cycle ${choice('cycleStatus', 'Active', 'en')}: set the other to ${choice('cycleStatus', 'Planning', 'en')} or ${choice('cycleStatus', 'Closed', 'en')}.`,
    }),
    vi: (f) => ({
      message: `Chu kỳ ${f.id} (dòng ${f.row}) cũng đang chạy, song song với ${str(f.params.runningId)}: báo cáo, bản tóm tắt, nhắc nhở và chức năng đóng chu kỳ đều theo ${str(f.params.runningId)}, chu kỳ bắt đầu muộn nhất.`,
      suggestion: `Chỉ để một chu kỳ ở trạng thái ${choice('cycleStatus', 'Active', 'vi')}: chuyển chu kỳ còn lại sang ${choice('cycleStatus', 'Planning', 'vi')} hoặc ${choice('cycleStatus', 'Closed', 'vi')}.`,
    }),
  },
  CYCLE_ENDS_BEFORE_START: {
    en: (f) => ({
      message: `Cycle ${f.id} (row ${f.row}) ends on ${date(str(f.params.end), 'en')}, before it starts on ${date(str(f.params.start), 'en')}: no day falls inside it.`,
      suggestion: `Check ${columnName('cycles', 'start', 'en')} and ${columnName('cycles', 'end', 'en')}: they may be swapped, or one year may be wrong.`,
    }),
    vi: (f) => ({
      message: `Chu kỳ ${f.id} (dòng ${f.row}) kết thúc ngày ${date(str(f.params.end), 'vi')}, trước ngày bắt đầu ${date(str(f.params.start), 'vi')}: không có ngày nào nằm trong chu kỳ.`,
      suggestion: `Kiểm tra lại ô ${columnName('cycles', 'start', 'vi')} và ${columnName('cycles', 'end', 'vi')}: có thể hai ngày bị đảo, hoặc nhập sai năm.`,
    }),
  },
  TARGETS_TOO_SAFE: {
    en: (f) => ({
      message: `Team ${str(f.params.teamId)} averaged ${formatNumber(f.params.previousScore, 'en')} in ${str(f.params.previousCycleId)} and ${formatNumber(f.params.lastScore, 'en')} in ${str(f.params.lastCycleId)}: are its targets too safe?`,
      suggestion: `Next cycle, set some ${choice('objectiveType', 'Aspirational', 'en')} objectives, where 0.7 already counts as success.`,
    }),
    vi: (f) => ({
      message: `Nhóm ${str(f.params.teamId)} đạt điểm trung bình ${formatNumber(f.params.previousScore, 'vi')} ở chu kỳ ${str(f.params.previousCycleId)} và ${formatNumber(f.params.lastScore, 'vi')} ở chu kỳ ${str(f.params.lastCycleId)}: mục tiêu có đang quá an toàn?`,
      suggestion: `Chu kỳ tới, hãy đặt thêm mục tiêu loại ${choice('objectiveType', 'Aspirational', 'vi')}, nơi đạt 0,7 đã là thành công.`,
    }),
  },
  GRID_NEAR_LIMIT: {
    en: (f) => ({
      message: `The workbook's grids hold ${formatNumber(f.params.used, 'en')} cells, ${formatNumber(f.params.percent, 'en')}% of the ${formatNumber(f.params.limit, 'en')} a Google spreadsheet may have; the largest tab is “${str(f.params.largest)}” (${formatNumber(f.params.largestCells, 'en')} cells).`,
      suggestion: `Run “${messages('en').menu.setup}” to trim empty columns, and delete the tabs, rows and columns no one needs: empty cells count too. At ${formatNumber(f.params.limit, 'en')} cells Sheets refuses new rows, and check-ins can no longer be saved.`,
    }),
    vi: (f) => ({
      message: `Lưới các trang của bảng tính có ${formatNumber(f.params.used, 'vi')} ô, bằng ${formatNumber(f.params.percent, 'vi')}% giới hạn ${formatNumber(f.params.limit, 'vi')} ô của một bảng tính Google; trang lớn nhất là “${str(f.params.largest)}” (${formatNumber(f.params.largestCells, 'vi')} ô).`,
      suggestion: `Chạy “${messages('vi').menu.setup}” để bỏ các cột trống, và xóa những trang, dòng, cột không ai cần: ô trống cũng được tính. Khi đủ ${formatNumber(f.params.limit, 'vi')} ô, Sheets không cho thêm dòng mới và không lưu được bản cập nhật tiến độ nữa.`,
    }),
  },
};

/**
 * The message and suggestion of a finding in a workbook language.
 * @example findingText({ code: 'ORPHAN_OBJECTIVE', severity: 'warning', tab: 'objectives', row: 9, id: 'O7', params: {} }, 'vi').message // 'Mục tiêu O7 không gắn với mục tiêu cấp trên nào.'
 */
export function findingText<C extends FindingCode>(finding: FindingOf<C>, lang: Lang): FindingText {
  // Generic over the code so that the text looked up by `finding.code` is the one typed for its params.
  return FINDING_TEXT[finding.code][lang](finding);
}

const SEVERITY_LABELS: Readonly<Record<Severity, Label>> = {
  error: { en: 'Error', vi: 'Lỗi' },
  warning: { en: 'Warning', vi: 'Cảnh báo' },
  info: { en: 'Info', vi: 'Thông tin' },
};

/**
 * The label of a severity.
 * @example severityLabel('warning', 'vi') // 'Cảnh báo'
 */
export function severityLabel(severity: Severity, lang: Lang): string {
  return SEVERITY_LABELS[severity][lang];
}

/** The Vietnamese message and suggestion of every finding code, worded from the finding's params (the shape of findings-en.ts). */
import type { FindingOf, FindingParamsOf } from '../core/finding';
import {
  CHOICE_COLUMNS,
  choice,
  col,
  columnName,
  FILL_TABS,
  type FindingCatalogue,
  type FindingText,
  formatNumber,
  inSentence,
  levelOrder,
  settingName,
  str,
  tabName,
  team,
  unfilledCheckIn,
} from './finding-words';
import { vi } from './vi';

/** What each problem of an unreadable cell makes of it, and its fix; MISSING is MISSING_FIELD's, worded there. */
const PROBLEM_WORDS: Readonly<Record<Exclude<FindingParamsOf['INVALID_VALUE']['problem'], 'MISSING'>, readonly [string, string]>> = {
  INVALID_NUMBER: ['không phải một con số', 'Nhập một con số, ví dụ 4,3 tỷ, 5.600.000.000, 85% hoặc 12 triệu.'],
  INVALID_DATE: ['không phải một ngày hợp lệ', 'Nhập ngày theo dạng 31/03/2026.'],
  DATE_OUT_OF_RANGE: [
    'một ngày trước năm 2000 hoặc sau năm 2100: có lẽ ô ngày chỉ được nhập một con số, mà Sheets tính thành số ngày kể từ năm 1899',
    'Nhập đủ ngày, tháng, năm, ví dụ 31/03/2026.',
  ],
  FORMULA: ['một công thức: ô này chỉ nhận giá trị nhập tay nên kết quả công thức không được dùng', 'Nhập thẳng giá trị, ví dụ 42 thay vì =40+2.'],
  FUTURE_DATE: ['một thời điểm chưa tới', 'Kiểm tra lại ngày giờ của bản cập nhật này: nó chỉ được tính khi đã tới ngày đó.'],
  INVALID_EMAIL: ['không phải một địa chỉ e-mail hợp lệ', 'Nhập một địa chỉ e-mail, ví dụ an.nguyen@congty.vn.'],
  NOT_ALLOWED: [
    'là người không được cập nhật kết quả then chốt này (không phụ trách, không thuộc nhóm, không phải quản trị viên)',
    'Bản cập nhật này được giữ lại nhưng không được tính: người phụ trách hoặc thành viên nhóm của KR cần cập nhật.',
  ],
  INVALID_CHOICE: ['không phải một lựa chọn trong danh sách', 'Chọn một giá trị trong danh sách thả xuống.'],
};

/** What happens to a check-in with an unreadable or missing cell: every report leaves it out (workbook-read). */
const KEPT_NOT_COUNTED = ' Bản cập nhật được giữ lại nhưng chưa được tính.';

/** `2026-04-24` as Vietnamese writes it, `24/04/2026`. */
const date = (iso: string): string => iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3/$2/$1');

/** A KR as a Vietnamese sentence names it: `KR6` as is, `DT-1` as `KR DT-1`. */
const krName = (id: string): string => (/^kr/i.test(id) ? id : `KR ${id}`);

function invalidValue(f: FindingOf<'INVALID_VALUE'>): FindingText {
  const [what, fix] = PROBLEM_WORDS[f.params.problem === 'MISSING' ? 'INVALID_CHOICE' : f.params.problem];
  const input = str(f.params.input);
  if (f.tab === 'settings') {
    const setting = settingName(f.params.column, 'vi');
    const described = (vi.settings as Record<string, string | undefined>)[str(f.params.column)] ?? fix;
    return {
      message: `Cài đặt “${setting}” (dòng ${f.row}) ghi “${input}”, không phải một giá trị hợp lệ: giá trị mặc định được dùng thay.`,
      suggestion: described,
    };
  }
  const header = str(f.params.header) || col(f, 'vi');
  const kept = f.tab === 'checkIns' ? KEPT_NOT_COUNTED : '';
  return { message: `Ô ${header} (dòng ${f.row}) ghi “${input}”, ${what}.${kept}`, suggestion: fix };
}

function missingFix(f: FindingOf<'MISSING_FIELD'>): string {
  const column = str(f.params.column);
  const name = inSentence(col(f, 'vi'));
  if (f.tab === 'keyResults' && (column === 'start' || column === 'target')) {
    return 'Nhập giá trị đầu và chỉ tiêu bằng con số, ví dụ từ 4,3 tỷ lên 5,6 tỷ: thiếu số thì không tính được tiến độ.';
  }
  if (f.tab === 'checkIns' && column === 'timestamp') {
    return `Ghi ngày giờ cập nhật vào ô ${name} dưới dạng ngày giờ, ví dụ 05/10/2026 09:00, hoặc cập nhật lại qua menu “${vi.menu.title} › ${vi.menu.checkIn}”.`;
  }
  if (CHOICE_COLUMNS.indexOf(column) >= 0) return `Chọn ${name} trong danh sách thả xuống.`;
  return `Điền ${name} cho dòng này.`;
}

function unknownReference(f: FindingOf<'UNKNOWN_REFERENCE'>): FindingText {
  const ref = str(f.params.ref);
  const name = col(f, 'vi');
  const refTab = tabName(f.params.refTab, 'vi');
  if (f.params.refTab === 'people') {
    return {
      message: `${name} “${ref}” (dòng ${f.row}) không có trong trang ${refTab}.`,
      suggestion: `Thêm người này vào trang ${refTab}, hoặc sửa lại địa chỉ e-mail.`,
    };
  }
  if (f.params.column === 'forId') {
    return {
      message: `Ô ${name} (dòng ${f.row}) ghi “${ref}”, nhưng không có mục tiêu hay KR nào mang mã này.`,
      suggestion: 'Ghi mã của mục tiêu hoặc KR mà yêu cầu này phục vụ.',
    };
  }
  return {
    message: `Ô ${name} (dòng ${f.row}) ghi “${ref}”, nhưng trang ${refTab} không có mã này.`,
    suggestion: `Sửa thành một mã có trong trang ${refTab}, hoặc thêm dòng còn thiếu vào trang đó.`,
  };
}

function declinedFix(f: FindingOf<'DEPENDENCY_DECLINED'>): string {
  const who = str(f.params.decider);
  const decidedBy = columnName('dependencies', 'decidedBy', 'vi');
  switch (f.params.via) {
    case 'objective':
      return `Người quyết định là ${who}, người phụ trách ${str(f.params.objectiveId)}, mục tiêu chung thấp nhất mà cả hai nhóm cùng hướng tới. Khi đã quyết, ghi e-mail người quyết định vào ô ${decidedBy}.`;
    case 'team':
      return `Người quyết định là ${who}, trưởng nhóm ${str(f.params.teamId)}, nhóm cấp trên chung gần nhất của hai nhóm. Khi đã quyết, ghi e-mail người quyết định vào ô ${decidedBy}.`;
    default:
      return `Hai nhóm không có mục tiêu chung hay nhóm cấp trên chung: hãy nhờ ban lãnh đạo quyết định, rồi ghi e-mail người quyết định vào ô ${decidedBy}.`;
  }
}

function notMeasurable(f: FindingOf<'KR_NOT_MEASURABLE'>): FindingText {
  switch (f.params.reason) {
    case 'sameStartTarget':
      return {
        message: `${krName(f.id)} có giá trị đầu bằng chỉ tiêu (${formatNumber(f.params.start, 'vi')}): không có tiến độ nào để đo.`,
        suggestion: 'Ghi mức hiện tại vào Giá trị đầu và mức muốn đạt vào Chỉ tiêu; nếu chỉ cần giữ mức này, chọn kiểu Duy trì.',
      };
    case 'direction':
      return {
        message: `${krName(f.id)} là kiểu ${choice('krKind', str(f.params.kind), 'vi')} nhưng chỉ tiêu (${formatNumber(f.params.target, 'vi')}) đi ngược giá trị đầu (${formatNumber(f.params.start, 'vi')}).`,
        suggestion: 'Đổi kiểu KR (Tăng ↔ Giảm) hoặc sửa lại giá trị đầu và chỉ tiêu.',
      };
    case 'milestoneBlank':
      return {
        message: `KR cột mốc ${f.id} chưa có giá trị đầu hoặc chỉ tiêu nên không chấm điểm được.`,
        suggestion: 'Với KR cột mốc, ghi 0 vào Giá trị đầu và 1 vào Chỉ tiêu, rồi cập nhật 1 khi đạt mốc.',
      };
    default:
      return { message: `${krName(f.id)} không có con số nào để đo.`, suggestion: 'Thêm giá trị đầu và chỉ tiêu bằng con số, ví dụ “từ 4,3 tỷ lên 5,6 tỷ”.' };
  }
}

function stale(f: FindingOf<'STALE_KR'>): FindingText {
  const days = str(f.params.days);
  const last = date(str(f.params.lastCheckIn));
  const message =
    days === ''
      ? `${krName(f.id)} lâu rồi chưa được cập nhật.`
      : last === ''
        ? `${krName(f.id)} chưa được cập nhật lần nào, đã ${days} ngày từ đầu chu kỳ.`
        : `${krName(f.id)} đã ${days} ngày chưa được cập nhật (lần gần nhất: ${last}).`;
  return { message, suggestion: 'Người phụ trách hãy cập nhật giá trị mới nhất và mức tự tin trong tuần này, kể cả khi chưa có tiến triển.' };
}

/** Each code's Vietnamese words. */
export const findingsVi: FindingCatalogue = {
  DUPLICATE_ID: (f) =>
    f.tab === 'settings'
      ? {
          message: `Cài đặt “${settingName(f.params.column, 'vi')}” có dòng thứ hai (dòng ${f.row}; dòng đầu là dòng ${str(f.params.firstRow)}): chỉ dòng đầu được tính${f.id === 'admins' ? ', và với Quản trị viên thì không dòng nào được tin: danh sách hợp lệ gần nhất được dùng' : ''}.`,
          suggestion: 'Hãy xóa dòng thứ hai.',
        }
      : {
          message: `${col(f, 'vi')} “${f.id}” ở dòng ${f.row} trùng với dòng ${str(f.params.firstRow)}.`,
          suggestion: `Mỗi dòng cần một ${inSentence(col(f, 'vi'))} riêng: đổi lại ở dòng này, hoặc xóa dòng nếu đó là bản sao.`,
        },
  MISSING_FIELD: (f) =>
    f.tab === 'settings'
      ? {
          message: `Cài đặt “${settingName(f.params.column, 'vi')}” không có dòng nào trong trang Cài đặt: giá trị mặc định được dùng.`,
          suggestion: 'Chạy “Thiết lập / sửa bảng tính” để thêm lại dòng này với giá trị mặc định, rồi sửa nếu cần.',
        }
      : {
          message: `Ô ${col(f, 'vi')} (dòng ${f.row}, trang ${tabName(f.tab, 'vi')}) đang để trống.${unfilledCheckIn(f) ? KEPT_NOT_COUNTED : ''}`,
          suggestion: missingFix(f),
        },
  MISSING_TAB: (f) => ({
    message: `Không tìm thấy trang “${tabName(f.tab, 'vi')}”: không kiểm tra hay tính được nội dung của trang này.`,
    suggestion: 'Chạy “Thiết lập / sửa bảng tính”: chức năng này tạo lại trang bị thiếu và giữ nguyên các trang khác.',
  }),
  DUPLICATE_TAB: (f) => ({
    message: `Có hơn một trang là “${tabName(f.tab, 'vi')}”: trang “${str(f.params.read)}” được đọc, còn “${str(f.params.ignored)}” thì không, nên các dòng ở đó không được tính.`,
    suggestion: 'Hãy gộp các dòng về một trang, rồi đổi tên hoặc xóa trang kia.',
  }),
  UNKNOWN_REFERENCE: (f) => unknownReference(f),
  INVALID_VALUE: (f) => invalidValue(f),
  ORPHAN_OBJECTIVE: (f) => ({
    message: str(f.params.parentCycleId)
      ? `Mục tiêu ${f.id} gắn với ${str(f.params.parentId)} của chu kỳ ${str(f.params.parentCycleId)}, khác chu kỳ, nên chưa gắn với mục tiêu cấp trên nào của chu kỳ này.`
      : `Mục tiêu ${f.id} không gắn với mục tiêu cấp trên nào.`,
    suggestion: `Ở ô ${columnName('objectives', 'parentObjectiveId', 'vi')}, ghi mã của mục tiêu công ty hoặc phòng ban (cùng chu kỳ) mà mục tiêu này góp phần đạt được.`,
  }),
  PARENT_CYCLE: (f) =>
    f.tab === 'teams'
      ? {
          message: `Các nhóm làm nhóm cha của nhau theo vòng tròn: ${str(f.params.path)}.`,
          suggestion: `Sửa ô ${columnName('teams', 'parentTeamId', 'vi')} để chuỗi nhóm cha đi lên đến cấp cao nhất mà không quay lại.`,
        }
      : {
          message: `Các mục tiêu gắn vòng tròn với nhau: ${str(f.params.path)}.`,
          suggestion: `Sửa ô ${columnName('objectives', 'parentObjectiveId', 'vi')} để chuỗi mục tiêu cha đi lên đến một mục tiêu cấp Công ty mà không quay lại.`,
        },
  LEVEL_ORDER: (f) => ({
    message: `Mục tiêu ${f.id} (cấp ${choice('level', str(f.params.level), 'vi')}) gắn với ${str(f.params.parentId)} ở cấp ${choice('level', str(f.params.parentLevel), 'vi')}; mục tiêu cha phải ở cấp cao hơn.`,
    suggestion: `Gắn ${f.id} với một mục tiêu ở cấp cao hơn (${levelOrder('vi')}), hoặc sửa lại cấp của một trong hai mục tiêu.`,
  }),
  UNSUPPORTED_OBJECTIVE: (f) => ({
    message: `Chưa có mục tiêu nào trong chu kỳ ${str(f.params.cycleId)} gắn với mục tiêu công ty ${f.id}.`,
    suggestion: `Mỗi mục tiêu công ty cần ít nhất một mục tiêu phòng ban hoặc nhóm gắn vào; nếu ${f.id} không còn là ưu tiên, hãy chuyển sang ${choice('objectiveStatus', 'Dropped', 'vi')}.`,
  }),
  TOO_MANY_OBJECTIVES: (f) => ({
    message: `Nhóm ${str(f.params.teamId)} có ${str(f.params.count)} mục tiêu trong chu kỳ ${str(f.params.cycleId)}, vượt giới hạn ${str(f.params.max)}.`,
    suggestion: `Tập trung: giữ ${str(f.params.max)} mục tiêu quan trọng nhất, chuyển phần còn lại sang ${choice('objectiveStatus', 'Draft', 'vi')} hoặc để cho chu kỳ sau.`,
  }),
  TOO_MANY_KRS: (f) => ({
    message: `Mục tiêu ${f.id} có ${str(f.params.count)} KR, nhiều hơn mức tối đa ${str(f.params.max)}.`,
    suggestion: 'Giữ những KR đo đúng điều quan trọng nhất; phần còn lại nên ghi thành sáng kiến.',
  }),
  TOO_FEW_KRS: (f) => ({
    message: `Mục tiêu ${f.id} chỉ có ${str(f.params.count)} KR, ít hơn mức tối thiểu ${str(f.params.min)}.`,
    suggestion: 'Thêm KR để đo mục tiêu từ nhiều phía, ví dụ một KR về số lượng và một KR về chất lượng.',
  }),
  OBJECTIVE_WITHOUT_KR: (f) => ({
    message: `Mục tiêu ${f.id} chưa có kết quả then chốt nào.`,
    suggestion: `Thêm các KR đo được vào trang ${tabName('keyResults', 'vi')}: không có KR thì không chấm điểm được mục tiêu.`,
  }),
  KR_TASK_LIKE: (f) => ({
    message: `${krName(f.id)} mô tả một việc cần làm, không phải một kết quả${str(f.params.title) ? `: “${str(f.params.title)}”` : ''}.`,
    suggestion: str(f.params.rewrite)
      ? `Viết lại thành kết quả, ví dụ: “${str(f.params.rewrite)}”.`
      : 'Viết lại thành kết quả: tăng, giảm hoặc đạt một con số, “từ X lên Y”.',
  }),
  KR_NOT_MEASURABLE: (f) => notMeasurable(f),
  KR_NO_OWNER: (f) => ({
    message: `${krName(f.id)} chưa có nhóm hay người nào phụ trách.`,
    suggestion: 'Ghi mã nhóm chịu trách nhiệm (KR của nhóm: cả nhóm cùng thắng, cùng thua) hoặc e-mail người cập nhật.',
  }),
  DEPENDENCY_UNANSWERED: (f) => ({
    message: `Yêu cầu ${f.id} gửi nhóm ${team(str(f.params.providingTeam), str(f.params.providingTeamId))} đã chờ ${str(f.params.days)} ngày mà chưa có phản hồi.`,
    suggestion: `${str(f.params.lead) ? `${str(f.params.lead)} (trưởng nhóm ${str(f.params.providingTeamId)})` : `Trưởng nhóm ${str(f.params.providingTeamId)}`} cần chấp nhận, đề xuất lại hoặc từ chối yêu cầu này.${str(f.params.decider) ? ` Nếu vẫn không có phản hồi, ${str(f.params.decider)} sẽ quyết định.` : ''}`,
  }),
  DEPENDENCY_DECLINED: (f) => ({
    message: `Nhóm ${str(f.params.providingTeamId)} đã từ chối yêu cầu ${f.id} của nhóm ${str(f.params.requestingTeamId)}${str(f.params.request) ? ` (“${str(f.params.request)}”)` : ''}.${str(f.params.decider) ? ` Người quyết định: ${str(f.params.decider)}.` : ''}`,
    suggestion: declinedFix(f),
  }),
  DEPENDENCY_UNBACKED: (f) =>
    str(f.params.reason) === 'otherTeam'
      ? {
          message: `KR đảm bảo ${str(f.params.backingKrId)} của yêu cầu ${f.id} thuộc nhóm ${str(f.params.backingTeamId) || '?'}, không phải nhóm cung cấp ${str(f.params.providingTeamId)}.`,
          suggestion: `Ở ô ${columnName('dependencies', 'backingKrId', 'vi')}, ghi mã một KR của chính nhóm ${str(f.params.providingTeamId)}.`,
        }
      : {
          message: `Nhóm ${str(f.params.providingTeamId)} đã chấp nhận yêu cầu ${f.id} nhưng chưa có KR nào của nhóm đảm bảo việc này.`,
          suggestion: `Nhóm ${str(f.params.providingTeamId)} nên thêm một KR cho việc này và ghi mã vào ô ${columnName('dependencies', 'backingKrId', 'vi')}: cam kết không gắn với KR rất dễ bị bỏ quên.`,
        },
  STALE_KR: (f) => stale(f),
  MISSING_COLUMN: (f) => ({
    message: `Trang ${tabName(f.tab, 'vi')} không có cột “${col(f, 'vi')}”: tiêu đề cột đã bị đổi tên hoặc bị xóa nên cột này ở mọi dòng đều được coi là trống.`,
    suggestion: `Đổi tiêu đề về lại “${col(f, 'vi')}” (hoặc “${col(f, 'en')}”), hoặc chạy “Thiết lập / sửa bảng tính” để thêm lại cột.`,
  }),
  EMPTY_WORKBOOK: (f) => ({
    message: `Bảng tính chưa có mục tiêu hay kết quả then chốt nào nên chưa có gì để chấm điểm. Hãy bắt đầu từ trang ${tabName(f.params.next, 'vi')}.`,
    suggestion: `Điền lần lượt: ${FILL_TABS.map((t) => tabName(t, 'vi')).join(', rồi ')}.`,
  }),
  SEVERAL_ACTIVE_CYCLES: (f) => ({
    message: `Chu kỳ ${f.id} (dòng ${f.row}) cũng đang chạy, song song với ${str(f.params.runningId)}: báo cáo, bản tóm tắt, nhắc nhở và chức năng đóng chu kỳ đều theo ${str(f.params.runningId)}, chu kỳ bắt đầu muộn nhất.`,
    suggestion: `Chỉ để một chu kỳ ở trạng thái ${choice('cycleStatus', 'Active', 'vi')}: chuyển chu kỳ còn lại sang ${choice('cycleStatus', 'Planning', 'vi')} hoặc ${choice('cycleStatus', 'Closed', 'vi')}.`,
  }),
  CYCLE_ENDS_BEFORE_START: (f) => ({
    message: `Chu kỳ ${f.id} (dòng ${f.row}) kết thúc ngày ${date(str(f.params.end))}, trước ngày bắt đầu ${date(str(f.params.start))}: không có ngày nào nằm trong chu kỳ.`,
    suggestion: `Kiểm tra lại ô ${columnName('cycles', 'start', 'vi')} và ${columnName('cycles', 'end', 'vi')}: có thể hai ngày bị đảo, hoặc nhập sai năm.`,
  }),
  TARGETS_TOO_SAFE: (f) => ({
    message: `Nhóm ${str(f.params.teamId)} đạt điểm trung bình ${formatNumber(f.params.previousScore, 'vi')} ở chu kỳ ${str(f.params.previousCycleId)} và ${formatNumber(f.params.lastScore, 'vi')} ở chu kỳ ${str(f.params.lastCycleId)}: mục tiêu có đang quá an toàn?`,
    suggestion: `Chu kỳ tới, hãy đặt thêm mục tiêu loại ${choice('objectiveType', 'Aspirational', 'vi')}, nơi đạt 0,7 đã là thành công.`,
  }),
  GRID_NEAR_LIMIT: (f) => ({
    message: `Lưới các trang của bảng tính có ${formatNumber(f.params.used, 'vi')} ô, bằng ${formatNumber(f.params.percent, 'vi')}% giới hạn ${formatNumber(f.params.limit, 'vi')} ô của một bảng tính Google; trang lớn nhất là “${str(f.params.largest)}” (${formatNumber(f.params.largestCells, 'vi')} ô).`,
    suggestion: `Chạy “${vi.menu.setup}” để bỏ các cột trống, và xóa những trang, dòng, cột không ai cần: ô trống cũng được tính. Khi đủ ${formatNumber(f.params.limit, 'vi')} ô, Sheets không cho thêm dòng mới và không lưu được bản cập nhật tiến độ nữa.`,
  }),
};

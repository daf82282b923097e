// The values of every choice column in English and Vietnamese, with the other spellings people type for them.
import type { ChoiceTable } from '../core/choice-parse';

// Core's vocabulary, re-exported for the modules outside core that still name it here.
export type { Choice, ChoiceKind } from '../core/choices';

/**
 * Keys are the canonical values of src/core/choices.ts (the English ones of DESIGN.md §1);
 * `en` and `vi` are the labels shown in each workbook language; `aliases` are other spellings
 * accepted when reading. Matching folds case, accents and spacing, so `Cong ty` needs no alias.
 */
export const CHOICES = {
  level: {
    Company: { en: 'Company', vi: 'Công ty', aliases: ['Corporate', 'Toàn công ty', 'Doanh nghiệp'] },
    Department: { en: 'Department', vi: 'Phòng ban', aliases: ['Dept', 'Division', 'Phòng', 'Bộ phận', 'Khối'] },
    Team: { en: 'Team', vi: 'Nhóm', aliases: ['Squad', 'Tổ', 'Đội'] },
    Individual: { en: 'Individual', vi: 'Cá nhân', aliases: ['Personal', 'Person'] },
  },
  objectiveType: {
    Committed: { en: 'Committed', vi: 'Cam kết', aliases: ['Commit', 'Bắt buộc'] },
    Aspirational: { en: 'Aspirational', vi: 'Thách thức', aliases: ['Stretch', 'Moonshot', 'Kỳ vọng', 'Tham vọng'] },
  },
  objectiveStatus: {
    Draft: { en: 'Draft', vi: 'Nháp', aliases: ['Bản nháp', 'Dự thảo'] },
    Active: { en: 'Active', vi: 'Đang thực hiện', aliases: ['In progress', 'Open', 'Đang chạy', 'Đang làm'] },
    Done: { en: 'Done', vi: 'Hoàn thành', aliases: ['Completed', 'Complete', 'Finished', 'Đã xong', 'Xong'] },
    Dropped: { en: 'Dropped', vi: 'Đã hủy', aliases: ['Cancelled', 'Canceled', 'Hủy', 'Bỏ', 'Đã bỏ'] },
  },
  krKind: {
    Increase: { en: 'Increase', vi: 'Tăng', aliases: ['Up', 'Grow', 'Tăng lên'] },
    Decrease: { en: 'Decrease', vi: 'Giảm', aliases: ['Down', 'Reduce', 'Giảm xuống'] },
    Maintain: { en: 'Maintain', vi: 'Duy trì', aliases: ['Keep', 'Hold', 'Giữ', 'Giữ nguyên'] },
    Milestone: { en: 'Milestone', vi: 'Cột mốc', aliases: ['Binary', 'Yes/No', 'Mốc'] },
  },
  confidence: {
    'On track': { en: 'On track', vi: 'Đúng tiến độ', aliases: ['Green', 'Xanh', 'Ổn', 'Đúng hướng'] },
    'At risk': { en: 'At risk', vi: 'Có rủi ro', aliases: ['Amber', 'Yellow', 'Vàng', 'Rủi ro'] },
    'Off track': { en: 'Off track', vi: 'Chệch hướng', aliases: ['Red', 'Đỏ', 'Chậm tiến độ', 'Trễ'] },
  },
  checkInSource: {
    sidebar: { en: 'sidebar', vi: 'thanh bên', aliases: [] },
    sheet: { en: 'sheet', vi: 'trang tính', aliases: ['bảng tính'] },
    email: { en: 'email', vi: 'email', aliases: ['e-mail', 'mail', 'thư'] },
  },
  initiativeStatus: {
    Planned: { en: 'Planned', vi: 'Dự kiến', aliases: ['To do', 'Todo', 'Kế hoạch', 'Chưa bắt đầu'] },
    'In progress': { en: 'In progress', vi: 'Đang thực hiện', aliases: ['Doing', 'Ongoing', 'Đang làm'] },
    Done: { en: 'Done', vi: 'Hoàn thành', aliases: ['Completed', 'Complete', 'Finished', 'Đã xong', 'Xong'] },
    Dropped: { en: 'Dropped', vi: 'Đã hủy', aliases: ['Cancelled', 'Canceled', 'Hủy', 'Bỏ', 'Đã bỏ'] },
  },
  dependencyStatus: {
    Requested: { en: 'Requested', vi: 'Đã yêu cầu', aliases: ['Pending', 'Chờ phản hồi', 'Yêu cầu'] },
    Accepted: { en: 'Accepted', vi: 'Đã chấp nhận', aliases: ['Agreed', 'Đồng ý', 'Chấp nhận'] },
    Countered: { en: 'Countered', vi: 'Đề xuất lại', aliases: ['Counter-offer', 'Counter', 'Thương lượng'] },
    Declined: { en: 'Declined', vi: 'Từ chối', aliases: ['Rejected', 'Refused', 'Đã từ chối'] },
  },
  cycleStatus: {
    Planning: { en: 'Planning', vi: 'Lập kế hoạch', aliases: ['Planned', 'Draft', 'Sắp tới', 'Kế hoạch'] },
    Active: { en: 'Active', vi: 'Đang diễn ra', aliases: ['Current', 'Open', 'Hiện tại', 'Đang chạy'] },
    Closed: { en: 'Closed', vi: 'Đã đóng', aliases: ['Done', 'Finished', 'Kết thúc', 'Đã kết thúc'] },
  },
  krStatus: {
    'On track': { en: 'On track', vi: 'Đúng tiến độ', aliases: [] },
    'At risk': { en: 'At risk', vi: 'Có rủi ro', aliases: [] },
    'Off track': { en: 'Off track', vi: 'Chệch hướng', aliases: [] },
    Stale: { en: 'Stale', vi: 'Lâu chưa cập nhật', aliases: ['Chưa cập nhật', 'Quá hạn cập nhật'] },
    'Not started': { en: 'Not started', vi: 'Chưa bắt đầu', aliases: [] },
    Done: { en: 'Done', vi: 'Hoàn thành', aliases: ['Đạt', 'Achieved'] },
  },
  language: {
    vi: { en: 'vi', vi: 'vi', aliases: ['Tiếng Việt', 'Vietnamese', 'Việt', 'vi-VN'] },
    en: { en: 'en', vi: 'en', aliases: ['English', 'Tiếng Anh', 'Anh', 'en-US', 'en-GB'] },
  },
  cadence: {
    quarter: { en: 'quarter', vi: 'quý', aliases: ['quarterly', 'hàng quý', '3 months', '3 tháng'] },
    '2 weeks': { en: '2 weeks', vi: '2 tuần', aliases: ['two weeks', 'biweekly', 'fortnight', 'fortnightly', 'hai tuần'] },
    month: { en: 'month', vi: 'tháng', aliases: ['monthly', 'hàng tháng', '1 month', '1 tháng'] },
    custom: { en: 'custom', vi: 'tùy chỉnh', aliases: ['manual', 'tự chọn'] },
  },
  // A person's yes/no preferences (People: Wins digest); a blank cell is the column's default, not a choice.
  yesNo: {
    yes: { en: 'Yes', vi: 'Có', aliases: ['Y', 'True', 'On', 'Nhận', 'Đồng ý'] },
    no: { en: 'No', vi: 'Không', aliases: ['N', 'False', 'Off', 'Ko', 'Không nhận', 'Opt out', 'Tắt'] },
  },
  // The team's decision for a KR in Reviews ("Keep / change / drop"), typed by people after the cycle closes.
  reviewDecision: {
    Keep: { en: 'Keep', vi: 'Giữ', aliases: ['Continue', 'Giữ nguyên', 'Tiếp tục'] },
    Change: { en: 'Change', vi: 'Đổi', aliases: ['Adjust', 'Modify', 'Thay đổi', 'Điều chỉnh', 'Sửa'] },
    Drop: { en: 'Drop', vi: 'Bỏ', aliases: ['Stop', 'Remove', 'Dừng', 'Loại bỏ', 'Bỏ đi'] },
  },
} as const satisfies ChoiceTable;

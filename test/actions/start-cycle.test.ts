// "Start next cycle" through the bundle: each outcome of decideNextCycle reaches the admin in its own words.
import { smallCompany, tabValues } from '../support/bundle';

const CYCLES = 'Chu kỳ';
const lastAlert = (rt: ReturnType<typeof smallCompany>) => rt.ui.alerts.at(-1)!.prompt;

describe('start next cycle', () => {
  test('a Planning cycle not over yet is named, and nothing is added', () => {
    const rt = smallCompany();
    rt.env.quiet(() => rt.book.getSheetByName(CYCLES)!.appendRow(['Pilot', 'Thí điểm', '', '', 'Lập kế hoạch']));
    const before = tabValues(rt, [CYCLES]);
    rt.run('menuStartCycle');
    expect(lastAlert(rt)).toBe('Chu kỳ tiếp theo, Thí điểm, đã có trong trang Chu kỳ.');
    expect(tabValues(rt, [CYCLES])).toEqual(before);
  });

  test('the custom cadence asks for a row by hand', () => {
    const rt = smallCompany();
    rt.type('Cài đặt', 5, 2, [['tùy chỉnh']]);
    const before = tabValues(rt, [CYCLES]);
    rt.run('menuStartCycle');
    expect(lastAlert(rt)).toBe('Nhịp chu kỳ là tùy chỉnh: hãy thêm chu kỳ tiếp theo thành một dòng ở trang Chu kỳ.');
    expect(tabValues(rt, [CYCLES])).toEqual(before);
  });

  test('without a Cycles tab the message names the tab, not the cadence (issue 15, point 9)', () => {
    const rt = smallCompany();
    rt.env.quiet(() => rt.book.deleteSheet(rt.book.getSheetByName(CYCLES)!));
    rt.run('menuStartCycle');
    expect(lastAlert(rt)).toBe('Thiếu trang “Chu kỳ”. Hãy chạy “Thiết lập / sửa bảng tính”.');
  });
});

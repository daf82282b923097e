// Diagnostics' live checks: each assumption the runtime could not verify is reported as assumed, as
// differing, or as not checked yet, in the workbook's language.
import type { LocalRuntime } from '../../src/local/emulator';
import { ADMIN, SALES_REP, smallCompany } from '../support/bundle';

const diagnostics = (rt: LocalRuntime) => {
  rt.run('menuDiagnostics');
  return rt.ui.alerts.at(-1)!.prompt;
};

describe('Diagnostics checks on the live workbook what only it can tell', () => {
  test('before the web app is opened and the trigger has run, both say "not checked yet" and how to check', () => {
    const text = diagnostics(smallCompany());
    expect(text).toMatch(/Chưa kiểm tra được: trang cập nhật qua web thấy gì/);
    expect(text).toMatch(/Chưa kiểm tra được: giờ chạy của trình kích hoạt/);
    expect(text).toMatch(/Đúng như giả định: một phương thức của builder trả về chính builder đó/);
    expect(text).toMatch(/Đúng như giả định: với vùng vi_VN, Sheets đọc số thập phân đã gõ thành 1234.5 và 05\/10\/2026 thành tháng 10/);
    expect(text).toMatch(/Đúng như giả định: hôm nay còn gửi được cho 1500 người nhận, trang Nhân sự có 4 người/);
  });

  test('after a visit of the web app and a daily run, what they saw is reported, and the scratch tab is gone', () => {
    const rt = smallCompany({ webAppUrl: 'https://script.google.com/macros/s/abc/exec' });
    rt.visit({}, SALES_REP);
    rt.run('menuRemindersOn');
    rt.advanceTo(new Date('2026-10-06T03:00:00Z'));
    const tabs = rt.book.getSheets().length;
    const text = diagnostics(rt);
    expect(text).toMatch(/Đúng như giả định: trang cập nhật qua web không có bảng tính đang mở và không có khóa tài liệu/);
    expect(text).toMatch(/Đúng như giả định: lượt chạy hằng ngày gần nhất bắt đầu lúc 9:00 \(Asia\/Ho_Chi_Minh\)/);
    expect(rt.book.getSheets()).toHaveLength(tabs);
  });

  test('a quota smaller than the company is reported as differing', () => {
    const text = diagnostics(smallCompany({ mailQuota: 2 }));
    expect(text).toMatch(/✗ CẦN XỬ LÝ: Khác giả định: hôm nay còn gửi được cho 2 người nhận, trang Nhân sự có 4 người/);
  });

  test('in English for an English workbook', () => {
    const text = diagnostics(smallCompany({ lang: 'en', user: ADMIN }));
    expect(text).toMatch(/As assumed: in locale en_US, Sheets reads a typed decimal as 1234.5 and 05\/10\/2026 as month 5/);
  });
});

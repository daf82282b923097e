// "Set up / repair workbook" and the language switch, through the bundle in the local runtime.
import { ADMIN, bundleRuntime, smallCompany, tabValues } from '../support/bundle';
import { TAB_LABELS } from '../../src/i18n/tabs';
import { SCHEMA } from '../../src/sheet/schema';
import type { LocalRuntime } from '../../src/local/emulator';

const sheet = (rt: LocalRuntime, name: string) => {
  const found = rt.book.getSheetByName(name);
  if (!found) throw new Error(`no tab ${name}`);
  return found;
};

describe('set up', () => {
  test('creates every tab of the contract with Vietnamese headers, frozen, validated and formatted', () => {
    const rt = bundleRuntime();
    rt.run('menuSetup');
    const names = rt.book.getSheets().map((s) => s.getName());
    for (const tab of SCHEMA) expect(names).toContain(TAB_LABELS[tab.key].vi);
    expect(names).toHaveLength(SCHEMA.length + 1); // and the spreadsheet's own Sheet1, left alone
    const krs = sheet(rt, 'Kết quả then chốt');
    const header = tabValues(rt, ['Kết quả then chốt'])[0]!;
    expect(header).toEqual([
      'Mã KR',
      'Mã mục tiêu',
      'Kết quả then chốt',
      'Mã nhóm',
      'Email người cập nhật',
      'Kiểu',
      'Đơn vị',
      'Giá trị đầu',
      'Chỉ tiêu',
      'Trọng số',
      'Hiện tại',
      'Tiến độ',
      'Điểm',
      'Mức tự tin',
      'Trạng thái',
      'Cập nhật gần nhất',
    ]);
    expect(krs.getFrozenRows()).toBe(1);
    const kind = krs.getRange(2, 6).getDataValidation()!;
    expect(kind.getCriteriaValues()[0]).toEqual(['Tăng', 'Giảm', 'Duy trì', 'Cột mốc']);
    expect(krs.getRange(2, 12).getNumberFormat()).toBe('0%');
    const protections = krs.getProtections(rt.spreadsheetApp.ProtectionType.RANGE);
    expect(protections).toHaveLength(6);
    expect(protections.every((p) => p.isWarningOnly())).toBe(true);
    expect(krs.getConditionalFormatRules().length).toBeGreaterThan(5);
    const settings = tabValues(rt, ['Cài đặt']);
    expect(settings.map((r) => r[0])).toContain('Ngày cập nhật hằng tuần');
    expect(settings.find((r) => r[0] === 'Quản trị viên')![1]).toBe(ADMIN);
    expect(settings.find((r) => r[0] === 'Số ngày gia hạn')![1]).toBe(2);
  });

  test('uses English on a workbook whose locale is not Vietnamese', () => {
    const rt = bundleRuntime({ lang: 'en' });
    rt.run('menuSetup');
    expect(rt.book.getSheetByName('Key Results')).not.toBeNull();
    expect(rt.ui.alerts.at(-1)!.prompt).toMatch(new RegExp(`^Workbook ready: ${SCHEMA.length} tab\\(s\\) created`));
  });

  test('a second run changes nothing', () => {
    const rt = smallCompany();
    // The company was typed after its template was set up: this run gives its rows what Set up gives rows
    // (the % KRs' percent formats), the next one must change nothing.
    rt.run('menuSetup');
    const withoutLog = () => JSON.stringify(rt.snapshot().sheets.filter((s) => s.name !== 'Nhật ký'));
    const before = withoutLog();
    const rules = rt.book.getSheets().map((s) => [s.getConditionalFormatRules().length, s.getProtections(rt.spreadsheetApp.ProtectionType.RANGE).length]);
    rt.run('menuSetup');
    expect(withoutLog()).toBe(before);
    expect(rt.book.getSheets().map((s) => [s.getConditionalFormatRules().length, s.getProtections(rt.spreadsheetApp.ProtectionType.RANGE).length])).toEqual(
      rules,
    );
    expect(tabValues(rt, ['Nhật ký']).at(-1)![4]).toBe('đã tạo: 0 · đã sửa: 0');
    expect(rt.ui.alerts.at(-1)!.prompt).toBe('Bảng tính đã đầy đủ: không có gì cần sửa.');
  });

  test('repairs a damaged workbook and keeps every user row and column', () => {
    const rt = smallCompany();
    rt.env.quiet(() => {
      // A person reorders KR columns, adds a column of their own, deletes a tab, renames one in English.
      const krs = sheet(rt, 'Kết quả then chốt');
      krs.insertColumnsBefore(1, 1);
      krs.getRange(1, 1).setValue('Ghi chú riêng');
      krs.getRange(2, 1).setValue('xem lại vào tháng 11');
      krs.deleteColumn(krs.getLastColumn()); // "Cập nhật gần nhất" is gone
      rt.book.deleteSheet(sheet(rt, 'Sáng kiến'));
      sheet(rt, 'Nhóm').setName('Teams');
    });
    const userCells = tabValues(rt, ['Kết quả then chốt']).map((r) => r.slice(0, 11));
    rt.run('menuSetup');
    const krs = tabValues(rt, ['Kết quả then chốt']);
    expect(krs.map((r) => r.slice(0, 11))).toEqual(userCells.map((r, i) => (i === 0 ? r : r)));
    expect(krs[0]).toContain('Cập nhật gần nhất');
    expect(krs[1]![0]).toBe('xem lại vào tháng 11');
    expect(rt.book.getSheetByName('Sáng kiến')).not.toBeNull();
    expect(rt.book.getSheetByName('Nhóm')).not.toBeNull();
    expect(tabValues(rt, ['Nhóm'])).toHaveLength(4);
  });

  test('switching language relabels tabs and headers in place and keeps the data', () => {
    const rt = smallCompany();
    const before = tabValues(rt, ['Mục tiêu']).slice(1);
    rt.run('menuSwitchLanguage');
    expect(rt.book.getSheetByName('Objectives')).not.toBeNull();
    const after = tabValues(rt, ['Objectives']);
    expect(after[0]![0]).toBe('Objective ID');
    expect(after.slice(1)).toEqual(before);
    expect(tabValues(rt, ['Settings']).find((r) => r[0] === 'Language')![1]).toBe('en');
    rt.open(ADMIN);
    expect(rt.ui.menus.at(-1)!.items.some((i) => 'caption' in i && i.caption === 'Refresh progress')).toBe(true);
  });

  test('refuses people who are not admins once admins are listed', () => {
    const rt = smallCompany();
    rt.run('menuSetup', [], { user: 'someone@example.vn' });
    expect(rt.ui.alerts.at(-1)!.prompt).toMatch(/^Chỉ quản trị viên/);
    expect(tabValues(rt, ['Nhật ký']).at(-1)![3]).toBe('từ chối');
  });
});

// Grid cells against the spreadsheet's 10 M limit, through the bundle: the Diagnostics line, the
// GRID_NEAR_LIMIT finding of the check, and Set up / the output tabs trimming their grids.
import { findingText } from '../../src/i18n/findings';
import type { LocalRuntime } from '../../src/local/emulator';
import { typeRows } from '../../src/local/cli';
import { ADMIN, smallCompany, tabValues } from '../support/bundle';

const LIMIT = 10_000_000;
const sheet = (rt: LocalRuntime, name: string) => {
  const found = rt.book.getSheetByName(name);
  if (!found) throw new Error(`no tab ${name}`);
  return found;
};
const size = (rt: LocalRuntime, name: string) => rt.env.quiet(() => [sheet(rt, name).getMaxRows(), sheet(rt, name).getMaxColumns()]);

/** Brings the workbook to exactly `used` grid cells with a person's one-column tab, made by hand. */
function fillTo(rt: LocalRuntime, used: number): void {
  rt.env.quiet(() => {
    const tab = rt.book.insertSheet('Dữ liệu cũ');
    tab.deleteColumns(2, 25);
    const rows = used - (rt.book.totalCells() - 1000);
    if (rows > 1000) tab.insertRowsAfter(1000, rows - 1000);
    else tab.deleteRows(rows + 1, 1000 - rows);
  });
  expect(rt.book.totalCells()).toBe(used);
}

const diagnostics = (rt: LocalRuntime) => {
  rt.run('menuDiagnostics');
  return rt.ui.alerts.at(-1)!.prompt;
};

describe('Diagnostics says how many grid cells the workbook uses', () => {
  test('in a small company: the count, the share and the three largest tabs, as no problem', () => {
    const rt = smallCompany();
    const used = rt.book.totalCells();
    const text = diagnostics(rt);
    const line = text.split('\n').find((l) => l.includes('trên 10.000.000 ô'))!;
    expect(line).toMatch(
      new RegExp(
        `^✓ ỔN: Đã dùng ${used.toLocaleString('de-DE')} trên 10\\.000\\.000 ô \\(\\d+,\\d%\\), tính cả ô trống; các trang lớn nhất: .+ \\(.+\\), .+ \\(.+\\), .+ \\(.+\\)\\.$`,
      ),
    );
  });

  test.each([
    [6_999_999, '✓ ỔN', '69,9%'],
    [7_000_000, '✗ CẦN XỬ LÝ', '70%'],
    [9_000_000, '✗ CẦN XỬ LÝ', '90%'],
  ])('at %d cells: %s (%s)', (used, verdict, percent) => {
    const rt = smallCompany();
    fillTo(rt, used);
    const line = diagnostics(rt)
      .split('\n')
      .find((l) => l.includes('trên 10.000.000 ô'))!;
    expect(line.startsWith(`${verdict}: Đã dùng ${used.toLocaleString('de-DE')} trên 10.000.000 ô (${percent})`)).toBe(true);
    const own = rt.env.quiet(() => sheet(rt, 'Dữ liệu cũ').getMaxRows()); // one column
    expect(line).toContain(`các trang lớn nhất: Dữ liệu cũ (${own.toLocaleString('de-DE')}), `);
    expect(line.includes('Sheets không cho thêm dòng mới')).toBe(verdict !== '✓ ỔN');
  });

  test('in English with English numbers', () => {
    const rt = smallCompany({ lang: 'en', user: ADMIN });
    const text = diagnostics(rt);
    expect(text).toMatch(
      new RegExp(`✓ OK: Cells used ${rt.book.totalCells().toLocaleString('en-US')} of 10,000,000 \\(\\d+\\.\\d%\\), empty ones included; the largest tabs: `),
    );
  });
});

describe('the check warns with GRID_NEAR_LIMIT from 70% of the limit', () => {
  const gridFindings = (rt: LocalRuntime) => {
    rt.run('menuCheck');
    return tabValues(rt, ['Phát hiện']).filter((r) => r[1] === 'GRID_NEAR_LIMIT');
  };

  test('not at 69.9%', () => {
    const rt = smallCompany();
    fillTo(rt, 6_999_999);
    expect(gridFindings(rt)).toEqual([]);
  });

  test.each([
    [7_000_000, '7.000.000', '70'],
    [9_000_000, '9.000.000', '90'],
  ])('at %d cells, as a warning naming the largest tab', (used, words, percent) => {
    const rt = smallCompany();
    fillTo(rt, used);
    const rows = gridFindings(rt);
    expect(rows).toHaveLength(1);
    const [severity, , tab, row, , message, suggestion] = rows[0]!;
    expect(severity).toBe('Cảnh báo');
    expect(String(tab)).not.toBe('Dữ liệu cũ'); // a tab of the contract, where the row's link can point
    expect(row).toBe('');
    expect(message).toMatch(
      new RegExp(
        `^Lưới các trang của bảng tính có ${words.replace(/\./g, '\\.')} ô, bằng ${percent}% giới hạn 10\\.000\\.000 ô .*trang lớn nhất là “Dữ liệu cũ” \\(`,
      ),
    );
    expect(suggestion).toMatch(/Thiết lập \/ sửa bảng tính/);
  });

  test('is worded in both languages with every param filled in', () => {
    const finding = {
      code: 'GRID_NEAR_LIMIT',
      severity: 'warning',
      tab: 'checkIns',
      row: 0,
      id: '',
      params: { used: 7_250_000, limit: LIMIT, percent: 72.5, largest: 'Check-ins', largestCells: 900_000 },
    } as const;
    expect(findingText(finding, 'en').message).toBe(
      "The workbook's grids hold 7,250,000 cells, 72.5% of the 10,000,000 a Google spreadsheet may have; the largest tab is “Check-ins” (900,000 cells).",
    );
    expect(findingText(finding, 'vi').message).toBe(
      'Lưới các trang của bảng tính có 7.250.000 ô, bằng 72,5% giới hạn 10.000.000 ô của một bảng tính Google; trang lớn nhất là “Check-ins” (900.000 ô).',
    );
    for (const lang of ['en', 'vi'] as const) expect(findingText(finding, lang).suggestion).toMatch(/10[.,]000[.,]000 .*\.$/);
  });
});

describe('Set up and the output tabs trim their grids', () => {
  test("a new workbook's tables have their header's columns, input tabs two spare for a person's own", () => {
    const rt = smallCompany();
    expect(size(rt, 'Cập nhật tiến độ')).toEqual([1000, 9 + 2]);
    expect(size(rt, 'Kết quả then chốt')[1]).toBe(16 + 2);
    expect(size(rt, 'Phát hiện')[1]).toBe(8);
  });

  test("an old workbook's Check-ins of 26 columns keeps its used ones and a person's column with data, then a second Set up changes nothing", () => {
    const rt = smallCompany();
    const checkIns = sheet(rt, 'Cập nhật tiến độ');
    rt.env.quiet(() => {
      checkIns.insertColumnsAfter(11, 15); // 26, as Set up left it before grids were trimmed
      checkIns.getRange(1, 11).setValue('Ghi chú riêng');
      checkIns.getRange(2, 11).setValue('hỏi lại Lan');
      checkIns.getRange(300, 13).setValue('một ô lạc'); // a value without header: kept too
    });
    typeRows(rt, 'checkIns', [{ krId: 'KR1', value: '0,8' }], ADMIN);
    const before = tabValues(rt, ['Cập nhật tiến độ']);
    rt.run('menuSetup');
    expect(size(rt, 'Cập nhật tiến độ')).toEqual([1000, 13 + 2]);
    expect(tabValues(rt, ['Cập nhật tiến độ'])).toEqual(before);
    const withoutLog = () => JSON.stringify(rt.snapshot().sheets.filter((s) => s.name !== 'Nhật ký'));
    const once = withoutLog();
    rt.run('menuSetup');
    expect(withoutLog()).toBe(once);
    expect(rt.ui.alerts.at(-1)!.prompt).toBe('Bảng tính đã đầy đủ: không có gì cần sửa.');
  });

  test('an output table shrinks with its data to its rows and 50 spare, and a rerun deletes nothing more', () => {
    const rt = smallCompany();
    const findings = sheet(rt, 'Phát hiện');
    // Left over from a run with many findings: a long tab.
    rt.env.quiet(() => {
      findings.insertRowsAfter(1000, 2000);
      findings.getRange(2, 1, 2500, 8).setValues(Array.from({ length: 2500 }, () => new Array(8).fill('cũ')));
    });
    rt.run('menuCheck');
    const rows = tabValues(rt, ['Phát hiện']).length;
    expect(rows).toBeLessThan(100);
    expect(size(rt, 'Phát hiện')).toEqual([rows + 50, 8]);
    rt.env.resetCounters();
    rt.run('menuCheck');
    expect(size(rt, 'Phát hiện')).toEqual([rows + 50, 8]);
    expect(rt.env.calls.get('Sheet.deleteRows')).toBeUndefined();
  });
});

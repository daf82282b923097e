// Check-ins typed in the sheet (onEdit) and "Refresh progress", through the bundle.
import { typeRows } from '../../src/local/cli';
import { SALES_REP, smallCompany, tabValues } from '../support/bundle';
import type { LocalRuntime } from '../../src/local/emulator';

const CHECK_INS = ['Cập nhật tiến độ'];
const KRS = ['Kết quả then chốt'];

function krRow(rt: LocalRuntime, id: string): Record<string, unknown> {
  const [header, ...rows] = tabValues(rt, KRS);
  const row = rows.find((r) => r[0] === id)!;
  return Object.fromEntries(header!.map((h, i) => [String(h), row[i]]));
}

/** The small company with `count` check-ins already in the tab, counters reset. */
function withCheckIns(count: number): LocalRuntime {
  const rt = smallCompany();
  rt.env.quiet(() => {
    const sheet = rt.book.getSheetByName('Cập nhật tiến độ')!;
    sheet.insertRowsAfter(sheet.getMaxRows(), count);
    sheet.getRange(2, 1, count, 3).setValues(Array.from({ length: count }, (_, i) => [new Date(Date.UTC(2026, 9, 5, 3, i)), `KR${(i % 4) + 1}`, i]));
  });
  rt.env.resetCounters();
  return rt;
}

describe('check-ins typed in the sheet', () => {
  test('are stamped with time, person and source, and update the KR columns', () => {
    const rt = smallCompany();
    typeRows(rt, 'checkIns', [{ krId: 'KR3', value: '12', confidence: 'Có rủi ro' }], SALES_REP);
    const row = tabValues(rt, CHECK_INS)[1]!;
    // Stamped with the time onEdit ran: the clock follows the calls, so a few seconds after the typing began.
    expect((row[0] as Date).getTime() - new Date('2026-10-05T02:00:00Z').getTime()).toBeLessThan(60_000);
    expect(row.slice(1, 4)).toEqual(['KR3', 12, 'Có rủi ro']);
    expect(row[7]).toBe(SALES_REP);
    expect(row[8]).toBe('trang tính');
    expect(krRow(rt, 'KR3')).toMatchObject({ 'Hiện tại': 12, 'Tiến độ': 0.3, Điểm: 0.3, 'Mức tự tin': 'Có rủi ro' });
  });

  test("a typed value without a confidence keeps the KR's confidence, in one write of its columns", () => {
    const rt = smallCompany();
    typeRows(rt, 'checkIns', [{ krId: 'KR3', value: '12', confidence: 'Có rủi ro' }], SALES_REP);
    rt.env.resetCounters();
    typeRows(rt, 'checkIns', [{ krId: 'KR3', value: '20' }], SALES_REP);
    expect(krRow(rt, 'KR3')).toMatchObject({ 'Hiện tại': 20, 'Tiến độ': 0.5, 'Mức tự tin': 'Có rủi ro' });
    // Two stamp writes (Timestamp; By and Source side by side) and one of the KR's six columns.
    expect(rt.env.calls.get('Range.setValues')).toBe(3);
  });

  test('an unreadable value is kept, marked with a note, and not counted', () => {
    const rt = smallCompany();
    typeRows(rt, 'checkIns', [{ krId: 'KR3', value: 'chưa rõ' }], SALES_REP);
    const sheet = rt.book.getSheetByName('Cập nhật tiến độ')!;
    expect(tabValues(rt, CHECK_INS)[1]![2]).toBe('chưa rõ');
    expect(sheet.getRange(2, 3).getNote()).toMatch(/Không đọc được “chưa rõ”/);
    expect(krRow(rt, 'KR3')['Hiện tại']).toBe('');
  });

  test('a check-in for an unknown KR is kept and reported on the cell', () => {
    const rt = smallCompany();
    typeRows(rt, 'checkIns', [{ krId: 'KR99', value: '5' }], SALES_REP);
    expect(tabValues(rt, CHECK_INS)).toHaveLength(2);
    expect(rt.book.getSheetByName('Cập nhật tiến độ')!.getRange(2, 3).getNote()).toMatch(/Không có kết quả then chốt “KR99”/);
  });

  test('Vietnamese amounts are read as typed: 4,8 tỷ moves KR2 from 4,3 tỷ toward 5,6 tỷ', () => {
    const rt = smallCompany();
    typeRows(rt, 'checkIns', [{ krId: 'KR2', value: '4,8 tỷ' }], SALES_REP);
    expect(krRow(rt, 'KR2')['Tiến độ']).toBeCloseTo(0.5 / 1.3, 9);
  });
});

describe('refresh', () => {
  test('writes the latest value, progress, score and status of every KR', () => {
    const rt = smallCompany();
    typeRows(rt, 'checkIns', [{ krId: 'KR4', value: '5', confidence: 'Đúng tiến độ' }], 'hung@example.vn');
    rt.env.setNow(new Date('2026-11-16T03:00:00Z'));
    rt.run('menuRefresh');
    // KR4 went 8 -> 5 toward 2: progress 0.5; six weeks without a check-in is stale, never green.
    expect(krRow(rt, 'KR4')).toMatchObject({ 'Hiện tại': 5, 'Tiến độ': 0.5, 'Trạng thái': 'Lâu chưa cập nhật', 'Mức tự tin': 'Đúng tiến độ' });
    expect(krRow(rt, 'KR4')['Cập nhật gần nhất']).toEqual(new Date('2026-10-04T17:00:00Z'));
    expect(rt.ui.alerts.at(-1)!.prompt).toBe('Đã cập nhật tiến độ cho 4 kết quả then chốt.');
  });

  test('makes the same number of spreadsheet calls for 10 and for 1,000 check-ins', () => {
    const callsFor = (count: number) => {
      const rt = withCheckIns(count);
      rt.run('menuRefresh');
      return rt.env.totalCalls();
    };
    expect(callsFor(1000)).toBe(callsFor(10));
  });

  test('onEdit reads the same cells for 10 and for 1,000 check-ins already there: never the Check-ins tab whole', () => {
    const cellsFor = (count: number) => {
      const rt = withCheckIns(count);
      typeRows(rt, 'checkIns', [{ krId: 'KR3', value: '12' }], SALES_REP);
      expect(krRow(rt, 'KR3')['Hiện tại']).toBe(12);
      return rt.env.totalCells().read;
    };
    expect(cellsFor(1000)).toBe(cellsFor(10));
  });

  test('a row typed while the lock stays busy is stamped by the next run with the time it was typed', () => {
    const rt = smallCompany();
    rt.locks.holdFor('script', 60_000);
    const typedAt = rt.env.now();
    typeRows(rt, 'checkIns', [{ krId: 'KR3', value: '12' }], SALES_REP);
    expect(tabValues(rt, CHECK_INS)[1]![0]).toBe('');
    rt.env.advance(60_000);
    rt.run('menuRefresh');
    const row = tabValues(rt, CHECK_INS)[1]!;
    expect((row[0] as Date).getTime() - typedAt).toBeLessThan(15_000);
    expect([row[7], row[8]]).toEqual([SALES_REP, 'trang tính']);
    expect(krRow(rt, 'KR3')['Hiện tại']).toBe(12);
  });
});

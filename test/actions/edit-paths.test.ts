// onEdit through the bundle: a pasted block of check-ins (stamps, notes, KR columns) and key results typed in the sheet.
import { typeRows } from '../../src/local/cli';
import type { LocalRuntime } from '../../src/local/emulator';
import { SALES_LEAD, SALES_REP, smallCompany, tabValues } from '../support/bundle';

const CHECK_INS = 'Cập nhật tiến độ';
const KRS = 'Kết quả then chốt';
const TYPED_AT = new Date('2026-10-04T03:00:00Z');

const sheetOf = (rt: LocalRuntime, name: string) => rt.book.getSheetByName(name)!;
const notesOf = (rt: LocalRuntime, name: string, column: number, rows: number) =>
  rt.env.quiet(() =>
    sheetOf(rt, name)
      .getRange(2, column, rows, 1)
      .getNotes()
      .map((r) => String(r[0])),
  );
const krCurrent = (rt: LocalRuntime, id: string) => {
  const [header, ...rows] = tabValues(rt, [KRS]);
  return rows.find((r) => r[0] === id)![header!.indexOf('Hiện tại')];
};

describe('a pasted block of check-ins', () => {
  const block = [
    { krId: 'KR3', value: '12' },
    { krId: '', value: '' },
    { krId: 'KR99', value: '5' },
    { krId: 'KR2', value: 'abc' },
    { krId: 'KR2', value: '4,8 tỷ', by: SALES_LEAD },
    { krId: 'KR4', value: '4' },
    { krId: 'KR3', value: '14', timestamp: TYPED_AT },
    { krId: '', value: 'xx' },
  ];

  test('stamps only the blank stamp cells of its check-in rows, notes each row that cannot count, counts the rest', () => {
    const rt = smallCompany();
    typeRows(rt, 'checkIns', block, SALES_REP);
    const rows = tabValues(rt, [CHECK_INS]).slice(1);
    expect(rows).toHaveLength(block.length);
    // Timestamp, By, Source: the blank row gets none; a typed By or Timestamp is kept.
    expect(rows.map((r) => [r[0] instanceof Date, r[7], r[8]])).toEqual([
      [true, SALES_REP, 'trang tính'],
      [false, '', ''],
      [true, SALES_REP, 'trang tính'],
      [true, SALES_REP, 'trang tính'],
      [true, SALES_LEAD, 'trang tính'],
      [true, SALES_REP, 'trang tính'],
      [true, SALES_REP, 'trang tính'],
      [true, SALES_REP, 'trang tính'],
    ]);
    expect(rows[6]![0]).toEqual(TYPED_AT);
    const notes = notesOf(rt, CHECK_INS, 3, block.length);
    expect(notes.map((n) => n !== '')).toEqual([false, false, true, true, false, true, false, true]);
    expect(notes[2]).toMatch(/“KR99”/);
    expect(notes[3]).toMatch(/“abc”/);
    expect(notes[5]).toMatch(/KR4 không phải KR của bạn/);
    expect(notes[7]).toMatch(/“xx”/);
    // Counted: KR3's 12 (its own 14 has a typed time: the next full refresh places it) and the lead's KR2.
    expect(krCurrent(rt, 'KR3')).toBe(12);
    expect(krCurrent(rt, 'KR2')).toBe(4.8e9);
    expect(krCurrent(rt, 'KR4')).toBe('');
  });

  test('its stamps take one write per block of columns, not one per row', () => {
    const writesFor = (rows: number) => {
      const rt = smallCompany();
      rt.env.resetCounters();
      typeRows(
        rt,
        'checkIns',
        Array.from({ length: rows }, (_, i) => ({ krId: 'KR3', value: String(i) })),
        SALES_REP,
      );
      return rt.env.calls.get('Range.setValues') ?? 0;
    };
    // Timestamp; By and Source side by side; and the KR row: whatever the number of rows.
    expect(writesFor(1)).toBe(3);
    expect(writesFor(12)).toBe(3);
  });

  test('a note a person wrote on a Value cell stays; the program replaces only its own', () => {
    const rt = smallCompany();
    typeRows(
      rt,
      'checkIns',
      [
        { krId: 'KR99', value: '5' },
        { krId: 'KR3', value: '5' },
      ],
      SALES_REP,
    );
    rt.env.quiet(() => sheetOf(rt, CHECK_INS).getRange(3, 3).setNote('hỏi lại chị Lan'));
    rt.type(CHECK_INS, 2, 2, [['KR3'], ['KR98']], SALES_REP);
    const notes = notesOf(rt, CHECK_INS, 3, 2);
    expect(notes[0]).toBe('');
    expect(notes[1]).toMatch(/^OKR · .*“KR98”/);
    rt.type(CHECK_INS, 3, 2, [['KR3']], SALES_REP);
    expect(notesOf(rt, CHECK_INS, 3, 2)).toEqual(['', '']);
  });
});

describe('key results typed in the sheet', () => {
  test("get the linter's note, read as the full check reads them (the ID trimmed), and lose it once they read as results", () => {
    const rt = smallCompany();
    typeRows(
      rt,
      'keyResults',
      [{ krId: ' KR9 ', objectiveId: 'O2', keyResult: 'Gặp gỡ phó giám đốc các khách hàng lớn', kind: 'Milestone', start: 0, target: 1 }],
      SALES_LEAD,
    );
    const row = tabValues(rt, [KRS]).length;
    const note = () => rt.env.quiet(() => sheetOf(rt, KRS).getRange(row, 3).getNote());
    expect(note()).toMatch(/^OKR · KR9 mô tả một việc cần làm/);
    rt.type(KRS, row, 3, [['Đạt 5 cam kết gia hạn từ các khách hàng lớn']], SALES_LEAD);
    expect(note()).toBe('');
  });

  test('an edit beside the Key result column leaves its notes alone and reads no rows', () => {
    const rt = smallCompany();
    rt.env.quiet(() => sheetOf(rt, KRS).getRange(2, 3).setNote('ghi chú'));
    rt.env.resetCounters();
    rt.type(KRS, 2, 5, [['lan@example.vn']], SALES_LEAD);
    expect(rt.env.quiet(() => sheetOf(rt, KRS).getRange(2, 3).getNote())).toBe('ghi chú');
    expect(rt.env.calls.get('Range.getNotes') ?? 0).toBe(0);
  });
});

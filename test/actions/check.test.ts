// "Check alignment & quality" and the KR linter on edit, through the bundle.
import { typeRows } from '../../src/local/cli';
import { ADMIN, smallCompany, tabValues } from '../support/bundle';

describe('check alignment & quality', () => {
  test('a clean company draws no error nor warning, scores 100, and shows its alignment tree', () => {
    const rt = smallCompany();
    // Two KRs per objective at least (the focus rule).
    typeRows(rt, 'keyResults', [
      {
        krId: 'KR5',
        objectiveId: 'O1',
        keyResult: 'Giảm tỷ lệ khách hàng rời bỏ từ 3% xuống 2%',
        teamId: 'BGD',
        ownerEmail: ADMIN,
        kind: 'Decrease',
        unit: '%',
        start: 0.03,
        target: 0.02,
      },
      {
        krId: 'KR6',
        objectiveId: 'O3',
        keyResult: 'Tăng số khách hàng dùng báo cáo từ 20 lên 60',
        teamId: 'SP',
        ownerEmail: 'hung@example.vn',
        kind: 'Increase',
        start: 20,
        target: 60,
      },
    ]);
    rt.run('menuCheck');
    expect(rt.ui.alerts.at(-1)!.prompt).toMatch(/^Điểm liên kết 100\/100: 0 lỗi, 0 cảnh báo/);
    const tree = tabValues(rt, ['Cây mục tiêu']).map((r) => String(r[0]));
    expect(tree.slice(1, 5)).toEqual([
      'Giữ chân khách hàng',
      '    • Tăng tỷ lệ gia hạn từ 78% lên 90%',
      '    • Giảm tỷ lệ khách hàng rời bỏ từ 3% xuống 2%',
      '    Tăng doanh thu từ khách hàng cũ',
    ]);
  });

  test('planted problems come out sorted by severity, in Vietnamese, each linking to its row', () => {
    const rt = smallCompany();
    typeRows(rt, 'objectives', [
      { objectiveId: 'O9', cycleId: 'Q4', level: 'Team', teamId: 'KD', ownerEmail: ADMIN, objective: 'Mục tiêu lạc', type: 'Committed', status: 'Active' },
    ]);
    typeRows(rt, 'keyResults', [
      { krId: 'KR9', objectiveId: 'O9', keyResult: 'Gửi email cho khách hàng', teamId: 'KD', kind: 'Milestone', start: 0, target: 1 },
      { krId: 'KR10', objectiveId: 'O9', keyResult: 'Đạt doanh thu', teamId: 'KD', kind: 'Increase', start: 'chưa rõ', target: 'chưa rõ' },
    ]);
    rt.run('menuCheck');
    const [header, ...rows] = tabValues(rt, ['Phát hiện']);
    expect(header).toEqual(['Mức độ', 'Mã lỗi', 'Trang', 'Dòng', 'Mã', 'Nội dung', 'Gợi ý', 'Liên kết']);
    const codes = rows.map((r) => r[1]);
    expect(codes).toEqual(expect.arrayContaining(['INVALID_VALUE', 'ORPHAN_OBJECTIVE', 'KR_TASK_LIKE']));
    const severities = rows.map((r) => ['Lỗi', 'Cảnh báo', 'Thông tin'].indexOf(String(r[0])));
    expect(severities).toEqual([...severities].sort((a, b) => a - b));
    const taskLike = rows.find((r) => r[1] === 'KR_TASK_LIKE')!;
    expect(taskLike[5]).toMatch(/KR9 mô tả một việc cần làm/);
    expect(taskLike[7]).toBe(`${rt.book.getUrl()}#gid=${rt.book.getSheetByName('Kết quả then chốt')!.getSheetId()}&range=A6`);
  });

  test('the check reads each tab once: its calls grow neither with rows nor with findings', () => {
    const calls = (extra: number) => {
      const rt = smallCompany();
      typeRows(
        rt,
        'checkIns',
        Array.from({ length: extra }, (_, i) => ({ krId: `KR${(i % 4) + 1}`, value: String(i) })),
        ADMIN,
      );
      // Each of these KRs draws findings (task-like, unknown objective…).
      typeRows(
        rt,
        'keyResults',
        Array.from({ length: extra / 4 }, (_, i) => ({ krId: `T${i}`, objectiveId: 'O404', keyResult: 'Gửi email cho khách hàng' })),
        ADMIN,
      );
      rt.env.resetCounters();
      rt.run('menuCheck');
      return rt.env.totalCalls();
    };
    expect(calls(200)).toBe(calls(2));
  });
});

describe('KR linter on edit', () => {
  test('a task-like KR gets a note with a rewrite; the note goes when it reads as a result', () => {
    const rt = smallCompany();
    typeRows(rt, 'keyResults', [
      { krId: 'KR9', objectiveId: 'O2', keyResult: 'Gặp gỡ phó giám đốc các khách hàng lớn', teamId: 'KD', kind: 'Milestone', start: 0, target: 1 },
    ]);
    const cell = rt.book.getSheetByName('Kết quả then chốt')!.getRange(6, 3);
    expect(cell.getNote()).toMatch(/KR9 mô tả một việc cần làm[\s\S]*Viết lại thành kết quả/);
    rt.type('Kết quả then chốt', 6, 3, [['Đạt 5 cam kết gia hạn từ các khách hàng lớn']]);
    expect(cell.getNote()).toBe('');
  });
});

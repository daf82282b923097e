// The KR linter's verdict as findings: a Maintain or Milestone KR is measured by its target alone.
import type { KeyResult } from '../../src/core/model';
import { lintFindings } from '../../src/core/kr-lint-findings';
import { keyResult } from './fixtures';

const kr = (more: Partial<KeyResult>) => keyResult({ id: 'KR9', row: 12, objectiveId: 'O1', ...more });
const codes = (k: KeyResult) => lintFindings(k).map((f) => f.code);

describe('lintFindings', () => {
  const outcome = 'Giữ CSAT ở mức 4.5';
  test.each<[string, Partial<KeyResult>, string[]]>([
    ['an Increase from 10 to 20', { kind: 'Increase', title: 'Tăng doanh thu', start: 10, target: 20 }, []],
    ['an Increase starting at its target', { kind: 'Increase', title: 'Tăng doanh thu', start: 20, target: 20 }, ['KR_NOT_MEASURABLE']],
    ['a Decrease starting at its target', { kind: 'Decrease', title: 'Giảm tỷ lệ lỗi', start: 3, target: 3 }, ['KR_NOT_MEASURABLE']],
    ['a Maintain starting at its target', { kind: 'Maintain', title: outcome, start: 4.5, target: 4.5 }, []],
    ['a Milestone starting at its target', { kind: 'Milestone', title: 'Hệ thống go live', start: 1, target: 1 }, []],
    ['a KR whose kind did not read, at its target', { kind: null, title: outcome, start: 4.5, target: 4.5 }, []],
    ['a Maintain without a target nor a number', { kind: 'Maintain', title: 'Giữ chất lượng dịch vụ', start: 4.5, target: null }, ['KR_NOT_MEASURABLE']],
    ['an Increase without a target: its text is read', { kind: 'Increase', title: 'Tăng doanh thu lên 2 tỷ', start: null, target: null }, []],
    ['a task, whatever its figures', { kind: 'Increase', title: 'Gửi email cho khách hàng', start: 0, target: 10 }, ['KR_TASK_LIKE']],
  ])('%s', (_, more, expected) => {
    expect(codes(kr(more))).toEqual(expected);
  });

  test('findings are warnings on the KR row, the task one with its rewrite', () => {
    const task = kr({ kind: 'Increase', title: 'Gửi email cho khách hàng', start: 0, target: 0 });
    const findings = lintFindings(task);
    expect(findings.map((f) => [f.code, f.severity, f.tab, f.row, f.id])).toEqual([
      ['KR_TASK_LIKE', 'warning', 'keyResults', 12, 'KR9'],
      ['KR_NOT_MEASURABLE', 'warning', 'keyResults', 12, 'KR9'],
    ]);
    const [taskLike, notMeasurable] = findings;
    expect(taskLike!.params).toMatchObject({ title: task.title });
    expect(String((taskLike!.params as { rewrite: string }).rewrite)).not.toBe('');
    expect(notMeasurable!.params).toEqual({ title: task.title });
  });
});

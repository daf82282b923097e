import { checkKeyResults } from '../../src/core/check-krs';
import { dayFromParts } from '../../src/core/date-parse';
import { computeKrStates } from '../../src/core/kr-state';
import type { KeyResult, Workbook } from '../../src/core/model';
import { append, cleanWorkbook, keyResult, patch, TODAY, withKeyResults } from './fixtures';

const check = (wb: Workbook) => checkKeyResults(wb, computeKrStates(wb, TODAY), TODAY);
const summary = (wb: Workbook) => check(wb).map((f) => [f.code, f.id, f.params]);

describe('checkKeyResults', () => {
  test('finds nothing in the clean company', () => {
    expect(check(cleanWorkbook())).toEqual([]);
  });

  test.each<[string, Partial<KeyResult>, unknown[][]]>([
    ['an Increase KR starting at its target', { start: 45, target: 45 }, [['KR_NOT_MEASURABLE', 'KR2', { reason: 'sameStartTarget', start: 45, target: 45 }]]],
    [
      'a Milestone KR at 1 already',
      { kind: 'Milestone', start: 1, target: 1 },
      [['KR_NOT_MEASURABLE', 'KR2', { reason: 'sameStartTarget', start: 1, target: 1 }]],
    ],
    [
      'a Milestone KR without a target',
      { kind: 'Milestone', start: 0, target: null },
      [['KR_NOT_MEASURABLE', 'KR2', { reason: 'milestoneBlank', start: 0, target: '' }]],
    ],
    ['a Maintain KR holding its start', { kind: 'Maintain', start: 4.5, target: 4.5 }, []],
    ['a Milestone KR from 0 to 1', { kind: 'Milestone', start: 0, target: 1 }, []],
  ])('on %s reports %j', (_what, changes, expected) => {
    expect(summary(patch(cleanWorkbook(), 'keyResults', 'KR2', changes))).toEqual(expected);
  });

  test('leaves a numeric KR with a blank target to MISSING_FIELD', () => {
    expect(check(patch(cleanWorkbook(), 'keyResults', 'KR2', { target: null }))).toEqual([]);
  });

  test('reports a KR with neither owner nor team, but not one owned by its team only', () => {
    expect(summary(patch(cleanWorkbook(), 'keyResults', 'KR4', { ownerEmail: '', teamId: '' }))).toEqual([['KR_NO_OWNER', 'KR4', {}]]);
    expect(check(patch(cleanWorkbook(), 'keyResults', 'KR4', { ownerEmail: '' }))).toEqual([]);
  });

  test('does not call an owner missing when the owner cell was unreadable', () => {
    const wb: Workbook = {
      ...patch(cleanWorkbook(), 'keyResults', 'KR4', { ownerEmail: '', teamId: '' }),
      problems: [
        { tab: 'keyResults', row: 5, column: 'ownerEmail', header: 'Email người cập nhật', id: 'KR4', problem: { code: 'INVALID_EMAIL', input: 'hoa@' } },
      ],
    };
    expect(check(wb)).toEqual([]);
  });

  test('reports a stale KR with the days since its last check-in', () => {
    const wb = { ...cleanWorkbook(), checkIns: cleanWorkbook().checkIns.filter((c) => c.krId !== 'KR6' || c.day! <= dayFromParts(2026, 4, 20)) };
    expect(summary(wb)).toEqual([['STALE_KR', 'KR6', { days: 16, lastCheckIn: '2026-04-20' }]]);
  });

  test('reports a KR never checked in with the days since the cycle start', () => {
    const wb = append(cleanWorkbook(), 'keyResults', keyResult({ id: 'KR7', row: 8, objectiveId: 'O2' }));
    expect(summary(wb)).toEqual([['STALE_KR', 'KR7', { days: 35, lastCheckIn: '' }]]);
  });

  test('does not check the KRs of dropped objectives or of closed cycles', () => {
    const stale = (wb: Workbook) => append(wb, 'keyResults', keyResult({ id: 'KR7', row: 8, objectiveId: 'O2', start: 5, target: 5, teamId: '' }));
    expect(check(stale(patch(cleanWorkbook(), 'objectives', 'O2', { status: 'Dropped' })))).toEqual([]);
    expect(check(stale(patch(cleanWorkbook(), 'cycles', 'Q2-2026', { status: 'Closed' })))).toEqual([]);
  });

  test('reports measurability but not staleness for a draft objective', () => {
    const wb = withKeyResults(
      patch(cleanWorkbook(), 'objectives', 'O2', { status: 'Draft' }),
      keyResult({ id: 'KR7', row: 8, objectiveId: 'O2', start: 5, target: 5 }),
    );
    const drafted = { ...wb, checkIns: wb.checkIns.filter((c) => c.krId !== 'KR3') };
    expect(summary(drafted).map(([code, id]) => [code, id])).toEqual([['KR_NOT_MEASURABLE', 'KR7']]);
  });
});

import { checkDependencies, decider } from '../../src/core/check-dependencies';
import { checkWorkbook } from '../../src/core/checks';
import { dayFromParts } from '../../src/core/date-parse';
import type { Workbook } from '../../src/core/model';
import { findingText } from '../../src/i18n/findings';
import { append, cleanWorkbook, objective, patch, TODAY } from './fixtures';

const declined = (wb: Workbook): Workbook =>
  patch(wb, 'dependencies', 'D1', { status: 'Declined', backingKrId: '', response: 'Quý này tập trung khách hàng mới' });
const d1 = (wb: Workbook) => wb.dependencies[0]!;

describe('the retention story: Sales needs 3 features from Product, Product declines', () => {
  // KD asks SP for KR3, under O2 → O1 (company, the CEO's); SP's own O3 also aligns to O1.
  test('the CEO decides, as owner of O1, the lowest objective both teams align to', () => {
    const wb = declined(cleanWorkbook());
    expect(decider(wb, d1(wb))).toEqual({ email: 'ceo@congty.vn', via: 'objective', objectiveId: 'O1' });
    const { findings } = checkWorkbook(wb, TODAY);
    expect(findings).toEqual([
      {
        code: 'DEPENDENCY_DECLINED',
        severity: 'warning',
        tab: 'dependencies',
        row: 2,
        id: 'D1',
        params: {
          requestingTeamId: 'KD',
          providingTeamId: 'SP',
          request: '3 tính năng cho khách hàng hiện tại',
          decider: 'ceo@congty.vn',
          via: 'objective',
          objectiveId: 'O1',
          teamId: '',
        },
      },
    ]);
    expect(findingText(findings[0]!, 'vi').suggestion).toContain('ceo@congty.vn');
  });

  test('a lower common objective decides before the company one', () => {
    let wb = append(
      declined(cleanWorkbook()),
      'objectives',
      objective({ id: 'O5', row: 5, level: 'Team', teamId: 'SP', ownerEmail: 'minh.le@congty.vn', parentId: 'O2' }),
    );
    wb = patch(wb, 'dependencies', 'D1', { forId: 'O2' });
    expect(decider(wb, d1(wb))).toEqual({ email: 'lan.tran@congty.vn', via: 'objective', objectiveId: 'O2' });
  });

  test('when the objectives share no ancestor, the lead of the lowest common parent team decides', () => {
    let wb = declined(cleanWorkbook());
    wb = append(
      wb,
      'objectives',
      objective({ id: 'O4', row: 5, level: 'Company', teamId: 'BGD', ownerEmail: 'chu.tich@congty.vn', parentId: '', title: 'Giành khách hàng mới' }),
    );
    wb = patch(wb, 'objectives', 'O3', { parentId: 'O4' });
    wb = append(wb, 'teams', { row: 5, id: 'KKD', name: 'Khối Kinh doanh - Sản phẩm', parentId: 'BGD', leadEmail: 'coo@congty.vn' });
    wb = patch(patch(wb, 'teams', 'KD', { parentId: 'KKD' }), 'teams', 'SP', { parentId: 'KKD' });
    expect(decider(wb, d1(wb))).toEqual({ email: 'coo@congty.vn', via: 'team', teamId: 'KKD' });
  });

  test('nobody is found when neither objectives nor teams meet', () => {
    let wb = patch(declined(cleanWorkbook()), 'objectives', 'O3', { parentId: '' });
    wb = patch(patch(wb, 'teams', 'KD', { parentId: '' }), 'teams', 'SP', { parentId: '' });
    expect(decider(wb, d1(wb))).toEqual({ email: '', via: 'none' });
  });

  test('a loop in the Teams tree does not hang the search', () => {
    let wb = patch(declined(cleanWorkbook()), 'objectives', 'O3', { parentId: '' });
    wb = patch(patch(wb, 'teams', 'KD', { parentId: 'SP' }), 'teams', 'SP', { parentId: 'KD' });
    expect(decider(wb, d1(wb))).toEqual({ email: 'lan.tran@congty.vn', via: 'team', teamId: 'KD' });
  });

  test('once someone is recorded in Decided by, the finding is gone', () => {
    const wb = patch(declined(cleanWorkbook()), 'dependencies', 'D1', { decidedBy: 'ceo@congty.vn' });
    expect(checkDependencies(wb, TODAY)).toEqual([]);
  });
});

describe('checkDependencies', () => {
  const requested = (on: number) => patch(cleanWorkbook(), 'dependencies', 'D1', { status: 'Requested', backingKrId: '', requestedOn: on });

  test('waits the grace days before calling a request unanswered, and names who decides if it stays so', () => {
    expect(checkDependencies(requested(TODAY - 2), TODAY)).toEqual([]);
    expect(checkDependencies(requested(TODAY - 3), TODAY)).toEqual([
      {
        code: 'DEPENDENCY_UNANSWERED',
        severity: 'warning',
        tab: 'dependencies',
        row: 2,
        id: 'D1',
        params: { days: 3, providingTeamId: 'SP', providingTeam: 'Sản phẩm', lead: 'minh.le@congty.vn', decider: 'ceo@congty.vn' },
      },
    ]);
  });

  test('reports an accepted request backed by another team’s KR', () => {
    const wb = patch(cleanWorkbook(), 'dependencies', 'D1', { backingKrId: 'KR4' });
    expect(checkDependencies(wb, TODAY).map((f) => f.params)).toEqual([
      { providingTeamId: 'SP', backingKrId: 'KR4', backingTeamId: 'KD', reason: 'otherTeam' },
    ]);
  });

  test('takes a backing KR’s team from its objective when its own Team ID is blank', () => {
    const wb = patch(cleanWorkbook(), 'keyResults', 'KR5', { teamId: '' });
    expect(checkDependencies(wb, TODAY)).toEqual([]);
  });

  test('leaves a backing KR that does not exist to UNKNOWN_REFERENCE', () => {
    expect(checkDependencies(patch(cleanWorkbook(), 'dependencies', 'D1', { backingKrId: 'KR99' }), TODAY)).toEqual([]);
  });

  test('does not check dependencies for objectives of a closed cycle', () => {
    const wb = patch(patch(cleanWorkbook(), 'cycles', 'Q2-2026', { status: 'Closed' }), 'dependencies', 'D1', {
      status: 'Requested',
      requestedOn: dayFromParts(2026, 1, 5),
    });
    expect(checkDependencies(wb, TODAY)).toEqual([]);
  });
});

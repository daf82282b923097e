import { buildAlignmentTree } from '../../src/core/alignment-tree';
import { computeKrStates } from '../../src/core/kr-state';
import type { Workbook } from '../../src/core/model';
import { append, cleanWorkbook, objective, patch, TODAY } from './fixtures';

const tree = (wb: Workbook, cycleId = 'Q2-2026') => buildAlignmentTree(wb, computeKrStates(wb, TODAY), cycleId);
const outline = (wb: Workbook, cycleId?: string) => tree(wb, cycleId).map((r) => `${'  '.repeat(r.depth)}${r.kind === 'orphans' ? '--' : r.id}`);

describe('buildAlignmentTree', () => {
  test('walks down from the company objective: its KRs, then each aligned objective and its KRs', () => {
    expect(outline(cleanWorkbook())).toEqual(['O1', '  KR1', '  KR2', '  O2', '    KR3', '    KR4', '  O3', '    KR5', '    KR6']);
  });

  test('carries titles, teams, owners, statuses and scores; an objective scores the weighted mean of its KRs', () => {
    const rows = tree(cleanWorkbook());
    const o1 = rows[0]!;
    const [kr1, kr2] = [rows[1]!, rows[2]!];
    expect(o1).toMatchObject({ kind: 'objective', title: 'Giữ chân khách hàng hiện tại', teamId: 'BGD', owner: 'ceo@congty.vn', status: 'Active' });
    expect(kr1).toMatchObject({ kind: 'kr', id: 'KR1', teamId: 'BGD', owner: 'ceo@congty.vn', status: 'On track' });
    expect(kr1.score).toBeCloseTo(0.4, 9);
    expect(o1.score).toBeCloseTo((2 * kr1.score! + kr2.score!) / 3, 9);
  });

  test('lists orphans after a marker row, each from its topmost objective', () => {
    let wb = patch(cleanWorkbook(), 'objectives', 'O2', { parentId: '' });
    wb = append(wb, 'objectives', objective({ id: 'O4', row: 5, level: 'Team', parentId: 'O2' }));
    expect(outline(wb)).toEqual(['O1', '  KR1', '  KR2', '  O3', '    KR5', '    KR6', '--', 'O2', '  KR3', '  KR4', '  O4']);
  });

  test('shows each member of a parent loop once, under the marker', () => {
    const wb = append(patch(cleanWorkbook(), 'objectives', 'O2', { parentId: 'O4' }), 'objectives', objective({ id: 'O4', row: 5, parentId: 'O2' }));
    expect(outline(wb).slice(6)).toEqual(['--', 'O2', '  KR3', '  KR4', '  O4']);
  });

  test('keeps to the cycle asked for', () => {
    const wb = append(cleanWorkbook(), 'objectives', objective({ id: 'Q1-O1', row: 5, cycleId: 'Q1-2026', level: 'Company', parentId: '' }));
    expect(outline(wb, 'Q1-2026')).toEqual(['Q1-O1']);
    expect(outline(wb)).not.toContain('Q1-O1');
  });

  test('gives an objective with no scored KR no score', () => {
    const rows = tree(append(cleanWorkbook(), 'objectives', objective({ id: 'O4', row: 5 })));
    expect(rows.find((r) => r.id === 'O4')).toMatchObject({ depth: 1, score: null });
  });
});

import { checkAlignment, objectivesById, parentChain } from '../../src/core/check-alignment';
import type { Workbook } from '../../src/core/model';
import { append, cleanWorkbook, objective, patch } from './fixtures';

const teamLoop = [
  objective({ id: 'T1', row: 5, level: 'Team', parentId: '' }),
  objective({ id: 'T2', row: 6, level: 'Team', parentId: 'T1' }),
  objective({ id: 'T3', row: 7, level: 'Team', parentId: 'T2' }),
];

const summary = (wb: Workbook) => checkAlignment(wb).map((f) => [f.code, f.row, f.id, f.params]);

describe('checkAlignment', () => {
  test('finds nothing in the clean company', () => {
    expect(checkAlignment(cleanWorkbook())).toEqual([]);
  });

  test('reports a department objective without a parent as an orphan', () => {
    expect(summary(patch(cleanWorkbook(), 'objectives', 'O3', { parentId: '' }))).toEqual([['ORPHAN_OBJECTIVE', 4, 'O3', {}]]);
  });

  test('counts a parent of another cycle as no parent, and names it', () => {
    const wb = append(cleanWorkbook(), 'objectives', objective({ id: 'Q1-O1', row: 5, cycleId: 'Q1-2026', level: 'Company', parentId: '' }));
    expect(summary(patch(wb, 'objectives', 'O3', { parentId: 'Q1-O1' }))).toEqual([
      ['ORPHAN_OBJECTIVE', 4, 'O3', { parentId: 'Q1-O1', parentCycleId: 'Q1-2026' }],
    ]);
  });

  test.each<[string, Record<string, string>]>([
    ['Q1-O1', { parentId: 'Q1-O1', parentCycleId: 'Q1-2026' }],
    ['Q2-O7', { parentId: 'Q2-O7', parentCycleId: 'Q2-2026' }],
  ])('counts a parent archived with its cycle (%s, known from Reviews) as a parent of another cycle', (parentId, params) => {
    const archived = new Map([
      ['Q1-O1', 'Q1-2026'],
      ['Q2-O7', 'Q2-2026'],
    ]);
    const wb = patch(cleanWorkbook(), 'objectives', 'O3', { parentId });
    expect(checkAlignment(wb, archived).map((f) => [f.code, f.row, f.id, f.params])).toEqual([['ORPHAN_OBJECTIVE', 4, 'O3', params]]);
    // Not known from Reviews: UNKNOWN_REFERENCE's, as before.
    expect(checkAlignment(wb)).toEqual([]);
  });

  test('leaves an unknown parent to UNKNOWN_REFERENCE', () => {
    expect(checkAlignment(patch(cleanWorkbook(), 'objectives', 'O3', { parentId: 'O9' }))).toEqual([]);
  });

  test('reports a loop once, at its lowest row, not once per member and not as level order', () => {
    let wb = append(cleanWorkbook(), 'objectives', ...teamLoop);
    wb = patch(wb, 'objectives', 'T1', { parentId: 'T3' });
    expect(summary(wb)).toEqual([['PARENT_CYCLE', 5, 'T1', { path: 'T1 → T3 → T2 → T1' }]]);
  });

  test('reports an objective that is its own parent as a loop', () => {
    expect(summary(patch(cleanWorkbook(), 'objectives', 'O1', { parentId: 'O1' }))).toEqual([['PARENT_CYCLE', 2, 'O1', { path: 'O1 → O1' }]]);
  });

  test.each<[string, string]>([
    ['Department', 'Department'],
    ['Team', 'Individual'],
  ])('reports a %s objective under a(n) %s one as LEVEL_ORDER', (level, parentLevel) => {
    let wb = patch(cleanWorkbook(), 'objectives', 'O2', { level: parentLevel as 'Team' });
    wb = patch(wb, 'objectives', 'O3', { level: level as 'Team', parentId: 'O2' });
    expect(summary(wb).filter(([code]) => code === 'LEVEL_ORDER')).toEqual([['LEVEL_ORDER', 4, 'O3', { level, parentId: 'O2', parentLevel }]]);
  });

  test('accepts a team objective straight under the company objective', () => {
    expect(checkAlignment(patch(cleanWorkbook(), 'objectives', 'O3', { level: 'Team' }))).toEqual([]);
  });

  test('reports a company objective nothing aligns to, naming its cycle', () => {
    const wb = append(cleanWorkbook(), 'objectives', objective({ id: 'O4', row: 5, level: 'Company', teamId: 'BGD', parentId: '' }));
    expect(summary(wb)).toEqual([['UNSUPPORTED_OBJECTIVE', 5, 'O4', { cycleId: 'Q2-2026' }]]);
  });

  test('counts support through descendants, even under a dropped middle objective', () => {
    let wb = patch(cleanWorkbook(), 'objectives', 'O2', { status: 'Dropped' });
    wb = patch(wb, 'objectives', 'O3', { level: 'Team', parentId: 'O2' });
    wb = append(wb, 'objectives', objective({ id: 'O4', row: 5, level: 'Company', teamId: 'BGD', parentId: '' }));
    wb = append(wb, 'objectives', objective({ id: 'O5', row: 6, level: 'Team', parentId: 'O4' }));
    expect(checkAlignment(wb)).toEqual([]);
  });

  test('does not count draft objectives as support', () => {
    let wb = patch(cleanWorkbook(), 'objectives', 'O2', { status: 'Draft' });
    wb = patch(wb, 'objectives', 'O3', { status: 'Draft' });
    expect(summary(wb)).toEqual([['UNSUPPORTED_OBJECTIVE', 2, 'O1', { cycleId: 'Q2-2026' }]]);
  });

  test('does not report a draft company objective, nor objectives of a closed cycle', () => {
    const draft = append(cleanWorkbook(), 'objectives', objective({ id: 'O4', row: 5, level: 'Company', parentId: '', status: 'Draft' }));
    const closed = append(cleanWorkbook(), 'objectives', objective({ id: 'Q1-O7', row: 5, cycleId: 'Q1-2026', parentId: '' }));
    expect(checkAlignment(draft)).toEqual([]);
    expect(checkAlignment(closed)).toEqual([]);
  });
});

describe('parentChain', () => {
  test('climbs parents within the cycle', () => {
    const wb = cleanWorkbook();
    const byId = objectivesById(wb.objectives);
    expect(parentChain(byId.get('O3')!, byId).map((o) => o.id)).toEqual(['O3', 'O1']);
  });

  test('stops before a member of a loop would repeat', () => {
    const wb = patch(cleanWorkbook(), 'objectives', 'O1', { parentId: 'O2' });
    const byId = objectivesById(wb.objectives);
    expect(parentChain(byId.get('O3')!, byId).map((o) => o.id)).toEqual(['O3', 'O1', 'O2']);
  });
});

import { checkFocus } from '../../src/core/check-focus';
import type { Objective, Workbook } from '../../src/core/model';
import { append, cleanWorkbook, keyResult, objective, patch } from './fixtures';

const summary = (wb: Workbook) => checkFocus(wb).map((f) => [f.code, f.severity, f.id, f.params]);

/** Sales objectives O4… each with two KRs, on top of the clean company's O2. */
function salesObjectives(count: number, extra: Partial<Objective> = {}): Workbook {
  let wb = cleanWorkbook();
  for (let i = 0; i < count; i++) {
    const id = `O${4 + i}`;
    wb = append(wb, 'objectives', objective({ id, row: 5 + i, ...extra }));
    wb = append(
      wb,
      'keyResults',
      keyResult({ id: `${id}-A`, row: 20 + 2 * i, objectiveId: id }),
      keyResult({ id: `${id}-B`, row: 21 + 2 * i, objectiveId: id }),
    );
  }
  return wb;
}

describe('checkFocus', () => {
  test('finds nothing in the clean company', () => {
    expect(checkFocus(cleanWorkbook())).toEqual([]);
  });

  test('allows a team exactly the maximum of objectives', () => {
    expect(checkFocus(salesObjectives(4))).toEqual([]);
  });

  test('reports a team over the maximum once, on its first objective past the limit', () => {
    expect(summary(salesObjectives(6))).toEqual([['TOO_MANY_OBJECTIVES', 'warning', 'O8', { teamId: 'KD', cycleId: 'Q2-2026', count: 7, max: 5 }]]);
  });

  test.each<[string, Partial<Objective>]>([
    ['drafts', { status: 'Draft' }],
    ['dropped objectives', { status: 'Dropped' }],
    ['individual objectives', { level: 'Individual' }],
    ['objectives of a closed cycle', { cycleId: 'Q1-2026', parentId: '' }],
  ])('does not count %s toward the team limit', (_what, extra) => {
    expect(summary(salesObjectives(6, extra)).filter(([code]) => code === 'TOO_MANY_OBJECTIVES')).toEqual([]);
  });

  test('counts each team and cycle on its own', () => {
    const wb = { ...salesObjectives(4), settings: { ...cleanWorkbook().settings, maxObjectives: 2 } };
    expect(summary(wb).map(([code, , id]) => [code, id])).toEqual([['TOO_MANY_OBJECTIVES', 'O5']]);
  });

  test('reports too few and too many KRs against the settings', () => {
    let wb = append(cleanWorkbook(), 'keyResults', ...[7, 8, 9, 10].map((n) => keyResult({ id: `KR${n}`, row: n + 1, objectiveId: 'O3', teamId: 'SP' })));
    wb = { ...wb, keyResults: wb.keyResults.filter((k) => k.id !== 'KR4') };
    expect(summary(wb)).toEqual([
      ['TOO_FEW_KRS', 'warning', 'O2', { count: 1, min: 2 }],
      ['TOO_MANY_KRS', 'warning', 'O3', { count: 6, max: 5 }],
    ]);
  });

  test('reports an active objective without KRs as an error, not also as too few', () => {
    expect(summary(append(cleanWorkbook(), 'objectives', objective({ id: 'O4', row: 5 })))).toEqual([['OBJECTIVE_WITHOUT_KR', 'error', 'O4', {}]]);
  });

  test('leaves drafts without KRs alone: they are still being written', () => {
    expect(checkFocus(append(cleanWorkbook(), 'objectives', objective({ id: 'O4', row: 5, status: 'Draft' })))).toEqual([]);
    expect(checkFocus(patch(cleanWorkbook(), 'objectives', 'O2', { status: 'Dropped' }))).toEqual([]);
  });
});

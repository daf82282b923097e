import { checkRecords } from '../../src/core/check-records';
import type { Workbook } from '../../src/core/model';
import { append, cleanWorkbook, keyResult, objective, patch } from './fixtures';

const summary = (wb: Workbook) => checkRecords(wb).map((f) => [f.code, f.severity, f.tab, f.row, f.id, f.params]);

describe('checkRecords', () => {
  test('finds nothing in the clean company', () => {
    expect(checkRecords(cleanWorkbook())).toEqual([]);
  });

  test('reports every repeat of an ID after its first row, naming the first row', () => {
    const wb = append(cleanWorkbook(), 'objectives', objective({ id: 'O2', row: 5 }), objective({ id: 'O2', row: 6 }));
    expect(summary(wb).filter(([code]) => code === 'DUPLICATE_ID')).toEqual([
      ['DUPLICATE_ID', 'error', 'objectives', 5, 'O2', { column: 'objectiveId', firstRow: 3 }],
      ['DUPLICATE_ID', 'error', 'objectives', 6, 'O2', { column: 'objectiveId', firstRow: 3 }],
    ]);
  });

  test('reports a person listed twice by e-mail', () => {
    const wb = append(cleanWorkbook(), 'people', { row: 7, email: 'hoa.pham@congty.vn', name: 'Hoa', teamId: 'KD', managerEmail: '', language: null });
    expect(summary(wb)).toEqual([['DUPLICATE_ID', 'error', 'people', 7, 'hoa.pham@congty.vn', { column: 'email', firstRow: 4 }]]);
  });

  test.each<[string, (wb: Workbook) => Workbook, string, string, string]>([
    ['objective ID', (wb) => patch(wb, 'objectives', 'O2', { id: '' }), 'objectives', 'objectiveId', 'error'],
    ['objective cycle', (wb) => patch(wb, 'objectives', 'O2', { cycleId: '' }), 'objectives', 'cycleId', 'error'],
    ['objective level', (wb) => patch(wb, 'objectives', 'O2', { level: null }), 'objectives', 'level', 'error'],
    ['objective team', (wb) => patch(wb, 'objectives', 'O2', { teamId: '' }), 'objectives', 'teamId', 'error'],
    ['objective text', (wb) => patch(wb, 'objectives', 'O2', { title: '' }), 'objectives', 'objective', 'error'],
    ['objective owner', (wb) => patch(wb, 'objectives', 'O2', { ownerEmail: '' }), 'objectives', 'ownerEmail', 'warning'],
    ['objective status', (wb) => patch(wb, 'objectives', 'O2', { status: null }), 'objectives', 'status', 'warning'],
    ['KR objective', (wb) => patch(wb, 'keyResults', 'KR3', { objectiveId: '' }), 'keyResults', 'objectiveId', 'error'],
    ['KR kind', (wb) => patch(wb, 'keyResults', 'KR3', { kind: null }), 'keyResults', 'kind', 'error'],
    ['start of an Increase KR', (wb) => patch(wb, 'keyResults', 'KR3', { start: null }), 'keyResults', 'start', 'error'],
    ['target of a Decrease KR', (wb) => patch(wb, 'keyResults', 'KR1', { target: null }), 'keyResults', 'target', 'error'],
    ['cycle end', (wb) => patch(wb, 'cycles', 'Q2-2026', { end: null }), 'cycles', 'end', 'error'],
    ['team lead', (wb) => patch(wb, 'teams', 'SP', { leadEmail: '' }), 'teams', 'leadEmail', 'warning'],
    ['initiative KR', (wb) => patch(wb, 'initiatives', 'I1', { krId: '' }), 'initiatives', 'krId', 'error'],
    ['dependency For', (wb) => patch(wb, 'dependencies', 'D1', { forId: '' }), 'dependencies', 'forId', 'error'],
    ['dependency requested-on date', (wb) => patch(wb, 'dependencies', 'D1', { requestedOn: null }), 'dependencies', 'requestedOn', 'warning'],
  ])('reports a blank %s as MISSING_FIELD', (_what, plant, tab, column, severity) => {
    const missing = checkRecords(plant(cleanWorkbook())).filter((f) => f.code === 'MISSING_FIELD');
    expect(missing.map((f) => [f.tab, f.params.column, f.severity])).toEqual([[tab, column, severity]]);
  });

  test('leaves a KR without team or owner alone one at a time, and a Milestone without figures to the KR check', () => {
    let wb = patch(cleanWorkbook(), 'keyResults', 'KR3', { teamId: '' });
    wb = patch(wb, 'keyResults', 'KR4', { ownerEmail: '' });
    wb = append(wb, 'keyResults', keyResult({ id: 'KR9', row: 9, objectiveId: 'O2', kind: 'Milestone', start: null, target: null }));
    expect(checkRecords(wb)).toEqual([]);
  });

  test('reports an unreadable cell as INVALID_VALUE only, not also as missing', () => {
    const wb: Workbook = {
      ...patch(cleanWorkbook(), 'keyResults', 'KR4', { target: null }),
      problems: [{ tab: 'keyResults', row: 5, column: 'target', header: 'Chỉ tiêu', id: 'KR4', problem: { code: 'INVALID_NUMBER', input: 'chưa rõ' } }],
    };
    expect(summary(wb)).toEqual([
      ['INVALID_VALUE', 'error', 'keyResults', 5, 'KR4', { column: 'target', header: 'Chỉ tiêu', input: 'chưa rõ', problem: 'INVALID_NUMBER' }],
    ]);
  });

  test('makes an unreadable check-in cell a warning: the check-in is kept, not counted', () => {
    const wb: Workbook = {
      ...cleanWorkbook(),
      problems: [{ tab: 'checkIns', row: 4, column: 'value', header: 'Giá trị', id: 'KR1', problem: { code: 'INVALID_NUMBER', input: 'khoảng 5' } }],
    };
    expect(summary(wb).map(([code, severity]) => [code, severity])).toEqual([['INVALID_VALUE', 'warning']]);
  });

  test.each<[string, (wb: Workbook) => Workbook, string, string, string, string]>([
    ['cycle of an objective', (wb) => patch(wb, 'objectives', 'O2', { cycleId: 'Q3-2026' }), 'objectives', 'cycleId', 'cycles', 'error'],
    ['parent objective', (wb) => patch(wb, 'objectives', 'O2', { parentId: 'O9' }), 'objectives', 'parentObjectiveId', 'objectives', 'error'],
    ['team of an objective', (wb) => patch(wb, 'objectives', 'O2', { teamId: 'MKT' }), 'objectives', 'teamId', 'teams', 'error'],
    ['objective of a KR', (wb) => patch(wb, 'keyResults', 'KR4', { objectiveId: 'O9' }), 'keyResults', 'objectiveId', 'objectives', 'error'],
    ['KR of an initiative', (wb) => patch(wb, 'initiatives', 'I2', { krId: 'KR99' }), 'initiatives', 'krId', 'keyResults', 'error'],
    ['requesting team', (wb) => patch(wb, 'dependencies', 'D1', { requestingTeamId: 'CS' }), 'dependencies', 'requestingTeamId', 'teams', 'error'],
    ['For of a dependency', (wb) => patch(wb, 'dependencies', 'D1', { forId: 'KR99' }), 'dependencies', 'forId', 'objectives', 'error'],
    ['backing KR', (wb) => patch(wb, 'dependencies', 'D1', { backingKrId: 'KR99' }), 'dependencies', 'backingKrId', 'keyResults', 'error'],
    ['parent team', (wb) => patch(wb, 'teams', 'SP', { parentId: 'KHOI' }), 'teams', 'parentTeamId', 'teams', 'error'],
    [
      'KR of a check-in',
      (wb) => ({ ...wb, checkIns: wb.checkIns.map((c) => (c.row === 2 ? { ...c, krId: 'KR66' } : c)) }),
      'checkIns',
      'krId',
      'keyResults',
      'warning',
    ],
    ['owner not in People', (wb) => patch(wb, 'objectives', 'O3', { ownerEmail: 'ai.do@congty.vn' }), 'objectives', 'ownerEmail', 'people', 'warning'],
    ['team lead not in People', (wb) => patch(wb, 'teams', 'KD', { leadEmail: 'ai.do@congty.vn' }), 'teams', 'leadEmail', 'people', 'warning'],
  ])('reports an unknown %s', (_what, plant, tab, column, refTab, severity) => {
    const unknown = checkRecords(plant(cleanWorkbook())).filter((f) => f.code === 'UNKNOWN_REFERENCE');
    expect(unknown.map((f) => [f.tab, f.params.column, f.params.refTab, f.severity])).toEqual([[tab, column, refTab, severity]]);
  });

  test('takes a parent objective archived with its cycle (known from Reviews) as known, and nothing else it names', () => {
    const archived = new Map([['O9', 'Q1-2026']]);
    const parent = checkRecords(patch(cleanWorkbook(), 'objectives', 'O2', { parentId: 'O9' }), [], archived);
    expect(parent.filter((f) => f.code === 'UNKNOWN_REFERENCE')).toEqual([]);
    // A KR typed today under an archived objective is still a mistake: its rows left with the cycle.
    const kr = checkRecords(patch(cleanWorkbook(), 'keyResults', 'KR4', { objectiveId: 'O9' }), [], archived);
    expect(kr.filter((f) => f.code === 'UNKNOWN_REFERENCE').map((f) => f.params.column)).toEqual(['objectiveId']);
  });

  test('reports unreadable settings as warnings naming the setting', () => {
    const findings = checkRecords(cleanWorkbook(), [{ row: 6, key: 'reminderHour', problem: { code: 'INVALID_NUMBER', input: '25' } }]);
    expect(findings).toEqual([
      {
        code: 'INVALID_VALUE',
        severity: 'warning',
        tab: 'settings',
        row: 6,
        id: 'reminderHour',
        params: { column: 'reminderHour', header: '', input: '25', problem: 'INVALID_NUMBER' },
      },
    ]);
  });
});

import fc from 'fast-check';
import { alignmentScore, checkWorkbook, hasBlockingErrors, type CheckWorkbookOptions } from '../../src/core/checks';
import { dayFromParts } from '../../src/core/date-parse';
import type { Finding, FindingCode, Severity } from '../../src/core/finding';
import type { KeyResult, Workbook } from '../../src/core/model';
import { append, cleanWorkbook, keyResult, objective, patch, TODAY, withKeyResults } from './fixtures';

const codes = (findings: readonly Finding[]): string[] => [...new Set(findings.map((f) => f.code))].sort();

/** A stand-in for the KR linter: what the hook returns is what checkWorkbook reports. */
const taskVerbLint = (kr: KeyResult): Finding[] =>
  /^Gửi /.test(kr.title) ? [{ code: 'KR_TASK_LIKE', severity: 'warning', tab: 'keyResults', row: kr.row, id: kr.id, params: { title: kr.title } }] : [];

const withSettings = (wb: Workbook, changes: Partial<Workbook['settings']>): Workbook => ({ ...wb, settings: { ...wb.settings, ...changes } });

describe('checkWorkbook on the clean company', () => {
  test('finds nothing and scores 100', () => {
    expect(checkWorkbook(cleanWorkbook(), TODAY, { lint: taskVerbLint })).toEqual({ findings: [], score: 100 });
  });

  test('does not change the workbook it checks', () => {
    const wb = cleanWorkbook();
    const copy = JSON.parse(JSON.stringify(wb));
    checkWorkbook(wb, TODAY);
    expect(JSON.parse(JSON.stringify(wb))).toEqual(copy);
  });
});

const kd2 = objective({ id: 'O4', row: 5, title: 'Mở rộng bán chéo cho khách hàng hiện tại' });
const planted: Array<[FindingCode, Severity, (wb: Workbook) => Workbook, CheckWorkbookOptions?]> = [
  ['DUPLICATE_ID', 'error', (wb) => append(wb, 'teams', { row: 5, id: 'KD', name: 'Kinh doanh 2', parentId: 'BGD', leadEmail: 'hoa.pham@congty.vn' })],
  ['MISSING_FIELD', 'error', (wb) => patch(wb, 'keyResults', 'KR4', { title: '' })],
  ['MISSING_TAB', 'error', (wb) => ({ ...wb, missingTabs: ['initiatives'] })],
  ['UNKNOWN_REFERENCE', 'error', (wb) => patch(wb, 'keyResults', 'KR4', { teamId: 'XX' })],
  [
    'INVALID_VALUE',
    'error',
    (wb) => ({
      ...patch(wb, 'keyResults', 'KR4', { target: null }),
      problems: [{ tab: 'keyResults', row: 5, column: 'target', header: 'Chỉ tiêu', id: 'KR4', problem: { code: 'INVALID_NUMBER', input: 'chưa rõ' } }],
    }),
  ],
  ['ORPHAN_OBJECTIVE', 'warning', (wb) => patch(wb, 'objectives', 'O2', { parentId: '' })],
  ['PARENT_CYCLE', 'error', (wb) => patch(wb, 'objectives', 'O1', { parentId: 'O2' })],
  ['LEVEL_ORDER', 'warning', (wb) => patch(wb, 'objectives', 'O3', { parentId: 'O2' })],
  [
    'UNSUPPORTED_OBJECTIVE',
    'warning',
    (wb) =>
      withKeyResults(
        append(
          wb,
          'objectives',
          objective({
            id: 'O4',
            row: 5,
            level: 'Company',
            teamId: 'BGD',
            ownerEmail: 'ceo@congty.vn',
            parentId: '',
            title: 'Mở rộng sang thị trường miền Bắc',
          }),
        ),
        keyResult({ id: 'KR7', row: 8, objectiveId: 'O4', teamId: 'BGD' }),
        keyResult({ id: 'KR8', row: 9, objectiveId: 'O4', teamId: 'BGD' }),
      ),
  ],
  [
    'TOO_MANY_OBJECTIVES',
    'warning',
    (wb) =>
      withSettings(
        withKeyResults(append(wb, 'objectives', kd2), keyResult({ id: 'KR7', row: 8, objectiveId: 'O4' }), keyResult({ id: 'KR8', row: 9, objectiveId: 'O4' })),
        { maxObjectives: 1 },
      ),
  ],
  ['TOO_MANY_KRS', 'warning', (wb) => withSettings(wb, { maxKrs: 1 })],
  ['TOO_FEW_KRS', 'warning', (wb) => withSettings(wb, { minKrs: 3 })],
  ['OBJECTIVE_WITHOUT_KR', 'error', (wb) => append(wb, 'objectives', kd2)],
  ['KR_TASK_LIKE', 'warning', (wb) => patch(wb, 'keyResults', 'KR4', { title: 'Gửi email cho khách hàng sắp hết hạn hợp đồng' }), { lint: taskVerbLint }],
  ['KR_NOT_MEASURABLE', 'warning', (wb) => patch(wb, 'keyResults', 'KR2', { start: 45, target: 45 })],
  ['KR_NO_OWNER', 'warning', (wb) => patch(wb, 'keyResults', 'KR6', { ownerEmail: '', teamId: '' })],
  ['DEPENDENCY_UNANSWERED', 'warning', (wb) => patch(wb, 'dependencies', 'D1', { status: 'Requested', backingKrId: '' })],
  ['DEPENDENCY_DECLINED', 'warning', (wb) => patch(wb, 'dependencies', 'D1', { status: 'Declined', backingKrId: '' })],
  ['DEPENDENCY_UNBACKED', 'warning', (wb) => patch(wb, 'dependencies', 'D1', { backingKrId: '' })],
  ['STALE_KR', 'warning', (wb) => ({ ...wb, checkIns: wb.checkIns.filter((c) => c.krId !== 'KR6' || c.day! <= dayFromParts(2026, 4, 20)) })],
  ['MISSING_COLUMN', 'error', (wb) => ({ ...patch(wb, 'keyResults', 'KR4', { target: null }), missingColumns: [{ tab: 'keyResults', column: 'target' }] })],
  ['EMPTY_WORKBOOK', 'warning', (wb) => ({ ...wb, objectives: [], keyResults: [], checkIns: [], initiatives: [], dependencies: [] })],
  ['SEVERAL_ACTIVE_CYCLES', 'warning', (wb) => patch(wb, 'cycles', 'Q1-2026', { status: 'Active' })],
  ['CYCLE_ENDS_BEFORE_START', 'error', (wb) => patch(wb, 'cycles', 'Q1-2026', { start: dayFromParts(2026, 3, 31), end: dayFromParts(2026, 1, 1) })],
  [
    'TARGETS_TOO_SAFE',
    'info',
    (wb) => wb,
    {
      history: [
        { teamId: 'KD', cycleId: 'Q4-2025', cycleEnd: dayFromParts(2025, 12, 31), averageScore: 0.95 },
        { teamId: 'KD', cycleId: 'Q1-2026', cycleEnd: dayFromParts(2026, 3, 31), averageScore: 0.92 },
      ],
    },
  ],
];

describe('checkWorkbook with one problem planted', () => {
  test('covers every finding code', () => {
    const all: FindingCode[] = [
      'DUPLICATE_ID',
      'MISSING_FIELD',
      'MISSING_TAB',
      'UNKNOWN_REFERENCE',
      'INVALID_VALUE',
      'ORPHAN_OBJECTIVE',
      'PARENT_CYCLE',
      'LEVEL_ORDER',
      'UNSUPPORTED_OBJECTIVE',
      'TOO_MANY_OBJECTIVES',
      'TOO_MANY_KRS',
      'TOO_FEW_KRS',
      'OBJECTIVE_WITHOUT_KR',
      'KR_TASK_LIKE',
      'KR_NOT_MEASURABLE',
      'KR_NO_OWNER',
      'DEPENDENCY_UNANSWERED',
      'DEPENDENCY_DECLINED',
      'DEPENDENCY_UNBACKED',
      'STALE_KR',
      'TARGETS_TOO_SAFE',
      'MISSING_COLUMN',
      'EMPTY_WORKBOOK',
      'SEVERAL_ACTIVE_CYCLES',
      'CYCLE_ENDS_BEFORE_START',
    ];
    expect(planted.map(([code]) => code).sort()).toEqual(all.sort());
  });

  // `options` has a default so that jest does not take it for a `done` callback on rows without it.
  test.each(planted)('%s is found, as a(n) %s, and nothing else', (code, severity, plant, options = {}) => {
    const { findings, score } = checkWorkbook(plant(cleanWorkbook()), TODAY, options);
    expect(codes(findings)).toEqual([code]);
    expect(findings.every((f) => f.severity === severity)).toBe(true);
    expect(score).toBeLessThan(100);
  });
});

describe('checkWorkbook with the other shapes of a problem', () => {
  test.each<[string, FindingCode, (wb: Workbook) => Workbook]>([
    ['a loop in the Teams tree', 'PARENT_CYCLE', (wb) => patch(wb, 'teams', 'BGD', { parentId: 'KD' })],
    ['an Increase whose target is below its start', 'KR_NOT_MEASURABLE', (wb) => patch(wb, 'keyResults', 'KR2', { start: 45, target: 30 })],
    ['a check-in dated after today', 'INVALID_VALUE', (wb) => ({ ...wb, checkIns: wb.checkIns.map((c, i) => (i === 0 ? { ...c, day: TODAY + 30 } : c)) })],
  ])('%s gives %s', (_name, code, plant) => {
    expect(codes(checkWorkbook(plant(cleanWorkbook()), TODAY).findings)).toContain(code);
  });

  test('a Settings row deleted gives MISSING_FIELD on Settings, and its default applies', () => {
    const { findings } = checkWorkbook(cleanWorkbook(), TODAY, { settingProblems: [{ row: 0, key: 'graceDays', problem: { code: 'MISSING', input: '' } }] });
    expect(findings).toContainEqual(expect.objectContaining({ code: 'MISSING_FIELD', tab: 'settings', id: 'graceDays' }));
  });
});

describe('checkWorkbook', () => {
  test('sorts errors before warnings before infos', () => {
    const wb = patch(patch(cleanWorkbook(), 'objectives', 'O2', { parentId: '' }), 'keyResults', 'KR4', { title: '' });
    const { findings } = checkWorkbook(wb, TODAY, {
      history: [
        { teamId: 'SP', cycleId: 'A', cycleEnd: 1, averageScore: 1 },
        { teamId: 'SP', cycleId: 'B', cycleEnd: 2, averageScore: 1 },
      ],
    });
    expect(findings.map((f) => f.severity)).toEqual(['error', 'warning', 'info']);
  });

  test('reports a KR the linter and the KR check both call unmeasurable once', () => {
    const wb = patch(cleanWorkbook(), 'keyResults', 'KR2', { start: 45, target: 45 });
    const lint = (kr: KeyResult): Finding[] =>
      kr.id === 'KR2' ? [{ code: 'KR_NOT_MEASURABLE', severity: 'warning', tab: 'keyResults', row: kr.row, id: kr.id, params: { title: kr.title } }] : [];
    expect(checkWorkbook(wb, TODAY, { lint }).findings).toHaveLength(1);
  });

  test('does not lint the KRs of a closed cycle', () => {
    const wb = patch(cleanWorkbook(), 'cycles', 'Q2-2026', { status: 'Closed' });
    const lint = (kr: KeyResult): Finding[] => [
      { code: 'KR_TASK_LIKE', severity: 'warning', tab: 'keyResults', row: kr.row, id: kr.id, params: { title: kr.title } },
    ];
    expect(checkWorkbook(wb, TODAY, { lint }).findings).toEqual([]);
  });

  test('reports unreadable settings as warnings on the Settings tab', () => {
    const { findings } = checkWorkbook(cleanWorkbook(), TODAY, {
      settingProblems: [{ row: 8, key: 'graceDays', problem: { code: 'INVALID_NUMBER', input: 'hai' } }],
    });
    expect(findings).toEqual([
      {
        code: 'INVALID_VALUE',
        severity: 'warning',
        tab: 'settings',
        row: 8,
        id: 'graceDays',
        params: { column: 'graceDays', header: '', input: 'hai', problem: 'INVALID_NUMBER' },
      },
    ]);
  });
});

describe('alignmentScore', () => {
  const severity = fc.constantFrom<Severity>('error', 'warning', 'info');
  const counts = fc.record({ objectives: fc.nat(50), keyResults: fc.nat(200) });

  test('is 100 for no finding and below 100 for any finding, whatever the size', () => {
    fc.assert(fc.property(counts, severity, (c, s) => alignmentScore([], c) === 100 && alignmentScore([{ severity: s }], c) < 100));
  });

  test('stays within 0–100 and never rises when a finding is added', () => {
    fc.assert(
      fc.property(
        fc.array(
          severity.map((s) => ({ severity: s })),
          { maxLength: 300 },
        ),
        severity,
        counts,
        (findings, extra, c) => {
          const before = alignmentScore(findings, c);
          const after = alignmentScore([...findings, { severity: extra }], c);
          return after <= before && after >= 0 && before <= 100;
        },
      ),
    );
  });

  test.each<[number, Severity, number]>([
    [1, 'error', 95],
    [1, 'warning', 98],
    [1, 'info', 99],
    [3, 'info', 98],
    [10, 'error', 50],
    [20, 'error', 0],
    [40, 'error', 0],
  ])('weighs %d finding(s) of severity %s against 20 objectives and KRs as %d', (count, severity, score) => {
    expect(alignmentScore(Array(count).fill({ severity }), { objectives: 4, keyResults: 16 })).toBe(score);
  });

  test('falls as more problems are planted in the company', () => {
    const one = checkWorkbook(patch(cleanWorkbook(), 'objectives', 'O2', { parentId: '' }), TODAY).score;
    const two = checkWorkbook(patch(patch(cleanWorkbook(), 'objectives', 'O2', { parentId: '' }), 'keyResults', 'KR4', { title: '' }), TODAY).score;
    expect(one).toBeLessThan(100);
    expect(two).toBeLessThan(one);
  });
});

describe('hasBlockingErrors', () => {
  test.each<[Severity[], boolean]>([
    [[], false],
    [['warning', 'info'], false],
    [['warning', 'error'], true],
  ])('of %j is %s', (severities, blocking) => {
    expect(hasBlockingErrors(severities.map((severity) => ({ severity })))).toBe(blocking);
  });
});

const empty = (wb: Workbook): Workbook => ({ ...wb, objectives: [], keyResults: [], checkIns: [], initiatives: [], dependencies: [] });

describe('an empty workbook is not a perfect one', () => {
  test.each<[string, (wb: Workbook) => Workbook, string]>([
    ['nothing at all', (wb) => ({ ...empty(wb), people: [], teams: [], cycles: [] }), 'people'],
    ['people but no teams', (wb) => ({ ...empty(wb), teams: [], cycles: [] }), 'teams'],
    ['people and teams but no cycle', (wb) => ({ ...empty(wb), cycles: [] }), 'cycles'],
    ['a cycle but no objective', empty, 'objectives'],
  ])('%s: EMPTY_WORKBOOK points at %s, and the score is below 100', (_name, plant, next) => {
    const { findings, score } = checkWorkbook(plant(cleanWorkbook()), TODAY);
    expect(findings.filter((f) => f.code === 'EMPTY_WORKBOOK').map((f) => [f.tab, f.params.next])).toEqual([[next, next]]);
    expect(score).toBeLessThan(100);
  });

  test('a workbook with one objective gets OBJECTIVE_WITHOUT_KR, not EMPTY_WORKBOOK', () => {
    const wb = append(empty(cleanWorkbook()), 'objectives', kd2);
    const found = codes(checkWorkbook(wb, TODAY).findings);
    expect(found).toContain('OBJECTIVE_WITHOUT_KR');
    expect(found).not.toContain('EMPTY_WORKBOOK');
  });
});

describe('a missing column is one finding, not one per row', () => {
  test.each<[string, string, Severity]>([
    ['keyResults', 'target', 'error'],
    ['keyResults', 'krId', 'error'],
    ['checkIns', 'krId', 'error'],
    ['cycles', 'end', 'error'],
    ['people', 'name', 'warning'],
    ['objectives', 'ownerEmail', 'warning'],
  ])('%s without %s: one MISSING_COLUMN (%s) and no MISSING_FIELD for it', (tab, column, severity) => {
    const blanked = (rows: readonly object[]) =>
      rows.map((r) => ({
        ...r,
        [column === 'krId' || column === 'cycleId' ? 'id' : column]: column.endsWith('Id') || column === 'ownerEmail' || column === 'name' ? '' : null,
      }));
    const wb = cleanWorkbook();
    const rows = wb[tab as 'keyResults'] as readonly object[];
    const planted = {
      ...wb,
      [tab]: tab === 'checkIns' && column === 'krId' ? wb.checkIns.map((c) => ({ ...c, krId: '' })) : blanked(rows),
      missingColumns: [{ tab, column }],
    } as Workbook;
    const found = checkWorkbook(planted, TODAY).findings;
    expect(found.filter((f) => f.code === 'MISSING_COLUMN').map((f) => [f.tab, f.row, f.params.column, f.severity])).toEqual([[tab, 0, column, severity]]);
    expect(found.filter((f) => f.code === 'MISSING_FIELD' && f.tab === tab && f.params.column === column)).toEqual([]);
  });
});

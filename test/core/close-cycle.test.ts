import { carriedId, planCloseCycle, reviewKey, type CloseCyclePlan } from '../../src/core/close-cycle';
import { applyClosePlan, checkIn, CLOSE_DAY, closeStory, cycle, day } from './rhythm-fixtures';

const close = (workbook = closeStory(), keys: ReadonlySet<string> = new Set()) => planCloseCycle(workbook, '2026-Q4', CLOSE_DAY, keys);
const review = (plan: CloseCyclePlan, krId: string) => plan.reviews.find((r) => r.krId === krId);

describe('planCloseCycle reviews', () => {
  test('plans one row per KR of the live objectives of the cycle, keyed cycle:KR', () => {
    expect(close().reviews.map((r) => r.key)).toEqual(['KR-C1', 'KR-A1', 'KR-P1', 'KR-M1', 'KR-M2', 'KR-X1'].map((kr) => `2026-Q4:${kr}`));
  });

  test('a committed KR ending at 0.9 is Missed; an aspirational one at 0.7 is Achieved', () => {
    const plan = close();
    expect(review(plan, 'KR-C1')).toMatchObject({ objectiveType: 'Committed', finalValue: 90, score: 0.9, verdict: 'Missed' });
    expect(review(plan, 'KR-A1')).toMatchObject({ objectiveType: 'Aspirational', finalValue: 70, score: 0.7, verdict: 'Achieved' });
  });

  test('fills the objective, team and objective score columns', () => {
    expect(review(close(), 'KR-M1')).toEqual({
      key: '2026-Q4:KR-M1',
      cycleId: '2026-Q4',
      objectiveId: 'O-MOON',
      objective: 'Mở rộng sang thị trường mới',
      objectiveType: 'Aspirational',
      teamId: 'PROD',
      krId: 'KR-M1',
      keyResult: 'Key result KR-M1',
      finalValue: 30,
      score: 0.3,
      verdict: 'Missed',
      objectiveScore: 0.65,
    });
  });

  test('grades on the latest check-in up to the closing day, even one typed after the end', () => {
    expect(review(close(), 'KR-M1')?.finalValue).toBe(30);
    const early = planCloseCycle(closeStory(), '2026-Q4', day('2026-12-31'), new Set());
    expect(review(early, 'KR-M1')?.finalValue).toBe(20);
  });

  test('a KR never checked in has no final value, score or verdict', () => {
    const workbook = closeStory();
    const plan = close({ ...workbook, checkIns: workbook.checkIns.filter((c) => c.krId !== 'KR-C1') });
    expect(review(plan, 'KR-C1')).toMatchObject({ finalValue: null, score: null, verdict: null });
  });

  test('leaves out KRs already in Reviews', () => {
    expect(close(closeStory(), new Set([reviewKey('2026-Q4', 'KR-C1')])).reviews.map((r) => r.krId)).not.toContain('KR-C1');
  });
});

describe('planCloseCycle carry-over', () => {
  test('copies unfinished aspirational objectives into the next cycle as Draft, linked to the old ones', () => {
    const { objectives } = close().carryOver;
    expect(objectives.map((o) => o.carriedFrom)).toEqual(['O-MOON-PARENT', 'O-MOON']);
    expect(objectives[1]).toEqual({
      id: 'O-MOON-2027-Q1',
      cycleId: '2027-Q1',
      level: 'Team',
      teamId: 'PROD',
      ownerEmail: '',
      title: 'Mở rộng sang thị trường mới',
      parentId: 'O-MOON-PARENT-2027-Q1',
      type: 'Aspirational',
      status: 'Draft',
      carriedFrom: 'O-MOON',
    });
  });

  test('copies the KRs not yet achieved under the new objective', () => {
    expect(close().carryOver.keyResults.map((kr) => [kr.id, kr.objectiveId, kr.carriedFrom, kr.ownerEmail])).toEqual([
      ['KR-P1-2027-Q1', 'O-MOON-PARENT-2027-Q1', 'KR-P1', ''],
      ['KR-M1-2027-Q1', 'O-MOON-2027-Q1', 'KR-M1', 'minh@acme.vn'],
    ]);
  });

  test('keeps a parent that is not carried over', () => {
    const workbook = closeStory();
    const parentAchieved = { ...workbook, checkIns: [...workbook.checkIns, checkIn('KR-P1', '2027-01-01', 80)] };
    const moon = close(parentAchieved).carryOver.objectives.find((o) => o.carriedFrom === 'O-MOON');
    expect(moon?.parentId).toBe('O-MOON-PARENT');
  });

  test('leaves committed, achieved, Done and Draft objectives where they are', () => {
    const carried = close().carryOver.objectives.map((o) => o.carriedFrom);
    for (const id of ['O-COMMIT', 'O-STRETCH', 'O-DONE', 'O-DRAFT']) expect(carried).not.toContain(id);
  });

  test('carries an aspirational objective nobody ever measured', () => {
    const workbook = closeStory();
    const unmeasured = { ...workbook, checkIns: workbook.checkIns.filter((c) => c.krId !== 'KR-A1') };
    expect(close(unmeasured).carryOver.objectives.map((o) => o.carriedFrom)).toContain('O-STRETCH');
  });

  test.each([
    ['O1', '2026-Q4', '2027-Q1', 'O1-2027-Q1'],
    ['O1-2027-Q1', '2027-Q1', '2027-Q2', 'O1-2027-Q2'],
    ['2027-Q1', '2027-Q1', '2027-Q2', '2027-Q1-2027-Q2'],
  ])('carriedId(%s) from %s to %s is %s', (id, from, to, expected) => {
    expect(carriedId(id, from, to)).toBe(expected);
  });
});

describe('planCloseCycle next cycle', () => {
  test('adds the next quarter as a new cycle, activated, and closes this one', () => {
    const plan = close();
    expect(plan.nextCycle).toEqual({
      isNew: true,
      cycle: { id: '2027-Q1', period: { kind: 'quarter', quarter: 1, year: 2027 }, start: day('2027-01-01'), end: day('2027-03-31') },
    });
    expect(plan.cycleStatusChanges).toEqual([
      { cycleId: '2026-Q4', row: expect.any(Number), from: 'Active', to: 'Closed' },
      { cycleId: '2027-Q1', row: null, from: null, to: 'Active' },
    ]);
  });

  test('uses an existing Planning cycle after this one and activates it', () => {
    const next = cycle('Q1-2027', '2027-01-01', '2027-03-31', 'Planning');
    const plan = close(closeStory({ cycles: [cycle('2026-Q4', '2026-10-01', '2026-12-31', 'Active'), next] }));
    expect(plan.nextCycle).toEqual({ isNew: false, cycle: next });
    expect(plan.carryOver.objectives.map((o) => o.id)).toEqual(['O-MOON-PARENT-Q1-2027', 'O-MOON-Q1-2027']);
    expect(plan.cycleStatusChanges[1]).toEqual({ cycleId: 'Q1-2027', row: next.row, from: 'Planning', to: 'Active' });
  });

  test('with a custom cadence and no next row, carries nothing and names what waits for one', () => {
    const plan = close(closeStory({ settings: { cadence: 'custom' } }));
    expect(plan.nextCycle).toBeNull();
    expect(plan.carryOver).toEqual({ objectives: [], keyResults: [] });
    expect(plan.uncarried).toEqual(['O-MOON-PARENT', 'O-MOON']);
    expect(plan.cycleStatusChanges.map((c) => c.to)).toEqual(['Closed']);
  });

  test('two-week cadence: the next cycle starts the day after', () => {
    const workbook = closeStory({ settings: { cadence: '2 weeks' }, cycles: [cycle('2026-12-21', '2026-12-21', '2027-01-03', 'Active')] });
    const plan = planCloseCycle(
      { ...workbook, objectives: workbook.objectives.map((o) => ({ ...o, cycleId: '2026-12-21' })) },
      '2026-12-21',
      day('2027-01-04'),
      new Set(),
    );
    expect(plan.nextCycle?.cycle.id).toBe('2027-01-04');
    expect(plan.carryOver.objectives.map((o) => o.id)).toEqual(['O-MOON-PARENT-2027-01-04', 'O-MOON-2027-01-04']);
  });
});

test('teamAverages gives each team its mean KR score for the cycle', () => {
  const averages = close().teamAverages;
  expect(averages.map((a) => [a.teamId, a.cycleId, a.cycleEnd])).toEqual([
    ['SALES', '2026-Q4', day('2026-12-31')],
    ['PROD', '2026-Q4', day('2026-12-31')],
  ]);
  expect(averages[0]?.averageScore).toBeCloseTo(0.8);
  expect(averages[1]?.averageScore).toBeCloseTo(0.475);
});

test('closing twice adds nothing the second time', () => {
  const first = close();
  const after = applyClosePlan(closeStory(), new Set(), first);
  const second = planCloseCycle(after.workbook, '2026-Q4', CLOSE_DAY, after.reviewKeys);
  expect(first.reviews).toHaveLength(6);
  expect(second.reviews).toEqual([]);
  expect(second.carryOver).toEqual({ objectives: [], keyResults: [] });
  expect(second.nextCycle).toMatchObject({ isNew: false, cycle: { id: '2027-Q1', status: 'Active' } });
  expect(second.cycleStatusChanges).toEqual([]);
});

test('closing again after the next cycle has closed too carries nothing a second time', () => {
  const q1 = applyClosePlan(closeStory(), new Set(), close());
  const q1Closed = applyClosePlan(q1.workbook, q1.reviewKeys, planCloseCycle(q1.workbook, '2027-Q1', day('2027-04-01'), q1.reviewKeys));
  const again = planCloseCycle(q1Closed.workbook, '2026-Q4', day('2027-04-02'), q1Closed.reviewKeys);
  expect(again.nextCycle?.cycle.id).toBe('2027-Q2');
  expect(again.carryOver).toEqual({ objectives: [], keyResults: [] });
  expect(again.reviews).toEqual([]);
});

test('carrying a carried objective again appends the new cycle instead of stacking suffixes', () => {
  const q1 = applyClosePlan(closeStory(), new Set(), close()).workbook;
  const activated = { ...q1, objectives: q1.objectives.map((o) => (o.cycleId === '2027-Q1' ? { ...o, status: 'Active' as const } : o)) };
  const plan = planCloseCycle(activated, '2027-Q1', day('2027-04-01'), new Set());
  expect(plan.carryOver.objectives.map((o) => [o.id, o.carriedFrom])).toEqual([
    ['O-MOON-PARENT-2027-Q2', 'O-MOON-PARENT-2027-Q1'],
    ['O-MOON-2027-Q2', 'O-MOON-2027-Q1'],
  ]);
});

test('does not change the workbook it plans from', () => {
  const workbook = closeStory();
  const copy = JSON.parse(JSON.stringify(workbook));
  close(workbook);
  expect(JSON.parse(JSON.stringify(workbook))).toEqual(copy);
});

test('an unknown cycle gives an empty plan', () => {
  expect(planCloseCycle(closeStory(), 'nope', CLOSE_DAY, new Set())).toEqual({
    cycle: null,
    reviews: [],
    carryOver: { objectives: [], keyResults: [] },
    uncarried: [],
    nextCycle: null,
    cycleStatusChanges: [],
    teamAverages: [],
  });
});

import fc from 'fast-check';
import { expectedProgress, objectiveScore, progressOf, scoreOf, STATUS_RULE, statusOf, verdictOf } from '../../src/core/score';

type Kind = 'Increase' | 'Decrease' | 'Maintain' | 'Milestone';
const finite = fc.double({ min: -1e12, max: 1e12, noNaN: true });

describe('progressOf', () => {
  test.each<[Kind, number, number, number, number]>([
    ['Increase', 4.3e9, 5.6e9, 4.3e9, 0],
    ['Increase', 4.3e9, 5.6e9, 4.95e9, 0.5],
    ['Increase', 4.3e9, 5.6e9, 5.6e9, 1],
    ['Increase', 4.3e9, 5.6e9, 6.9e9, 2],
    ['Increase', 4.3e9, 5.6e9, 3.65e9, -0.5],
    ['Increase', 0, 0.85, 0.425, 0.5],
    ['Decrease', 20, 10, 15, 0.5],
    ['Decrease', 20, 10, 10, 1],
    ['Decrease', 20, 10, 25, -0.5],
    ['Decrease', 20, 10, 5, 1.5],
    ['Increase', 5, 5, 5, 1],
    ['Increase', 5, 5, 4, 0],
    ['Decrease', 5, 5, 5, 1],
    ['Decrease', 5, 5, 6, 0],
    ['Maintain', 0.015, 0.02, 0.02, 1],
    ['Maintain', 0.015, 0.02, 0.018, 1],
    ['Maintain', 0.015, 0.02, 0.025, 0],
    ['Maintain', 4.6, 4.5, 4.5, 1],
    ['Maintain', 4.6, 4.5, 4.4, 0],
    ['Maintain', 4.6, 4.5, 4.8, 1],
    ['Maintain', 2, 2, 2, 1],
    ['Maintain', 2, 2, 1, 0],
    ['Milestone', 0, 1, 0, 0],
    ['Milestone', 0, 1, 1, 1],
    ['Milestone', 0, 1, 0.9, 0],
    ['Milestone', 0, 1, 2, 1],
  ])('%s from %d to %d at %d is %d', (kind, start, target, value, progress) => {
    expect(progressOf({ kind, start, target }, value)).toBeCloseTo(progress, 12);
  });

  test('is NaN when a figure is not a finite number, never a silent zero', () => {
    expect(progressOf({ kind: 'Increase', start: 0, target: 10 }, NaN)).toBeNaN();
    expect(progressOf({ kind: 'Milestone', start: 0, target: 1 }, NaN)).toBeNaN();
    expect(progressOf({ kind: 'Maintain', start: NaN, target: 1 }, 1)).toBeNaN();
    expect(progressOf({ kind: 'Decrease', start: 0, target: Infinity }, 1)).toBeNaN();
  });

  test('is exactly 0 at start and exactly 1 at target for numeric kinds', () => {
    fc.assert(
      fc.property(fc.constantFrom<Kind>('Increase', 'Decrease'), finite, finite, (kind, start, target) => {
        fc.pre(start !== target);
        expect(progressOf({ kind, start, target }, start)).toBe(0);
        expect(progressOf({ kind, start, target }, target)).toBe(1);
      }),
    );
  });

  test('Decrease progresses as the value goes down', () => {
    fc.assert(
      fc.property(finite, fc.double({ min: 1e-3, max: 1e9, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (target, gap, t) => {
        const start = target + gap;
        const progress = progressOf({ kind: 'Decrease', start, target }, start - t * gap);
        expect(progress).toBeGreaterThanOrEqual(-1e-6);
        expect(progress).toBeLessThanOrEqual(1 + 1e-6);
        expect(progressOf({ kind: 'Decrease', start, target }, start - gap / 2)).toBeGreaterThan(0);
        expect(progressOf({ kind: 'Decrease', start, target }, start + gap)).toBeLessThan(0);
      }),
    );
  });
});

describe('scoreOf', () => {
  test.each<[number, number]>([
    [-0.5, 0],
    [0, 0],
    [0.42, 0.42],
    [1, 1],
    [2, 1],
  ])('clamps %d to %d', (progress, score) => {
    expect(scoreOf(progress)).toBe(score);
  });

  test('is always in [0, 1] for any KR and value', () => {
    fc.assert(
      fc.property(fc.constantFrom<Kind>('Increase', 'Decrease', 'Maintain', 'Milestone'), finite, finite, finite, (kind, start, target, value) => {
        const score = scoreOf(progressOf({ kind, start, target }, value));
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('objectiveScore', () => {
  test.each<[string, Array<{ score: number; weight?: number | null }>, number | null]>([
    [
      'weighted mean',
      [
        { score: 1, weight: 3 },
        { score: 0, weight: 1 },
      ],
      0.75,
    ],
    ['equal weights when none is given', [{ score: 1 }, { score: 0.5 }, { score: 0 }], 0.5],
    [
      'equal weights when all are 0',
      [
        { score: 1, weight: 0 },
        { score: 0, weight: 0 },
      ],
      0.5,
    ],
    [
      'only positive weights count',
      [
        { score: 1, weight: 2 },
        { score: 0, weight: 0 },
        { score: 0, weight: null },
      ],
      1,
    ],
    [
      'negative weights do not count',
      [
        { score: 0.2, weight: 1 },
        { score: 1, weight: -5 },
      ],
      0.2,
    ],
    [
      'unreadable scores are left out',
      [
        { score: NaN, weight: 1 },
        { score: 0.4, weight: 1 },
      ],
      0.4,
    ],
    ['no KRs give null', [], null],
    ['only unreadable scores give null', [{ score: NaN }], null],
  ])('%s', (_name, krs, score) => {
    const result = objectiveScore(krs);
    if (score === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(score, 12);
  });

  test('a KR of a tiny weight alone scores its own score', () => {
    expect(objectiveScore([{ score: 1e-12, weight: 5e-324 }])).toBe(1e-12);
    expect(
      objectiveScore([
        { score: 0.5, weight: 5e-324 },
        { score: 0.7, weight: 5e-324 },
      ]),
    ).toBeCloseTo(0.6, 12);
  });

  test('stays within the lowest and highest KR score', () => {
    const kr = fc.record({ score: fc.double({ min: 0, max: 1, noNaN: true }), weight: fc.option(fc.double({ min: 0, max: 100, noNaN: true })) });
    fc.assert(
      fc.property(fc.array(kr, { minLength: 1, maxLength: 8 }), (krs) => {
        const score = objectiveScore(krs) ?? NaN;
        expect(score).toBeGreaterThanOrEqual(Math.min(...krs.map((k) => k.score)) - 1e-12);
        expect(score).toBeLessThanOrEqual(Math.max(...krs.map((k) => k.score)) + 1e-12);
      }),
    );
  });
});

describe('expectedProgress', () => {
  const cycle = { start: 100, end: 109 };
  test.each<[number, number]>([
    [90, 0],
    [100, 0],
    [105, 0.5],
    [109, 0.9],
    [110, 1],
    [200, 1],
  ])('on day %d of a 10-day cycle is %d', (today, expected) => {
    expect(expectedProgress(cycle, today)).toBeCloseTo(expected, 12);
  });

  test('counts a cycle that ends before it starts as one day', () => {
    expect(expectedProgress({ start: 10, end: 5 }, 10)).toBe(0);
    expect(expectedProgress({ start: 10, end: 5 }, 11)).toBe(1);
  });
});

describe('statusOf', () => {
  type StatusInput = Parameters<typeof statusOf>[0];
  const base: StatusInput = { progress: 0.5, expected: 0.5, lastCheckIn: 20, today: 23, checkInPeriodDays: 7, graceDays: 2, cycleStart: 0 };

  test.each<[string, Partial<StatusInput>, string]>([
    ['progress equal to expected is On track', {}, 'On track'],
    ['ratio at the on-track threshold is On track', { progress: 0.45 }, 'On track'],
    ['ratio just under 0.9 is At risk', { progress: 0.449 }, 'At risk'],
    ['ratio at the at-risk threshold is At risk', { progress: 0.3 }, 'At risk'],
    ['ratio 0.6 seen as 0.5999999999999999 through decimal noise is At risk', { progress: (0.6 * 9) / 7, expected: 9 / 7 }, 'At risk'],
    ['ratio under 0.6 is Off track', { progress: 0.29 }, 'Off track'],
    ['negative progress is Off track', { progress: -0.2 }, 'Off track'],
    ['nothing expected yet is On track', { progress: 0, expected: 0 }, 'On track'],
    ['progress 1 is Done', { progress: 1 }, 'Done'],
    ['progress past 1 is Done even when stale', { progress: 1.2, lastCheckIn: 0, today: 60 }, 'Done'],
    ['a check-in exactly period + grace days ago is not stale', { lastCheckIn: 14, today: 23 }, 'On track'],
    ['a check-in one day more than period + grace ago is Stale', { lastCheckIn: 13, today: 23 }, 'Stale'],
    ['never checked in within the first period + grace is Not started', { lastCheckIn: null, today: 9, progress: 0 }, 'Not started'],
    ['never checked in after the first period + grace is Stale', { lastCheckIn: null, today: 10, progress: 0 }, 'Stale'],
    ['never checked in before the cycle starts is Not started', { lastCheckIn: null, today: -5, progress: 0, expected: 0 }, 'Not started'],
  ])('%s', (_name, change, status) => {
    expect(statusOf({ ...base, ...change })).toBe(status);
  });

  test('the thresholds are the documented ones', () => {
    expect(STATUS_RULE).toEqual({ onTrackRatio: 0.9, atRiskRatio: 0.6, doneProgress: 1 });
  });

  test('a stale KR never shows On track', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -2, max: 0.999, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.option(fc.integer({ min: -100, max: 100 })),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 1, max: 14 }),
        fc.integer({ min: 0, max: 7 }),
        (progress, expected, lastCheckIn, today, checkInPeriodDays, graceDays) => {
          const since = today - (lastCheckIn ?? 0);
          fc.pre(since > checkInPeriodDays + graceDays);
          const status = statusOf({ progress, expected, lastCheckIn, today, checkInPeriodDays, graceDays, cycleStart: 0 });
          expect(status).toBe('Stale');
        },
      ),
    );
  });
});

describe('verdictOf', () => {
  test.each<['Committed' | 'Aspirational', number, string]>([
    ['Committed', 1, 'Achieved'],
    ['Committed', 0.95, 'Missed'],
    ['Aspirational', 0.7, 'Achieved'],
    ['Aspirational', (0.31 - 0.1) / (0.4 - 0.1), 'Achieved'],
    ['Aspirational', 0.69, 'Missed'],
    ['Aspirational', 1, 'Achieved'],
    ['Committed', 0, 'Missed'],
  ])('%s with score %d is %s', (type, score, verdict) => {
    expect(verdictOf(type, score)).toBe(verdict);
  });

  test('a KR reaching 0.7 of the way in decimals is Achieved although the division gives 0.6999999999999998', () => {
    const score = scoreOf(progressOf({ kind: 'Increase', start: 0.1, target: 0.4 }, 0.31));
    expect(score).toBeLessThan(0.7);
    expect(verdictOf('Aspirational', score)).toBe('Achieved');
  });
});

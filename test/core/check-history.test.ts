import { checkTargetsTooSafe, type TeamCycleScore } from '../../src/core/check-history';

const cycle = (teamId: string, cycleId: string, cycleEnd: number, averageScore: number): TeamCycleScore => ({ teamId, cycleId, cycleEnd, averageScore });

describe('checkTargetsTooSafe', () => {
  test('asks a team averaging above 0.9 in its two latest closed cycles, whatever the input order', () => {
    const findings = checkTargetsTooSafe([cycle('KD', 'Q1', 200, 0.93), cycle('KD', 'Q4', 100, 0.95), cycle('SP', 'Q1', 200, 0.6)]);
    expect(findings).toEqual([
      {
        code: 'TARGETS_TOO_SAFE',
        severity: 'info',
        tab: 'reviews',
        row: 0,
        id: 'KD',
        params: { teamId: 'KD', previousCycleId: 'Q4', previousScore: 0.95, lastCycleId: 'Q1', lastScore: 0.93 },
      },
    ]);
  });

  test.each<[string, TeamCycleScore[]]>([
    ['one cycle only', [cycle('KD', 'Q1', 200, 0.99)]],
    ['exactly 0.9 once', [cycle('KD', 'Q4', 100, 0.9), cycle('KD', 'Q1', 200, 0.95)]],
    ['an older safe cycle before a stretching one', [cycle('KD', 'Q3', 50, 0.95), cycle('KD', 'Q4', 100, 0.95), cycle('KD', 'Q1', 200, 0.7)]],
  ])('says nothing for %s', (_what, history) => {
    expect(checkTargetsTooSafe(history)).toEqual([]);
  });
});

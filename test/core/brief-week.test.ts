// The brief as the daily run writes it: on the check-in day before anyone checked in, and after the cycle.
import { buildBrief } from '../../src/core/brief';
import { briefStory, checkIn, day, MEETING_DAY } from './rhythm-fixtures';

/** The story as it stood at the reminder hour of the meeting day: nothing checked in that day yet. */
const beforeCheckIns = () => {
  const workbook = briefStory();
  return { ...workbook, checkIns: workbook.checkIns.filter((c) => c.day !== MEETING_DAY) };
};

describe("trend before this week's first check-in", () => {
  test.each([
    // [brief, objective, trend]: KR-P1 moved 30 -> 55 in last week's round (16/11), nothing since
    ['company', {}, 'O-PROD', 0.55 - 0.3],
    ['Product', { teamId: 'PROD' }, 'O-PROD', 0.55 - 0.3],
  ])('the %s brief reads the change of last week\'s round, not "no change"', (_, options, id, trend) => {
    const objective = buildBrief(beforeCheckIns(), MEETING_DAY, options).objectives.find((o) => o.id === id);
    expect(objective?.trend).toBeCloseTo(trend);
  });

  test('no objective reads "no change" when last week had check-ins', () => {
    expect(buildBrief(beforeCheckIns(), MEETING_DAY).objectives.map((o) => o.trend)).not.toContain(0);
  });

  test('once someone has checked in this week, the trend is since a week ago again', () => {
    const objective = buildBrief(briefStory(), MEETING_DAY).objectives.find((o) => o.id === 'O-PROD');
    expect(objective?.trend).toBeCloseTo(0.6 - 0.55);
  });
});

describe('who has not checked in', () => {
  const cycleEnded = { ...briefStory(), checkIns: [...briefStory().checkIns, checkIn('KR-OK', '2026-12-28', 90)] };
  test.each([
    ['the meeting day, before check-ins: people are listed', beforeCheckIns(), MEETING_DAY, true],
    ['a week after the cycle ended (31/12), the cycle not closed yet: nobody', cycleEnded, day('2027-01-04'), false],
    ['the last week of the cycle: people are listed', cycleEnded, day('2026-12-28'), true],
    ['the week holding the cycle start, begun the Monday before it (28/09): nobody', briefStory(), day('2026-10-01'), false],
  ] as const)('%s', (_, workbook, today, listed) => {
    expect(buildBrief(workbook, today).missingCheckIns.length > 0).toBe(listed);
  });

  test('a KR at its target (Done) expects no more check-ins', () => {
    const workbook = beforeCheckIns();
    const done = { ...workbook, keyResults: workbook.keyResults.map((kr) => (kr.id === 'KR-P1' ? { ...kr, target: 55 } : kr)) };
    const listed = (w: typeof workbook) => buildBrief(w, MEETING_DAY).missingCheckIns.flatMap((m) => m.krIds);
    expect(listed(workbook)).toContain('KR-P1');
    expect(listed(done)).not.toContain('KR-P1');
  });
});

// "Start next cycle": one planning cycle at a time, the cadence's next cycle otherwise.
import { decideNextCycle, type NextCycleDecision } from '../../src/core/next-cycle';
import type { Cycle } from '../../src/core/model';
import type { Cadence } from '../../src/core/settings';
import { cycle, day } from './rhythm-fixtures';

const TODAY = day('2026-11-25');
const q4 = () => cycle('2026-Q4', '2026-10-01', '2026-12-31', 'Active');

/** The decision in short: its outcome and the ID of the cycle it names. */
const brief = (d: NextCycleDecision): [string, string] => [d.outcome, d.outcome === 'custom' ? '' : d.cycle.id];

describe('decideNextCycle', () => {
  test.each<[string, Cycle[], Cadence, [string, string]]>([
    ['after the running quarter, the next one is added', [q4()], 'quarter', ['add', '2027-Q1']],
    ['with no cycle at all, the quarter holding today', [], 'quarter', ['add', '2026-Q4']],
    ['a month cadence adds the month after the latest end', [cycle('2026-11', '2026-11-01', '2026-11-30')], 'month', ['add', '2026-12']],
    ['a second click finds the cycle it planned', [q4(), cycle('2027-Q1', '2027-01-01', '2027-03-31', 'Planning')], 'quarter', ['planning', '2027-Q1']],
    ['a Planning cycle ending today still blocks', [q4(), cycle('pilot', '2026-11-01', '2026-11-25', 'Planning')], 'quarter', ['planning', 'pilot']],
    ['a Planning cycle without an end blocks', [q4(), cycle('next', null, null, 'Planning')], 'quarter', ['planning', 'next']],
    ['a Planning cycle that ended unstarted does not block', [q4(), cycle('old', '2026-07-01', '2026-09-30', 'Planning')], 'quarter', ['add', '2027-Q1']],
    ['the custom cadence plans nothing', [q4()], 'custom', ['custom', '']],
    ['a Planning cycle blocks even under the custom cadence', [cycle('next', null, null, 'Planning')], 'custom', ['planning', 'next']],
    // planNextCycle ignores a cycle without an end: one of the same ID already in the tab is not added twice.
    ['the next ID already in the tab as Active, without an end', [q4(), cycle('2027-Q1', '2027-01-01', null, 'Active')], 'quarter', ['exists', '2027-Q1']],
    ['the next ID already in the tab as Closed', [cycle('2026-Q4', '2026-10-01', null, 'Closed')], 'quarter', ['exists', '2026-Q4']],
    ['a cycle whose status did not read is not a Planning one', [q4(), cycle('2027-Q1', '2027-01-01', '2027-03-31', null)], 'quarter', ['add', '2027-Q2']],
  ])('%s', (_, cycles, cadence, expected) => {
    expect(brief(decideNextCycle(cycles, cadence, TODAY))).toEqual(expected);
  });

  test('the planning cycle named is the one of the tab, for its name in the message', () => {
    const planned = { ...cycle('2027-Q1', '2027-01-01', '2027-03-31', 'Planning'), name: 'Quý 1/2027' };
    expect(decideNextCycle([q4(), planned], 'quarter', TODAY)).toEqual({ outcome: 'planning', cycle: planned });
  });

  test('the first of several Planning cycles, in row order', () => {
    const cycles = [q4(), cycle('b', null, '2027-06-30', 'Planning'), cycle('a', null, '2027-03-31', 'Planning')];
    expect(brief(decideNextCycle(cycles, 'quarter', TODAY))).toEqual(['planning', 'b']);
  });

  test('a two-week cycle with no cycle yet starts on the check-in weekday on or before today', () => {
    // 2026-11-25 is a Wednesday: Monday the 23rd with Monday check-ins, Thursday the 19th with Thursday ones.
    expect(brief(decideNextCycle([], '2 weeks', TODAY))).toEqual(['add', '2026-11-23']);
    expect(brief(decideNextCycle([], '2 weeks', TODAY, { checkInWeekday: 4 }))).toEqual(['add', '2026-11-19']);
  });
});

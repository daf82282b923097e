// Which stale key results an escalation lists (src/core/reminder-mail.ts): data, before any word is put on it.
import fc from 'fast-check';
import { ESCALATION_LIMIT, escalationGroups } from '../../src/core/reminder-mail';
import type { KrItem } from '../../src/core/reminder-plan';

const kr = (teamName: string, krId: string, lastCheckIn: number | null = null): KrItem => ({ teamName, krId, lastCheckIn }) as Partial<KrItem> as KrItem;
const shape = (krs: readonly KrItem[]) => {
  const { groups, hidden } = escalationGroups(krs);
  return { groups: groups.map((g) => [g.teamName, g.total, g.shown.map((k) => k.krId)]), hidden };
};

describe('escalationGroups', () => {
  test('lists every KR when there are few, the largest team first, then by team name', () => {
    expect(shape([kr('Sales', 'S1'), kr('Product', 'P1'), kr('Ops', 'O1'), kr('Product', 'P2')])).toEqual({
      groups: [
        ['Product', 2, ['P1', 'P2']],
        ['Ops', 1, ['O1']],
        ['Sales', 1, ['S1']],
      ],
      hidden: [],
    });
  });

  test('lists the oldest check-in first, a KR never checked in before all', () => {
    expect(shape([kr('Sales', 'new', 20400), kr('Sales', 'never'), kr('Sales', 'old', 20300)]).groups).toEqual([['Sales', 3, ['never', 'old', 'new']]]);
  });

  test('stops at ESCALATION_LIMIT and counts the rest per team; a team with none shown gets no group', () => {
    const krs = [...Array.from({ length: 8 }, (_, i) => kr('Sales', `S${i}`)), ...Array.from({ length: 4 }, (_, i) => kr('Product', `P${i}`)), kr('Ops', 'O0')];
    const { groups, hidden } = escalationGroups(krs);
    expect(groups.map((g) => [g.teamName, g.total, g.shown.length])).toEqual([
      ['Sales', 8, 8],
      ['Product', 4, 2],
    ]);
    expect(hidden).toEqual([
      { teamName: 'Product', count: 2 },
      { teamName: 'Ops', count: 1 },
    ]);
  });

  test('shown and hidden always add up to the KRs, and at most ESCALATION_LIMIT are shown', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('A', 'B', 'C', 'D'), { maxLength: 40 }), (teams) => {
        const { groups, hidden } = escalationGroups(teams.map((t, i) => kr(t, `K${i}`, i % 3 === 0 ? null : i)));
        const shown = groups.reduce((n, g) => n + g.shown.length, 0);
        expect(shown).toBe(Math.min(teams.length, ESCALATION_LIMIT));
        expect(shown + hidden.reduce((n, h) => n + h.count, 0)).toBe(teams.length);
      }),
    );
  });
});

// When a reminder may go at all: the cycle's weeks, finished KRs, one mail a day and two a week, real wins.
import { addDays, dayFromParts, type Day } from '../../src/core/date-parse';
import type { KeyResult, Objective, Person, Workbook } from '../../src/core/model';
import { planReminders, type PlannedMessage } from '../../src/core/reminder-plan';
import { CHECK_IN_DAY, checkIn, cycle, keyResult, makeWorkbook, objective, OVERDUE_DAY, person, salesStory, team } from './reminder-fixtures';

const d = (iso: string): Day => {
  const [y, m, day] = iso.split('-').map(Number);
  return dayFromParts(y!, m!, day!);
};
const plan = (workbook: Workbook, today: Day, sent: ReadonlySet<string> = new Set()) => planReminders({ workbook, today, sent }).due;
const kindsTo = (planned: readonly PlannedMessage[], to: string) => planned.filter((m) => m.to === to).flatMap((m) => m.sections.map((s) => s.kind));
const krIds = (planned: readonly PlannedMessage[]) =>
  [
    ...new Set(planned.flatMap((m) => m.sections.flatMap((s) => ('krs' in s ? s.krs.map((k) => k.krId) : s.kind === 'wins' ? s.wins.map((w) => w.krId) : [])))),
  ].sort();

/** A Q4 starting Thursday 1 October 2026, Monday check-ins, 2 grace days; one KR owned by `a@x.vn`. */
const quarter = (
  more: { kr?: Partial<KeyResult>; objective?: Partial<Objective>; status?: 'Active' | null; people?: Person[]; checkIns?: Workbook['checkIns'] } = {},
) =>
  makeWorkbook({
    cycles: [cycle('Q4-2026', d('2026-10-01'), d('2026-12-31'), more.status === undefined ? 'Active' : more.status)],
    teams: [team('T', 'Team', '', 'lead@x.vn')],
    people: more.people ?? [person('a@x.vn', 'A', 'T'), person('lead@x.vn', 'Lead', 'T')],
    objectives: [objective('O', 'T', 'Objective', more.objective)],
    keyResults: [keyResult('K', 'O', 'T', 'a@x.vn', 'KR', more.kr)],
    checkIns: more.checkIns ?? [],
  });

describe('reminders keep to the weeks of the cycle', () => {
  test.each([
    ['Thu 01/10, first day of the cycle: its week began on 28/09, before it', '2026-10-01', []],
    ['Fri 02/10: the same week', '2026-10-02', []],
    ['Sun 04/10: the same week', '2026-10-04', []],
    ['Mon 05/10: the first check-in day inside the cycle', '2026-10-05', ['due']],
    ['Wed 07/10: the overdue day of that week', '2026-10-07', ['overdue']],
    ['Mon 28/12: the last check-in day, inside the cycle', '2026-12-28', ['due']],
    ['Wed 30/12: its overdue day', '2026-12-30', ['overdue']],
    ['Thu 31/12: the last day, the overdue mail of the week still catching up', '2026-12-31', ['overdue']],
    ['Fri 01/01: the cycle has ended, status still Active', '2027-01-01', []],
    ['Mon 04/01: the cycle has ended', '2027-01-04', []],
  ])('%s: %p', (_, iso, kinds) => {
    expect(kindsTo(plan(quarter(), d(iso)), 'a@x.vn')).toEqual(kinds);
  });

  test.each([
    ['status Active', 'Active' as const, '2027-01-04', 0],
    ['no status, dates holding today', null, '2026-10-05', 1],
    ['no status, after its end', null, '2027-01-04', 0],
  ])('a cycle with %s on %s gives %p mail(s) to the owner', (_, status, iso, count) => {
    expect(plan(quarter({ status }), d(iso)).filter((m) => m.to === 'a@x.vn')).toHaveLength(count);
  });

  test('a lead gets no team digest and nobody an escalation for the week before the cycle', () => {
    expect(plan(quarter(), d('2026-10-01'))).toEqual([]);
  });
});

describe('finished key results are never chased', () => {
  const monday = d('2026-11-23');
  const lastWeek = (value: number) => [checkIn('K', d('2026-11-16'), value, 'a@x.vn')];
  test.each([
    ['an Increase KR at 100%', { kr: {}, checkIns: lastWeek(100) }, 0],
    ['an Increase KR past its target', { kr: {}, checkIns: lastWeek(130) }, 0],
    ['a Decrease KR at its target', { kr: { kind: 'Decrease' as const, start: 100, target: 10 }, checkIns: lastWeek(10) }, 0],
    ['a Milestone reached', { kr: { kind: 'Milestone' as const, start: 0, target: 1 }, checkIns: lastWeek(1) }, 0],
    [
      'a Maintain KR holding its target: it must be checked each week',
      { kr: { kind: 'Maintain' as const, start: 4.6, target: 4.5 }, checkIns: lastWeek(4.6) },
      1,
    ],
    ['an Increase KR at 90%', { kr: {}, checkIns: lastWeek(90) }, 1],
    ['a KR of a Done objective', { objective: { status: 'Done' as const }, checkIns: lastWeek(50) }, 0],
    ['a KR of a Dropped objective', { objective: { status: 'Dropped' as const }, checkIns: lastWeek(50) }, 0],
    ['a KR of a Draft objective', { objective: { status: 'Draft' as const }, checkIns: lastWeek(50) }, 0],
  ])('%s gives %p due line(s)', (_, more, lines) => {
    const due = plan(quarter(more), monday)
      .flatMap((m) => m.sections)
      .filter((s) => s.kind === 'due');
    expect(due.flatMap((s) => ('krs' in s ? s.krs : []))).toHaveLength(lines);
  });

  test.each([
    ['Done', 100, 0],
    ['not Done', 20, 1],
  ])('on the overdue day a %s KR is in no lead digest nor escalation: %p lead line(s)', (_, value, lines) => {
    const wednesday = plan(quarter({ checkIns: [checkIn('K', d('2026-11-02'), value, 'a@x.vn')] }), d('2026-11-25'));
    const lead = wednesday
      .filter((m) => m.to === 'lead@x.vn')
      .flatMap((m) => m.sections)
      .filter((s) => s.kind === 'lead');
    expect(lead.flatMap((s) => ('krs' in s ? s.krs : []))).toHaveLength(lines);
  });
});

describe('one mail per person a day, two in a week', () => {
  const week = (sentBefore: ReadonlySet<string>, day: Day) => plan(salesStory({ thisWeek: false }), day, sentBefore);

  test('a lead who owns KRs gets one mail holding the overdue, lead and escalation sections', () => {
    const story = salesStory({ thisWeek: false });
    const ceoOwnsStale = makeWorkbook({ ...story, keyResults: story.keyResults.map((kr) => (kr.id === 'KR-S3' ? { ...kr, ownerEmail: 'lan@acme.vn' } : kr)) });
    const monday = plan(ceoOwnsStale, CHECK_IN_DAY);
    const wednesday = plan(ceoOwnsStale, OVERDUE_DAY, new Set(monday.flatMap((m) => m.keys)));
    expect(wednesday.filter((m) => m.to === 'lan@acme.vn')).toHaveLength(1);
    expect(kindsTo(wednesday, 'lan@acme.vn')).toEqual(['overdue', 'lead']);
    expect(wednesday.map((m) => m.to)).toEqual([...new Set(wednesday.map((m) => m.to))]);
  });

  test.each([0, 1, 2, 3, 4, 5, 6])('every day of the week (day %p) plans at most one mail per person', (offset) => {
    const planned = plan(salesStory({ thisWeek: false }), addDays(CHECK_IN_DAY, offset));
    expect(planned.map((m) => m.to)).toEqual([...new Set(planned.map((m) => m.to))]);
  });

  test('running every day of the week, sending all, gives nobody more than two mails', () => {
    let sent = new Set<string>();
    const mails = new Map<string, number>();
    for (let offset = 0; offset < 7; offset++) {
      const planned = week(sent, addDays(CHECK_IN_DAY, offset));
      for (const m of planned) mails.set(m.to, (mails.get(m.to) ?? 0) + 1);
      sent = new Set([...sent, ...planned.flatMap((m) => m.keys)]);
    }
    expect(Math.max(...mails.values())).toBe(2);
    expect(mails.get('ceo@acme.vn')).toBe(2);
  });

  test('a KR going stale on Thursday waits for next week rather than making a third mail', () => {
    const story = salesStory({ thisWeek: true });
    const monday = plan(story, CHECK_IN_DAY);
    const wednesday = plan(story, OVERDUE_DAY, new Set(monday.flatMap((m) => m.keys)));
    const sent = new Set([...monday, ...wednesday].flatMap((m) => m.keys));
    const late = makeWorkbook({ ...story, checkIns: story.checkIns.filter((c) => c.krId !== 'KR-S1' || c.day! < d('2026-11-10')) });
    expect(plan(late, addDays(CHECK_IN_DAY, 3), sent).filter((m) => m.to === 'ceo@acme.vn')).toEqual([]);
  });
});

describe('wins are real achievements of one fixed week', () => {
  const monday = d('2026-11-23');
  const winsOn = (workbook: Workbook, day: Day, sent: ReadonlySet<string> = new Set()) =>
    plan(workbook, day, sent)
      .flatMap((m) => m.sections)
      .filter((s) => s.kind === 'wins');

  test.each([
    ['a Maintain KR first checked in holding its target', { kind: 'Maintain' as const, start: 4.6, target: 4.5 }, [[d('2026-11-16'), 4.6]], false],
    [
      'a Maintain KR back on its target after falling below',
      { kind: 'Maintain' as const, start: 4.6, target: 4.5 },
      [
        [d('2026-11-09'), 4.4],
        [d('2026-11-16'), 4.6],
      ],
      true,
    ],
    [
      'a Maintain KR holding week after week',
      { kind: 'Maintain' as const, start: 4.6, target: 4.5 },
      [
        [d('2026-11-09'), 4.6],
        [d('2026-11-16'), 4.7],
      ],
      false,
    ],
    [
      'an Increase KR reaching its target from 50%',
      {},
      [
        [d('2026-11-09'), 50],
        [d('2026-11-16'), 100],
      ],
      true,
    ],
    [
      'an Increase KR rising 20 points',
      {},
      [
        [d('2026-11-09'), 30],
        [d('2026-11-16'), 50],
      ],
      true,
    ],
    [
      'an Increase KR whose rise was the week before last',
      {},
      [
        [d('2026-11-02'), 30],
        [d('2026-11-09'), 50],
      ],
      false,
    ],
    [
      'an Increase KR checked in this Monday, after the window',
      {},
      [
        [d('2026-11-16'), 30],
        [d('2026-11-23'), 60],
      ],
      false,
    ],
  ])('%s is a win: %p', (_, kr, values, win) => {
    const checkIns = (values as [Day, number][]).map(([day, value]) => checkIn('K', day, value, 'a@x.vn'));
    const found = winsOn(quarter({ kr, checkIns }), monday);
    expect(found.length > 0).toBe(win);
  });

  test('a Wednesday run lists the same fixed week, and none to whoever got it on Monday', () => {
    const workbook = quarter({ checkIns: [checkIn('K', d('2026-11-09'), 30, 'a@x.vn'), checkIn('K', d('2026-11-16'), 50, 'a@x.vn')] });
    const mondayPlan = plan(workbook, monday);
    expect(winsOn(workbook, monday)).toHaveLength(2);
    const withMondayCheckIn = quarter({ checkIns: [...workbook.checkIns, checkIn('K', monday, 90, 'a@x.vn')] });
    expect(winsOn(withMondayCheckIn, addDays(monday, 1), new Set(mondayPlan.flatMap((m) => m.keys)))).toEqual([]);
    const tuesday = winsOn(withMondayCheckIn, addDays(monday, 1));
    expect(tuesday.map((s) => (s.kind === 'wins' ? s.wins.map((w) => w.progressAfter) : []))).toEqual([[0.5], [0.5]]);
  });

  test.each([
    ['nobody opted out', [true, true], ['a@x.vn', 'lead@x.vn']],
    ['the lead opted out', [true, false], ['a@x.vn']],
    ['both opted out', [false, false], []],
  ])('the wins go to the people who want them: %s', (_, wants, to) => {
    const people = [
      { ...person('a@x.vn', 'A', 'T'), winsDigest: wants[0] },
      { ...person('lead@x.vn', 'Lead', 'T'), winsDigest: wants[1] },
    ];
    const workbook = quarter({ people, checkIns: [checkIn('K', d('2026-11-09'), 30, 'a@x.vn'), checkIn('K', d('2026-11-16'), 50, 'a@x.vn')] });
    expect(
      plan(workbook, monday)
        .filter((m) => m.sections.some((s) => s.kind === 'wins'))
        .map((m) => m.to),
    ).toEqual(to);
  });

  test('only KRs inside the scope are listed', () => {
    expect(krIds(plan(salesStory(), CHECK_IN_DAY))).not.toContain('KR-D1');
  });
});

import { addDays, dayFromParts } from '../../src/core/date-parse';
import { fitQuota, planReminders, REMINDER_KINDS, type PlannedMessage, type ReminderKind, type ReminderSection } from '../../src/core/reminder-plan';
import { CHECK_IN_DAY, checkIn, cycle, keyResult, makeWorkbook, objective, OVERDUE_DAY, person, salesStory, team } from './reminder-fixtures';

const plan = (workbook = salesStory(), today = CHECK_IN_DAY, sent: ReadonlySet<string> = new Set()) => planReminders({ workbook, today, sent }).due;
/** The sections of one kind across the plan, each with its mail's recipient. */
type Found = ReminderSection & { readonly to: string; readonly lang: PlannedMessage['lang'] };
const ofKind = (planned: readonly PlannedMessage[], kind: ReminderKind): Found[] =>
  planned.flatMap((m) => m.sections.filter((s) => s.kind === kind).map((s) => ({ ...s, to: m.to, lang: m.lang })));
const krIdsOf = (section: Found | undefined) => (section && 'krs' in section ? section.krs.map((k) => k.krId) : undefined);
const byTo = (planned: readonly PlannedMessage[], kind: ReminderKind, to: string) => ofKind(planned, kind).find((m) => m.to === to);
const keysOf = (planned: readonly PlannedMessage[]) => new Set(planned.flatMap((m) => m.keys));
const krsOf = (section: Found | undefined) => (section && 'krs' in section ? section.krs : []);
const winsOf = (section: Found | undefined) => (section && section.kind === 'wins' ? section.wins : []);

describe('planReminders on the check-in day', () => {
  test('gives one due digest per person with pending KRs, listing all their KRs', () => {
    const due = ofKind(plan(), 'due');
    expect(due.map((m) => m.to)).toEqual(['an@acme.vn', 'binh@acme.vn', 'ceo@acme.vn', 'chi@acme.vn', 'dung@acme.vn', 'lan@acme.vn', 'minh@acme.vn']);
    expect(krIdsOf(due.find((m) => m.to === 'an@acme.vn'))).toEqual(['KR-S2', 'KR-ST']);
    expect(krIdsOf(due.find((m) => m.to === 'binh@acme.vn'))).toEqual(['KR-S3', 'KR-ST']);
    expect(krIdsOf(due.find((m) => m.to === 'minh@acme.vn'))).toEqual(['KR-P1']);
  });

  test('keys each message by kind, e-mail and week start', () => {
    expect(byTo(plan(), 'due', 'an@acme.vn')?.key).toBe('due:an@acme.vn:2026-11-23');
  });

  test('carries last value, target, unit, status and titles for each KR', () => {
    const item = krsOf(byTo(plan(), 'due', 'lan@acme.vn'))[0];
    expect(item).toMatchObject({
      krId: 'KR-S1',
      krTitle: 'Renewals from 0 to 100',
      objectiveTitle: 'Grow revenue from existing customers',
      teamName: 'Sales',
      unit: 'khách hàng',
      current: 30,
      target: 100,
      progress: 0.3,
    });
    expect(item?.status).not.toBeNull();
  });

  test('leaves out KRs of draft objectives and of closed cycles', () => {
    const ids = plan().flatMap((m) => m.sections.flatMap((s) => ('krs' in s ? s.krs.map((k) => k.krId) : [])));
    expect(ids).not.toContain('KR-D1');
    expect(ids).not.toContain('KR-Q3');
  });

  test('sends no second reminder, lead or escalation digest yet', () => {
    expect(
      plan()
        .flatMap((m) => m.sections)
        .filter((s) => s.kind !== 'due' && s.kind !== 'wins'),
    ).toEqual([]);
  });

  test('a team-owned KR checked in by one member leaves every member digest', () => {
    const workbook = salesStory({ thisWeek: false, extraCheckIns: [checkIn('KR-ST', CHECK_IN_DAY, 40, 'dung@acme.vn')] });
    const due = ofKind(plan(workbook), 'due');
    for (const message of due) expect(krIdsOf(message)).not.toContain('KR-ST');
    expect(krIdsOf(due.find((m) => m.to === 'an@acme.vn'))).toEqual(['KR-S2']);
  });

  test('a check-in whose value could not be read does not count', () => {
    const workbook = salesStory({ thisWeek: false, extraCheckIns: [checkIn('KR-S1', CHECK_IN_DAY, null, 'lan@acme.vn')] });
    expect(krIdsOf(byTo(plan(workbook), 'due', 'lan@acme.vn'))).toEqual(['KR-S1', 'KR-ST']);
  });

  test('writes each message in the person language, else the workbook language', () => {
    const due = ofKind(plan(), 'due');
    expect(due.find((m) => m.to === 'minh@acme.vn')?.lang).toBe('vi');
    expect(due.find((m) => m.to === 'an@acme.vn')?.lang).toBe('en');
  });
});

describe('planReminders after the grace days', () => {
  const mondaySent = keysOf(plan());
  const wednesday = () => plan(salesStory({ thisWeek: true }), OVERDUE_DAY, mondaySent);

  test('gives a second reminder only to the two who have not checked in', () => {
    const overdue = ofKind(wednesday(), 'overdue');
    expect(overdue.map((m) => m.to)).toEqual(['binh@acme.vn', 'chi@acme.vn']);
    expect(krIdsOf(overdue[0])).toEqual(['KR-S3']);
    expect(overdue[0]?.key).toBe('overdue:binh@acme.vn:2026-11-23');
  });

  test('gives the team lead one digest naming who is missing', () => {
    const lead = byTo(wednesday(), 'lead', 'lan@acme.vn');
    expect(ofKind(wednesday(), 'lead').filter((m) => m.to === 'lan@acme.vn')).toHaveLength(1);
    expect(krsOf(lead).map((k) => [k.krId, k.expected.map((p) => p.name)])).toEqual([
      ['KR-S3', ['Bình']],
      ['KR-S4', ['Chi']],
    ]);
  });

  test('escalates stale KRs to the lead of the parent team', () => {
    const escalation = ofKind(wednesday(), 'escalation');
    expect(escalation.map((m) => m.to)).toEqual(['ceo@acme.vn']);
    expect(krsOf(escalation[0]).map((k) => [k.krId, k.teamName, k.status])).toEqual([
      ['KR-S3', 'Sales', 'Stale'],
      ['KR-S4', 'Sales', 'Stale'],
    ]);
  });

  test('puts a dependency request waiting on a team in its lead digest, even with no missing KR', () => {
    const lead = byTo(wednesday(), 'lead', 'minh@acme.vn');
    expect(lead?.lang).toBe('vi');
    expect(krsOf(lead)).toEqual([]);
    expect(lead?.kind === 'lead' ? lead.dependencies.map((d) => [d.id, d.requestingTeamName, d.request]) : []).toEqual([
      ['D1', 'Sales', 'Build 3 features for existing customers'],
    ]);
  });

  test('plans no due reminder and no second wins digest once the check-in day is past', () => {
    const kinds = new Set(wednesday().flatMap((m) => m.sections.map((s) => s.kind)));
    expect(kinds).toEqual(new Set(['overdue', 'lead', 'escalation']));
  });

  test('starts the overdue day at least one day after the check-in day when grace days is 0', () => {
    const workbook = makeWorkbook({ ...salesStory(), settings: { graceDays: 0 } });
    expect(new Set(plan(workbook, CHECK_IN_DAY).flatMap((m) => m.sections.map((s) => s.kind)))).toEqual(new Set(['due', 'wins']));
    expect(ofKind(plan(workbook, addDays(CHECK_IN_DAY, 1)), 'overdue')).not.toEqual([]);
  });
});

describe('planReminders and the ledger', () => {
  test.each([
    ['the check-in day', salesStory(), CHECK_IN_DAY],
    ['the overdue day', salesStory({ thisWeek: true }), OVERDUE_DAY],
    ['the last day of the week', salesStory({ thisWeek: true }), addDays(CHECK_IN_DAY, 6)],
  ])('re-planning %s with the ledger of what was sent plans nothing new', (_, workbook, today) => {
    const first = plan(workbook, today);
    expect(first).not.toEqual([]);
    expect(plan(workbook, today, keysOf(first))).toEqual([]);
  });

  test('orders messages by their first section kind, then e-mail, and sections by kind', () => {
    const planned = plan();
    const order = planned.map((m) => [REMINDER_KINDS.indexOf(m.sections[0]!.kind), m.to] as const);
    const sorted = [...order].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    expect(order).toEqual(sorted);
    for (const m of planned) expect(m.keys).toEqual(m.sections.map((s) => s.key));
    expect(planned[0]?.sections.map((s) => s.kind)).toEqual(['due', 'wins']);
  });

  test('a quota cut sends the first messages and the next run plans the rest again', () => {
    const planned = plan();
    const { send, deferred } = fitQuota(planned, 3);
    expect(send).toEqual(planned.slice(0, 3));
    expect(deferred).toEqual(planned.slice(3));
    const tuesday = plan(salesStory(), addDays(CHECK_IN_DAY, 1), keysOf(send));
    expect(tuesday.map((m) => m.keys)).toEqual(deferred.map((m) => m.keys));
  });

  test.each([
    [0, 0],
    [-5, 0],
    [2.9, 2],
    [Number.NaN, 0],
    [Number.POSITIVE_INFINITY, 7],
  ])('fitQuota with %p recipients left sends %p messages', (remaining, sent) => {
    const planned = plan();
    expect(planned).toHaveLength(7);
    const { send, deferred } = fitQuota(planned, remaining);
    expect(send).toHaveLength(sent);
    expect(send.length + deferred.length).toBe(planned.length);
  });
});

describe('planReminders wins digest', () => {
  test('goes to everyone on the check-in day with the wins of last week and their team names', () => {
    const wins = ofKind(plan(), 'wins');
    expect(wins.map((m) => m.to)).toHaveLength(7);
    expect(wins[0]?.key).toBe(`wins:${wins[0]?.to}:2026-11-23`);
    expect(winsOf(wins[0]).map((w) => [w.krId, w.teamName, w.done])).toEqual([
      ['KR-S2', 'Sales', false],
      ['KR-S5', 'Sales', true],
    ]);
    expect(winsOf(wins[0])[0]).toMatchObject({ progressBefore: 0.25, progressAfter: 0.6 });
  });

  test.each([
    ['rose by exactly 0.1', true, 20, 30],
    ['rose by 0.09', false, 20, 29],
    ['went backwards', false, 30, 10],
    ['had its first check-in at 0.1 (no earlier check-in to rise from)', false, null, 10],
    ['had its first check-in at the target (became Done)', true, null, 100],
    ['rose from 0 to 0.1 after an earlier check-in', true, 0, 10],
  ])('a KR that %s is a win: %p', (_, win, before, after) => {
    const story = salesStory();
    const lastWeek = [
      ...(before === null ? [] : [checkIn('KR-S3', addDays(CHECK_IN_DAY, -14), before, 'binh@acme.vn')]),
      checkIn('KR-S3', addDays(CHECK_IN_DAY, -7), after, 'binh@acme.vn'),
    ];
    const workbook = makeWorkbook({ ...story, checkIns: [...story.checkIns, ...lastWeek] });
    const krIds = winsOf(ofKind(plan(workbook), 'wins')[0]).map((w) => w.krId);
    expect(krIds?.includes('KR-S3')).toBe(win);
  });

  test('is skipped when nobody won anything last week', () => {
    const quiet = salesStory();
    const workbook = makeWorkbook({ ...quiet, checkIns: quiet.checkIns.filter((c) => c.krId !== 'KR-S2' && c.krId !== 'KR-S5') });
    expect(ofKind(plan(workbook), 'wins')).toEqual([]);
  });
});

describe('planReminders scope', () => {
  const tiny = (status: 'Active' | 'Planning' | null, start = dayFromParts(2026, 10, 1)) =>
    makeWorkbook({
      cycles: [cycle('Q4-2026', start, dayFromParts(2026, 12, 31), status)],
      teams: [team('T', 'Team', '', '')],
      people: [person('a@x.vn', 'A', 'T')],
      objectives: [objective('O', 'T', 'Objective')],
      keyResults: [keyResult('K', 'O', 'T', 'a@x.vn', 'KR')],
    });

  test.each([
    ['an Active cycle', 1, tiny('Active')],
    ['a cycle without status whose dates hold today', 1, tiny(null)],
    ['a cycle without status that has not started', 0, tiny(null, addDays(CHECK_IN_DAY, 1))],
    ['a Planning cycle', 0, tiny('Planning')],
  ])('KRs of %s give %p due digest(s)', (_, count, workbook) => {
    expect(ofKind(plan(workbook), 'due')).toHaveLength(count);
  });
});

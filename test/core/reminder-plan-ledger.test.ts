// planReminders plans the day once and splits it by the ledger: the mails still due, and the keys of today's
// sections already sent (the "already sent this week" of Send reminders, the preview and the daily run's Log).
import fc from 'fast-check';
import { addDays } from '../../src/core/date-parse';
import { planReminders } from '../../src/core/reminder-plan';
import type { Workbook } from '../../src/core/model';
import type { Day } from '../../src/core/date-parse';
import { CHECK_IN_DAY, OVERDUE_DAY, salesStory } from './reminder-fixtures';

const monday = salesStory();
const wednesday = salesStory({ thisWeek: true });
const WEEK = '2026-11-23';
const LAST_WEEK = '2026-11-16';
const EVERYONE = ['an', 'binh', 'ceo', 'chi', 'dung', 'lan', 'minh'].map((name) => `${name}@acme.vn`);
const plan = (workbook: Workbook, today: Day, sent: readonly string[]) => planReminders({ workbook, today, sent: new Set(sent) });

describe('planReminders and the ledger: what is due, what went already', () => {
  test.each<[string, Workbook, Day, string[], string[], string[]]>([
    ['an empty ledger: everyone, nothing already sent', monday, CHECK_IN_DAY, [], EVERYONE, []],
    [
      "An's due digest went: An's mail is not due, its key is counted",
      monday,
      CHECK_IN_DAY,
      [`due:an@acme.vn:${WEEK}`],
      EVERYONE.slice(1),
      [`due:an@acme.vn:${WEEK}`],
    ],
    [
      "An's wins went (a mail of the check-in day): no second mail for An",
      monday,
      CHECK_IN_DAY,
      [`wins:an@acme.vn:${WEEK}`],
      EVERYONE.slice(1),
      [`wins:an@acme.vn:${WEEK}`],
    ],
    [
      'both sections of two mails went: four keys, in plan order',
      monday,
      addDays(CHECK_IN_DAY, 1),
      [`wins:chi@acme.vn:${WEEK}`, `due:binh@acme.vn:${WEEK}`, `due:chi@acme.vn:${WEEK}`, `wins:binh@acme.vn:${WEEK}`],
      EVERYONE.filter((e) => e !== 'binh@acme.vn' && e !== 'chi@acme.vn'),
      [`due:binh@acme.vn:${WEEK}`, `wins:binh@acme.vn:${WEEK}`, `due:chi@acme.vn:${WEEK}`, `wins:chi@acme.vn:${WEEK}`],
    ],
    ["last week's keys: another week, nothing counted", monday, CHECK_IN_DAY, [`due:an@acme.vn:${LAST_WEEK}`, `wins:an@acme.vn:${LAST_WEEK}`], EVERYONE, []],
    [
      "the overdue day after Monday's mails: those were the other mail of the week",
      wednesday,
      OVERDUE_DAY,
      EVERYONE.flatMap((e) => [`due:${e}:${WEEK}`, `wins:${e}:${WEEK}`]),
      ['binh@acme.vn', 'chi@acme.vn', 'lan@acme.vn', 'minh@acme.vn', 'ceo@acme.vn'],
      [],
    ],
    [
      "Lan's overdue mail went, today Lan has only a lead digest: no third mail, and no key of today's plan went",
      wednesday,
      OVERDUE_DAY,
      [`overdue:lan@acme.vn:${WEEK}`],
      ['binh@acme.vn', 'chi@acme.vn', 'minh@acme.vn', 'ceo@acme.vn'],
      [],
    ],
    [
      "the CEO's escalation went: counted, the rest still due",
      wednesday,
      OVERDUE_DAY,
      [`escalation:ceo@acme.vn:${WEEK}`],
      ['binh@acme.vn', 'chi@acme.vn', 'lan@acme.vn', 'minh@acme.vn'],
      [`escalation:ceo@acme.vn:${WEEK}`],
    ],
  ])('%s', (_, workbook, today, sent, due, alreadySent) => {
    const planned = plan(workbook, today, sent);
    expect(planned.due.map((m) => m.to)).toEqual(due);
    expect(planned.alreadySent).toEqual(alreadySent);
  });

  test.each([
    ['the check-in day', monday, CHECK_IN_DAY],
    ['the overdue day', wednesday, OVERDUE_DAY],
    ['the overdue day of a week nobody checked in', monday, OVERDUE_DAY],
  ])('on %s, any part of the plan sent: the rest is due unchanged, the sent keys are counted once', (_, workbook, today) => {
    const whole = plan(workbook, today, []).due;
    const keys = whole.flatMap((m) => m.keys);
    fc.assert(
      fc.property(fc.subarray(keys), (sent) => {
        const split = plan(workbook, today, sent);
        const went = new Set(sent);
        expect(split.due).toEqual(whole.filter((m) => !m.keys.some((k) => went.has(k))));
        expect(split.alreadySent).toEqual(keys.filter((k) => went.has(k)));
      }),
      { numRuns: 60 },
    );
  });
});

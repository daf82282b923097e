// Mistakes that used to pass silently, through the real bundle: each is a finding on the Findings tab, and
// what the finding says is what happens (a check-in "kept but not counted" moves no figure anywhere).
import { COLUMN_LABELS, SETTING_LABELS, TAB_LABELS } from '../../src/i18n/tabs';
import type { LocalRuntime } from '../../src/local/emulator';
import { typeRows, typeSetting } from '../../src/local/cli';
import { ADMIN, bundleRuntime, SALES_REP, smallCompany, tabValues } from '../support/bundle';
import { editCell } from './bad-input-corpus';
import { MISTAKE_CASES, TIMESTAMP_CASES, type SilentCase } from './silent-mistakes-cases';

/** The findings as `CODE tab-label!row`. */
function findings(rt: LocalRuntime): string[] {
  return tabValues(rt, [TAB_LABELS.findings.vi, TAB_LABELS.findings.en])
    .slice(1)
    .map((r) => `${String(r[1])} ${String(r[2])}!${String(r[3])}`);
}

/** A column of one KR row of Key Results, by key. */
function krCell(rt: LocalRuntime, krId: string, key: keyof typeof COLUMN_LABELS.keyResults): unknown {
  const [header = [], ...rows] = tabValues(rt, [TAB_LABELS.keyResults.vi]);
  const col = (k: string) => header.indexOf((COLUMN_LABELS.keyResults as Record<string, { vi: string }>)[k]!.vi);
  return rows.find((r) => r[col('krId')] === krId)?.[col(key)];
}

function apply(rt: LocalRuntime, c: SilentCase): void {
  if (c.rows) typeRows(rt, c.tab, c.rows, c.tab === 'checkIns' ? SALES_REP : ADMIN);
  if (c.edit) editCell(rt, c.tab, c.edit.row, c.edit.column, c.edit.value);
}

describe('mistakes that passed silently are findings', () => {
  test.each([...TIMESTAMP_CASES, ...MISTAKE_CASES].map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const rt = smallCompany();
    apply(rt, c);
    rt.run('menuCheck');
    expect(findings(rt).filter((f) => f.startsWith(`${c.code} ${TAB_LABELS[c.tab].vi}!`))).not.toEqual([]);
  });
});

describe('a check-in without a real date-time is kept but counted nowhere', () => {
  test.each(TIMESTAMP_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const rt = smallCompany();
    apply(rt, c);
    rt.run('menuRefresh');
    rt.run('menuSummary');
    // Current, Progress, Status and Last check-in stay as without it: KR3 was never checked in.
    expect([krCell(rt, 'KR3', 'current'), krCell(rt, 'KR3', 'lastCheckIn')]).toEqual(['', '']);
    // KR weekly has no week where KR3 was checked in.
    const [header = [], ...weekly] = tabValues(rt, [TAB_LABELS.krWeekly.vi, TAB_LABELS.krWeekly.en]);
    const kr3 = weekly.filter((r) => r[header.indexOf('kr_id')] === 'KR3');
    expect(kr3.filter((r) => r[header.indexOf('checked_in')] === true)).toEqual([]);
    // The check-in itself is still there, as typed.
    expect(
      tabValues(rt, [TAB_LABELS.checkIns.vi])
        .slice(1)
        .some((r) => r.indexOf(99) >= 0),
    ).toBe(true);
  });
});

describe('an empty workbook says what to fill in first', () => {
  test.each<['vi' | 'en', string]>([
    ['vi', TAB_LABELS.people.vi],
    ['en', TAB_LABELS.people.en],
  ])('in %s', (lang, people) => {
    const rt = bundleRuntime({ lang });
    rt.run('menuSetup');
    rt.run('menuCheck');
    expect(findings(rt)).toEqual([`EMPTY_WORKBOOK ${people}!`]);
  });
});

describe('transient service errors are retried through the bundle', () => {
  test.each([
    'Exception: Service Spreadsheets failed while accessing document with id 1abc.',
    'Service error: Spreadsheets',
    'Exception: Internal error. Please try again later.',
    'Address unavailable',
  ])('Range.getValues failing once with %s: the refresh succeeds', (message) => {
    const rt = smallCompany();
    rt.env.injectFault('Range.getValues', message, 1);
    rt.run('menuRefresh');
    expect(rt.ui.alerts.at(-1)!.prompt).toBe('Đã cập nhật tiến độ cho 4 kết quả then chốt.');
  });

  test.each(['Service unavailable: Mail', 'Exception: Service unavailable: Mail'])(
    'MailApp.sendEmail failing with %s: every reminder goes out once',
    (message) => {
      const rt = smallCompany();
      rt.run('menuRemindersOn');
      rt.env.setNow(new Date('2026-10-12T01:00:00Z'));
      rt.env.injectFault('MailApp.sendEmail', message, 2);
      rt.run('dailyTrigger', [], { user: ADMIN });
      expect(rt.mail.outbox.length).toBeGreaterThan(0);
      expect(new Set(rt.mail.outbox.map((m) => `${m.to.join()}|${m.subject}`)).size).toBe(rt.mail.outbox.length);
    },
  );
});

describe('no line break from a name reaches a mail header', () => {
  test.each(['Công ty\r\nBcc: attacker@evil.example', 'Công ty\nX-Injected: 1', 'Công ty\u2028Thử\u0085nghiệm\t\t'])('company name %j', (name) => {
    const rt = smallCompany();
    typeSetting(rt, SETTING_LABELS.companyName, name);
    rt.run('menuRemindersOn');
    rt.env.setNow(new Date('2026-10-12T01:00:00Z'));
    rt.run('dailyTrigger', [], { user: ADMIN });
    expect(rt.mail.outbox.length).toBeGreaterThan(0);
    for (const m of rt.mail.outbox) expect(`${m.subject}|${m.name ?? ''}`).not.toMatch(/[\r\n\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
  });
});

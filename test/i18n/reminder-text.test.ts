import { escapeHtml } from '../../src/core/html';
import { MAIL_LIMITS } from '../../src/core/mail-layout';
import { ESCALATION_LIMIT, type MailLinks } from '../../src/core/reminder-mail';
import { planReminders, type KrItem, type PlannedMessage, type ReminderKind, type ReminderSection } from '../../src/core/reminder-plan';
import { remindersEn, remindersVi } from '../../src/i18n/reminders';
import { renderMessage } from '../../src/i18n/reminder-text';
import { CHECK_IN_DAY, keyResult, makeWorkbook, OVERDUE_DAY, salesStory } from '../core/reminder-fixtures';

const XSS = '<img src=x onerror=alert(1)>';
const SHEET = 'https://docs.google.com/spreadsheets/d/abc/edit';
const links: MailLinks = { sheetUrl: SHEET, webAppUrl: null };
const withWebApp: MailLinks = { ...links, webAppUrl: 'https://script.google.com/macros/s/xyz/exec' };

const mondayPlan = planReminders({ workbook: salesStory(), today: CHECK_IN_DAY, sent: new Set() }).due;
const wednesdayPlan = planReminders({ workbook: salesStory({ thisWeek: true }), today: OVERDUE_DAY, sent: new Set(mondayPlan.flatMap((m) => m.keys)) }).due;
/** One mail per section of either day: the section alone, so that each kind is rendered by itself. */
const allKinds: PlannedMessage[] = [...mondayPlan, ...wednesdayPlan].flatMap((m) => m.sections.map((s) => ({ ...m, keys: [s.key], sections: [s] })));
const kindOf = (m: PlannedMessage): ReminderKind => m.sections[0]!.kind;
const message = (kind: ReminderKind, to: string): PlannedMessage => {
  const found = allKinds.find((m) => kindOf(m) === kind && m.to === to);
  if (!found) throw new Error(`no ${kind} message to ${to}`);
  return found;
};
const withKrs = (planned: PlannedMessage, edit: (krs: readonly KrItem[]) => KrItem[]): PlannedMessage => ({
  ...planned,
  sections: planned.sections.map(
    (s): ReminderSection => (s.kind === 'due' || s.kind === 'overdue' || s.kind === 'lead' || s.kind === 'escalation' ? { ...s, krs: edit(s.krs) } : s),
  ),
});
const asLang = (planned: PlannedMessage, lang: 'en' | 'vi'): PlannedMessage => ({ ...planned, lang });
const bytes = (mail: { text: string; html: string }) => Buffer.byteLength(mail.text, 'utf8') + Buffer.byteLength(mail.html, 'utf8');

describe('escapeHtml', () => {
  test.each([
    [XSS, '&lt;img src=x onerror=alert(1)&gt;'],
    [`Tom's "A&B"`, 'Tom&#39;s &quot;A&amp;B&quot;'],
    ['`x`', '&#96;x&#96;'],
    ['Tăng doanh thu từ 4,3 tỷ lên 5,6 tỷ', 'Tăng doanh thu từ 4,3 tỷ lên 5,6 tỷ'],
    ['&amp;', '&amp;amp;'],
  ])('escapes %s', (text, escaped) => {
    expect(escapeHtml(text)).toBe(escaped);
  });
});

describe('renderMessage subjects', () => {
  test('says in English how many KRs need this week check-in, after the company name', () => {
    expect(renderMessage(message('due', 'an@acme.vn'), links, 'Acme').subject).toBe("Acme OKR: 2 key results need this week's check-in");
  });

  test('says the same in Vietnamese for a person who reads Vietnamese', () => {
    expect(renderMessage(message('due', 'minh@acme.vn'), links, 'Acme').subject).toBe('OKR Acme: 1 kết quả then chốt cần cập nhật tuần này');
  });

  test.each(['due', 'overdue', 'lead', 'escalation', 'wins'] as const)('the %s subject differs between en and vi and from other kinds', (kind) => {
    const planned = allKinds.find((m) => kindOf(m) === kind)!;
    const en = renderMessage(asLang(planned, 'en'), links, 'Acme').subject;
    const vi = renderMessage(asLang(planned, 'vi'), links, 'Acme').subject;
    expect(en).not.toBe(vi);
    const others = allKinds.filter((m) => kindOf(m) !== kind).map((m) => renderMessage(asLang(m, 'en'), links, 'Acme').subject);
    expect(others).not.toContain(en);
  });

  test('names waiting requests in a lead subject with no missing KR', () => {
    expect(renderMessage(message('lead', 'minh@acme.vn'), links, 'Acme').subject).toBe('OKR Acme: 1 yêu cầu đang chờ bạn phản hồi');
  });

  test('keeps a company name with line breaks on one subject line', () => {
    const { subject } = renderMessage(message('due', 'an@acme.vn'), links, 'Acme\r\nBcc: x@evil.test');
    expect(subject).not.toMatch(/[\r\n]/);
    expect(subject.startsWith('Acme Bcc: x@evil.test OKR:')).toBe(true);
  });
});

describe('renderMessage bodies', () => {
  test('labels every value of a KR line, in both bodies', () => {
    const { text, html } = renderMessage(message('due', 'lan@acme.vn'), links, 'Acme');
    expect(text).toContain(
      '- KR-S1 · Renewals from 0 to 100\n  Objective: Grow revenue from existing customers; Last value: 30 khách hàng; Target: 100 khách hàng; Progress: 30%; Status:',
    );
    for (const label of ['Key result', 'Objective', 'Last value', 'Target', 'Progress', 'Status']) expect(html).toContain(`>${label}</th>`);
    expect(html).toContain('KR-ST · Team NPS from 0 to 100');
  });

  test.each([
    ['en', { current: null }, 'Last value: no check-in yet'],
    ['en', { current: null, progress: null }, 'Progress: not computed yet'],
    ['en', { target: null }, 'Target: not set'],
    ['en', { status: null }, 'Status: cannot be computed'],
    ['vi', { current: null }, 'Giá trị gần nhất: chưa cập nhật lần nào'],
    ['vi', { target: null }, 'Chỉ tiêu: chưa đặt'],
    ['en', { kind: 'Maintain', status: 'Done' }, 'Status: Holding the target'],
    ['vi', { kind: 'Maintain', status: 'Done' }, 'Trạng thái: Đang giữ mức chỉ tiêu'],
  ] as const)('in %s, a line with %p says %p in words', (lang, change, words) => {
    const planned = asLang(
      withKrs(message('due', 'lan@acme.vn'), (krs) => krs.map((k) => ({ ...k, ...change }))),
      lang,
    );
    const { text } = renderMessage(planned, links, 'Acme');
    expect(text).toContain(words);
    expect(text).not.toMatch(/–|\/ \d|· –/);
  });

  test('writes Vietnamese status labels, numbers and dates for a Vietnamese reader', () => {
    const planned = withKrs(message('due', 'minh@acme.vn'), (krs) => krs.map((k) => ({ ...k, current: 4_300_000_000.5 })));
    const { text } = renderMessage(planned, links, 'Acme');
    expect(text).toContain('Giá trị gần nhất: 4.300.000.000,5 khách hàng');
    expect(text).toContain('Chào Minh,');
    expect(text).toContain('23/11/2026');
    expect(text).toContain('Chệch hướng');
  });

  test.each(['due', 'overdue', 'lead', 'escalation', 'wins'] as const)(
    'without a web app, a %s mail opens the workbook with the menu path in words, and has no KR row link',
    (kind) => {
      const planned = allKinds.find((m) => kindOf(m) === kind)!;
      const { text, html } = renderMessage(asLang(planned, 'en'), links, 'Acme');
      expect(text).toContain(`Open the OKR workbook to check in: ${SHEET}\nIn the workbook, choose OKR → Check in… in the menu bar`);
      expect(html).toContain(`href="${SHEET}"`);
      expect(html).not.toContain('#gid=');
      expect(html).not.toContain('script.google.com');
      expect(renderMessage(asLang(planned, 'vi'), links, 'Acme').text).toContain('chọn OKR → Cập nhật KR… trên thanh menu');
    },
  );

  test('with a web app, the button opens its page and each own KR line links to it with ?kr=', () => {
    const { text, html } = renderMessage(message('due', 'an@acme.vn'), withWebApp, 'Acme');
    expect(text).toContain('Check in now: https://script.google.com/macros/s/xyz/exec\n');
    expect(text).toContain('Check in: https://script.google.com/macros/s/xyz/exec?kr=KR-S2');
    expect(html).toContain('href="https://script.google.com/macros/s/xyz/exec?kr=KR-ST"');
    expect(text).not.toContain('menu bar');
  });

  test('with a web app, a mail about one KR opens the page on it', () => {
    const { text } = renderMessage(message('due', 'minh@acme.vn'), withWebApp, 'Acme');
    expect(text).toContain('Cập nhật KR-P1 ngay: https://script.google.com/macros/s/xyz/exec?kr=KR-P1');
  });

  test('adds the KR to a web-app URL that already has a query', () => {
    const { text } = renderMessage(message('due', 'an@acme.vn'), { ...links, webAppUrl: 'https://x.test/exec?lang=vi' }, 'Acme');
    expect(text).toContain('https://x.test/exec?lang=vi&kr=KR-S2');
  });

  test('names who is expected in the lead digest and the waiting request in the provider lead digest', () => {
    expect(renderMessage(message('lead', 'lan@acme.vn'), links, 'Acme').text).toContain(
      '- KR-S3 · Referrals from 0 to 100\n  Team: Sales; Expected from: Bình;',
    );
    expect(renderMessage(message('lead', 'minh@acme.vn'), links, 'Acme').text).toContain(
      '- D1 · Build 3 features for existing customers\n  Nhóm yêu cầu: Sales; Cho: O-SALES; Cần trước ngày: 15/12/2026',
    );
  });

  test('says never for a stale KR without any check-in in the escalation, under its team', () => {
    expect(renderMessage(message('escalation', 'ceo@acme.vn'), links, 'Acme').text).toContain(
      'Sales: 2 stale key results\n- KR-S3 · Referrals from 0 to 100\n  Expected from: Bình; Last check-in: never',
    );
  });

  test.each([
    [3, { Sales: 3 }, 3, null],
    [10, { Sales: 10 }, 10, null],
    [36, { Sales: 20, Product: 10, Marketing: 6 }, ESCALATION_LIMIT, '…and 26 more (Sales 10, Product 10, Marketing 6)'],
    [12, { Sales: 6, Product: 6 }, ESCALATION_LIMIT, '…and 2 more (Sales 2)'],
  ])('an escalation of %p stale KRs in teams %p lists %p, grouped by team, and says what it left out', (_, teams, shown, more) => {
    const planned = message('escalation', 'ceo@acme.vn');
    const item = (planned.sections[0] as { krs: readonly KrItem[] }).krs[0]!;
    const krs = Object.entries(teams).flatMap(([teamName, n]) => Array.from({ length: n }, (_, i) => ({ ...item, teamName, krId: `${teamName}-${i}` })));
    const { text } = renderMessage(
      withKrs(planned, () => krs),
      links,
      'Acme',
    );
    expect((text.match(/^- /gm) ?? []).length).toBe(shown);
    if (more) expect(text).toContain(more);
    else expect(text).not.toContain('more');
    expect(text).toContain(`Sales: ${teams.Sales} stale key results`);
  });

  test('shows the wins with team, progress before and after, and Done', () => {
    const { text } = renderMessage(message('wins', 'an@acme.vn'), links, 'Acme');
    expect(text).toContain('week of 2026-11-16');
    expect(text).toContain('- KR-S2 · Upsell deals from 0 to 100\n  Team: Sales; Objective: Grow revenue from existing customers; Progress: 25% → 60%');
    expect(text).toContain('80% → 100% Done!');
  });

  test('a merged mail has one section per kind, one button, and a subject naming each', () => {
    const merged = mondayPlan.find((m) => m.to === 'an@acme.vn')!;
    expect(merged.sections.map((s) => s.kind)).toEqual(['due', 'wins']);
    const mail = renderMessage(merged, links, 'Acme');
    expect(mail.subject).toBe("Acme OKR: 2 key results need this week's check-in · 2 wins across the company last week");
    expect(mail.text).toContain('Your key results to check in');
    expect(mail.text).toContain('\nWins\n');
    expect((mail.html.match(/display:inline-block/g) ?? []).length).toBe(1);
  });

  test('has no script, no image and no external resource', () => {
    for (const planned of allKinds) {
      const { html } = renderMessage(planned, withWebApp, 'Acme');
      expect(html).not.toMatch(/<script|<img|<link|<iframe|\ssrc=|url\(/i);
    }
  });
});

describe('renderMessage escaping', () => {
  const hostile = (): PlannedMessage => {
    const story = salesStory();
    const workbook = makeWorkbook({
      ...story,
      people: story.people.map((p) => (p.email === 'an@acme.vn' ? { ...p, name: XSS } : p)),
      keyResults: story.keyResults.map((kr) => (kr.id === 'KR-S2' ? keyResult('KR-S2', 'O-SALES', 'SALES', 'an@acme.vn', XSS) : kr)),
    });
    return planReminders({ workbook, today: CHECK_IN_DAY, sent: new Set() }).due.find((m) => m.to === 'an@acme.vn')!;
  };

  test('escapes a script payload in a KR title and a person name in HTML', () => {
    const { html } = renderMessage(hostile(), links, XSS);
    expect(html).not.toContain('<img');
    expect(html).toContain('Hi &lt;img src=x onerror=alert(1)&gt;,');
    expect(html).toContain('KR-S2 · &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('for &lt;img src=x onerror=alert(1)&gt;.');
  });

  test('keeps the payload as typed in the plain text', () => {
    const { text } = renderMessage(hostile(), links, 'Acme');
    expect(text).toContain(`Hi ${XSS},`);
    expect(text).toContain(`KR-S2 · ${XSS}`);
  });

  test('escapes team names and expected names in the lead digest', () => {
    const planned = withKrs(message('lead', 'lan@acme.vn'), (krs) =>
      krs.map((k) => ({ ...k, teamName: `"><b>${k.teamName}`, expected: k.expected.map((p) => ({ ...p, name: XSS })) })),
    );
    const { html } = renderMessage(planned, links, 'Acme');
    expect(html).not.toMatch(/<b>|<img/);
    expect(html).toContain('&quot;&gt;&lt;b&gt;Sales');
  });
});

describe('renderMessage size', () => {
  const many = (count: number, title: (i: number) => string, more: Partial<KrItem> = {}): PlannedMessage => {
    const planned = message('due', 'an@acme.vn');
    return withKrs(planned, ([item]) => Array.from({ length: count }, (_, i) => ({ ...item!, ...more, krId: `KR-${i}`, krTitle: title(i) })));
  };
  const shownRows = (text: string) => (text.match(/^- KR-/gm) ?? []).length;
  const heavy = '&<"> Tăng doanh thu từ 4,3 tỷ lên 5,6 tỷ '.repeat(20);

  test('stops a long list at the row limit and says how many KRs were left out', () => {
    const mail = renderMessage(
      many(5000, (i) => `Short ${i}`),
      withWebApp,
      'Acme',
    );
    expect(shownRows(mail.text)).toBe(MAIL_LIMITS.rowsPerSection);
    expect(mail.text).toContain(`…and ${5000 - MAIL_LIMITS.rowsPerSection} more`);
    expect(mail.html).toContain(`…and ${5000 - MAIL_LIMITS.rowsPerSection} more`);
    expect(mail.subject).toContain('5000 key results');
  });

  test('stops earlier when the rows would make the body too big, and says so', () => {
    const mail = renderMessage(
      many(5000, (i) => `${heavy}${i}`, { objectiveTitle: heavy, unit: heavy }),
      withWebApp,
      'Acme',
    );
    const shown = shownRows(mail.text);
    expect(bytes(mail)).toBeLessThan(MAIL_LIMITS.bodyBytes);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(MAIL_LIMITS.rowsPerSection);
    expect(mail.text).toContain(`…and ${5000 - shown} more`);
  });

  test('cuts a long title with an ellipsis', () => {
    const { text } = renderMessage(
      many(1, () => heavy),
      links,
      'Acme',
    );
    const line = text.split('\n').find((l) => l.startsWith('- KR-0 '))!;
    expect(line).toContain('…');
    expect(line.length).toBeLessThan(MAIL_LIMITS.fieldChars * 4);
  });

  test('lists a short digest whole, without an "and more" line', () => {
    const mail = renderMessage(message('due', 'an@acme.vn'), links, 'Acme');
    expect(mail.text).not.toContain('more');
  });
});

describe('reminder catalogue', () => {
  test('has the same keys in en and vi', () => {
    const shape = (o: object): unknown => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'object' && v !== null ? shape(v) : typeof v]));
    expect(shape(remindersVi)).toEqual(shape(remindersEn));
  });
});

// Markup typed wherever people type (titles, IDs, names, teams, the company name, notes, requests) reaches
// the e-mails, the dialogs and the check-in pages as text only (DESIGN.md §2.8).
import type { Browser, Page } from 'playwright-core';
import { COLUMN_LABELS, SETTING_LABELS, TAB_LABELS } from '../../src/i18n/tabs';
import { foldText } from '../../src/core/text';
import { actionOfLabel } from '../../src/i18n/log';
import type { LocalRuntime } from '../../src/local/emulator';
import { typeRows, typeSetting } from '../../src/local/cli';
import { describeBrowser, launch, openPage, screenshot } from '../browser/harness';
import { ADMIN, builtBundle, PRODUCT_LEAD, SALES_LEAD, SALES_REP, smallCompany, tabValues } from '../support/bundle';
import { isMarkup, typedAsText, XSS_PAYLOADS, type Payload } from './payloads';

const WEB_APP = 'https://script.google.com/macros/s/AKfy-test/exec';
const MONDAY_AFTER = new Date('2026-10-12T03:00:00Z'); // the second check-in day, after the reminder hour
const CYCLE_OVER = new Date('2027-01-02T03:00:00Z');
/** A KR whose ID itself is markup: IDs are typed too, and land in attributes, links and URLs. */
const HOSTILE_KR_ID = 'KR<img src=x onerror=alert(2)>';

const MARKUP: readonly Payload[] = [...XSS_PAYLOADS.filter((p) => isMarkup(p.text)), { name: 'hostile KR ID', text: HOSTILE_KR_ID }];
const payload = (name: string): string => {
  const found = XSS_PAYLOADS.find((p) => p.name === name);
  if (!found) throw new Error(`no payload ${name}`);
  return found.text;
};

/** Where each field gets which payload; KR and objective titles and requests carry the whole corpus. */
const PLACED = {
  company: payload('script tag'),
  people: {
    [SALES_REP]: payload('img onerror'),
    [SALES_LEAD]: payload('attribute break into svg'),
    [PRODUCT_LEAD]: payload('double-quote attribute break'),
    [ADMIN]: payload('template expression'),
  },
  teams: { KD: payload('single-quote attribute break'), SP: payload('iframe srcdoc'), BGD: payload('mixed-case tag with Vietnamese') },
} as const;

/** Types `value` over the cell of column `key` in the row whose first column is `id`, as a person would. */
function typeOver(rt: LocalRuntime, tab: 'people' | 'teams', id: string, key: string, value: string): void {
  const sheet = rt.book.getSheets().find((s) => [TAB_LABELS[tab].en, TAB_LABELS[tab].vi].indexOf(s.getName()) >= 0)!;
  const [header, ...rows] = tabValues(rt, [sheet.getName()]);
  const label = (COLUMN_LABELS[tab] as Record<string, { en: string; vi: string }>)[key]!;
  const column = header!.findIndex((h) => [foldText(label.en), foldText(label.vi)].indexOf(foldText(String(h))) >= 0);
  const row = rows.findIndex((r) => r[0] === id);
  if (column < 0 || row < 0) throw new Error(`no ${key} cell for ${id} in ${tab}`);
  rt.type(sheet.getName(), row + 2, column + 1, [[typedAsText(value)]]);
}

/** The small company with hostile text in every field people type, and one check-in per hostile KR. */
function hostileCompany(): LocalRuntime {
  const rt = smallCompany({ webAppUrl: WEB_APP });
  typeSetting(rt, SETTING_LABELS.companyName, typedAsText(PLACED.company));
  for (const [email, name] of Object.entries(PLACED.people)) typeOver(rt, 'people', email, 'name', name);
  for (const [teamId, name] of Object.entries(PLACED.teams)) typeOver(rt, 'teams', teamId, 'name', name);
  const n = XSS_PAYLOADS.length;
  const at = (i: number) => XSS_PAYLOADS[i % n]!.text;
  typeRows(
    rt,
    'objectives',
    XSS_PAYLOADS.map((p, i) => ({
      objectiveId: `OX${i + 1}`,
      cycleId: 'Q4',
      level: 'Team',
      teamId: 'KD',
      ownerEmail: SALES_LEAD,
      objective: typedAsText(p.text),
      parentObjectiveId: 'O2',
      type: 'Aspirational',
      status: 'Active',
    })),
  );
  typeRows(
    rt,
    'keyResults',
    XSS_PAYLOADS.map((p, i) => ({
      krId: `KRX${i + 1}`,
      objectiveId: `OX${i + 1}`,
      keyResult: typedAsText(p.text),
      teamId: 'KD',
      ownerEmail: SALES_REP,
      kind: 'Increase',
      unit: 'khách',
      start: 0,
      target: 10,
      weight: 1,
    })).concat([
      {
        krId: typedAsText(HOSTILE_KR_ID),
        objectiveId: 'O2',
        keyResult: 'Đạt 12 khách giới thiệu',
        teamId: 'KD',
        ownerEmail: SALES_REP,
        kind: 'Increase',
        unit: 'khách',
        start: 0,
        target: 12,
        weight: 1,
      },
    ]),
  );
  typeRows(
    rt,
    'dependencies',
    XSS_PAYLOADS.map((p, i) => ({
      dependencyId: `DX${i + 1}`,
      requestingTeamId: 'KD',
      forId: 'O2',
      providingTeamId: 'SP',
      request: typedAsText(p.text),
      requestedOn: '2026-10-01',
      status: 'Requested',
    })),
  );
  typeRows(
    rt,
    'checkIns',
    XSS_PAYLOADS.map((_, i) => ({
      krId: `KRX${i + 1}`,
      value: 6,
      progressNote: typedAsText(at(i)),
      problems: typedAsText(at(i + 1)),
      plans: typedAsText(at(i + 2)),
    })),
    SALES_REP,
  );
  return rt;
}

/** HTML character references decoded once, as a mail client or browser shows text. */
function decodeHtml(html: string): string {
  const named: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return html.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, ref: string) =>
    ref[0] === '#'
      ? String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10))
      : named[ref.toLowerCase()]!,
  );
}

/** "payload name in where" for every markup payload found raw in `html`. */
function rawMarkup(html: string, where: string): string[] {
  return MARKUP.filter((p) => html.includes(p.text)).map((p) => `${p.name} in ${where}`);
}

/** Every href and src of `html` (attribute values are double-quoted by the program). */
const urlsOf = (html: string): string[] => Array.from(html.matchAll(/\b(?:href|src)\s*=\s*"([^"]*)"/gi), (m) => decodeHtml(m[1]!));

describe('e-mails', () => {
  let rt: LocalRuntime;
  beforeAll(() => {
    rt = hostileCompany();
    rt.run('menuRemindersOn');
    rt.advanceTo(new Date('2026-10-13T03:00:00Z'));
    // A second, higher check-in the next week: a rise over a check-in made before is a win (a first one is not).
    typeRows(
      rt,
      'checkIns',
      XSS_PAYLOADS.map((_, i) => ({ krId: `KRX${i + 1}`, value: 9 })),
      SALES_REP,
    );
    rt.advanceTo(new Date('2026-10-20T03:00:00Z')); // two check-in days, their overdue and lead days, a wins digest
    rt.ui.answerNext('OK', 'KD');
    rt.ui.answerNext('YES');
    rt.run('menuBrief', [], { user: SALES_LEAD });
    rt.env.setNow(CYCLE_OVER);
    rt.run('menuCloseCycle');
    rt.advanceTo(new Date(CYCLE_OVER.getTime() + 5 * 60 * 1000)); // its pack run, a minute later
  });

  test('the run sent every kind of message the payloads can reach', () => {
    expect(rt.triggerFailures).toEqual([]);
    const kinds = new Set(
      tabValues(rt, ['Nhật ký'])
        .map((r) => actionOfLabel(String(r[1])) ?? '')
        .filter((a) => a.startsWith('reminder:'))
        .map((a) => a.split(':')[1]),
    );
    expect([...kinds].sort()).toEqual(['due', 'escalation', 'lead', 'overdue', 'wins']);
    expect(tabValues(rt, ['Nhật ký']).some((r) => actionOfLabel(String(r[1])) === 'reviewPack')).toBe(true);
    expect(rt.ui.alerts.map((a) => a.prompt)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Đã gửi bản họp tuần cho \d+ người\.(\n|$)/), expect.stringMatching(/^Đã đóng chu kỳ/)]),
    );
  });

  test('no HTML body holds a markup payload raw: titles, IDs, names, teams, company and requests are escaped', () => {
    expect(rt.mail.outbox.flatMap((m, i) => rawMarkup(m.htmlBody ?? '', `mail ${i} to ${m.to.join(',')}: ${m.subject}`))).toEqual([]);
  });

  test('every payload reads back as typed once the HTML is decoded, and the plain-text body keeps it as typed', () => {
    const shown = (p: string) => ({
      html: rt.mail.outbox.some((m) => m.htmlBody !== null && decodeHtml(m.htmlBody).includes(p)),
      text: rt.mail.outbox.some((m) => m.body.includes(p)),
    });
    const everything = [...XSS_PAYLOADS.map((p) => p.text), HOSTILE_KR_ID];
    expect(everything.filter((p) => !shown(p).html || !shown(p).text)).toEqual([]);
    // Greetings, team columns and the footer carry the names and the company name.
    for (const name of [PLACED.company, ...Object.values(PLACED.people), ...Object.values(PLACED.teams)])
      expect(shown(name)).toEqual({ html: true, text: true });
  });

  test('plain-text parts are not HTML-escaped: subjects, sender names and text bodies show the text as typed', () => {
    expect(rt.mail.outbox.filter((m) => !m.subject.includes(PLACED.company)).map((m) => m.subject)).toEqual([]);
    const escaped = rt.mail.outbox.filter((m) => [m.subject, m.body, m.name ?? ''].some((part) => /&(?:lt|gt|quot|amp|#39|#96);/.test(part)));
    expect(escaped.map((m) => m.subject)).toEqual([]);
  });

  test('every link is https: a javascript: title or a hostile ID never becomes or breaks out of a URL', () => {
    const urls = rt.mail.outbox.flatMap((m) => urlsOf(m.htmlBody ?? ''));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => !/^https:\/\/[^\s<>"']+$/.test(u))).toEqual([]);
    expect(urls).toContain(`${WEB_APP}?kr=${encodeURIComponent(HOSTILE_KR_ID)}`);
  });
});

describe('dialogs and panels', () => {
  test('Preview reminders shows every hostile title escaped, and the text it shows is the text typed', () => {
    const rt = hostileCompany();
    rt.env.setNow(MONDAY_AFTER);
    rt.run('menuPreviewReminders');
    const html = rt.ui.dialogs.at(-1)!.html;
    expect(rawMarkup(html, 'preview')).toEqual([]);
    const decoded = decodeHtml(html);
    expect(XSS_PAYLOADS.filter((p) => !decoded.includes(p.text)).map((p) => p.name)).toEqual([]);
    expect(urlsOf(html).filter((u) => !/^https:\/\//.test(u))).toEqual([]);
  });

  test('Open in Looker Studio escapes the company name and a hostile report URL, and links only to https', () => {
    const rt = hostileCompany();
    typeSetting(rt, SETTING_LABELS.lookerReportUrl, typedAsText('https://lookerstudio.google.com/reporting/x"><script>alert(1)</script>'));
    rt.run('menuLooker');
    const html = rt.ui.dialogs.at(-1)!.html;
    expect(rawMarkup(html, 'Looker dialog')).toEqual([]);
    expect(html).not.toContain('"><script>');
    // The typed URL stays whole inside its quoted href (it only ever leads to https).
    expect(urlsOf(html).filter((u) => !/^https:\/\//.test(u))).toEqual([]);
    // The report name in the Linking API URL is the company name, URL-encoded.
    expect(urlsOf(html).some((u) => u.includes(`r.reportName=${encodeURIComponent(`OKR · ${PLACED.company}`)}`))).toBe(true);

    typeSetting(rt, SETTING_LABELS.lookerReportUrl, typedAsText(payload('javascript: URL')));
    rt.run('menuLooker');
    const second = rt.ui.dialogs.at(-1)!.html;
    expect(urlsOf(second).filter((u) => !/^https:\/\//.test(u))).toEqual([]);
    expect(second.toLowerCase()).not.toContain('javascript:');
  });

  test('Diagnostics answers with a plain-text alert holding no payload, and opens no HTML dialog', () => {
    const rt = hostileCompany();
    rt.run('menuRemindersOn');
    const dialogs = rt.ui.dialogs.length;
    rt.run('menuDiagnostics');
    const alert = rt.ui.alerts.at(-1)!.prompt;
    expect(alert).toMatch(/^Kiểm tra hệ thống\n✓/);
    expect(rawMarkup(alert, 'diagnostics')).toEqual([]);
    expect(rt.ui.dialogs.length).toBe(dialogs);
  });

  test('the check-in sidebar is the static page: no workbook text is put into its HTML', () => {
    const rt = hostileCompany();
    rt.run('menuCheckIn', [], { user: SALES_REP });
    expect(rt.ui.sidebars.at(-1)!.html).toBe(builtBundle().files['checkin.html']);
  });

  test('the web app page reflects nothing from its URL parameters', () => {
    const rt = hostileCompany();
    const served = rt.run('doGet', [{ parameter: { kr: payload('script tag'), source: payload('attribute break into svg') } }], { user: SALES_REP }) as {
      getContent(): string;
    };
    expect(rawMarkup(served.getContent(), 'doGet page')).toEqual([]);
  });
});

/** Elements and attributes a payload would have created. */
async function injected(page: Page) {
  return page.evaluate(() => {
    const containers = ['mine', 'others', 'message'].map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
    const inside = containers.flatMap((c) => Array.from(c.querySelectorAll('*')));
    return {
      elements: Array.from(
        document.querySelectorAll('img, svg, iframe, details, a, math, object, embed, script:not(body > script), style:not(head > style)'),
      ).map((el) => el.outerHTML.slice(0, 80)),
      tags: Array.from(new Set(inside.map((el) => el.tagName.toLowerCase()))).sort(),
      eventAttributes: Array.from(document.querySelectorAll('*'))
        .flatMap((el) => Array.from(el.attributes).map((a) => a.name))
        .filter((name) => /^on|^srcdoc$|^autofocus$|^href$|^src$/i.test(name)),
    };
  });
}

/** Opens a page, then reloads it with a dialog listener attached, so a dialog opened while rendering is seen. */
async function openWatched(browser: Browser, rt: LocalRuntime, file: string, width?: number, html?: string) {
  const opened = await openPage(browser, rt, file, SALES_REP, width, html);
  const dialogs: string[] = [];
  opened.page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    // A second alert or the next navigation may have closed it already; it is recorded either way.
    dialog.dismiss().catch(() => undefined);
  });
  await opened.page.reload();
  await opened.page.locator(`[data-kr="KRX${XSS_PAYLOADS.length}"]`).waitFor({ state: 'attached' });
  return { ...opened, dialogs };
}

const SAFE_TAGS = ['button', 'div', 'input', 'label', 'option', 'select', 'span', 'textarea'];

async function expectTextOnly(page: Page, errors: readonly string[], dialogs: readonly string[]): Promise<void> {
  await page.waitForLoadState('networkidle');
  const found = await injected(page);
  expect(found.elements).toEqual([]);
  expect(found.tags.filter((t) => SAFE_TAGS.indexOf(t) < 0)).toEqual([]);
  expect(found.eventAttributes).toEqual([]);
  expect(errors).toEqual([]);
  expect(dialogs).toEqual([]);
}

async function expectVisible(page: Page, texts: readonly string[]): Promise<void> {
  for (const text of texts) await page.getByText(text, { exact: false }).first().waitFor({ state: 'visible', timeout: 5000 });
}

describeBrowser('check-in pages in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the sidebar shows hostile titles, objectives and team names as text, and saves hostile notes as typed', async () => {
    const rt = hostileCompany();
    const { page, errors, dialogs } = await openWatched(browser, rt, 'checkin.html');
    await expectTextOnly(page, errors, dialogs);
    await expectVisible(page, [...XSS_PAYLOADS.map((p) => p.text), PLACED.teams.KD]);
    await expect(page.getByLabel(`Giá trị ${HOSTILE_KR_ID}`, { exact: true }).count()).resolves.toBe(1);

    const notes = [payload('textarea break-out'), payload('img onerror'), payload('iframe srcdoc')];
    const card = page.locator('[data-kr="KRX1"]');
    await page.getByLabel('Giá trị KRX1', { exact: true }).fill('7');
    await card.locator('textarea[name="progressNote"]').fill(notes[0]!);
    await card.locator('textarea[name="problems"]').fill(notes[1]!);
    await card.locator('textarea[name="plans"]').fill(notes[2]!);
    await card.locator('button').click();
    await page.getByText('Đã cập nhật: KRX1').waitFor();
    const [header, ...rows] = tabValues(rt, ['Cập nhật tiến độ']);
    const col = (label: string) => header!.indexOf(label);
    expect([rows.at(-1)![col('Tiến triển')], rows.at(-1)![col('Vấn đề')], rows.at(-1)![col('Kế hoạch')]]).toEqual(notes);

    await page.locator('#search').fill(payload('details ontoggle'));
    await expectTextOnly(page, errors, dialogs);
    await screenshot(page, 'xss-sidebar');
  });

  test('the web app page (doGet) renders the same hostile text as text', async () => {
    const rt = hostileCompany();
    const served = rt.run('doGet', [{ parameter: {} }], { user: SALES_REP }) as { getContent(): string };
    const { page, errors, dialogs } = await openWatched(browser, rt, 'web.html', 420, served.getContent());
    await expectTextOnly(page, errors, dialogs);
    await expectVisible(page, [...XSS_PAYLOADS.map((p) => p.text), PLACED.teams.KD]);

    const card = page.locator('[data-kr="KRX2"]');
    await page.getByLabel('Giá trị KRX2', { exact: true }).fill('8');
    await card.locator('textarea[name="plans"]').fill(payload('comment break-out'));
    await card.locator('button').click();
    await page.getByText('Đã cập nhật: KRX2').waitFor();
    const last = tabValues(rt, ['Cập nhật tiến độ']).at(-1)!;
    expect(last).toContain(payload('comment break-out'));
    expect(last).toContain('email');
    await expectTextOnly(page, errors, dialogs);
  });
});

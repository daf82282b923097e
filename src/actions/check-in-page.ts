/**
 * The data the check-in sidebar and web-app page show, in the person's language: their KRs first, the last
 * value pre-filled in a spelling quick to edit, and why there is nothing to check in when that is so.
 */
import { isOwnKr, teamsOf } from '../core/check-in-rights';
import { choiceValues } from '../core/choice-parse';
import { choiceLabel } from '../i18n/choice-labels';
import { dayOf, partsOfDay, type Day } from '../core/date-parse';
import { computeKrStates } from '../core/kr-state';
import type { Workbook } from '../core/model';
import { formatKrValue, isPercentUnit } from '../core/kr-format';
import { formatAmount, parseAmount } from '../core/number-parse';
import { messages, type Catalogue, type Lang } from '../i18n';
import { reminderMessages } from '../i18n/reminders';
import { readWorkbook, type ReadScope, type ReadWorkbook } from '../sheet/workbook-read';
import { latestFromKrRows } from '../sheet/kr-latest';
import type { TabKey } from '../core/tabs';
import { readSettings } from '../sheet/settings-read';
import { NotConnectedError } from '../sheet/book-id';
import { recordWebAppContext } from './live-checks';
import { escapeHtml } from '../core/html';
import type { PageData, PageKr } from '../ui/page-data';
import { currentUser } from './run';
import type { Services } from '../sheet/services';
import { teamOfKr } from '../core/kr-team';

/** The language a person reads: their Language in People when set, else the workbook's (as the e-mails choose). */
export function personLang(workbook: Workbook, user: string): Lang {
  return workbook.people.find((p) => p.email === user)?.language ?? workbook.settings.language;
}

/** A day as the reminder e-mails write it, so the page and the mails agree. */
const formatPageDay = (day: Day, lang: Lang): string => {
  const { year, month, day: date } = partsOfDay(day);
  return reminderMessages(lang).date(year, month, date);
};

/** Significant digits a double may need to be written back exactly. */
const MAX_DIGITS = 17;

/**
 * `base` with 1 to 17 significant digits, as plain decimals (exponent forms left out), fewest first. A
 * fraction also comes with a trailing zero: `12,3450` reads the same in vi and en where `12,345` does not.
 */
const roundings = (base: number): string[] => {
  const found: string[] = [];
  for (let digits = 1; digits <= MAX_DIGITS; digits += 1) {
    const text = String(Number(base.toPrecision(digits)));
    if (/e/i.test(text) || found.indexOf(text) >= 0) continue;
    found.push(text);
    if (text.indexOf('.') >= 0) found.push(`${text}0`);
  }
  return found;
};

/**
 * The value as the page pre-fills its field: the shortest spelling, in the person's language (`lang`), that
 * both the person and the workbook (whose language the save parses in) read back as exactly `value`: digits
 * without thousands marks, a scale word (`5,04 tỷ`, `5.04B`), a percent for a % KR, no unit word. On a tie
 * the larger scale wins (`12 triệu`, not `12000000`: fewer zeros to count). When no such spelling exists,
 * the workbook's own exact spelling.
 * @example formatValueInput(5_040_000_000, 'VND', 'vi', 'vi') // '5,04 tỷ'
 * @example formatValueInput(0.785, '%', 'en', 'vi') // '78.5%'
 */
export function formatValueInput(value: number, unit: string, lang: Lang, workbookLang: Lang): string {
  const t = messages(lang).sidebar;
  const decimal = (digits: string): string => (lang === 'vi' ? digits.replace('.', ',') : digits);
  const spellings: string[] = isPercentUnit(unit)
    ? roundings(value * 100).map((m) => `${decimal(m)}%`)
    : ([9, 6, 3, 0] as const)
        .filter((power) => power === 0 || Math.abs(value) >= 10 ** power)
        .flatMap((power) => roundings(value / 10 ** power).map((m) => (power === 0 ? decimal(m) : t.scaled(decimal(m), power))));
  const readsBack = (text: string, reader: Lang): boolean => {
    const read = parseAmount(text, reader);
    return read.ok && read.value === value;
  };
  let best: string | null = null;
  for (const text of spellings) {
    if ((best === null || text.length < best.length) && readsBack(text, lang) && readsBack(text, workbookLang)) best = text;
  }
  return best ?? formatAmount(value, workbookLang);
}

/** Every KR of the workbook as the page shows it to `user`, their own first, then by ID order of the sheet. */
export function pageKrs(workbook: Workbook, user: string, now: Date): PageKr[] {
  const { language: workbookLang, timeZone } = workbook.settings;
  const lang = personLang(workbook, user);
  const today = dayOf(now, timeZone);
  const teams = teamsOf(workbook, user);
  const objectives = new Map(workbook.objectives.map((o) => [o.id, o]));
  const teamNames = new Map(workbook.teams.map((t) => [t.id, t.name]));
  const krs = computeKrStates(workbook, today)
    .filter((state) => state.kr.id !== '')
    .map((state) => {
      const { kr, current } = state;
      const objective = objectives.get(kr.objectiveId);
      const teamId = teamOfKr(kr, objective);
      return {
        id: kr.id,
        title: kr.title,
        objective: objective?.title ?? '',
        team: teamNames.get(teamId) ?? teamId,
        unit: kr.unit,
        lastValue: current === null ? '' : formatKrValue(current, kr.unit, lang),
        lastInput: current === null ? '' : formatValueInput(current, kr.unit, lang, workbookLang),
        lastDate: state.lastCheckIn === null ? '' : formatPageDay(state.lastCheckIn, lang),
        target: kr.target === null ? '' : formatKrValue(kr.target, kr.unit, lang),
        confidence: state.confidence ?? '',
        status: state.status ? choiceLabel('krStatus', state.status, lang) : '',
        mine: isOwnKr(workbook, kr, user, teams),
      };
    });
  return krs.filter((kr) => kr.mine).concat(krs.filter((kr) => !kr.mine));
}

/** Longest ?kr= the page takes; KR IDs are short, and the value is echoed in a message. */
const MAX_FOCUS_CHARS = 40;

/** The KR ID a link asked for, trimmed; '' for none or for anything that is not text. */
const focusIdOf = (raw: unknown): string => (typeof raw === 'string' ? raw.trim().slice(0, MAX_FOCUS_CHARS) : '');

/**
 * The check-in web app's page: the sidebar's static page marked as reached from the e-mail, carrying the
 * link's KR ID (?kr=) in an escaped attribute for the page to ask about. Before Set up has stored the
 * workbook's id, a page that says so in both languages instead of a failure.
 */
export function webAppPage(html: GoogleAppsScript.HTML.HtmlService, services: () => Services, focusKrId: unknown = ''): GoogleAppsScript.HTML.HtmlOutput {
  let s: Services;
  try {
    s = services();
  } catch (error) {
    if (!(error instanceof NotConnectedError)) throw error;
    const text = `<p>${escapeHtml(messages('vi').errors.notConnected)}</p><p>${escapeHtml(messages('en').errors.notConnected)}</p>`;
    return html.createHtmlOutput(`<div style="font:15px Arial,sans-serif;padding:16px">${text}</div>`).setTitle('OKR');
  }
  recordWebAppContext(s);
  const t = messages(readSettings(s.book).settings.language);
  const marked = `data-source="email" data-focus="${escapeHtml(focusIdOf(focusKrId))}"`;
  const page = s.html.createHtmlOutputFromFile('checkin').getContent().replace('data-source="sidebar"', marked);
  return s.html.createHtmlOutput(page).setTitle(t.sidebar.title).addMetaTag('viewport', 'width=device-width, initial-scale=1');
}

/** The catalogue's plain labels, for the page to compose with; its sentences with parameters stay here. */
const labelsOf = (t: Catalogue['sidebar']): Record<string, string> => {
  const labels: Record<string, string> = {};
  for (const [key, text] of Object.entries(t)) if (typeof text === 'string') labels[key] = text;
  return labels;
};

/** Why none of the KRs is the person's: signed out, not in People, no KRs at all, or none of theirs. */
const noticeFor = (workbook: Workbook, user: string, krs: readonly PageKr[], t: Catalogue['sidebar']): string => {
  if (krs.some((kr) => kr.mine)) return '';
  if (user === '') return t.signedOut;
  if (!workbook.people.some((p) => p.email === user)) return t.notInPeople(user, workbook.settings.admins.join(', '));
  return krs.length === 0 ? t.noKrs : t.noneOfYours;
};

/** The KR a link asked for (IDs matched without regard to case), and what to say when it is not the person's. */
const focusFor = (raw: unknown, krs: readonly PageKr[], t: Catalogue['sidebar']): PageData['focus'] => {
  const asked = focusIdOf(raw);
  if (asked === '') return null;
  const kr = krs.find((k) => k.id.toLowerCase() === asked.toLowerCase());
  if (!kr) return { krId: asked, note: t.focusUnknown(asked) };
  return { krId: kr.id, note: kr.mine ? '' : t.focusNotYours(kr.id) };
};

/** Tabs the page never reads: it shows each KR's latest check-in as Key Results records it (latestFromKrRows). */
const UNREAD: readonly TabKey[] = ['checkIns', 'initiatives', 'dependencies'];

/**
 * The workbook as the page needs it, its check-ins being each KR's latest from the KR columns: the reads do
 * not grow with the check-ins of the cycle. `only` reads just those KR rows (a save reads the KRs it saves).
 */
export function readForPage(s: Services, known?: Parameters<typeof readWorkbook>[1], only?: ReadScope): ReadWorkbook {
  const read = readWorkbook(s.book, known, UNREAD, only);
  return { ...read, workbook: { ...read.workbook, checkIns: latestFromKrRows(read) } };
}

/** What the page loads: `focusKrId` is the web-app link's ?kr=, sent back by the page (anything at all). */
export function loadPage(s: Services, focusKrId: unknown = ''): PageData {
  const { workbook } = readForPage(s);
  const user = currentUser(s);
  const lang = personLang(workbook, user);
  const t = messages(lang).sidebar;
  const krs = pageKrs(workbook, user, s.now());
  return {
    lang,
    user,
    labels: labelsOf(t),
    confidences: choiceValues('confidence').map((value) => ({ value, label: choiceLabel('confidence', value, lang) })),
    krs,
    notice: noticeFor(workbook, user, krs, t),
    focus: focusFor(focusKrId, krs, t),
  };
}

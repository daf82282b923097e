// Rendering a planned reminder as an e-mail: localized subject, plain text and inline-styled HTML.
import type { Lang } from '../i18n/lang';
import { reminderMessages, type ReminderCatalogue } from '../i18n/reminders';
import { choiceLabel } from './choice-parse';
import { addDays, partsOfDay, type Day } from './date-parse';
import { escapeHtml } from './html';
import { formatKrValue, isPercentUnit } from './kr-format';
import type { KrItem, PlannedMessage, WinItem } from './reminder-plan';

export interface MailLinks {
  readonly sheetUrl: string;
  /** The link to a KR's row in the Key Results tab. */
  readonly krRowUrl: (krId: string) => string;
  /** The deployed web app, when the admin deployed it: each KR gets a check-in link to it. */
  readonly webAppUrl: string | null;
}

export interface RenderedMail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/**
 * Size limits of one message. MailApp allows a 200 KB body on consumer accounts and 400 KB on Workspace
 * (https://developers.google.com/apps-script/guides/services/quotas#current_limitations); whether text and
 * HTML bodies count together is not documented, so both together stay under the smaller limit.
 */
export const MAIL_LIMITS = { bodyBytes: 200_000, rowsPerSection: 100, fieldChars: 200, subjectChars: 200 } as const;

/** Room kept per section for its "and N more" line. */
const MORE_RESERVE_BYTES = 1_000;

interface Link {
  readonly label: string;
  readonly href: string;
}
interface Row {
  readonly cells: readonly string[];
  readonly links: readonly Link[];
}
interface Section {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly Row[];
}

const STYLE = {
  body: 'margin:0;padding:16px;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.4;color:#202124',
  title: 'font-size:16px;margin:20px 0 8px',
  table: 'border-collapse:collapse;width:100%;font-size:13px',
  th: 'padding:6px 8px;border-bottom:2px solid #dadce0;background:#f1f3f4;text-align:left;vertical-align:top',
  td: 'padding:6px 8px;border-bottom:1px solid #e0e0e0;text-align:left;vertical-align:top',
  link: 'color:#1a73e8',
  note: 'color:#5f6368;font-size:12px',
} as const;

/** UTF-8 size, counted high: a surrogate pair counts 6 bytes where it takes 4 (no TextEncoder in Apps Script's lib). */
const utf8Bytes = (text: string): number => {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
  }
  return bytes;
};

/** At most `max` characters, with `…` when cut, never splitting a surrogate pair. */
const clip = (text: string, max: number): string => {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${/[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
};

/** Line breaks and control characters would break the subject header; they become spaces. */
const oneLine = (text: string): string => text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();

const checkInUrl = (webAppUrl: string, krId: string): string =>
  `${webAppUrl}${webAppUrl.indexOf('?') >= 0 ? '&' : '?'}kr=${encodeURIComponent(krId)}`;

/** A day in the message's language. */
const formatWeek = (t: ReminderCatalogue, d: Day): string => {
  const { year, month, day } = partsOfDay(d);
  return t.date(year, month, day);
};

/** Builds the tables of a message, cells as plain text (escaped later, once, for HTML). */
const sectionsOf = (planned: PlannedMessage, t: ReminderCatalogue, links: MailLinks): Section[] => {
  const lang: Lang = planned.lang;
  const field = (text: string): string => clip(text, MAIL_LIMITS.fieldChars);
  const amount = (value: number | null, unit: string): string => (value === null ? t.noValue : formatKrValue(value, unit, lang));
  const percent = (progress: number | null): string => (progress === null ? t.noValue : `${Math.round(progress * 100)}%`);
  const day = (d: Day | null, blank: string): string => (d === null ? blank : formatWeek(t, d));
  const kr = (item: { krId: string; krTitle: string }): string => field(`${item.krId} · ${item.krTitle}`);
  // "30 / 100 khách hàng", and for percentages "37% / 60%".
  const value = (item: KrItem | WinItem): string =>
    `${amount(item.current, isPercentUnit(item.unit) ? item.unit : '')} / ${amount(item.target, item.unit)}`;
  const status = (item: KrItem): string => (item.status === null ? t.noValue : choiceLabel('krStatus', item.status, lang));
  const expected = (item: KrItem): string => field(item.expected.map((p) => p.name).join(', ')) || t.noValue;
  const krLinks = (krId: string): Link[] => [
    { label: t.openRow, href: links.krRowUrl(krId) },
    ...(links.webAppUrl ? [{ label: t.checkIn, href: checkInUrl(links.webAppUrl, krId) }] : []),
  ];
  const c = t.column;
  const { krs, dependencies, wins } = planned.data;
  switch (planned.kind) {
    case 'due':
    case 'overdue':
      return [{
        title: t.section.missing,
        columns: [c.kr, c.objective, c.value, c.progress, c.status, c.links],
        rows: krs.map((i) => ({ cells: [kr(i), field(i.objectiveTitle), value(i), percent(i.progress), status(i)], links: krLinks(i.krId) })),
      }];
    case 'lead': {
      const missing: Section = {
        title: t.section.missing,
        columns: [c.kr, c.team, c.expected, c.value, c.status, c.links],
        rows: krs.map((i) => ({ cells: [kr(i), field(i.teamName), expected(i), value(i), status(i)], links: krLinks(i.krId) })),
      };
      const waiting: Section = {
        title: t.section.dependencies,
        columns: [c.request, c.requestingTeam, c.forId, c.neededBy],
        rows: dependencies.map((d) => ({
          cells: [field(`${d.id} · ${d.request}`), field(d.requestingTeamName), field(d.forId), day(d.neededBy, t.noValue)],
          links: [],
        })),
      };
      return [missing, waiting].filter((s) => s.rows.length > 0);
    }
    case 'escalation':
      return [{
        title: t.section.stale,
        columns: [c.kr, c.team, c.expected, c.lastCheckIn, c.links],
        rows: krs.map((i) => ({ cells: [kr(i), field(i.teamName), expected(i), day(i.lastCheckIn, t.never)], links: krLinks(i.krId) })),
      }];
    case 'wins':
      return [{
        title: t.section.wins,
        columns: [c.team, c.kr, c.objective, c.progress, c.links],
        rows: wins.map((w) => ({
          cells: [field(w.teamName), kr(w), field(w.objectiveTitle), `${percent(w.progressBefore)} → ${percent(w.progressAfter)}${w.done ? ` ${t.done}` : ''}`],
          links: krLinks(w.krId).slice(0, 1),
        })),
      }];
  }
};

const subjectOf = (planned: PlannedMessage, t: ReminderCatalogue, companyName: string): string => {
  const { krs, dependencies, wins } = planned.data;
  const counts = {
    due: () => t.subject.due(krs.length),
    overdue: () => t.subject.overdue(krs.length),
    lead: () => t.subject.lead(krs.length, dependencies.length),
    escalation: () => t.subject.escalation(krs.length),
    wins: () => t.subject.wins(wins.length),
  };
  return clip(oneLine(`${t.subjectPrefix(oneLine(companyName))}: ${counts[planned.kind]()}`), MAIL_LIMITS.subjectChars);
};

const htmlLink = (link: Link): string => `<a href="${escapeHtml(link.href)}" style="${STYLE.link}">${escapeHtml(link.label)}</a>`;

const rowParts = (row: Row): { html: string; text: string } => ({
  html: `<tr>${row.cells.map((cell) => `<td style="${STYLE.td}">${escapeHtml(cell)}</td>`).join('')}${
    row.links.length > 0 ? `<td style="${STYLE.td}">${row.links.map(htmlLink).join('<br>')}</td>` : ''
  }</tr>\n`,
  text: `- ${row.cells.join(' · ')}\n${row.links.map((l) => `  ${l.label}: ${l.href}\n`).join('')}`,
});

/**
 * Renders a planned reminder in its language: a subject, a plain-text body and an HTML body with one
 * inline-styled table per list, links to the workbook, each KR's row and (when deployed) the web app's
 * check-in page. Every text from the workbook is escaped in the HTML; there is no image and no script.
 * Long lists stop at MAIL_LIMITS and say how many were left out.
 * @example
 * renderMessage(planned, { sheetUrl, krRowUrl, webAppUrl: null }, 'Acme').subject
 * //=> 'Acme OKR: 2 key results need this week's check-in'
 */
export function renderMessage(planned: PlannedMessage, links: MailLinks, companyName: string): RenderedMail {
  const t = reminderMessages(planned.lang);
  const weekShown = planned.kind === 'wins' ? addDays(planned.data.weekStart, -7) : planned.data.weekStart;
  const greeting = t.greeting(clip(planned.data.recipientName, MAIL_LIMITS.fieldChars));
  const intro = t.intro[planned.kind](formatWeek(t, weekShown));
  const company = clip(companyName, MAIL_LIMITS.fieldChars);
  const open = { label: t.openSheet, href: links.sheetUrl };
  const html = [
    `<!DOCTYPE html><html lang="${planned.lang}"><head><meta charset="utf-8"></head><body style="${STYLE.body}">\n`,
    `<p>${escapeHtml(greeting)}</p>\n<p>${escapeHtml(intro)}</p>\n`,
  ];
  const text = [`${greeting}\n\n${intro}\n`];
  const tail = {
    html: `<p>${htmlLink(open)}</p>\n<p style="${STYLE.note}">${escapeHtml(t.footer(company))}</p>\n</body></html>\n`,
    text: `\n${open.label}: ${open.href}\n\n${t.footer(company)}\n`,
  };
  let used = utf8Bytes(html.join('')) + utf8Bytes(text.join('')) + utf8Bytes(tail.html) + utf8Bytes(tail.text);
  for (const section of sectionsOf(planned, t, links)) {
    const head = {
      html: `<h3 style="${STYLE.title}">${escapeHtml(section.title)}</h3>\n<table style="${STYLE.table}"><tr>${section.columns
        .map((col) => `<th style="${STYLE.th}">${escapeHtml(col)}</th>`)
        .join('')}</tr>\n`,
      text: `\n${section.title}\n`,
    };
    html.push(head.html);
    text.push(head.text);
    used += utf8Bytes(head.html) + utf8Bytes(head.text) + MORE_RESERVE_BYTES;
    let shown = 0;
    for (const row of section.rows) {
      if (shown >= MAIL_LIMITS.rowsPerSection) break;
      const parts = rowParts(row);
      const size = utf8Bytes(parts.html) + utf8Bytes(parts.text);
      if (used + size > MAIL_LIMITS.bodyBytes) break;
      html.push(parts.html);
      text.push(parts.text);
      used += size;
      shown++;
    }
    html.push('</table>\n');
    const hidden = section.rows.length - shown;
    if (hidden > 0) {
      html.push(`<p style="${STYLE.note}">${escapeHtml(t.more(hidden))}</p>\n`);
      text.push(`${t.more(hidden)}\n`);
    }
  }
  html.push(tail.html);
  text.push(tail.text);
  return { subject: subjectOf(planned, t, companyName), text: text.join(''), html: html.join('') };
}

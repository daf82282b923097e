// Rendering a planned reminder as one e-mail: localized subject, and one section per kind due that day.
import { addDays, partsOfDay, type Day } from '../core/date-parse';
import { formatKrValue } from '../core/kr-format';
import { clip, MAIL_LIMITS, renderMailBody, type Link, type Row, type Section } from '../core/mail-layout';
import { checkInUrl, escalationGroups, type MailLinks, type RenderedMail } from '../core/reminder-mail';
import type { KrItem, PlannedMessage, ReminderSection } from '../core/reminder-plan';
import { headerText } from '../core/text';
import { choiceLabel } from './choice-labels';
import { reminderMessages, type ReminderCatalogue } from './reminders';

const formatDate = (t: ReminderCatalogue, d: Day): string => {
  const { year, month, day } = partsOfDay(d);
  return t.date(year, month, day);
};

/** The values of KR lines, each said in words when missing. */
const krWords = (t: ReminderCatalogue, lang: PlannedMessage['lang']) => {
  return {
    name: (item: { krId: string; krTitle: string }): string => clip(`${item.krId} · ${item.krTitle}`),
    last: (item: KrItem): string => (item.current === null ? t.missing.value : formatKrValue(item.current, item.unit, lang)),
    target: (item: KrItem): string => (item.target === null ? t.missing.target : formatKrValue(item.target, item.unit, lang)),
    percent: (progress: number | null): string => (progress === null || !Number.isFinite(progress) ? t.missing.progress : `${Math.round(progress * 100)}%`),
    status: (item: KrItem): string => {
      if (item.status === null) return t.missing.status;
      return item.status === 'Done' && item.kind === 'Maintain' ? t.holding : choiceLabel('krStatus', item.status, lang);
    },
    expected: (item: KrItem): string => clip(item.expected.map((p) => p.name).join(', ')) || t.missing.expected,
    date: (d: Day | null, blank: string): string => (d === null ? blank : formatDate(t, d)),
  };
};

/** An escalation's stale KRs under a heading per team, and what was left out (escalationGroups). */
const escalationRows = (t: ReminderCatalogue, w: ReturnType<typeof krWords>, krs: readonly KrItem[]): { rows: Row[]; notes: string[] } => {
  const { groups, hidden } = escalationGroups(krs);
  const rows = groups.flatMap((g): Row[] => [
    { heading: t.staleTeam(clip(g.teamName), g.total) },
    ...g.shown.map((item) => ({ cells: [w.name(item), w.expected(item), w.date(item.lastCheckIn, t.missing.never)] })),
  ]);
  const count = hidden.reduce((sum, h) => sum + h.count, 0);
  return { rows, notes: count > 0 ? [t.staleMore(count, hidden.map((h) => `${clip(h.teamName)} ${h.count}`).join(', '))] : [] };
};

/** The section of the mail for one planned section, cells as plain text. */
const sectionOf = (planned: PlannedMessage, section: ReminderSection, t: ReminderCatalogue, links: MailLinks): Section[] => {
  const w = krWords(t, planned.lang);
  const week = formatDate(t, planned.weekStart);
  const l = t.label;
  const checkInLink = (krId: string): Link | undefined =>
    links.webAppUrl === null ? undefined : { label: l.checkIn, href: checkInUrl(links.webAppUrl, krId) };
  switch (section.kind) {
    case 'due':
    case 'overdue':
      return [
        {
          title: t.section[section.kind],
          intro: t.intro[section.kind](week),
          labels: [l.kr, l.objective, l.lastValue, l.target, l.progress, l.status],
          rows: section.krs.map((i) => ({
            cells: [w.name(i), clip(i.objectiveTitle), w.last(i), w.target(i), w.percent(i.progress), w.status(i)],
            link: checkInLink(i.krId),
          })),
          notes: [],
        },
      ];
    case 'lead': {
      const missing: Section = {
        title: t.section.lead,
        intro: t.intro.lead(week),
        labels: [l.kr, l.team, l.expected, l.lastValue, l.target, l.status],
        rows: section.krs.map((i) => ({ cells: [w.name(i), clip(i.teamName), w.expected(i), w.last(i), w.target(i), w.status(i)] })),
        notes: [],
      };
      const waiting: Section = {
        title: t.section.dependencies,
        intro: '',
        labels: [l.request, l.requestingTeam, l.forId, l.neededBy],
        rows: section.dependencies.map((d) => ({
          cells: [clip(`${d.id} · ${d.request}`), clip(d.requestingTeamName), clip(d.forId) || t.missing.target, w.date(d.neededBy, t.missing.date)],
        })),
        notes: [],
      };
      return [missing, waiting].filter((s) => s.rows.length > 0);
    }
    case 'escalation': {
      const { rows, notes } = escalationRows(t, w, section.krs);
      return [{ title: t.section.escalation, intro: t.intro.escalation(week), labels: [l.kr, l.expected, l.lastCheckIn], rows, notes }];
    }
    case 'wins':
      return [
        {
          title: t.section.wins,
          intro: t.intro.wins(formatDate(t, addDays(planned.weekStart, -7))),
          labels: [l.kr, l.team, l.objective, l.progress],
          rows: section.wins.map((win) => ({
            cells: [
              w.name(win),
              clip(win.teamName),
              clip(win.objectiveTitle),
              `${win.progressBefore === null ? '' : `${w.percent(win.progressBefore)} → `}${w.percent(win.progressAfter)}${win.done ? ` ${t.done}` : ''}`,
            ],
          })),
          notes: [],
        },
      ];
  }
};

const subjectPart = (section: ReminderSection, t: ReminderCatalogue): string => {
  switch (section.kind) {
    case 'due':
      return t.subject.due(section.krs.length);
    case 'overdue':
      return t.subject.overdue(section.krs.length);
    case 'lead':
      return t.subject.lead(section.krs.length, section.dependencies.length);
    case 'escalation':
      return t.subject.escalation(section.krs.length);
    case 'wins':
      return t.subject.wins(section.wins.length);
  }
};

/**
 * The one way to check in: the web app's page (on the KR itself when the mail asks about just one of the
 * reader's KRs), or, without a web app, the workbook with the menu path said in words.
 */
const actionOf = (planned: PlannedMessage, t: ReminderCatalogue, links: MailLinks): { link: Link; hint: string } => {
  const own = planned.sections.flatMap((s) => (s.kind === 'due' || s.kind === 'overdue' ? s.krs : []));
  if (links.webAppUrl === null) return { link: { label: t.action.openSheet, href: links.sheetUrl }, hint: t.action.menuPath(t.menuPath) };
  const only = own.length === 1 ? own[0]! : null;
  return only
    ? { link: { label: t.action.checkInOne(only.krId), href: checkInUrl(links.webAppUrl, only.krId) }, hint: '' }
    : { link: { label: t.action.checkIn, href: links.webAppUrl }, hint: '' };
};

/**
 * Renders a planned reminder in its language: a subject naming each section, and bodies (plain text and
 * inline-styled HTML, every workbook text escaped) that open with the one way to check in, then one
 * titled section per kind due that day, values labelled and missing ones said in words.
 * @example
 * renderMessage(planned, { sheetUrl, webAppUrl: null }, 'Acme').subject
 * //=> "Acme OKR: 2 key results need this week's check-in · 3 wins across the company last week"
 */
export function renderMessage(planned: PlannedMessage, links: MailLinks, companyName: string): RenderedMail {
  const t = reminderMessages(planned.lang);
  const company = clip(companyName);
  const body = renderMailBody({
    lang: planned.lang,
    greeting: t.greeting(clip(planned.recipientName)),
    action: actionOf(planned, t, links),
    sections: planned.sections.flatMap((s) => sectionOf(planned, s, t, links)),
    footerLinks: links.webAppUrl === null ? [] : [{ label: t.workbook, href: links.sheetUrl }],
    footer: t.footer(company),
    more: t.more,
  });
  const subject = headerText(
    `${t.subjectPrefix(headerText(companyName))}: ${planned.sections.map((s) => subjectPart(s, t)).join(' · ')}`,
    MAIL_LIMITS.subjectChars,
  );
  return { subject, ...body };
}

/** The weekly brief in words (DESIGN.md §2.6): the Brief tab's rows and the e-mail text of core's brief (src/core/brief.ts). */
import type { Brief, BriefKr } from '../core/brief';
import type { Choice } from '../core/choices';
import { partsOfDay, type Day } from '../core/date-parse';
import type { InitiativeChange } from '../core/initiative-history';
import type { Lang } from '../core/lang';
import { briefMessages } from './brief';
import { choiceLabel } from './choice-labels';

type Confidence = Choice<'confidence'>;
type Cell = string | number;

/** The sections of a brief as localized titles, column headers and item rows, in meeting order. */
function sectionsOf(brief: Brief, lang: Lang): Array<{ title: string; header: string[]; rows: Cell[][] }> {
  const t = briefMessages(lang);
  const c = t.column;
  const percent = (x: number | null) => (x === null || !Number.isFinite(x) ? t.noValue : t.percent(x));
  const date = (d: Day | null, blank: string) => {
    if (d === null) return blank;
    const p = partsOfDay(d);
    return t.date(p.year, p.month, p.day);
  };
  const krStatus = (v: Choice<'krStatus'> | null) => (v === null ? t.noValue : choiceLabel('krStatus', v, lang));
  const confidence = (v: Confidence | null) => (v === null ? t.noValue : choiceLabel('confidence', v, lang));
  const value = (v: InitiativeChange['from']) => (v === null ? t.noValue : typeof v === 'number' ? String(v) : choiceLabel('initiativeStatus', v, lang));
  const change = (ch: InitiativeChange) =>
    ch.field === 'priority'
      ? t.change.priority(value(ch.from), value(ch.to))
      : ch.field === 'status'
        ? t.change.status(value(ch.from), value(ch.to))
        : ch.field === 'added'
          ? t.change.added(value(ch.to))
          : t.change.removed;
  const kr = (k: BriefKr) => [k.krId, k.title, k.teamName, k.ownerEmail || t.noValue];
  return [
    {
      title: t.section.objectives,
      header: [c.id, c.objective, c.team, c.score, c.trend],
      rows: brief.objectives.map((o) => [o.id, o.title, o.teamName, percent(o.score), o.trend === null ? t.noValue : t.trend(Math.round(o.trend * 100))]),
    },
    {
      title: t.section.offTrack,
      header: [c.id, c.kr, c.team, c.owner, c.status, c.confidence, c.progress],
      rows: brief.offTrack.map((k) => [...kr(k), krStatus(k.status), confidence(k.confidence), percent(k.progress)]),
    },
    { title: t.section.stale, header: [c.id, c.kr, c.team, c.owner, c.lastCheckIn], rows: brief.stale.map((k) => [...kr(k), date(k.lastCheckIn, t.never)]) },
    {
      title: t.section.confidenceDrops,
      header: [c.id, c.kr, c.team, c.owner, c.from, c.to],
      rows: brief.confidenceDrops.map((k) => [...kr(k), confidence(k.from), confidence(k.to)]),
    },
    {
      title: t.section.openDependencies,
      header: [c.id, c.request, c.requestingTeam, c.providingTeam, c.status, c.neededBy],
      rows: brief.openDependencies.map((d) => [
        d.id,
        d.request,
        d.requestingTeamName,
        d.providingTeamName,
        choiceLabel('dependencyStatus', d.status, lang),
        date(d.neededBy, t.noValue),
      ]),
    },
    {
      title: t.section.initiativeChanges,
      header: [c.id, c.initiative, c.kr, c.change, c.reason],
      rows: brief.initiativeChanges.map((ch) => [ch.initiativeId, ch.title, ch.krId, change(ch), ch.reason]),
    },
    { title: t.section.missingCheckIns, header: [c.person, c.team, c.krs], rows: brief.missingCheckIns.map((m) => [m.name, m.teamName, m.krIds.join(', ')]) },
  ];
}

const headingOf = (brief: Brief, lang: Lang): [string, string] => {
  const t = briefMessages(lang);
  const week = partsOfDay(brief.weekStart);
  const scope = brief.teamName ?? (brief.companyName || t.company);
  return [t.title(scope, t.date(week.year, week.month, week.day)), brief.cycleId === null ? t.noCycle : t.cycle(brief.cycleId)];
};

/**
 * The Brief tab: title and cycle rows, then per section a title row with its count, its column headers
 * and one row per item (or one "nothing" row), a blank row between sections. Rows are padded to one
 * width, as setValues needs a rectangle. Text people typed is returned as is: the writer keeps it text.
 * @example briefRows(brief, 'en')[0] // ['OKR brief for Sales, week of 2026-11-23', '', …]
 */
export function briefRows(brief: Brief, lang: Lang): Cell[][] {
  const t = briefMessages(lang);
  const rows: Cell[][] = [[headingOf(brief, lang)[0]], [headingOf(brief, lang)[1]]];
  for (const section of sectionsOf(brief, lang)) {
    rows.push([], [t.count(section.title, section.rows.length)]);
    if (section.rows.length === 0) rows.push([t.none]);
    else rows.push(section.header, ...section.rows);
  }
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => r.concat(new Array<Cell>(width - r.length).fill('')));
}

/**
 * The brief as plain text for e-mail: the title, then each section's title and one `- ` line per item.
 * @example briefText(brief, 'vi').split('\n')[0] // 'Họp OKR của Kinh doanh, tuần 23/11/2026'
 */
export function briefText(brief: Brief, lang: Lang): string {
  const t = briefMessages(lang);
  const lines: string[] = [...headingOf(brief, lang)];
  for (const section of sectionsOf(brief, lang)) {
    lines.push('', t.count(section.title, section.rows.length));
    if (section.rows.length === 0) lines.push(`- ${t.none}`);
    for (const row of section.rows) lines.push(`- ${row.filter((cell) => cell !== '').join(' · ')}`);
  }
  return lines.join('\n');
}

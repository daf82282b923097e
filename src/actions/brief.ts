/**
 * The weekly brief (DESIGN.md §2.6): the agenda of this week's OKR meeting written to the Brief tab, for
 * the company or one team, and mailed to the team on request. The daily run writes the company brief on
 * the check-in day.
 */
import { buildBrief } from '../core/brief';
import { briefRows, briefText } from '../i18n/brief-text';
import { dayOf, type Day } from '../core/date-parse';
import { escapeHtml } from '../core/html';
import type { Workbook } from '../core/model';
import { messages } from '../i18n';
import { headerText } from '../core/text';
import { layOutBlocks, type BlockLayout } from '../sheet/format';
import { outputTab, sidestepNotices, writeOutput } from '../sheet/output';
import type { OwnTab } from '../sheet/tab-registry';
import { readLog, type LogRecord } from '../sheet/log';
import { readWorkbook } from '../sheet/workbook-read';
import { initiativeHistory } from './initiative-log';
import { isAdmin, runAsking, type ActionContext, type ActionOutcome, type Asked } from './run';
import type { Services } from '../sheet/services';

/** Writes the brief of `teamId` (null: the company) as of `today`; returns its plain text and the tab. */
export function writeBrief(s: Services, workbook: Workbook, log: readonly LogRecord[], today: Day, teamId: string | null): { text: string; tab: OwnTab } {
  const lang = workbook.settings.language;
  const weekAgo = today - 7;
  const changes = initiativeHistory(log, workbook.settings.timeZone).filter((c) => c.day > weekAgo && c.day <= today);
  const brief = buildBrief(workbook, today, { ...(teamId ? { teamId } : {}), initiativeChanges: changes });
  const tab = outputTab(s, 'brief', lang);
  const rows = briefRows(brief, lang);
  writeOutput(tab.sheet, rows, { header: false });
  layOutBlocks(tab.sheet, briefLayout(rows.length, rows[0]?.length ?? 0));
  return { text: briefText(brief, lang), tab };
}

/**
 * The Brief's columns: each section puts an ID in A (its title row overflows into the empty B) and a title
 * in B, wide and wrapped; the rest are names, figures and dates already written as text.
 */
function briefLayout(rows: number, columns: number): BlockLayout[] {
  return [
    { row: 1, column: 1, rows: 0, columns: 1, width: 130 },
    { row: 1, column: 2, rows, columns: Math.min(columns - 1, 1), wrap: true, width: 380 },
    { row: 1, column: 3, rows: 0, columns: Math.max(columns - 2, 0), width: 150 },
  ];
}

function mailBrief(s: Services, workbook: Workbook, teamId: string, text: string): number {
  const { settings } = workbook;
  const team = workbook.teams.find((t) => t.id === teamId);
  const to = new Set(workbook.people.filter((p) => p.teamId === teamId && p.email !== '').map((p) => p.email));
  if (team?.leadEmail) to.add(team.leadEmail);
  const subject = headerText(messages(settings.language).brief.subject(settings.companyName, team?.name ?? teamId));
  const html = `<pre style="font:13px Arial,sans-serif;white-space:pre-wrap">${escapeHtml(text)}</pre>`;
  for (const email of to) s.mail.sendEmail({ to: email, subject, body: text, htmlBody: html, name: headerText(settings.companyName) || 'OKR' });
  return to.size;
}

/** Which brief the person asked for, and whether to mail it to the team. */
interface BriefAnswer {
  readonly teamId: string | null;
  readonly mail: boolean;
}

/** Asks, before the lock: which team (blank: the company), then, for a team, whether to mail it. */
function askBrief(ctx: ActionContext): Asked<BriefAnswer> {
  const { s, t } = ctx;
  const ui = s.app.getUi();
  const answer = ui.prompt(t.brief.askTeam, ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return { outcome: { message: '' } };
  const typed = answer.getResponseText().trim();
  if (typed === '') return { answer: { teamId: null, mail: false } };
  const { workbook } = readWorkbook(s.book, ctx.known);
  const team = workbook.teams.find((x) => x.id.toLowerCase() === typed.toLowerCase());
  if (!team) return { outcome: { message: t.brief.unknownTeam(typed) } };
  // Mailing a whole team is for its lead and the admins: anyone may write the Brief tab.
  if (!isAdmin(ctx, ctx.user) && team.leadEmail !== ctx.user) return { answer: { teamId: team.id, mail: false } };
  const members = workbook.people.filter((p) => p.teamId === team.id).length;
  const mail = ui.alert(t.brief.askMail(members), ui.ButtonSet.YES_NO) === ui.Button.YES;
  return { answer: { teamId: team.id, mail } };
}

function actBrief(ctx: ActionContext, answer: BriefAnswer): ActionOutcome {
  const { s, t } = ctx;
  const { workbook } = readWorkbook(s.book, ctx.known);
  const team = answer.teamId === null ? null : (workbook.teams.find((x) => x.id === answer.teamId) ?? null);
  if (answer.teamId !== null && !team) return { message: t.brief.unknownTeam(answer.teamId) };
  const today = dayOf(s.now(), ctx.settings.timeZone);
  const { text, tab } = writeBrief(s, workbook, readLog(s), today, team ? team.id : null);
  const name = team ? team.name || team.id : t.brief.company;
  const notices = sidestepNotices(t, [tab]);
  if (!team || !answer.mail) return { message: [t.brief.written(name), ...notices].join('\n') };
  const mayMail = isAdmin(ctx, ctx.user) || team.leadEmail === ctx.user;
  if (!mayMail) return { message: [t.brief.written(name), t.errors.teamLeadOrAdmin(name), ...notices].join('\n') };
  const mailed = mailBrief(s, workbook, team.id, text);
  return { message: [t.brief.mailed(mailed), t.brief.written(name), ...notices].join('\n'), counts: { mailed } };
}

/** Menu: asks which team (blank: the company) and whether to mail it, then writes the brief under the lock. */
export function runBriefMenu(s: Services): void {
  runAsking(s, { name: 'brief', writes: true, who: 'anyone', from: 'menu' }, askBrief, actBrief);
}
